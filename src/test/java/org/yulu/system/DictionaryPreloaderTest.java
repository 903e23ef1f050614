package org.yulu.system;

import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationListener;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;

class DictionaryPreloaderTest {

    @Test
    void hearsTheApplicationStartingBeforeAnyBeanExists() {
        assertThat(SpringFactoriesLoader.forDefaultResourceLocation().load(ApplicationListener.class))
                .hasAtLeastOneElementOfType(DictionaryPreloader.class);
    }
}
