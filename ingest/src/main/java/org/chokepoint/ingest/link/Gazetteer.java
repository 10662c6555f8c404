package org.chokepoint.ingest.link;

import com.hankcs.hanlp.HanLP;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.chokepoint.ingest.text.Han;
import org.chokepoint.ingest.text.Span;
import org.chokepoint.knowledge.Subject;
import org.chokepoint.knowledge.world.BundledWorld;
import org.chokepoint.model.geo.Country;
import org.chokepoint.model.geo.CountryGroup;
import org.chokepoint.reference.ReferenceData;

/**
 * Finds the names of known entities in running text: every country's English, simplified, traditional and Hong Kong
 * names, official names and news aliases, and the country groups; and the one-character forms Chinese news pairs up
 * (中俄, 美中, 日韓) where they stand in such a pair. Latin names match whole words, ignoring case; names are tried longest
 * first, so 南韓 wins over 韓 and "South Korea" over "Korea".
 */
public final class Gazetteer {

    private static final Map<Character, String> ONE_CHARACTER = Map.ofEntries(
            Map.entry('中', "CHN"),
            Map.entry('俄', "RUS"),
            Map.entry('美', "USA"),
            Map.entry('日', "JPN"),
            Map.entry('韓', "KOR"),
            Map.entry('韩', "KOR"),
            Map.entry('哈', "KAZ"),
            Map.entry('印', "IND"),
            Map.entry('英', "GBR"),
            Map.entry('德', "DEU"),
            Map.entry('法', "FRA"),
            Map.entry('澳', "AUS"),
            Map.entry('蒙', "MNG"),
            Map.entry('越', "VNM"),
            Map.entry('烏', "UKR"),
            Map.entry('乌', "UKR"));

    /** A name as matched (lower-cased), its entity, and whether it changes script (北極LNG2號), known once. */
    private record Name(String text, Subject subject, boolean mixed) {
        Name(String text, Subject subject) {
            this(text, subject, mixesScripts(text));
        }
    }

    private final Map<Character, List<Name>> byFirst = new HashMap<>();
    private final Map<String, Subject> countries = new HashMap<>();
    private final Map<String, List<Subject>> records = new HashMap<>();

    private Gazetteer() {}

    /** The gazetteer of the bundled reference data's countries and groups, and the price benchmarks. */
    public static Gazetteer of(ReferenceData reference) {
        Gazetteer g = new Gazetteer();
        for (Country c : reference.countries().all()) {
            Subject s = new Subject(Subject.Kind.COUNTRY, c.id().alpha3(), c.english());
            g.countries.put(c.id().alpha3(), s);
            g.add(c.english(), s);
            g.add(c.simplifiedChinese(), s);
            g.add(c.traditionalChinese(), s);
            c.hongKongChinese().ifPresent(n -> g.add(n, s));
            c.otherNames().forEach(n -> g.add(n, s));
            c.aliases().forEach(n -> g.add(n, s));
        }
        for (CountryGroup group : reference.groups().all()) {
            Subject s = new Subject(Subject.Kind.GROUP, group.id().code(), group.english());
            group.allNames().forEach(n -> g.add(n, s));
        }
        for (PriceBenchmarks.Benchmark benchmark : PriceBenchmarks.load(reference)) {
            benchmark.names().forEach(name -> g.add(name, benchmark.subject()));
        }
        g.longestFirst();
        return g;
    }

    /**
     * The gazetteer extraction uses: the reference data's countries and groups, the price benchmarks
     * ({@link PriceBenchmarks}), and the projects of the bundled world in {@code data}
     * ({@code data/world/statements.jsonl}) when it is there.
     */
    public static Gazetteer of(ReferenceData reference, java.nio.file.Path data) {
        Gazetteer countries = of(reference);
        java.nio.file.Path statements = data.resolve("world").resolve(BundledWorld.STATEMENTS);
        return java.nio.file.Files.isRegularFile(statements)
                ? countries.with(FacilityNames.read(statements))
                : countries;
    }

    private void add(String name, Subject subject) {
        String n = name.strip();
        boolean latin = n.chars().noneMatch(ch -> Han.isHan((char) ch));
        // two-letter Latin codes and single characters match too much running text
        if (n.length() < 2
                || (latin && n.length() < 3 && !n.contains("."))
                || n.chars().allMatch(Character::isDigit)) {
            return;
        }
        if (latin) {
            put(n.toLowerCase(Locale.ROOT), subject);
            return;
        }
        // reference data writes an alias in one script; news writes it in either
        put(n, subject);
        put(HanLP.convertToSimplifiedChinese(n), subject);
        put(HanLP.convertToTraditionalChinese(n), subject);
    }

    /** Names are tried longest first, so 南韓 wins over 韓 and "South Korea" over "Korea". */
    private void longestFirst() {
        byFirst.values()
                .forEach(list ->
                        list.sort(Comparator.comparingInt((Name n) -> -n.text().length())));
    }

