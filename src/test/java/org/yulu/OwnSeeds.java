package org.yulu;

import org.springframework.test.context.DynamicPropertyRegistry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A test application with a seeds folder of its own, holding copies of some of {@code seeds/}, its own data folder
 * (and so its own database), and no rescans: the test changes the folder and imports when it chooses.
 */
public final class OwnSeeds {

    private OwnSeeds() {
    }

    /** Registers the settings; returns the seeds folder the test may change. */
    public static Path register(DynamicPropertyRegistry registry, String name, String... seedFiles)
            throws IOException {
        Path seeds = Files.createTempDirectory("yulu-" + name + "-seeds");
        for (String seed : seedFiles) {
            Files.copy(Path.of("seeds", seed), seeds.resolve(seed));
        }
        Path data = Files.createTempDirectory("yulu-" + name + "-data");
        registry.add("yulu.seeds-dir", seeds::toString);
        registry.add("yulu.data-dir", data::toString);
        registry.add("yulu.rescan-interval", () -> "0");
        return seeds;
    }
}
