package org.chokepoint.ingest.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.chokepoint.knowledge.Subject;
import org.chokepoint.model.source.Citation;
import org.chokepoint.reference.ReferenceData;
import org.chokepoint.reference.yaml.Citations;
import org.chokepoint.reference.yaml.YamlNode;
import org.chokepoint.reference.yaml.YamlReader;

/**
 * The price benchmarks news quotes (Brent, WTI), from {@code ingest/benchmarks.yaml}: a figure quoted for a benchmark is
 * about the benchmark, not the country named beside it. Each names its commodity chain, where it is priced when that is
 * one country, and the source its name and meaning were read in; a chain or country the reference data does not know is
 * an error naming the line.
 */
public final class PriceBenchmarks {

    /** One benchmark: the subject it links to, the names news uses, its chain, and its source. */
    public record Benchmark(
            Subject subject, List<String> names, String chain, Optional<String> country, Citation source) {}

    private static final String RESOURCE = "ingest/benchmarks.yaml";
    private static final Set<String> KEYS = Set.of("id", "en", "aliases", "chain", "country", "note", "source");

    private PriceBenchmarks() {}

    public static List<Benchmark> load(ReferenceData reference) {
        YamlNode root = YamlReader.readReferenceFile(RESOURCE, "benchmarks", 1);
        root.allowOnly(Set.of("kind", "version", "sources", "benchmarks"));
        Citations sources = Citations.read(root.get("sources"));
        List<Benchmark> out = new ArrayList<>();
        for (YamlNode entry : root.get("benchmarks").items()) {
            entry.allowOnly(KEYS);
            String chain = entry.text("chain");
            if (reference.commodities().find(chain).isEmpty()) {
                throw entry.get("chain")
                        .error("unknown commodity chain '" + chain + "'", "Use an id from commodities.yaml.");
            }
            Optional<String> country = entry.optionalText("country");
            if (country.isPresent() && reference.countries().find(country.get()).isEmpty()) {
                throw entry.get("country").error("unknown country '" + country.get() + "'", "Use an ISO alpha-3 code.");
            }
            List<String> names = new ArrayList<>(List.of(entry.text("en")));
            names.addAll(entry.texts("aliases"));
            out.add(new Benchmark(
                    new Subject(Subject.Kind.BENCHMARK, entry.text("id"), entry.text("en")),
                    List.copyOf(names),
                    chain,
                    country,
                    sources.resolve(entry.get("source"))));
        }
        return List.copyOf(out);
    }
}
