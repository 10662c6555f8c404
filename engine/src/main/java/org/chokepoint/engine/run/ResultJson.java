package org.chokepoint.engine.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A result's tables as one JSON document ({@code results.json}). */
public final class ResultJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ResultJson() {}

    /** The same tables as JSON: an object of arrays of row objects; NaN and infinities become null. */
    public static String of(ScenarioResult result) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("scenario", result.scenario().name());
        document.put("baseline", result.scenario().baseline().id());
        for (Map.Entry<String, List<List<Object>>> table :
                ResultTables.of(result).entrySet()) {
            List<Object> header = table.getValue().get(0);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (List<Object> row : table.getValue().subList(1, table.getValue().size())) {
                Map<String, Object> object = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    Object value = row.get(i);
                    object.put(
                            header.get(i).toString(), value instanceof Double d && !Double.isFinite(d) ? null : value);
                }
                rows.add(object);
            }
            document.put(table.getKey(), rows);
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write results as JSON: " + e.getMessage(), e);
        }
    }
}
