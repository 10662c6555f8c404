package org.chokepoint.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Edit distances and the suggestions built on them. */
class EditDistanceTest {

    @Test
    void countsSingleCharacterEdits() {
        assertThat(EditDistance.between("shoks", "shocks")).isEqualTo(1);
        assertThat(EditDistance.between("", "abc")).isEqualTo(3);
        assertThat(EditDistance.between("armingtn", "armington")).isEqualTo(1);
    }

    @Test
    void suggestsTheClosestCandidateOnlyWhenItIsALikelyMisspelling() {
        List<String> keys = List.of("shocks", "start", "months");

        assertThat(EditDistance.closest("shoks", keys)).contains("shocks");
        assertThat(EditDistance.closest("baseline", keys)).isEmpty();
    }

    @Test
    void canCompareWithoutRegardToCase() {
        List<String> regions = List.of("KOR", "USA", "Korea");

        assertThat(EditDistance.closestIgnoringCase("koreo", regions)).contains("Korea");
        assertThat(EditDistance.closestIgnoringCase("kor", regions)).contains("KOR");
        assertThat(EditDistance.closest("kor", List.of("KOR"))).isEmpty();
    }
}
