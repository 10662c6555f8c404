package org.chokepoint.engine.instrument;

import java.time.YearMonth;
import java.util.Optional;
import org.chokepoint.engine.market.MarketPolicy;
import org.chokepoint.engine.market.Solution;
import org.chokepoint.engine.uncertainty.Draw;

/**
 * A policy instrument of engine.md section 3, bound to a baseline: it edits the wedges, bans, caps,
 * capacities or net supply of a market in the months it is in force, and may move money once the
 * month is solved (a guaranteed price). {@link Instruments} binds each {@link
 * org.chokepoint.engine.spec.Shock} of a scenario spec to one.
 */
public interface Instrument {

    /** The instrument's name in scenario files, e.g. "export-ban". */
    String kind();

    /** The months it is in force. */
    Window window();

    /** Applies its effect for {@code month} (only called inside its window). */
    void apply(MarketPolicy policy, YearMonth month, Draw draw);

    /**
     * What it pays or receives outside the market in {@code month} once the month is solved (only
     * called inside its window), at any stage of a chain; most instruments move nothing.
     */
    default Optional<Transfers> settle(Solution solution, YearMonth month, Draw draw) {
        return Optional.empty();
    }

    /** One line for summaries and the resolved scenario, e.g. "export-ban CHN -> USA, JPN from 2026-01". */
    String describe();
}
