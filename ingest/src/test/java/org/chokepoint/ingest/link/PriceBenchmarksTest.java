package org.chokepoint.ingest.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.chokepoint.knowledge.Subject;
import org.chokepoint.reference.ReferenceData;
import org.junit.jupiter.api.Test;

class PriceBenchmarksTest {

    @Test
    void everyBenchmarkNamesAKnownChainAndASource() {
        List<PriceBenchmarks.Benchmark> benchmarks = PriceBenchmarks.load(ReferenceData.load());
        assertThat(benchmarks).extracting(b -> b.subject().id()).contains("brent", "wti");
        assertThat(benchmarks).allSatisfy(b -> {
            assertThat(b.subject().kind()).isEqualTo(Subject.Kind.BENCHMARK);
            assertThat(b.source().location())
                    .hasValueSatisfying(l -> assertThat(l).startsWith("http"));
        });
    }

    @Test
    void pricesQuotedForABenchmarkLinkToIt() {
        Gazetteer gazetteer = Gazetteer.of(ReferenceData.load(), Path.of("no-data-here"));
        String text = "U.S. crude West Texas Intermediate (WTI) increased $3.26, while Brent gained 2%.";
        assertThat(gazetteer.find(text))
                .extracting(e -> e.span().of(text) + " " + e.subject().id())
                .containsExactly("U.S. USA", "West Texas Intermediate wti", "WTI wti", "Brent brent");
    }

    @Test
    void gasPricesLinkToTheirHubOrMarker() {
        Gazetteer gazetteer = Gazetteer.of(ReferenceData.load(), Path.of("no-data-here"));
        String text = "JKM rose to $11 while the Dutch TTF fell; 亨利樞紐天然氣價格下跌，日韩基准上涨。";
        assertThat(gazetteer.find(text))
                .extracting(e -> e.span().of(text) + " " + e.subject().id())
                .containsExactly("JKM jkm", "Dutch TTF ttf", "亨利樞紐 henry-hub", "日韩基准 jkm");
    }
}
