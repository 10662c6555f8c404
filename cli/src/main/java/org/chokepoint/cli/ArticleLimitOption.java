package org.chokepoint.cli;

import org.chokepoint.ingest.article.ArticleSizeLimit;
import picocli.CommandLine.Option;

/** {@code --max-article-size}: the largest file read as one article, for the commands that read articles. */
final class ArticleLimitOption {

    @Option(
            names = "--max-article-size",
            paramLabel = "SIZE",
            converter = SizeConverter.class,
            description = "Refuse an article file larger than this (e.g. 500KB, 5MB; default: 2MB), so that one huge"
                    + " file cannot stall the run.")
    private ArticleSizeLimit limit = ArticleSizeLimit.DEFAULT;

    ArticleSizeLimit limit() {
        return limit;
    }

    static final class SizeConverter implements picocli.CommandLine.ITypeConverter<ArticleSizeLimit> {
        @Override
        public ArticleSizeLimit convert(String value) {
            return ArticleSizeLimit.parse(value);
        }
    }
}
