package org.chokepoint.engine.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chokepoint.engine.scenario.ResolvedScenario;

/**
 * Writes a result into a folder: the tables of {@link ResultTables} as CSV ({@link Csv}) and as
 * results.json ({@link ResultJson}), and scenario.resolved.yaml with any user baseline it names
 * ({@link org.chokepoint.engine.scenario.ResolvedScenario}), so that the folder reruns to the same tables.
 */
public final class ResultWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ResultWriter() {}

    /**
     * Fails with a one-line message unless {@code dir} is a folder that can be written or can be
     * created; called before a run so that a bad folder costs no run.
     */
    public static void checkWritable(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + " is a file, not a folder: give --out a folder for the tables");
        }
        Path existing = dir.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing) || !Files.isWritable(existing)) {
            throw new IllegalArgumentException("Cannot write results to " + dir + ": "
                    + (existing == null ? "no folder above it exists" : existing + " cannot be written"));
        }
    }

    /**
     * Writes every file into {@code dir}, creating it; each file is written beside its place and
     * moved there whole, so that a failure leaves no half-written table.
     */
    public static List<Path> write(ScenarioResult result, Path dir) {
        checkWritable(dir);
        Map<String, String> files = new LinkedHashMap<>();
        for (Map.Entry<String, List<List<Object>>> table :
                ResultTables.of(result).entrySet()) {
            files.put(table.getKey() + ".csv", Csv.of(table.getValue()));
        }
        files.put("results.json", ResultJson.of(result));
        files.putAll(ResolvedScenario.files(result.scenario()));
        try {
            Files.createDirectories(dir);
            List<Path> written = new ArrayList<>();
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path target = dir.resolve(file.getKey());
                Path partial = Files.createTempFile(dir, "." + file.getKey(), ".partial");
                try {
                    Files.writeString(partial, file.getValue(), StandardCharsets.UTF_8);
                    Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(partial);
                }
                written.add(target);
            }
            return written;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write results to " + dir + ": " + e.getMessage(), e);
        }
    }
}
