package org.yulu.meaning;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Stopping the application while the model encodes: onnxruntime aborts the whole JVM when a session is closed under
 * a running encoding, so this test fails by crashing the test JVM if the model is closed too soon.
 */
class MeaningModelShutdownTest {

    @Test
    void theModelClosesOnlyOnceItsEncodingsHaveFinishedAndTellsThoseStillWaiting() throws Exception {
        MeaningModel model = new MeaningModel(SentenceModel.BGE_SMALL_ZH_Q, true, event -> { });
        model.load();
        assertThat(model.ready()).isTrue();
        List<String> passages = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            passages.add("第" + i + "条：我们的核心竞争力是团队的创新能力，而不是模仿，" + i);
        }
        CompletableFuture<List<float[]>> encoding = CompletableFuture.supplyAsync(() -> model.passages(passages));
        // 400 passages take far longer to encode than this pause: the stop comes in the middle
        Thread.sleep(300);

        model.destroy();

        Throwable stopped = catchThrowable(encoding::join);
        assertThat(stopped).isInstanceOf(CompletionException.class).hasCauseInstanceOf(CancellationException.class);
        assertThat(model.passagesEncoded()).isZero();
    }

    @Test
    void aStopDuringTheLoadWaitsForItAndNothingRunsInTheModelAfter() throws Exception {
        MeaningModel model = new MeaningModel(SentenceModel.BGE_SMALL_ZH_Q, true, event -> { });
        Thread loading = new Thread(model::load);
        loading.start();
        while (Arrays.stream(loading.getStackTrace())
                .noneMatch(frame -> frame.getClassName().equals(SentenceEncoder.class.getName()))) {
            Thread.sleep(1);
        }

        model.destroy();

        // destroy returned only once the load had finished (and then closed its session)
        assertThat(model.state()).isEqualTo(MeaningModel.State.READY);
        loading.join(10_000);
        assertThat(loading.isAlive()).isFalse();
        assertThat(catchThrowable(() -> model.questionLater("创新").join()))
                .hasCauseInstanceOf(QuestionsBusyException.class);
    }
}
