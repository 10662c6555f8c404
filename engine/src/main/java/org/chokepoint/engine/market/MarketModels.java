package org.chokepoint.engine.market;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The market models a scenario can name, in one place for the reader, the runner and the reports.
 * Each model is stateless, so one instance serves every run.
 */
public final class MarketModels {

    /** The model a scenario uses when it names none. */
    public static final String DEFAULT = "armington";

    private static final Map<String, MarketModel> MODELS = registry();

    private MarketModels() {}

    private static Map<String, MarketModel> registry() {
        Map<String, MarketModel> models = new LinkedHashMap<>();
        for (MarketModel model : new MarketModel[] {new ArmingtonModel(), new GsimModel(), new SpatialModel()}) {
            models.put(model.name(), model);
        }
        return Collections.unmodifiableMap(models);
    }

    /** The model of that name, if there is one. */
    public static Optional<MarketModel> find(String name) {
        return Optional.ofNullable(MODELS.get(name));
    }

    /** Every model's name, the default first. */
    public static Set<String> names() {
        return MODELS.keySet();
    }
}
