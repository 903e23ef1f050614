package org.yulu.importer;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the first import as the application starts, before the web server opens, so the first request already sees
 * the seeds. Every listener, {@code @EventListener} methods included, is registered by then and hears it.
 */
@Component
class StartupImport implements SmartLifecycle {

    // Far below the web server's phase (DEFAULT_PHASE - 2048): the server opens only once the seeds are imported.
    private static final int PHASE = 0;

    private final SeedImporter importer;
    private volatile boolean imported;
    private volatile boolean running;

    StartupImport(SeedImporter importer) {
        this.importer = importer;
    }

    /** Imports once: a context started again after a stop has its seeds, and the rescan follows later changes. */
    @Override
    public void start() {
        if (!imported) {
            importer.importAll();
            imported = true;
        }
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
