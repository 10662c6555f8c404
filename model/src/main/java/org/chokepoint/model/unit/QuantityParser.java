package org.chokepoint.model.unit;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chokepoint.model.text.DecimalNumber;

/**
 * Reads English quantity expressions: "$21bn", "US$1.2 billion", "50 bcm/yr", "6.6 Mtpa LNG",
 * "30-40%", "-9%", "$3.50/MMBtu", "sevenfold", "2.1 trillion cubic feet". Conventions: "$" alone is the US
 * dollar, "¥" the Japanese yen; "t" is the metric tonne; billion is 1e9 (short scale); a magnitude
 * on the second end of a range applies to both ("$2-3bn"); a bare number is a count.
 */
public final class QuantityParser {

    private static final Pattern CURRENCY_SIGN = Pattern.compile("^(US\\$|A\\$|C\\$|HK\\$|NT\\$|\\$|€|£|¥|₩|₽)\\s*");
    private static final Map<String, String> CURRENCY_BY_SIGN = Map.ofEntries(
            Map.entry("US$", "USD"),
            Map.entry("$", "USD"),
            Map.entry("A$", "AUD"),
            Map.entry("C$", "CAD"),
            Map.entry("HK$", "HKD"),
            Map.entry("NT$", "TWD"),
            Map.entry("€", "EUR"),
            Map.entry("£", "GBP"),
            Map.entry("¥", "JPY"),
            Map.entry("₩", "KRW"),
            Map.entry("₽", "RUB"));
    /** A number by the one rule for written numbers ({@link DecimalNumber}), or ".5". */
    private static final Pattern NUMBER = Pattern.compile("^(?:" + DecimalNumber.UNSIGNED + ")|^\\.\\d+");

