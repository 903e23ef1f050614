package org.yulu.system;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

import java.io.IOException;

/**
 * Puts the security headers on what Tomcat answers by itself, before any filter runs: a malformed URL gets
 * Tomcat's own 400 page, and that page must be as locked down as the rest.
 */
@Component
class ServerSecurityHeaders implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addEngineValves(new ValveBase(true) {
            @Override
            public void invoke(Request request, Response response) throws IOException, ServletException {
                SecurityHeaders.apply(response);
                getNext().invoke(request, response);
            }
        });
    }
}
