package org.ctipcheck.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * An application that depends on ctip-check is not given a web server, security, the actuator or a logging binding:
 * the pom marks every such dependency optional (the CLI's lib/ folder still gets them for {@code ctip serve}).
 */
class HostDependenciesTest {

    @Test
    void webServerSecurityActuatorAndLoggingAreOptional() throws Exception {
        var pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        NodeList dependencies = pom.getElementsByTagName("dependency");
        List<String> imposed = new ArrayList<>();
        int checked = 0;
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            if (!(dependency.getParentNode() instanceof Element parent) || !parent.getTagName().equals("dependencies")
                    || !(parent.getParentNode() instanceof Element project) || !project.getTagName().equals("project")) {
                continue; // dependency management, plugins
            }
            String artifact = text(dependency, "artifactId");
            String scope = text(dependency, "scope");
            boolean channelOnly = artifact.startsWith("spring-boot-starter") || artifact.startsWith("springdoc")
                    || artifact.startsWith("slf4j-");
            if (channelOnly && !"test".equals(scope)) {
                checked++;
                if (!"true".equals(text(dependency, "optional"))) {
                    imposed.add(artifact);
                }
            }
        }
        assertThat(checked).as("web, security, bearer tokens, validation, actuator, web page templates, OpenAPI starters and"
                + " the CLI's logging").isEqualTo(8);
        assertThat(imposed).as("not optional: a host application would get them").isEmpty();
    }

    private static String text(Element element, String tag) {
        NodeList nodes = element.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
    }
}
