package org.chokepoint.knowledge.importer;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.chokepoint.reference.ReferenceData;

/** The importers Chokepoint has, registered here explicitly (no classpath scanning). */
public final class Importers {

    private final List<Importer> all;

    public Importers(ReferenceData reference) {
        this.all = List.of(
                new UsgsMcsWorldImporter(reference),
                new ComtradeBilateralImporter(reference),
                new ComtradeRowsImporter(reference),
                new FactsFileImporter(reference),
                new GemLngTerminalImporter(reference),
                new GemPipelineImporter(reference),
                new OpenSanctionsImporter(reference),
                new org.chokepoint.knowledge.world.BundledWorld());
    }

    public List<Importer> all() {
        return all;
    }

    public Optional<Importer> find(String kind) {
        return all.stream().filter(i -> i.kind().equals(kind)).findFirst();
    }

    /** The importer of a kind, or an error listing the kinds there are. */
    public Importer require(String kind) {
        return find(kind)
                .orElseThrow(() -> new IllegalArgumentException("Unknown import kind '" + kind + "'."
                        + System.lineSeparator() + "Kinds: "
                        + all.stream()
                                .map(i -> i.kind() + " (" + i.description() + ")")
                                .collect(Collectors.joining("; "))
                        + "."));
    }
}
