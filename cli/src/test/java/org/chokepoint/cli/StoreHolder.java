package org.chokepoint.cli;

import java.nio.file.Path;
import java.time.Duration;
import org.chokepoint.knowledge.store.DuckDbStore;

/**
 * Run by {@link StoreFaultsTest} in a child JVM: opens the store file given as first argument, for
 * writing or (with "read" as second argument) read-only, says "OPEN" and holds it until killed.
 */
public final class StoreHolder {

    private StoreHolder() {}

    public static void main(String[] args) throws InterruptedException {
        Path file = Path.of(args[0]);
        DuckDbStore store = args.length > 1 && args[1].equals("read")
                ? DuckDbStore.openReadOnly(file, Duration.ZERO)
                : DuckDbStore.open(file);
        System.out.println("OPEN " + store.count());
        System.out.flush();
        Thread.sleep(120_000);
    }
}
