package org.yulu.card;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CardDrawingTest {

    @TempDir
    Path folder;

    @Test
    void aCardAskedForWhileItIsBeingDrawnIsDrawnOnce() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (CardDrawing drawing = new CardDrawing(new CardStore(folder), 2, 16)) {
            Supplier<byte[]> slow = once(release, 1, 2, 3);
            List<CompletableFuture<Path>> asked = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                asked.add(drawing.card("ab12", slow));
            }
            release.countDown();

            for (CompletableFuture<Path> card : asked) {
                assertThat(Files.readAllBytes(card.get(10, TimeUnit.SECONDS))).containsExactly(1, 2, 3);
            }
            assertThat(drawing.drawn()).isEqualTo(1);
            assertThat(drawing.card("ab12", slow).isDone()).isTrue();
            assertThat(drawing.drawn()).isEqualTo(1);
        }
    }

    @Test
    void withEveryThreadBusyAndTheQueueFullMoreCardsAreRefusedNotQueued() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (CardDrawing drawing = new CardDrawing(new CardStore(folder), 2, 3)) {
            Supplier<byte[]> slow = once(release, 7);
            List<CompletableFuture<Path>> taken = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                taken.add(drawing.card("c" + i, slow));
            }

            assertThatThrownBy(() -> drawing.card("c5", slow)).isInstanceOf(CardsBusyException.class);

            release.countDown();
            for (CompletableFuture<Path> card : taken) {
                assertThat(card.get(10, TimeUnit.SECONDS)).isRegularFile();
            }
            assertThat(drawing.card("c5", () -> new byte[] {8}).get(10, TimeUnit.SECONDS)).isRegularFile();
        }
    }

    @Test
    void aFailedDrawingLeavesNothingOnDiskAndIsTriedAgainNextTime() throws Exception {
        try (CardDrawing drawing = new CardDrawing(new CardStore(folder), 1, 1)) {
            CompletableFuture<Path> failed = drawing.card("dd", () -> {
                throw new IllegalStateException("no glyphs today");
            });
            assertThatThrownBy(() -> failed.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("no glyphs today");
            try (var files = Files.walk(folder)) {
                assertThat(files.filter(Files::isRegularFile)).isEmpty();
            }

            assertThat(drawing.card("dd", () -> new byte[] {9}).get(10, TimeUnit.SECONDS)).isRegularFile();
        }
    }

    /** A drawing that finishes, with these bytes, once the latch is released. */
    static Supplier<byte[]> once(CountDownLatch released, int... bytes) {
        return () -> {
            try {
                released.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] png = new byte[bytes.length];
            for (int i = 0; i < bytes.length; i++) {
                png[i] = (byte) bytes[i];
            }
            return png;
        };
    }
}
