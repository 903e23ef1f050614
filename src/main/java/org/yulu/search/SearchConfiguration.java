package org.yulu.search;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.yulu.corpus.Corpus;
import org.yulu.meaning.MeaningVectors;
import org.yulu.system.YuluProperties;

@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    /** On disk beside the database, so a large corpus's index is paged in by the OS rather than held on the heap. */
    @Bean
    SearchIndex searchIndex(YuluProperties properties, Corpus corpus, MeaningVectors vectors) {
        return SearchIndex.open(properties.dataDir().resolve("index"), corpus, vectors);
    }

    @Bean
    MatchCache matchCache(SearchIndex index) {
        return MatchCache.of(index);
    }
}
