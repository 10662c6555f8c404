package org.chokepoint.engine.instrument;

import java.util.Map;
import java.util.function.BiFunction;
import org.chokepoint.engine.spec.Shock;

/**
 * Binds each kind of {@link Shock} of a scenario spec to its {@link Instrument}. A new instrument
 * is a record in {@link Shock}, its file form, a class implementing {@link Instrument} and one
 * entry here.
 */
public final class Instruments {

    private static final Map<Class<? extends Shock>, Binder<?>> BINDERS = Map.ofEntries(
            entry(Shock.Tariff.class, Tariff::bind),
            entry(Shock.SecondaryTariff.class, SecondaryTariff::bind),
            entry(Shock.Sanction.class, Sanction::bind),
            entry(Shock.ExportBan.class, Ban::exportBan),
            entry(Shock.ImportBan.class, Ban::importBan),
            entry(Shock.ExportLicensing.class, ExportLicensing::bind),
            entry(Shock.Outage.class, Outage::outage),
            entry(Shock.Capacity.class, Outage::capacity),
            entry(Shock.NewPlant.class, NewPlant::bind),
            entry(Shock.NewRoute.class, NewPlant::route),
            entry(Shock.OpenRoute.class, OpenRoute::bind),
            entry(Shock.Offtake.class, Offtake::bind),
            entry(Shock.Stockpile.class, Stockpile::bind),
            entry(Shock.SupplyContracts.class, SupplyContracts::bind),
            entry(Shock.PriceFloor.class, PriceFloor::bind));

    private Instruments() {}

    /** One kind of shock and how it becomes an instrument. */
    private record Binder<S extends Shock>(Class<S> type, BiFunction<S, Binding, ? extends Instrument> bind) {
        Instrument apply(Shock shock, Binding binding) {
            return bind.apply(type.cast(shock), binding);
        }
    }

    private static <S extends Shock> Map.Entry<Class<? extends Shock>, Binder<?>> entry(
            Class<S> type, BiFunction<S, Binding, ? extends Instrument> bind) {
        return Map.entry(type, new Binder<>(type, bind));
    }

    /** The instrument {@code shock} stands for in the binding's baseline. */
    public static Instrument bind(Shock shock, Binding binding) {
        Binder<?> binder = BINDERS.get(shock.getClass());
        if (binder == null) {
            throw new IllegalStateException("No binding for the instrument " + shock.instrument());
        }
        return binder.apply(shock, binding);
    }
}
