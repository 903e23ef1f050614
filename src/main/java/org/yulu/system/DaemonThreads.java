package org.yulu.system;

import java.util.concurrent.ThreadFactory;

/** Named daemon threads: background work that never keeps the JVM from stopping. */
public final class DaemonThreads {

    private DaemonThreads() {
    }

    public static Thread of(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        return thread;
    }

    /** Starts {@code work} on a daemon thread of its own. */
    public static void start(String name, Runnable work) {
        of(name, work).start();
    }

    /** Daemon threads all of this name, for a pool. */
    public static ThreadFactory named(String name) {
        return work -> of(name, work);
    }
}
