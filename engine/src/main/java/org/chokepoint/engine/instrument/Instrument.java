package org.chokepoint.engine.instrument;

import java.time.YearMonth;
import org.chokepoint.engine.market.MarketPolicy;
import org.chokepoint.engine.uncertainty.Draw;

/**
 * A policy instrument of engine.md section 3 as a plug-in: it edits the wedges, bans, caps,
 * capacities or net supply of a market in the months it is in force. Instruments are read from a
 * scenario's {@code shocks:} by {@link InstrumentReader}s registered in {@link Instruments}.
 */
public interface Instrument {

    /** The instrument's name in scenario files, e.g. "export-ban". */
    String kind();

    /** The months it is in force. */
    Window window();

    /** Applies its effect for {@code month} (only called inside its window). */
    void apply(MarketPolicy policy, YearMonth month, Draw draw);

    /** One line for summaries and the resolved scenario, e.g. "export-ban CHN -> USA, JPN from 2026-01". */
    String describe();
}
