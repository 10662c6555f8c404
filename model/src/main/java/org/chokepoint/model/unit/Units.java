package org.chokepoint.model.unit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chokepoint.model.text.EditDistance;

/**
 * The units Chokepoint knows and the parser for unit expressions such as "bcm/yr", "Mtpa",
 * "USD/MMBtu" or "cubic feet per day". Base units: t (mass), m3 (volume), J (energy), m (length),
 * yr (time), one item (count), 1 (share: 100 % = 1), x (multiple), and one unit of each currency.
 */
public final class Units {

    /** ISO 4217 codes of the currencies that news in this field quotes. */
    public static final List<String> CURRENCIES = List.of(
            "USD", "EUR", "CNY", "RUB", "KRW", "JPY", "TWD", "GBP", "HKD", "KZT", "INR", "AUD", "CAD", "CHF", "SGD",
            "MNT", "UZS", "TRY", "BRL", "ZAR", "IDR", "VND", "SAR", "AED", "QAR", "NOK", "SEK");

    public static final Unit TONNE = new Unit("t", "tonnes", Dimension.MASS, 1);
    public static final Unit CUBIC_METRE = new Unit("m3", "cubic metres", Dimension.VOLUME, 1);
    public static final Unit JOULE = new Unit("J", "joules", Dimension.ENERGY, 1);
    public static final Unit METRE = new Unit("m", "metres", Dimension.LENGTH, 1);
    public static final Unit YEAR = new Unit("yr", "years", Dimension.TIME, 1);
    public static final Unit MONTH = new Unit("month", "months", Dimension.TIME, 1.0 / 12);
    public static final Unit COUNT = new Unit("count", "items", Dimension.COUNT, 1);
    public static final Unit PERCENT = new Unit("%", "per cent", Dimension.SHARE, 0.01);
    public static final Unit RATIO = new Unit("ratio", "ratio", Dimension.SHARE, 1);
    public static final Unit MULTIPLE = new Unit("x", "times", Dimension.MULTIPLE, 1);

    private static final double CUBIC_FOOT = 0.028316846592; // exact: 0.3048^3 m3
    private static final double BARREL = 0.158987294928; // exact: 42 US gallons in m3
    private static final double BTU = 1055.05585262; // International Table Btu in J
    private static final double TOE = 41.868e9; // IEA/OECD tonne of oil equivalent: 10^7 kcal (IT) in J

    private static final Map<String, Unit> BY_SYMBOL = new LinkedHashMap<>();
    private static final Map<String, String> ALIASES = new LinkedHashMap<>();

    static {
        register(TONNE, "tonne", "tonnes", "ton", "tons", "metric ton", "metric tons", "metric tonnes");
        register(new Unit("kg", "kilograms", Dimension.MASS, 1e-3), "kilogram", "kilograms");
        register(new Unit("kt", "thousand tonnes", Dimension.MASS, 1e3), "thousand tonnes", "thousand tons");
        register(new Unit("Mt", "million tonnes", Dimension.MASS, 1e6), "million tonnes", "million tons", "mmt");
        register(new Unit("lb", "pounds", Dimension.MASS, 0.45359237), "pound", "pounds", "lbs");
        register(new Unit("ozt", "troy ounces", Dimension.MASS, 31.1034768e-6), "troy ounce", "troy ounces", "oz t");
        register(CUBIC_METRE, "cubic metre", "cubic metres", "cubic meter", "cubic meters", "m³");
        register(new Unit("mcm", "million cubic metres", Dimension.VOLUME, 1e6), "million cubic metres");
        register(
                new Unit("bcm", "billion cubic metres", Dimension.VOLUME, 1e9),
                "billion cubic metres",
                "billion cubic meters");
        register(new Unit("tcm", "trillion cubic metres", Dimension.VOLUME, 1e12), "trillion cubic metres");
        register(new Unit("cf", "cubic feet", Dimension.VOLUME, CUBIC_FOOT), "cubic foot", "cubic feet", "ft3", "scf");
        register(new Unit("mcf", "thousand cubic feet", Dimension.VOLUME, 1e3 * CUBIC_FOOT));
        register(new Unit("MMcf", "million cubic feet", Dimension.VOLUME, 1e6 * CUBIC_FOOT));
        register(new Unit("bcf", "billion cubic feet", Dimension.VOLUME, 1e9 * CUBIC_FOOT), "billion cubic feet");
        register(new Unit("tcf", "trillion cubic feet", Dimension.VOLUME, 1e12 * CUBIC_FOOT));
        register(new Unit("bbl", "barrels", Dimension.VOLUME, BARREL), "barrel", "barrels");
        register(JOULE, "joule", "joules");
        register(new Unit("GJ", "gigajoules", Dimension.ENERGY, 1e9));
        register(new Unit("PJ", "petajoules", Dimension.ENERGY, 1e15));
        register(new Unit("EJ", "exajoules", Dimension.ENERGY, 1e18));
        register(new Unit("MWh", "megawatt hours", Dimension.ENERGY, 3.6e9));
        register(new Unit("GWh", "gigawatt hours", Dimension.ENERGY, 3.6e12));
        register(new Unit("TWh", "terawatt hours", Dimension.ENERGY, 3.6e15));
        register(new Unit("kWh", "kilowatt hours", Dimension.ENERGY, 3.6e6));
        register(new Unit("MMBtu", "million British thermal units", Dimension.ENERGY, 1e6 * BTU), "mmbtu", "mmBtu");
        register(new Unit("toe", "tonnes of oil equivalent", Dimension.ENERGY, TOE));
        register(new Unit("Mtoe", "million tonnes of oil equivalent", Dimension.ENERGY, 1e6 * TOE));
        register(METRE, "metre", "metres", "meter", "meters");
        register(
                new Unit("km", "kilometres", Dimension.LENGTH, 1e3),
                "kilometre",
                "kilometres",
                "kilometer",
                "kilometers");
        register(
                new Unit("km2", "square kilometres", Dimension.AREA, 1e6),
                "km²",
                "square kilometres",
                "square kilometers");
        register(new Unit("ha", "hectares", Dimension.AREA, 1e4), "hectare", "hectares");
        register(YEAR, "y", "year", "years", "annum");
        register(MONTH, "mo", "months");
        register(new Unit("day", "days", Dimension.TIME, 1.0 / 365), "d", "days");
        register(COUNT, "item", "items", "units");
        register(PERCENT, "percent", "per cent", "pct");
        register(RATIO);
        register(MULTIPLE, "times", "fold", "×");
        for (String currency : CURRENCIES) {
            register(new Unit(currency, currency, Dimension.money(currency), 1));
        }
        ALIASES.put("rmb", "CNY");
        ALIASES.put("yuan", "CNY");
        ALIASES.put("dollars", "USD");
        ALIASES.put("us dollars", "USD");
        ALIASES.put("euros", "EUR");
        ALIASES.put("roubles", "RUB");
        ALIASES.put("rubles", "RUB");
        ALIASES.put("won", "KRW");
        ALIASES.put("yen", "JPY");
    }

