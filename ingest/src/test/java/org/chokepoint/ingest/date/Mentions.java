package org.chokepoint.ingest.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Test helpers: the one mention a text holds, and a compact "span text = date" view of all of them. */
final class Mentions {

    private Mentions() {}

    static DateMention only(String text, String articleDate) {
        List<DateMention> found = DateReader.find(text, article(articleDate));
        assertThat(found).as("mentions in '%s'", text).hasSize(1);
        return found.get(0);
    }

    static List<String> shown(String text, String articleDate) {
        return DateReader.find(text, article(articleDate)).stream()
                .map(m -> m.text(text) + "=" + m.date().iso() + (m.relative() ? "~" : ""))
                .toList();
    }

    static Optional<LocalDate> article(String articleDate) {
        return articleDate == null || articleDate.isBlank()
                ? Optional.empty()
                : Optional.of(LocalDate.parse(articleDate.strip()));
    }
}
