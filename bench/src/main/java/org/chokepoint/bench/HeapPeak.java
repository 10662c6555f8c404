package org.chokepoint.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The peak live heap while something runs: a sampler asks for a full collection every few milliseconds and reads what the
 * heap pools held right after it, so the peak is of what is live, not of garbage waiting for a collection.
 */
public final class HeapPeak {
    private final AtomicLong peak = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread sampler;
    /** The live heap when sampling started. */
    public final long before;

    private HeapPeak(long every) {
        ManagementFactory.getMemoryMXBean().gc();
        before = liveAfterCollection();
        sampler = new Thread(() -> {
            while (running.get()) {
                ManagementFactory.getMemoryMXBean().gc();
                peak.accumulateAndGet(liveAfterCollection(), Math::max);
                try {
                    Thread.sleep(every);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    /** Starts sampling, a full collection every {@code every} milliseconds. */
    public static HeapPeak start(long every) {
        HeapPeak peak = new HeapPeak(every);
        peak.sampler.start();
        return peak;
    }

    /** Stops sampling and returns the peak in bytes. */
    public long stop() throws InterruptedException {
        running.set(false);
        sampler.join();
        ManagementFactory.getMemoryMXBean().gc();
        return Math.max(peak.get(), liveAfterCollection());
    }

    private static long liveAfterCollection() {
        long live = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                live += pool.getCollectionUsage().getUsed();
            }
        }
        return live;
    }
}
