package org.chokepoint.knowledge;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The controlled vocabulary of what statements state. */
public enum Property {
    PRODUCTION,
    /** What a country or industry uses of a good (消費量, demand): the other side of production. */
    CONSUMPTION,
    RESERVES,
    CAPACITY,
    IMPORT_VALUE,
    IMPORT_QUANTITY,
    EXPORT_VALUE,
    EXPORT_QUANTITY,
    TRADE_VALUE,
    TRADE_CHANGE,
    SHARE,
    DISCOUNT,
    PRICE,
    INVESTMENT,
    STAKE,
    VOLUME,
    COUNT,
    TARIFF,
    FEE,
    STATUS,
    START_YEAR,
    OWNER,
    LOCATED_IN,
    SANCTIONED_BY,
    MEMBER_OF,
    /** Something that happened to the subject at the statement's period; the value says what (from news). */
    EVENT;

    /** "import_value". */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Property> find(String key) {
        return Arrays.stream(values())
                .filter(p -> p.key().equals(key.strip().toLowerCase(Locale.ROOT).replace('-', '_')))
                .findFirst();
    }
}
