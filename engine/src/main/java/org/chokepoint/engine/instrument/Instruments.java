package org.chokepoint.engine.instrument;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The instruments scenario files can use, by name. A new instrument is a class implementing
 * {@link Instrument} and one entry here.
 */
public final class Instruments {

    private static final Map<String, InstrumentReader> READERS = registry();

    private Instruments() {}

    private static Map<String, InstrumentReader> registry() {
        Map<String, InstrumentReader> readers = new TreeMap<>();
        readers.put("tariff", Tariff.reader("tariff"));
        readers.put("fee", Tariff.reader("fee"));
        readers.put("secondary-tariff", SecondaryTariff.reader());
        readers.put("sanction", Sanction.reader());
        readers.put("export-ban", Ban.exportBan());
        readers.put("import-ban", Ban.importBan());
        readers.put("export-licensing", ExportLicensing.reader());
        readers.put("offtake", Offtake.reader());
        readers.put("outage", Outage.outage());
        readers.put("capacity", Outage.capacity());
        readers.put("new-plant", NewPlant.reader());
        readers.put("stockpile", Stockpile.reader());
        readers.put("supply-contracts", SupplyContracts.reader());
        readers.put("price-floor", PriceFloor.reader());
        return Collections.unmodifiableMap(readers);
    }

    /** Every instrument name and its reader, in name order. */
    public static Map<String, InstrumentReader> all() {
        return READERS;
    }
}
