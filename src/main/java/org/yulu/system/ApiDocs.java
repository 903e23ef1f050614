package org.yulu.system;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title page of the OpenAPI description at /v3/api-docs (browsable at /swagger-ui.html). */
@Configuration(proxyBeanMethods = false)
public final class ApiDocs {

    /** Parameter descriptions every list shares; PageParams enforces them. */
    public static final String SOURCE = "Only items of this source id (see /api/sources)";
    public static final String PAGE = "1-based page number, from 1 to " + PageParams.MAX_PAGE + "; 1 when left out.";
    public static final String SIZE = "Items per page, from 1 to " + PageParams.MAX_SIZE + "; "
            + PageParams.DEFAULT_SIZE + " when left out.";

    @Bean
    OpenAPI yuluApi() {
        return new OpenAPI().info(new Info()
                .title("Yulu API")
                .version("1")
                .description("Read-only JSON API of Yulu: the imported sources, their quotes and their interview "
                        + "exchanges. Every list is paged; every error is an ApiError body.")
                .license(new License().name("Content belongs to its authors; see each source.")));
    }
}
