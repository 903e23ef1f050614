package org.yulu.system;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.stereotype.Component;

import java.nio.file.Path;

/**
 * Points the embedded H2 database into {@code yulu.data-dir} unless {@code spring.datasource.url} is configured.
 * It reads the bound settings as the datasource's are bound, so a data folder set as late as a test's dynamic
 * property still takes its database along. H2 refuses implicitly relative paths, so the folder is resolved against
 * the working directory here. {@code WRITE_DELAY=0} writes every commit to disk before it returns, so an imported
 * document survives a crash right after its log line.
 */
@Component
class DataDirDatabase implements BeanPostProcessor {

    private final ObjectProvider<YuluProperties> properties;

    DataDirDatabase(ObjectProvider<YuluProperties> properties) {
        this.properties = properties;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSourceProperties datasource && datasource.getUrl() == null) {
            datasource.setUrl(url(properties.getObject().dataDir()));
        }
        return bean;
    }

    static String url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("yulu")
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
    }
}
