package org.yulu.system;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.yulu.text.TextFolding;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Loads the dictionaries that text work needs before the first request needs them, each on a thread of its own.
 * Every search needs smartcn's dictionaries and the characters folding converts: they load as the application
 * starts, on the core Spring's single-threaded start leaves idle. The traditional-to-simplified tables are needed
 * only by a query or a text in traditional script, and a restart on a kept corpus needs none, so they load once the
 * application is ready instead of taking the start's processor time; the first traditional query finds them ready.
 * Registered in {@code META-INF/spring.factories}, since the start is announced before any bean exists.
 */
public class DictionaryPreloader implements ApplicationListener<SpringApplicationEvent> {

    @Override
    public void onApplicationEvent(SpringApplicationEvent event) {
        if (event instanceof ApplicationStartingEvent) {
            DaemonThreads.start("dictionaries", DictionaryPreloader::loadWordDictionaries);
        } else if (event instanceof ApplicationReadyEvent) {
            DaemonThreads.start("script-tables", () -> TextFolding.fold("護城河"));
        }
    }

    private static void loadWordDictionaries() {
        TextFolding.fold("创新");
        try (Analyzer words = new SmartChineseAnalyzer(); TokenStream stream = words.tokenStream("", "护城河")) {
            stream.reset();
            while (stream.incrementToken()) {
                // reading the stream is what loads the dictionaries
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