    private static boolean isAsciiAlphanumeric(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    private void put(String name, Subject subject) {
        String key = name.toLowerCase(Locale.ROOT);
        List<Name> names = byFirst.computeIfAbsent(key.charAt(0), k -> new ArrayList<>());
        if (names.stream()
                .noneMatch(existing ->
                        existing.text().equals(key) && existing.subject().equals(subject))) {
            names.add(new Name(key, subject));
        }
    }

    /**
     * This gazetteer with the knowledge base's projects added (Arctic LNG 2, Power of Siberia 2), by their English
     * names and the Chinese names of {@link ProjectNames}.
     */
    public Gazetteer with(FacilityNames facilities) {
        Gazetteer copy = new Gazetteer();
        byFirst.forEach((first, names) -> copy.byFirst.put(first, new ArrayList<>(names)));
        copy.countries.putAll(countries);
        copy.records.putAll(records);
        facilities.byName().values().forEach(p -> {
            copy.add(p.subject().label(), p.subject());
            copy.records.put(p.subject().key(), p.records());
        });
        for (ProjectNames.Names names : ProjectNames.load()) {
            FacilityNames.Project project = facilities.byName().get(names.project());
            if (project != null) {
                names.names().forEach(name -> copy.add(name, project.subject()));
            }
        }
        copy.longestFirst();
        return copy;
    }

    /**
     * The knowledge base's subjects an entity this gazetteer finds stands for: a project's facilities, routes and
     * curated project ({@link FacilityNames.Project#records}), or the entity itself.
     */
    public List<Subject> records(Subject subject) {
        return records.getOrDefault(subject.key(), List.of(subject));
    }

    /** The country with this ISO alpha-3 code, as a subject. */
    public Optional<Subject> country(String alpha3) {
        return Optional.ofNullable(countries.get(alpha3));
    }

    /** Every known name in {@code text}, in text order, none overlapping. */
    public List<EntityMention> find(String text) {
        List<EntityMention> found = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < text.length()) {
            char c = lower.charAt(i);
            EntityMention hit = null;
            List<Name> names = byFirst.get(c);
            if (names != null) {
                for (Name n : names) {
                    int end = matchEnd(lower, i, n);
                    if (end > 0 && boundaries(text, i, end, n.text())) {
                        hit = new EntityMention(new Span(i, end), n.subject(), true);
                        break;
                    }
                }
            }
            if (hit == null) {
                hit = pair(text, i);
            }
            if (hit != null) {
                found.add(hit);
                i = hit.span().end();
            } else {
                i++;
            }
        }
        return found;
    }

    /** 中俄, 美中: two one-character country forms side by side; the first is linked, the second follows. */
    private EntityMention pair(String text, int i) {
        if (i + 1 >= text.length()) {
            return null;
        }
        String first = ONE_CHARACTER.get(text.charAt(i));
        String second = ONE_CHARACTER.get(text.charAt(i + 1));
        if (first == null || second == null || first.equals(second)) {
            return null;
        }
        Subject s = countries.get(first);
        return s == null ? null : new EntityMention(new Span(i, i + 1), s, true);
    }

    /**
     * Where {@code name} ends if it starts at {@code at} in the lower-cased text, else -1. A Chinese name with Latin
     * letters or digits in it matches with spaces or one hyphen wherever it changes script (北極LNG2號 in 北極 LNG 2號,
     * 西伯利亚力量2号 in 西伯利亚力量-2号), as Chinese typesetting varies; other names match exactly.
     */
    private static int matchEnd(String lower, int at, Name n) {
        String name = n.text();
        if (!n.mixed()) {
            return lower.startsWith(name, at) ? at + name.length() : -1;
        }
        int k = at;
        for (int j = 0; j < name.length(); j++) {
            char c = name.charAt(j);
            if (c == ' ') {
                continue;
            }
            if (j > 0 && script(c) != script(name.charAt(j - 1))) {
                k = skipJoiner(lower, k);
            } else if (j > 0 && name.charAt(j - 1) == ' ') {
                k = skipJoiner(lower, k);
            }
            if (k >= lower.length() || lower.charAt(k) != c) {
                return -1;
            }
            k++;
        }
        return k;
    }

    private static int skipJoiner(String lower, int k) {
        while (k < lower.length() && lower.charAt(k) == ' ') {
            k++;
        }
        if (k < lower.length() && "-‐‑–—－".indexOf(lower.charAt(k)) >= 0) {
            k++;
            while (k < lower.length() && lower.charAt(k) == ' ') {
                k++;
            }
        }
        return k;
    }

    private static boolean mixesScripts(String name) {
        boolean chinese = false;
        boolean other = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Han.isHan(c)) {
                chinese = true;
            } else if (Character.isLetterOrDigit(c)) {
                other = true;
            }
        }
        return chinese && other;
    }

    /** 0 for Chinese, 1 for a digit, 2 for anything else: 北極LNG2 changes script twice. */
    private static int script(char c) {
        return Han.isHan(c) ? 0 : Character.isDigit(c) ? 1 : 2;
    }

    private static boolean boundaries(String text, int start, int end, String name) {
        if (Han.isHan(name.charAt(0))) {
            // 北極LNG2 is not the start of 北極LNG20: a name ending in a Latin letter or digit ends a word
            char last = name.charAt(name.length() - 1);
            return Han.isHan(last)
                    || end >= text.length()
                    || !(isAsciiAlphanumeric(last) && isAsciiAlphanumeric(text.charAt(end)));
        }
        boolean before = start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1));
        boolean after = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
        return before && after;
    }
}
