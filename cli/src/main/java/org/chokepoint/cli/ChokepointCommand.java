package org.chokepoint.cli;

import java.util.ArrayList;
import java.util.List;
import org.chokepoint.reference.ReferenceData;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top-level {@code chokepoint} command, which holds the subcommands. */
@Command(
        name = "chokepoint",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Chokepoint: the geopolitics of energy and critical-mineral supply chains.",
            "Reference data (countries, groups, commodity chains), units of measure, and a knowledge base of sourced"
                    + " statements imported from public data, with conflicts between sources and supply-risk indicators,"
                    + " and a scenario engine for sanctions, bans, quotas, floors, stockpiles and new capacity."
        },
        subcommands = {
            DemoCommand.class,
            CountriesCommand.class,
            CommoditiesCommand.class,
            ConvertCommand.class,
            ImportCommand.class,
            FactsCommand.class,
            ConflictsCommand.class,
            RiskCommand.class,
            WorldCommand.class,
            ScenariosCommand.class,
            RunCommand.class,
            ValidateCommand.class,
            BacktestCommand.class,
            ExtractCommand.class,
            CheckCommand.class,
            IngestCommand.class,
            AutoComplete.GenerateCompletion.class,
            CommandLine.HelpCommand.class
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  chokepoint demo",
            "  chokepoint countries --search 哈薩克",
            "  chokepoint commodities rare-earths",
            "  chokepoint convert \"6.6 Mtpa LNG\" --to m3/yr",
            "  chokepoint import usgs-mcs ../shared/data/usgs-mcs",
            "  chokepoint facts CHN --property production --good rare-earths",
            "  chokepoint risk rare-earths",
            "  chokepoint check article.txt",
            "  chokepoint ingest articles/",
            "  chokepoint scenarios",
            "  chokepoint run china-magnet-export-ban",
            "  source <(chokepoint generate-completion)   # tab completion in bash or zsh",
            "",
            "Run 'chokepoint help COMMAND' for a command's options and examples."
        })
final class ChokepointCommand implements Runnable {

    /** The help section of {@code import} listing the kinds of file, rendered only when asked for. */
    private static final String IMPORT_KINDS = "importKinds";

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--debug",
            scope = ScopeType.INHERIT,
            description = "On a failure, print the details (the stack trace) after the message.")
    private boolean debug;

    /** A command line with Chokepoint's error handling; the single place where it is assembled. */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new ChokepointCommand());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        ErrorReporter reporter = new ErrorReporter();
        commandLine.setParameterExceptionHandler(reporter);
        commandLine.setExecutionExceptionHandler(reporter);
        CommandLine importer = commandLine.getSubcommands().get("import");
        List<String> sections = new ArrayList<>(importer.getHelpSectionKeys());
        sections.add(sections.indexOf(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER_HEADING), IMPORT_KINDS);
        importer.setHelpSectionKeys(sections);
        importer.getHelpSectionMap().put(IMPORT_KINDS, help -> ImportCommand.kinds(ReferenceData.load()));
        CommandLine completion = commandLine.getSubcommands().get("generate-completion");
        completion.getCommandSpec().usageMessage().hidden(false);
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
