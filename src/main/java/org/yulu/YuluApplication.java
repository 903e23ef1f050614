package org.yulu;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.yulu.system.TextFolding;

import java.io.IOException;
import java.io.UncheckedIOException;

@SpringBootApplication
@ConfigurationPropertiesScan
public class YuluApplication {

    public static void main(String[] args) {
        loadDictionariesMeanwhile();
        SpringApplication.run(YuluApplication.class, args);
    }

    /**
     * The first index build needs the smartcn and traditional-to-simplified dictionaries, which take most of a
     * second to load; Spring starts on one core, so the other loads them in the meantime.
     */
    private static void loadDictionariesMeanwhile() {
        Thread loader = new Thread(() -> {
            TextFolding.fold("護城河");
            try (Analyzer words = new SmartChineseAnalyzer(); TokenStream stream = words.tokenStream("", "护城河")) {
                stream.reset();
                while (stream.incrementToken()) {
                    // reading the stream is what loads the dictionaries
                }
                stream.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "dictionaries");
        loader.setDaemon(true);
        loader.start();
    }
}
