package org.yulu;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The application in a JVM of its own, started from the test class path (classes and jars, as
 * {@code ./mvnw spring-boot:run} starts it) with everything it prints in a log file: for tests that kill it in the
 * middle of its work and benchmarks that measure it from outside.
 */
public final class AppProcess implements AutoCloseable {

    /** How long a wait sleeps between two looks: short, so a test acts soon after the line it waits for. */
    private static final long POLL_MILLIS = 20;

    private final Process process;
    private final Path log;
    private final long launched;

    private AppProcess(Process process, Path log, long launched) {
        this.process = process;
        this.log = log;
        this.launched = launched;
    }

    /** Starts the application on these seeds and data folders, with the JVM options and further settings given. */
    public static AppProcess start(List<String> jvmOptions, Path seeds, Path data, Path log, String... settings)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), YuluApplication.class.getName(),
                "--yulu.seeds-dir=" + seeds.toAbsolutePath(), "--yulu.data-dir=" + data.toAbsolutePath()));
        command.addAll(List.of(settings));
        long launched = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new AppProcess(process, log, launched);
    }

    /** Milliseconds since the process was launched. */
    public long millisSinceLaunch() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - launched);
    }

    public long pid() {
        return process.pid();
    }

    /** Everything the application has printed so far. */
    public String output() throws IOException {
        return Files.readString(log);
    }

    /** Waits until the log holds a match of the pattern; returns it. */
    public Matcher awaitLine(Pattern line) throws IOException, InterruptedException {
        while (true) {
            // Looked at before the log, so a line printed just before the end is still found.
            boolean ended = !process.isAlive();
            Matcher m = line.matcher(output());
            if (m.find()) {
                return m;
            }
            if (ended) {
                throw new IllegalStateException("The application stopped before logging " + line + "; see " + log);
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    /** Waits for the first 200 from the URL; returns the milliseconds since launch. */
    public long awaitAnswer(URI url) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application stopped before answering; see " + log);
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(url).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - launched);
                }
            } catch (IOException notYet) {
                // the server is not listening yet
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    /** Ends it as a crash would: SIGKILL, no shutdown hooks. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    /** Asks it to stop as a deployment would, and kills it if it has not stopped within a minute. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill();
        }
    }
}
