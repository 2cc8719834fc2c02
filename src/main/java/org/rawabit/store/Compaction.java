package org.rawabit.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.tdb2.DatabaseMgr;

/**
 * Compaction of a store: TDB2 never overwrites a block a reader may still see, so every write
 * transaction leaves the old copies of the index blocks it changed on disk until the store is
 * compacted (Jena's {@link DatabaseMgr#compact}: the live data is copied into a new
 * {@code Data-NNNN} folder and the old one deleted). The size right after the last compaction is
 * kept in {@value #COMPACTED_SIZE_FILE}, so that an ingest can compact when the store has grown
 * well past it, and only then.
 */
public final class Compaction {
    private Compaction() {}

    /** The store's size on disk (bytes) right after its last compaction. */
    public static final String COMPACTED_SIZE_FILE = "rawabit-compacted-bytes";

    /** A store smaller than this is never compacted automatically: it would save too little to matter. */
    public static final long MIN_AUTO_BYTES = 64L * 1024 * 1024;

    /** Compact automatically once the store is this many times its size after the last compaction. */
    public static final double AUTO_FACTOR = 2.0;

    /** What a compaction did. */
    public record Result(long bytesBefore, long bytesAfter, long millis) {
        public String describe() {
            return String.format(java.util.Locale.ROOT, "compacted the store: %s → %s on disk in %.1f s",
                    megabytes(bytesBefore), megabytes(bytesAfter), millis / 1000.0);
        }
    }

    /**
     * Compacts the store now (no other transaction may be running in this process; other processes
     * cannot have the store open, TDB2 locks it) and records its new size.
     */
    public static Result compact(RawabitStore store) {
        long before = bytesOnDisk(store.dir());
        long t0 = System.nanoTime();
        try {
            DatabaseMgr.compact(store.tdb2Dataset().asDatasetGraph(), true);
        } catch (RuntimeException e) {
            throw new StoreProblem("cannot compact the store " + store.dir() + ": " + e.getMessage(), e);
        }
        long after = bytesOnDisk(store.dir());
        record(store.dir(), after);
        return new Result(before, after, (System.nanoTime() - t0) / 1_000_000);
    }

    /**
     * Compacts the store when it pays off: it holds more than {@link #MIN_AUTO_BYTES} and is more
     * than {@link #AUTO_FACTOR} times its size after the last compaction (a store never compacted
     * counts as 0, so it is compacted once it passes the minimum).
     */
    public static Optional<Result> compactIfGrown(RawabitStore store) {
        return compactIfGrown(store, MIN_AUTO_BYTES);
    }

    /** As {@link #compactIfGrown(RawabitStore)}, with another minimum size. */
    public static Optional<Result> compactIfGrown(RawabitStore store, long minBytes) {
        long now = bytesOnDisk(store.dir());
        if (now <= minBytes || now <= AUTO_FACTOR * lastCompactedBytes(store.dir())) return Optional.empty();
        return Optional.of(compact(store));
    }

    /** The store's size right after its last compaction, or 0 if it was never compacted. */
    public static long lastCompactedBytes(Path storeDir) {
        try {
            return Long.parseLong(Files.readString(storeDir.resolve(COMPACTED_SIZE_FILE), StandardCharsets.US_ASCII).strip());
        } catch (IOException | NumberFormatException e) {
            return 0; // never compacted, or the record is unreadable: compact when it pays off
        }
    }

    private static void record(Path storeDir, long bytes) {
        try {
            Files.writeString(storeDir.resolve(COMPACTED_SIZE_FILE), bytes + "\n", StandardCharsets.US_ASCII);
        } catch (IOException e) {
            // only the policy's memory: the next ingest may compact once more than needed
        }
    }

    /**
     * Bytes the store folder takes on disk: the blocks allocated, as {@code du} counts them (TDB2's
     * index files are sparse, 8 MB and more long, however little they hold), or the files' lengths
     * where {@code du} is not available.
     */
    public static long bytesOnDisk(Path dir) {
        try {
            Process p = new ProcessBuilder("du", "-sk", dir.toString()).redirectErrorStream(false)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            if (p.waitFor(1, TimeUnit.MINUTES) && p.exitValue() == 0) return Long.parseLong(out.strip().split("\\s+")[0]) * 1024;
            p.destroyForcibly();
        } catch (IOException | RuntimeException e) {
            // no du on this system: fall back to the files' lengths
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return apparentBytes(dir);
    }

    static long apparentBytes(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException | UncheckedIOException e) {
            return -1;
        }
    }

    public static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
