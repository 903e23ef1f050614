package org.yulu.importer;

import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.stereotype.Component;
import org.yulu.system.YuluProperties;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;

/** Checks the seeds folder again every {@code yulu.rescan-interval}, so a dropped-in document shows up without a restart. */
@Component
@EnableScheduling
class SeedRescan {

    private final SeedImporter importer;
    private final TaskScheduler scheduler;
    private final Duration interval;
    private ScheduledFuture<?> task;

    SeedRescan(SeedImporter importer, TaskScheduler scheduler, YuluProperties properties) {
        this.importer = importer;
        this.scheduler = scheduler;
        this.interval = properties.rescanInterval();
    }

    @PostConstruct
    void start() {
        if (interval != null && !interval.isZero() && !interval.isNegative()) {
            task = scheduler.scheduleWithFixedDelay(importer::importAll, Instant.now().plus(interval), interval);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
