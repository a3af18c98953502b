package org.reportdrafter.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every launcher of the app starts the JVM with the same options (decision 0018). */
public class LauncherOptionsTest {
    /** The options as the app's resource lists them. */
    public static List<String> options() {
        return UiBench.launcherOptions();
    }

    @Test
    void javafxRunAndTheBenchUseTheListedOptions() throws Exception {
        List<String> options = options();
        assertFalse(options.isEmpty());
        assertTrue(options.contains("-XX:TieredStopAtLevel=1"), options.toString());
        String pom = Files.readString(Path.of("pom.xml"));
        String plugin = pom.substring(pom.indexOf("<artifactId>javafx-maven-plugin</artifactId>"));
        plugin = plugin.substring(0, plugin.indexOf("</plugin>"));
        for (String o : options) {
            assertTrue(plugin.contains("<option>" + o + "</option>"), "./mvnw javafx:run passes " + o);
        }
        assertTrue(plugin.contains("<mainClass>org.reportdrafter.ui.Main</mainClass>"), "javafx:run starts through Main (early library open)");
    }
}
