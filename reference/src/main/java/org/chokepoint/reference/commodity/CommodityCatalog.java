package org.chokepoint.reference.commodity;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.chokepoint.model.commodity.Chain;
import org.chokepoint.model.commodity.Industry;
import org.chokepoint.model.commodity.IndustryId;
import org.chokepoint.model.commodity.Stage;

/** The commodity chains and industries, found by id, English or Chinese name or alias. */
public final class CommodityCatalog {

    private final List<Chain> chains;
    private final Map<IndustryId, Industry> industries;
    private final Map<String, Chain> byName = new HashMap<>();

    CommodityCatalog(List<Chain> chains, Map<IndustryId, Industry> industries) {
        this.chains = List.copyOf(chains);
        this.industries = Map.copyOf(industries);
        for (Chain chain : this.chains) {
            names(chain).forEach(name -> byName.put(key(name), chain));
        }
    }

    static List<String> names(Chain chain) {
        return java.util.stream.Stream.of(List.of(chain.id().slug(), chain.english()), chain.chinese(), chain.aliases())
                .flatMap(List::stream)
                .toList();
    }

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
    }

    public List<Chain> chains() {
        return chains;
    }

    public Optional<Chain> find(String idOrName) {
        return Optional.ofNullable(byName.get(key(idOrName)));
    }

    /**
     * The one chain and stage that trade under this 6-digit HS code ("280530"); empty when no
     * stage or several stages list it (2530.90 holds both rare-earth and lithium ores, among many
     * others), so that no trade figure is attributed to a narrower product than it covers.
     */
    public Optional<Map.Entry<Chain, Stage>> stageForHs(String digits) {
        List<Map.Entry<Chain, Stage>> matches = new java.util.ArrayList<>();
        for (Chain chain : chains) {
            for (Stage stage : chain.stages()) {
                if (stage.hsCodes().stream().anyMatch(code -> code.digits().equals(digits))) {
                    matches.add(Map.entry(chain, stage));
                }
            }
        }
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }

    /** Whether the chain (by id or name) has a stage with this id. */
    public boolean hasStage(String chain, String stage) {
        return find(chain)
                .map(c -> c.stages().stream().anyMatch(s -> s.id().slug().equals(stage)))
                .orElse(false);
    }

    public Industry industry(IndustryId id) {
        Industry industry = industries.get(id);
        if (industry == null) {
            throw new IllegalArgumentException("Unknown industry " + id);
        }
        return industry;
    }
}
