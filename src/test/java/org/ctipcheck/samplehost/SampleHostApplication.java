package org.ctipcheck.samplehost;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A host application as an agency or an implementer would write one: a Spring Boot application (no web server) with
 * its own database and Flyway migrations, that adds ctip-check as a dependency and checks compliance plans with the
 * {@link org.ctipcheck.check.ComplianceCheck} bean it is given. Its settings: {@code sample-host.properties}.
 */
@SpringBootApplication
public class SampleHostApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(SampleHostApplication.class);
        application.setDefaultProperties(java.util.Map.of("spring.config.name", "sample-host"));
        application.run(args);
    }
}
