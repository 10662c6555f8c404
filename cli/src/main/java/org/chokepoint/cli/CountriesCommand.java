package org.chokepoint.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Stream;
import org.chokepoint.model.geo.Country;
import org.chokepoint.reference.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chokepoint countries}: lists countries, or finds them by any code, name or alias. */
@Command(
        name = "countries",
        mixinStandardHelpOptions = true,
        description = {
            "List countries with their codes and names in English, simplified and traditional Chinese.",
            "--search finds them by any ISO or trade code, name or alias in any script, ignoring case, full-width"
                    + " forms and traditional/simplified differences."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  chokepoint countries --search 哈薩克",
            "  chokepoint countries --search kazakhstan",
            "  chokepoint countries --search 大陸",
            "  chokepoint countries --search guin     # every country whose names contain 'guin'"
        })
final class CountriesCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Option(
            names = {"-s", "--search"},
            paramLabel = "TEXT",
            description = "A code, name or alias; exact matches first, else every name containing it.")
    private String search;

    @Override
    public void run() {
        ReferenceData reference = ReferenceData.load();
        List<Country> countries = search == null
                ? reference.countries().all()
                : reference.countries().search(search);
        if (countries.isEmpty()) {
            throw new IllegalArgumentException("No country matches '" + search + "'." + System.lineSeparator()
                    + "Try a code (KZ, KAZ, 398), an English name, or a Chinese name in either script.");
        }
        TextTable table = new TextTable("ISO3", "ISO2", "NUM", "TRADE", "ENGLISH", "简体", "繁體");
        for (Country country : countries) {
            table.row(
                    country.id().alpha3(),
                    country.alpha2(),
                    country.isoNumeric(),
                    country.tradeCode().orElse("-"),
                    country.english(),
                    country.simplifiedChinese(),
                    country.traditionalChinese());
        }
        PrintWriter out = spec.commandLine().getOut();
        table.print(out);
        if (search != null && countries.size() == 1) {
            Country only = countries.get(0);
            List<String> known = Stream.of(
                            only.hongKongChinese().stream(), only.otherNames().stream(), only.aliases().stream())
                    .flatMap(names -> names)
                    .distinct()
                    .toList();
            if (!known.isEmpty()) {
                out.println();
                out.println("Also known as: " + String.join(", ", known));
            }
        }
    }
}
