package org.chokepoint.reference.commodity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.chokepoint.reference.yaml.ReferenceDataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each kind of malformed commodity file fails at load naming the file, line and field. */
class MalformedCommodityFileTest {

    private static final String INDUSTRIES = "commodity/industries.yaml";

    @Test
    void theFixtureItselfLoads() {
        assertThat(CommodityCatalogLoader.load(INDUSTRIES, "commodity/commodities-ok.yaml")
                        .chains())
                .hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "bad-hs                 | 16 | chains[0].stages[0].hs[0].code   | not '28053'",
                "unknown-stage          | 24 | chains[0].coefficients[0].input  | stage 'oxides' is not in this chain",
                "unknown-industry       | 26 | chains[0].end_uses[0].industry   | unknown industry ev-motor",
                "bad-unit               | 20 | chains[0].stages[1].unit         | Unknown unit 'tonnnes'",
                "no-provenance          | 24 | chains[0].coefficients[0]        | neither a source nor an assumption",
                "both-provenance        | 24 | chains[0].coefficients[0]        | both a source and an assumption",
                "wrong-coefficient-unit | 24 | chains[0].coefficients[0].unit   | unit m3/t does not measure metals per magnets",
                "share-above-one        | 27 | chains[0].end_uses[1].share      | add up to 1.1, above 1",
                "unknown-key            | 10 | chains[0].colour                 | unknown key 'colour'",
                "bad-level              | 13 | chains[0].stages[0].level        | unknown level 'metallic'",
                "cover-not-a-time       | 26 | chains[0].end_uses[0].cover.value | expected a time of 0 or more with its unit, found '2 tonnes'",
                "cost-share-above-one   | 26 | chains[0].end_uses[0].cost_share.value | a share must be within 0 and 1",
                "role-zero              | 26 | chains[0].end_uses[0].role.value | a role of 0 means the industry does not need the input",
                "substitution-no-provenance | 26 | chains[0].end_uses[0].substitution | neither a source nor an assumption",
                "substitution-above-one | 26 | chains[0].end_uses[0].substitution.limit | a substitution limit must be within 0 and 1",
                "no-cover               | 26 | chains[0].end_uses[0]            | missing required field 'cover'",
                "coefficient-cost-share-not-a-share | 24 | chains[0].coefficients[0].cost_share.value | expected a number, found 'lots'",
            })
    void brokenFilesNameFileLineAndField(String variant, int line, String field, String problem) {
        String file = "commodity/commodities-" + variant + ".yaml";

        assertThatThrownBy(() -> CommodityCatalogLoader.load(INDUSTRIES, file))
                .isInstanceOfSatisfying(ReferenceDataException.class, e -> {
                    assertThat(e.resource()).isEqualTo(file);
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.getMessage()).contains(file + " line " + line).contains(problem);
                });
    }
}
