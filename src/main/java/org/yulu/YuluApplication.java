package org.yulu;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.event.EventListener;
import org.yulu.text.TextFolding;

import java.io.IOException;
import java.io.UncheckedIOException;

@SpringBootApplication
@ConfigurationPropertiesScan
public class YuluApplication {

    public static void main(String[] args) {
        meanwhile("dictionaries", YuluApplication::loadWordDictionaries);
        SpringApplication.run(YuluApplication.class, args);
    }

    /**
     * A search needs smartcn's dictionaries and the characters folding converts, which take a good part of a second
     * to load; Spring starts on one core, so the other loads them in the meantime.
     */
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

    /**
     * The traditional-to-simplified tables are needed by a query or a text in traditional script: an import or an
     * index build loads them when it meets one. A restart on a kept corpus needs none, so they load once the app
     * answers instead of taking the start's processor time; the first traditional query finds them ready.
     */
    @EventListener(ApplicationReadyEvent.class)
    void loadScriptTablesOnceReady() {
        meanwhile("script-tables", () -> TextFolding.fold("護城河"));
    }

    private static void meanwhile(String name, Runnable work) {
        Thread loader = new Thread(work, name);
        loader.setDaemon(true);
        loader.start();
    }
}
