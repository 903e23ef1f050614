package org.yulu.importer;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Reads seed files in order on a thread of its own, one or two ahead of the one the import asks for, so reading
 * and parsing the next files overlaps with writing this one.
 */
final class ReadAhead implements AutoCloseable {

    /** How many files are read and parsed ahead of the one being written. */
    private static final int AHEAD = 2;

    private final List<Path> files;
    private final Function<Path, SeedReading> read;
    private final ExecutorService reader =
            Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "seed-reading"));
    private final Queue<Future<SeedReading>> underWay = new ArrayDeque<>();
    private int submitted;

    ReadAhead(List<Path> files, Function<Path, SeedReading> read) {
        this.files = files;
        this.read = read;
    }

    /** The reading of the next file, waiting for it while it is under way. */
    SeedReading next() {
        while (submitted < files.size() && underWay.size() <= AHEAD) {
            Path file = files.get(submitted++);
            underWay.add(reader.submit(() -> read.apply(file)));
        }
        Future<SeedReading> reading = underWay.remove();
        try {
            return reading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while importing the seeds", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("Reading a seed file failed", e.getCause());
        }
    }

    @Override
    public void close() {
        reader.shutdownNow();
    }
}