    private static final Pattern PER =
            Pattern.compile("\\s*(?:/|\\bper\\b|\\ba(?=\\s+(?:year|month|day)\\b))\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern PER_ANNUM_SUFFIX = Pattern.compile("(.+?)(?:pa|py|/y)$");

    private Units() {}

    private static void register(Unit unit, String... aliases) {
        if (BY_SYMBOL.put(unit.symbol(), unit) != null) {
            throw new IllegalStateException("Unit symbol registered twice: " + unit.symbol());
        }
        for (String alias : aliases) {
            ALIASES.put(alias.toLowerCase(Locale.ROOT), unit.symbol());
        }
    }

    /** Every registered atomic unit, in registration order. */
    public static List<Unit> all() {
        return List.copyOf(BY_SYMBOL.values());
    }

    /**
     * Resolves a unit expression: a symbol or name ("t", "tonnes", "bcm"), a rate or price with
     * "/" or "per" ("bcm/yr", "USD per MMBtu"), or a "per annum" suffix ("Mtpa", "mtpa").
     */
    public static Optional<Unit> find(String expression) {
        String text = expression.strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<Unit> atomic = atomic(text);
        if (atomic.isPresent()) {
            return atomic;
        }
        Matcher per = PER.matcher(text);
        if (per.find() && per.start() > 0) {
            Optional<Unit> numerator = find(text.substring(0, per.start()));
            Optional<Unit> denominator = find(text.substring(per.end()));
            if (numerator.isPresent() && denominator.isPresent()) {
                return Optional.of(numerator.get().per(denominator.get()));
            }
            return Optional.empty();
        }
        Matcher annum = PER_ANNUM_SUFFIX.matcher(text);
        if (annum.matches()) {
            return atomic(annum.group(1)).map(unit -> unit.per(YEAR));
        }
        return Optional.empty();
    }

    /** Like {@link #find} but fails with the closest known symbols as advice. */
    public static Unit parse(String expression) {
        return find(expression)
                .orElseThrow(() -> new IllegalArgumentException(
                        "Unknown unit '" + expression + "'." + System.lineSeparator() + suggest(expression)));
    }

    /** Advice naming the known units closest to an unknown one. */
    static String suggest(String unknown) {
        List<String> known = new ArrayList<>(BY_SYMBOL.keySet());
        String needle = unknown.strip().toLowerCase(Locale.ROOT);
        known.sort(Comparator.comparingInt(symbol -> EditDistance.between(needle, symbol.toLowerCase(Locale.ROOT))));
        return "Maybe you meant " + String.join(", ", known.subList(0, 3))
                + "? Rates and prices are written with '/' or 'per', e.g. bcm/yr, USD/MMBtu, Mtpa.";
    }

    private static Optional<Unit> atomic(String text) {
        Unit exact = BY_SYMBOL.get(text);
        if (exact != null) {
            return Optional.of(exact);
        }
        String symbol = ALIASES.get(text.toLowerCase(Locale.ROOT));
        if (symbol != null) {
            return Optional.of(BY_SYMBOL.get(symbol));
        }
        String upper = text.toUpperCase(Locale.ROOT);
        if (CURRENCIES.contains(upper)) {
            return Optional.of(BY_SYMBOL.get(upper));
        }
        List<Unit> caseInsensitive = BY_SYMBOL.values().stream()
                .filter(unit -> unit.symbol().equalsIgnoreCase(text))
                .toList();
        return caseInsensitive.size() == 1 ? Optional.of(caseInsensitive.get(0)) : Optional.empty();
    }
}
