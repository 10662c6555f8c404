package org.chokepoint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.chokepoint.ingest.article.Article;
import org.chokepoint.ingest.article.ArticleException;
import org.chokepoint.ingest.article.ArticleReader;
import org.chokepoint.ingest.claim.Claim;
import org.chokepoint.ingest.claim.ClaimJson;
import org.chokepoint.ingest.claim.Extractor;
import org.chokepoint.ingest.quantity.QuantityMention;
import org.chokepoint.reference.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Reads articles and prints or writes the claims they make: figures with units, and dated events. */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        description = {
            "Read news articles (traditional or simplified Chinese, English, or a mix) and list the claims they make:"
                    + " figures with their units and subjects, and dated events, each with its evidence.",
            "Without --out, prints a table per article; with --out, writes one NAME.jsonl per article in the"
                    + " corpus output contract (offsets in code points into the whole file)."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  chokepoint extract article.txt",
            "  chokepoint extract ../shared/corpus/articles/*.txt --out extracted"
        })
final class ExtractCommand implements java.util.concurrent.Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Article text files (UTF-8).")
    private List<Path> files;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "Write NAME.jsonl per article into this folder instead of printing a table.")
    private Path out;

    @picocli.CommandLine.Mixin
    private ArticleLimitOption articleLimit;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Extractor extractor = new Extractor(Home.gazetteer(ReferenceData.load()));
        int failed = 0;
        for (Path file : files) {
            Article article;
            try {
                article = ArticleReader.read(file, articleLimit.limit());
            } catch (ArticleException e) {
                err.println("error: " + e.getMessage());
                failed++;
                continue;
            }
            List<Claim> claims = extractor.claims(article);
            if (out != null) {
                write(article, claims);
            } else {
                print(stdout, article, claims);
            }
        }
        if (out != null) {
            stdout.println("wrote " + (files.size() - failed) + " file(s) to " + out);
        }
        return failed == 0 ? 0 : ErrorReporter.INVALID_INPUT;
    }

    private void write(Article article, List<Claim> claims) {
        try {
            Files.createDirectories(out);
            Path target = out.resolve(article.name() + ".jsonl");
            Path partial = out.resolve(article.name() + ".jsonl.partial");
            Files.writeString(partial, ClaimJson.lines(article.text(), claims), StandardCharsets.UTF_8);
            Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write to " + out + ": " + e.getMessage(), e);
        }
    }

    private static void print(PrintWriter out, Article article, List<Claim> claims) {
        out.println(article.name() + " (" + article.source() + ", published "
                + article.published().map(Object::toString).orElse("unknown") + "): " + claims.size() + " claims");
        TextTable table = new TextTable("KIND", "VALUE", "UNIT", "PROPERTY", "SUBJECT", "DATE", "EVIDENCE");
        for (Claim c : claims) {
            table.row(
                    c.kind().name().toLowerCase(Locale.ROOT),
                    c.quantity().map(ClaimText::figure).orElse(""),
                    c.quantity().map(QuantityMention::unit).orElse(""),
                    c.property(),
                    c.subject().map(s -> s.label() + " (" + s.id() + ")").orElse(""),
                    c.date().map(Object::toString).orElse(""),
                    c.evidence().of(article.text()).replace('\n', ' '));
        }
        table.print(out);
        out.println();
    }
}
