package org.chokepoint.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.chokepoint.knowledge.Statement;
import org.chokepoint.knowledge.world.BundledWorld;
import org.chokepoint.knowledge.world.WorldBuilder;
import org.chokepoint.reference.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chokepoint world}: regenerates the bundled world from the public files it derives from. */
@Command(
        name = "world",
        mixinStandardHelpOptions = true,
        description = {
            "Regenerate the bundled world (data/world) from the public files in the shared data folder:"
                    + " USGS production and reserves of the modelled chains and the Comtrade bilateral imports."
                    + " Curated facts live in data/facts and are edited by hand."
        },
        footerHeading = "%nExamples:%n",
        footer = {"  chokepoint world --shared ../shared/data"})
final class WorldCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--shared",
            required = true,
            paramLabel = "DIR",
            description = "The shared data folder, e.g. ../shared/data.")
    private Path shared;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write (default: data/world of this checkout).")
    private Path out;

    @Override
    public void run() {
        List<Statement> statements = new WorldBuilder(ReferenceData.load()).build(shared);
        Path folder = out != null ? out : Home.data().resolve("world");
        BundledWorld.write(statements, folder);
        PrintWriter writer = spec.commandLine().getOut();
        writer.println("Wrote " + statements.size() + " statements from "
                + statements.stream().map(s -> s.source().id()).distinct().count() + " sources to " + folder + ".");
    }
}
