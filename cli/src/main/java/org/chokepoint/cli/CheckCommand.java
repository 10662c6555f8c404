package org.chokepoint.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.chokepoint.ingest.article.Article;
import org.chokepoint.ingest.article.ArticleReader;
import org.chokepoint.ingest.check.CheckedClaim;
import org.chokepoint.ingest.check.ClaimChecker;
import org.chokepoint.ingest.check.Verdict;
import org.chokepoint.ingest.claim.Claim;
import org.chokepoint.ingest.claim.Extractor;
import org.chokepoint.ingest.link.Gazetteer;
import org.chokepoint.ingest.statement.ArticleSource;
import org.chokepoint.ingest.statement.ClaimStatements;
import org.chokepoint.ingest.text.LineCursor;
import org.chokepoint.ingest.text.Span;
import org.chokepoint.knowledge.Statement;
import org.chokepoint.knowledge.store.DuckDbStore;
import org.chokepoint.reference.ReferenceData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code chokepoint check}: each figure of an article against the knowledge base and the article's other figures. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Check the figures of news articles: each is CORROBORATED (another source, or another sentence of the"
                    + " article, gives the same value within 5%% or within its range, for the same subject, property,"
                    + " commodity, period and kind of unit), CONFLICTING (another value for the same fact) or NEW.",
            "Each figure is shown in context with the other source's value and quote. By default the figures are"
                    + " checked against the bundled world (data/); with --store, against that knowledge base."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  chokepoint check article.txt",
            "  chokepoint check ../shared/corpus/articles/09_*.txt",
            "  chokepoint check article.txt --store news.duckdb"
        })
final class CheckCommand implements Runnable {

    /** Statements shown per side of a verdict; the rest are counted. */
    private static final int SHOWN = 3;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Article text files (UTF-8).")
    private List<Path> files;

    @Option(
            names = "--store",
            paramLabel = "FILE",
            description = "Check against this knowledge base instead of the bundled world.")
    private Path store;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "The bundled world's folder (default: data/ of this checkout).")
    private Path data;

    @picocli.CommandLine.Mixin
    private ArticleLimitOption articleLimit;

    @Override
    public void run() {
        List<Article> articles = files.stream()
                .map(f -> ArticleReader.read(f, articleLimit.limit()))
                .toList();
        if (store != null && !Files.isRegularFile(store)) {
            throw new IllegalArgumentException("No knowledge base at " + store + "." + System.lineSeparator()
                    + "Import or ingest into it first, or leave out --store to check against the bundled world.");
        }
        ReferenceData reference = ReferenceData.load();
        Gazetteer gazetteer = data != null ? Gazetteer.of(reference, data) : Home.gazetteer(reference);
        Extractor extractor = new Extractor(gazetteer);
        PrintWriter out = spec.commandLine().getOut();
        try (DuckDbStore knowledge = store != null
                ? DuckDbStore.openReadOnly(store, Duration.ZERO)
                : BundledStore.load(reference, data != null ? data : Home.data())) {
            ClaimChecker checker = new ClaimChecker(ClaimStatements.of(reference, gazetteer), gazetteer, knowledge);
            String against = store != null ? "the knowledge base " + store : "the bundled world";
            for (Article article : articles) {
                List<Claim> claims = extractor.claims(article);
                print(out, article, claims, checker.check(article, claims), against);
            }
        }
    }

    private static void print(
            PrintWriter out, Article article, List<Claim> claims, List<CheckedClaim> checked, String against) {
        String source = ArticleSource.of(article).id();
        long events = claims.stream().filter(c -> c.kind() == Claim.Kind.EVENT).count();
        out.println(article.name() + " (" + article.source() + ", published "
                + article.published().map(Object::toString).orElse("unknown") + ")");
        out.println("  " + checked.size() + " figure(s) checked against " + against + " and each other: "
                + count(checked, Verdict.CORROBORATED) + " corroborated, " + count(checked, Verdict.CONFLICTING)
                + " conflicting, " + count(checked, Verdict.NEW) + " new; " + events + " dated event(s) not checked");
        String text = article.text();
        LineCursor lines = new LineCursor(text); // the claims come in text order: one pass places them all
        for (CheckedClaim c : checked) {
            out.println();
            out.println(c.verdict() + "  " + ClaimText.value(c.stated()) + "  (" + ClaimText.fact(c.stated()) + ")");
            out.println("    line "
                    + lines.line(c.stated().claim().evidence().start()) + ": "
                    + ClaimText.inContext(text, c.stated().claim().evidence()));
            if (!c.note().isEmpty()) {
                out.println("    " + c.note());
            }
            others(out, "≠", c.conflicting(), source, text);
            others(out, "=", c.agreeing(), source, text);
        }
        out.println();
    }

    private static void others(PrintWriter out, String sign, List<Statement> statements, String article, String text) {
        for (Statement s : statements.subList(0, Math.min(SHOWN, statements.size()))) {
            int quoted = Math.max(0, text.indexOf(s.quote()));
            String where = s.source().id().equals(article)
                    ? "this article, line " + new Span(quoted, quoted).line(text)
                    : s.source().citation().shortForm() + " [" + s.source().id() + "]";
            out.println("    " + sign + " " + Describe.value(s) + ", " + Describe.period(s) + ", from " + where);
            out.println("        \"" + s.quote() + "\"");
        }
        if (statements.size() > SHOWN) {
            out.println("    " + sign + " and " + (statements.size() - SHOWN) + " more");
        }
    }

    private static long count(List<CheckedClaim> checked, Verdict verdict) {
        return checked.stream().filter(c -> c.verdict() == verdict).count();
    }
}
