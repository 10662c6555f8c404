package org.chokepoint.ingest.claim;

import java.util.List;
import java.util.regex.Pattern;
import org.chokepoint.ingest.quantity.Direction;
import org.chokepoint.ingest.quantity.QuantityMention;
import org.chokepoint.ingest.text.Sentences;
import org.chokepoint.ingest.text.Span;

/**
 * Names what a figure measures from the words of its clause and its unit, in the knowledge base's vocabulary: a share
 * of imports (依存度, share), a stake (持有, owned), a price, a discount, trade value, investment, production, reserves,
 * capacity, volume, a tariff or fee, an area, a count; a change of price or trade where the figure is a rise or fall.
 */
final class Properties {

    private record Rule(String property, Pattern words) {}

    /** A gap between two figures (相差近百億美元) is not the fact either figure states. */
    private static final Pattern DIFFERENCE = Pattern.compile("相差|相距|差距|差額|差额|\\bgap\\b|\\bdifference\\b");

    private static final Pattern MONEY = Pattern.compile("[A-Z]{3}(?:/|$)");
    private static final java.util.Set<String> MONEY_ONLY =
            java.util.Set.of("trade_value", "investment", "price", "fee", "tariff", "discount");
    private static final java.util.Set<String> PHYSICAL_ONLY =
            java.util.Set.of("volume", "reserves", "capacity", "area");

    private static final Rule DISCOUNT = rule("discount", "折扣|折讓|折让|砍價|砍价|降價|降价|低了|便宜|discount|cheaper|below the");

    private static final List<Rule> RULES = List.of(
            DISCOUNT,
            rule("stake", "持有|持股|股份|股權|股权|stake|owned|owns|holding"),
            rule("share", "依存度|依賴|依赖|占(?![領领據据])|佔(?![領據])|比重|份額|份额|來自|来自|掌控|share|dependen|of global|of the world"),
            rule("tariff", "關稅|关税|tariff|duty|duties|關稅係數|关税系数"),
            rule("fee", "(?<!消)費|(?<!消)费|稅|税|fee|levy|levies"),
            rule("reserves", "蘊藏|蕴藏|儲量|储量|探明|資源量|资源量|reserves?|proven|proved"),
            rule("capacity", "產能|产能|能力|capacity|年產|年产|年輸氣量|年输气量"),
            rule("consumption", "消費|消费|用氣量|用气量|需求量|consumption|consumes|consumed|demand for"),
            rule("production", "產量|产量|生產(?![商國国者])|生产(?![商国者])|production|output|produc(?!ers?\\b)"),
            rule("volume", "數量|数量|quantity|tonnage"),
            rule("trade_value", "貿易額|贸易额|貿易|贸易|金額|金额|trade|export value|import value"),
            rule("investment", "投資|投资|融資|融资|價值|价值|撥款|拨款|資金|资金|financ|invest|worth|fund"),
            rule("price", "價格|价格|售價|售价|價|价|出售|售出|賣出|卖出|price|per barrel|benchmark|closed at|crude|sold for|sells? for"),
            rule(
                    "volume",
                    "出口|進口|进口|交付|運送|运送|輸送|输送|輸氣|输气|採購|采购|購買|购买|deliver|ship|export|import|cargo|buy|bought|purchas"),
            rule("trade_value", "出口|進口|进口|採購|采购|購買|购买|export|import|buy|bought|purchas"), // money exported is no volume
            rule("area", "領土|领土|面積|面积|territory|area|square"));

    private Properties() {}

    private static Rule rule(String property, String words) {
        return new Rule(property, Pattern.compile(words, Pattern.CASE_INSENSITIVE));
    }

    /**
     * The property from the figure's clause, else from the clauses before it in its sentence, nearest first (大陸出口量為
     * 5473噸，較9月的5774噸減少5.2%: both are export volumes), else from its whole sentence.
     */
    static String of(String text, QuantityMention q, Span clause, Span sentence) {
        int figure = q.span().start();
        String property = of(q, clause.of(text), text.substring(clause.start(), Math.max(clause.start(), figure)));
        for (Span earlier = clause; isVague(property) && earlier.start() > sentence.start(); ) {
            int end = earlier.start() - 1; // the break before this clause
            earlier = Sentences.clause(text, new Span(end, end));
            property = of(q, earlier.of(text), earlier.of(text));
        }
        return isVague(property)
                ? of(q, sentence.of(text), text.substring(sentence.start(), Math.max(sentence.start(), figure)))
                : property;
    }

    private static boolean isVague(String property) {
        return property.equals("other") || property.equals("count");
    }

    /**
     * Whether a property can be measured in the figure's unit: a tonnage is no trade value or price, a sum of money no
     * volume or reserves.
     */
    private static boolean fits(String property, String unit) {
        if (unit.equals("%") || unit.equals("count") || unit.equals("x")) {
            return true;
        }
        if (property.equals("area")) {
            return unit.startsWith("km2"); // 7,000 kilometers of pipeline through Russian territory is a length
        }
        if (unit.equals("km") || unit.equals("m")) {
            return false; // a length: none of the vocabulary's properties measures it
        }
        boolean money = MONEY.matcher(unit).lookingAt();
        if (money) {
            return !PHYSICAL_ONLY.contains(property);
        }
        return !MONEY_ONLY.contains(property);
    }

    /** The property named in {@code clause}, whose words up to the figure are {@code beforeFigure}. */
    private static String of(QuantityMention q, String clause, String beforeFigure) {
        String unit = q.unit();
        if ("rank".equals(unit)) {
            return "rank";
        }
        if (unit.startsWith("km2")) {
            return "area";
        }
        if (unit.contains("/") && !unit.endsWith("/yr") && MONEY.matcher(unit).lookingAt()) {
            // USD/bbl; not a flow such as bbl/d, t/yr or USD/yr
            if (DISCOUNT.words().matcher(beforeFigure).find()) {
                return "discount"; // discounts of $8-$12 per barrel, 低了3至4美元; not the price it is taken from
            }
            return q.direction() == Direction.LEVEL ? "price" : "price_change";
        }
        if (DIFFERENCE.matcher(clause).find()) {
            return "other";
        }
        for (Rule r : RULES) {
            if (fits(r.property(), unit) && r.words().matcher(clause).find()) {
                String p = r.property();
                if (q.direction() != Direction.LEVEL && "%".equals(unit)) {
                    if (p.equals("price")) {
                        return "price_change";
                    }
                    if (p.equals("trade_value") || p.equals("volume")) {
                        return "trade_change";
                    }
                }
                if ("count".equals(unit) && !p.equals("volume")) {
                    return "count";
                }
                return p;
            }
        }
        return "count".equals(unit) ? "count" : "other";
    }
}