    private static final List<String> WORD_NUMBERS = List.of(
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve");
    private static final Pattern WORD_NUMBER = Pattern.compile(
            "^(" + String.join("|", WORD_NUMBERS) + "|twenty|thirty|forty|fifty|hundred)(?=fold\\b|\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> TENS =
            Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "hundred", 100);
    private static final Pattern FOLD = Pattern.compile("^-?fold\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MAGNITUDE = Pattern.compile(
            "^\\s*(thousand|million|mln|mn|billion|bn|trillion|tn|k|m|b)(?![A-Za-z0-9])", Pattern.CASE_INSENSITIVE);
    private static final Pattern RANGE = Pattern.compile("^\\s*(?:-|–|—|to|~)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern PER = Pattern.compile("^\\s*(?:/|per\\b)\\s*", Pattern.CASE_INSENSITIVE);

    private QuantityParser() {}

    public static ParsedQuantity parse(String expression) {
        return new Reader(expression).read();
    }

    /** One pass over one expression; holds the position for error messages. */
    private static final class Reader {
        private final String original;
        private final String text;
        private int position;
        private Optional<String> currency = Optional.empty();

        Reader(String expression) {
            this.original = expression;
            this.text = Normalizer.normalize(expression, Normalizer.Form.NFKC)
                    .strip()
                    .replaceAll("\\s+", " ");
        }

        ParsedQuantity read() {
            if (text.isEmpty()) {
                throw fail("a number, e.g. 50 bcm/yr");
            }
            double sign = sign();
            double low = sign * number();
            double lowMagnitude = magnitude();
            Optional<Double> high = Optional.empty();
            double highMagnitude = 1;
            if (rest().startsWith("%") && startsRange(rest().substring(1))) {
                position += 1; // "30%-40%": the unit is read after the high end
            }
            Matcher range = RANGE.matcher(rest());
            if (range.find() && startsNumber(rest().substring(range.end()))) {
                position += range.end();
                high = Optional.of(sign() * number());
                highMagnitude = magnitude();
                if (lowMagnitude == 1) {
                    lowMagnitude = highMagnitude;
                }
            }
            Unit unit = unit();
            Optional<String> substance = substance();
            Quantity lowQuantity = new Quantity(low * lowMagnitude, unit);
            if (high.isEmpty()) {
                return new ParsedQuantity(lowQuantity, substance);
            }
            Quantity highQuantity = new Quantity(high.get() * highMagnitude, unit);
            if (lowQuantity.value() > highQuantity.value()) {
                throw fail("a range from low to high, not " + QuantityFormat.number(lowQuantity.value()) + " to "
                        + QuantityFormat.number(highQuantity.value()));
            }
            return new ParsedQuantity(new QuantityRange(lowQuantity, highQuantity), substance);
        }

        /** -1 for a leading minus sign ("-9%", "−58%"), else 1; a leading plus sign is skipped. */
        private double sign() {
            if (rest().startsWith("-") || rest().startsWith("−")) {
                position += 1;
                return -1;
            }
            if (rest().startsWith("+")) {
                position += 1;
            }
            return 1;
        }

        private boolean startsRange(String candidate) {
            Matcher range = RANGE.matcher(candidate);
            return range.find() && startsNumber(candidate.substring(range.end()));
        }

        private boolean startsNumber(String candidate) {
            String stripped = CURRENCY_SIGN.matcher(candidate).replaceFirst("");
            return NUMBER.matcher(stripped).find()
                    || WORD_NUMBER.matcher(stripped).find();
        }

        private double number() {
            Matcher sign = CURRENCY_SIGN.matcher(rest());
            if (sign.find()) {
                currency = Optional.of(CURRENCY_BY_SIGN.get(sign.group(1)));
                position += sign.end();
            }
            Matcher number = NUMBER.matcher(rest());
            if (number.find()) {
                position += number.end();
                return Double.parseDouble(number.group().replace(",", ""));
            }
            Matcher word = WORD_NUMBER.matcher(rest());
            if (word.find()) {
                position += word.end();
                String name = word.group(1).toLowerCase(Locale.ROOT);
                return TENS.containsKey(name) ? TENS.get(name) : WORD_NUMBERS.indexOf(name);
            }
            throw fail("a number such as 50, 1,200, 6.6, 5e10 or a word such as five");
        }

        /** A magnitude word after the number ("bn", "million"); 1 when there is none. */
        private double magnitude() {
            Matcher matcher = MAGNITUDE.matcher(rest());
            if (!matcher.find()) {
                return 1;
            }
            String word = matcher.group(1).toLowerCase(Locale.ROOT);
            boolean bareLetter = word.equals("m") || word.equals("b");
            if (bareLetter && currency.isEmpty()) {
                return 1; // "5 m" is five metres; "$5m" is five million dollars
            }
            double factor =
                    switch (word) {
                        case "k", "thousand" -> 1e3;
                        case "m", "mn", "mln", "million" -> 1e6;
                        case "b", "bn", "billion" -> 1e9;
                        default -> 1e12;
                    };
            position += matcher.end();
            return factor;
        }

        private Unit unit() {
            skipSpaces();
            Matcher fold = FOLD.matcher(rest());
            if (fold.find()) {
                position += fold.end();
                return Units.MULTIPLE;
            }
            if (currency.isPresent()) {
                return perDenominator(Units.parse(currency.get()));
            }
            String rest = rest();
            if (rest.startsWith("%")) {
                position += 1;
                return perDenominator(Units.PERCENT);
            }
            if (rest.isBlank()) {
                return Units.COUNT;
            }
            return longestUnit()
                    .orElseThrow(() -> fail("a unit such as t, Mt, bcm/yr, Mtpa, USD/MMBtu, % or x ("
                            + Units.suggest(rest.split(" ")[0]) + ")"));
        }

        /** The unit itself, or per a denominator when "/" or "per" follows ("$3.50/MMBtu", "5 %/yr"). */
        private Unit perDenominator(Unit numerator) {
            Matcher per = PER.matcher(rest());
            if (!per.find()) {
                return numerator;
            }
            position += per.end();
            return numerator.per(longestUnit().orElseThrow(() -> fail("a unit after '/', e.g. MMBtu, t or yr")));
        }

        /** The longest run of leading words (up to six) that names a unit. */
        private Optional<Unit> longestUnit() {
            skipSpaces();
            String[] words = rest().split(" ");
            for (int count = Math.min(words.length, 6); count > 0; count--) {
                String candidate = String.join(" ", Arrays.copyOf(words, count));
                Optional<Unit> unit = Units.find(candidate);
                if (unit.isPresent()) {
                    position += candidate.length();
                    return unit;
                }
            }
            return Optional.empty();
        }

        private Optional<String> substance() {
            String rest = rest().strip();
            if (rest.isEmpty()) {
                return Optional.empty();
            }
            String words = rest.replaceFirst("(?i)^of\\s+", "");
            Optional<String> substance = ConversionFactors.substanceNamed(words);
            if (substance.isEmpty()) {
                position = text.length() - rest.length();
                throw fail("nothing more, or a substance with a cited factor such as LNG or crude oil");
            }
            position = text.length();
            return substance;
        }

        private void skipSpaces() {
            while (position < text.length() && text.charAt(position) == ' ') {
                position++;
            }
        }

        private String rest() {
            return text.substring(position);
        }

        private QuantityParseException fail(String expected) {
            return new QuantityParseException(original, position, expected);
        }
    }
}
