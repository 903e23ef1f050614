package org.yulu.meaning;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.yulu.system.YuluProperties;

@Configuration(proxyBeanMethods = false)
class MeaningConfiguration {

    @Bean
    SentenceModel sentenceModel() {
        return SentenceModel.BGE_SMALL_ZH_Q;
    }

    @Bean
    MeaningModel meaningModel(SentenceModel model, YuluProperties properties, ApplicationEventPublisher events) {
        return new MeaningModel(model, properties.meaningSearch(), events);
    }
}
