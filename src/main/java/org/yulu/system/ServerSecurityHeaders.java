package org.yulu.system;

import jakarta.servlet.ServletException;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.catalina.valves.ValveBase;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;

/**
 * Puts the security headers on what Tomcat answers by itself, before any filter runs: a malformed URL gets
 * Tomcat's own 400 page, and that page must be as locked down as the rest.
 */
@Component
class ServerSecurityHeaders implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>,
        ApplicationListener<ServletWebServerInitializedEvent> {

    private final MessageSource messages;
    private final JsonMapper json;

    ServerSecurityHeaders(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addEngineValves(new ValveBase(true) {
            @Override
            public void invoke(Request request, Response response) throws IOException, ServletException {
                SecurityHeaders.apply(response, String.valueOf(request.getDecodedRequestURI()));
                getNext().invoke(request, response);
            }
        });
    }

    /** Replaces Tomcat's bare status page with {@link ServerErrorReport} once the server has its host. */
    @Override
    public void onApplicationEvent(ServletWebServerInitializedEvent event) {
        if (event.getWebServer() instanceof TomcatWebServer server) {
            Pipeline host = server.getTomcat().getHost().getPipeline();
            for (Valve valve : host.getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.removeValve(valve);
                }
            }
            host.addValve(new ServerErrorReport(messages, json));
        }
    }
}
