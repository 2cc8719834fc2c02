package org.rawabit.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Peak heap and peak resident memory of this process, per phase. The heap peak is the largest heap
 * in use seen just before a garbage collection (from the collectors' notifications) or when asked;
 * the resident peak is Linux's VmHWM, which {@link #reset()} rewinds to the current size by writing
 * 5 to {@code /proc/self/clear_refs} where the kernel allows it.
 */
public final class MemoryMonitor implements AutoCloseable {
    private final AtomicLong peakHeap = new AtomicLong();
    private final Set<String> heapPools;
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener;
    private boolean rssResettable;
    private long lifetimeRss = -1;

    public MemoryMonitor() {
        heapPools = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
        listener = (n, handback) -> {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) return;
            var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
            long before = 0;
            for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageBeforeGc().entrySet()) {
                if (heapPools.contains(e.getKey())) before += e.getValue().getUsed();
            }
            long b = before;
            peakHeap.accumulateAndGet(b, Math::max);
        };
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                e.addNotificationListener(listener, null, null);
                emitters.add(e);
            }
        }
    }

    /** Starts a new phase: collects garbage, then counts peaks from the current use. */
    public void reset() {
        System.gc();
        peakHeap.set(heapUsed());
        lifetimeRss = Math.max(lifetimeRss, peakRss());
        rssResettable = resetRss();
    }

    /** Largest heap in use since {@link #reset()}, in bytes. */
    public long peakHeap() {
        return Math.max(peakHeap.get(), heapUsed());
    }

    /** Peak resident set since {@link #reset()} (or since the process started, see {@link #rssSinceReset()}), in bytes; -1 if unknown. */
    public long peakRss() {
        return statusKb("VmHWM");
    }

    /** Peak resident set of the whole process so far, in bytes; -1 if unknown. */
    public long lifetimePeakRss() {
        return Math.max(lifetimeRss, peakRss());
    }

    /** Whether {@link #peakRss()} counts from the last {@link #reset()} rather than from the process start. */
    public boolean rssSinceReset() {
        return rssResettable;
    }

    public static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    public static long maxHeap() {
        return Runtime.getRuntime().maxMemory();
    }

    private static boolean resetRss() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5", StandardCharsets.US_ASCII);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    static long statusKb(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.US_ASCII)) {
                if (line.startsWith(field + ":")) {
                    String v = line.substring(field.length() + 1).strip().split("\\s+")[0];
                    return Long.parseLong(v) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return -1;
    }

    @Override
    public void close() {
        for (NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(listener);
            } catch (ListenerNotFoundException ignored) {
                // already gone
            }
        }
    }
}
