package org.rawabit.serve;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Stops the query that is filling the heap. ORDER BY and DISTINCT spill to disk past a row count,
 * but ARQ keeps every group of a GROUP BY (and the rows of some joins) in memory, and a query with
 * millions of groups can fill the heap long before its timeout, taking every other client down
 * with the server. After each garbage collection, if the heap still holds more than {@link #LIMIT}
 * of its maximum, the longest-running query is cancelled: its client gets 503, as on a timeout, and
 * its rows become garbage. One query per collection, so that a single culprit is all that goes.
 */
final class MemoryGuard implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MemoryGuard.class);

    /** Share of the maximum heap still in use after a collection that counts as running out. */
    static final double LIMIT = 0.8;

    private record Running(QueryExec exec, long startNanos) {}

    private final Map<Thread, Running> running = new ConcurrentHashMap<>();
    /** Threads whose query this guard stopped and that have not finished yet, with when they were stopped. */
    private final Map<Thread, Long> stopped = new ConcurrentHashMap<>();
    /** How long a stopped query may take to let go of its memory before the guard stops another one. */
    private static final long UNWIND_NANOS = 10_000_000_000L;
    private final Set<String> heapPools;
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = (n, handback) -> {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            afterCollection(GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()));
        }
    };

    MemoryGuard() {
        heapPools = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                e.addNotificationListener(listener, null, null);
                emitters.add(e);
            }
        }
    }

    /** The calling thread runs {@code exec} until {@link #finished()}. */
    void started(QueryExec exec) {
        running.put(Thread.currentThread(), new Running(exec, System.nanoTime()));
    }

    void finished() {
        running.remove(Thread.currentThread());
        stopped.remove(Thread.currentThread());
    }

    /** Whether the calling thread's query was stopped by this guard. */
    boolean stoppedCurrentQuery() {
        return stopped.containsKey(Thread.currentThread());
    }

    private void afterCollection(GarbageCollectionNotificationInfo info) {
        long used = 0;
        for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heapPools.contains(e.getKey())) used += e.getValue().getUsed();
        }
        long max = Runtime.getRuntime().maxMemory();
        if (used <= LIMIT * max || running.isEmpty()) return;
        // the memory of a query stopped a moment ago is freed only once its thread has unwound: until then the heap looks
        // full, and the query that runs next (however small) must not pay for it
        long now = System.nanoTime();
        if (stopped.values().stream().anyMatch(at -> now - at < UNWIND_NANOS)) return;
        Map.Entry<Thread, Running> oldest = null;
        for (Map.Entry<Thread, Running> e : running.entrySet()) {
            if (oldest == null || e.getValue().startNanos() < oldest.getValue().startNanos()) oldest = e;
        }
        if (oldest == null || !running.remove(oldest.getKey(), oldest.getValue())) return;
        stopped.put(oldest.getKey(), now);
        long seconds = (System.nanoTime() - oldest.getValue().startNanos()) / 1_000_000_000L;
        LOG.warn("query stopped after {} s: the heap was {}% full after a garbage collection ({} of {} MB); "
                + "a GROUP BY with very many groups keeps them all in memory", seconds, Math.round(100.0 * used / max),
                used >> 20, max >> 20);
        oldest.getValue().exec().abort();
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
        running.clear();
        stopped.clear();
    }
}
