package org.chokepoint.knowledge.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chokepoint.knowledge.Property;
import org.chokepoint.knowledge.Source;
import org.chokepoint.knowledge.Statement;
import org.chokepoint.knowledge.Subject;
import org.chokepoint.knowledge.Value;
import org.chokepoint.knowledge.importer.ImportBatch;

/**
 * Run by {@link KilledImportIT} in a child JVM: starts a large import into the store file given as
 * argument, says "WRITING" once part of it is written (inside the transaction), and then waits to
 * be killed.
 */
public final class KilledImportChild {

    private KilledImportChild() {}

    public static void main(String[] args) throws InterruptedException {
        Source source = new Source(
                "test-killed-import", "Test", "A large import that is killed", Optional.empty(), Optional.empty());
        List<Statement> statements = new ArrayList<>();
        for (int i = 0; i < 5 * ImportProgress.EVERY; i++) {
            statements.add(Statement.of(
                    new Subject(Subject.Kind.COUNTRY, "KAZ", "Kazakhstan"),
                    Property.STATUS,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    new Value.Text("row " + i),
                    false,
                    Optional.empty(),
                    source,
                    "row " + i,
                    "en"));
        }
        DuckDbStore store = DuckDbStore.open(Path.of(args[0]));
        store.store(new ImportBatch("test", Path.of("killed.csv"), statements, List.of()), false, written -> {
            System.out.println("WRITING " + written);
            System.out.flush();
            try {
                Thread.sleep(120_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
