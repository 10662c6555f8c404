package org.chokepoint.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.chokepoint.knowledge.Property;
import org.chokepoint.knowledge.Statement;
import org.chokepoint.knowledge.importer.ImportBatch;
import org.chokepoint.knowledge.store.DuckDbStore;
import org.chokepoint.knowledge.store.StatementQuery;
import org.chokepoint.knowledge.world.BundledWorld;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Import throughput and point-query latency of the DuckDB knowledge store, on the bundled world
 * (data/world, 20,458 statements). Run from the repository root:
 * {@code java -jar bench/target/benchmarks.jar KnowledgeStoreBenchmark}. Import throughput in
 * statements per second is {@code 20,458 / (seconds per storeBundledWorld)}.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class KnowledgeStoreBenchmark {

    private ImportBatch world;
    private DuckDbStore loaded;
    private DuckDbStore empty;

    @Setup(Level.Trial)
    public void readWorld() {
        world = new BundledWorld().read(Path.of("data", "world", BundledWorld.STATEMENTS));
        loaded = DuckDbStore.inMemory();
        loaded.store(world, true);
    }

    @Setup(Level.Invocation)
    public void emptyStore() {
        empty = DuckDbStore.inMemory();
    }

    @TearDown(Level.Invocation)
    public void closeEmptyStore() {
        empty.close();
    }

    @TearDown(Level.Trial)
    public void closeLoadedStore() {
        loaded.close();
    }

    /** One import of the whole bundled world into an empty store, in one transaction. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Measurement(iterations = 10)
    @Warmup(iterations = 5)
    public int storeBundledWorld() {
        return empty.store(world, true).added();
    }

    /** What facts CHN --property production --good rare-earths asks. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public List<Statement> pointQuery() {
        return loaded.find(StatementQuery.all()
                .withSubject("COUNTRY:CHN")
                .withProperty(Property.PRODUCTION)
                .withGood("rare-earths"));
    }
}
