package org.ctipcheck.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Version and build id of this tool, from {@code ctip/build.properties} written by the build. */
public record BuildInfo(String version, String buildId) {
    private static final BuildInfo CURRENT = load();

    public static BuildInfo current() {
        return CURRENT;
    }

    private static BuildInfo load() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getClassLoader().getResourceAsStream("ctip/build.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // fall through to the defaults
        }
        String version = properties.getProperty("version", "dev");
        String timestamp = properties.getProperty("timestamp", "unknown").replaceAll("[^0-9A-Za-z]", "");
        return new BuildInfo(version, version + "-" + timestamp);
    }
}
