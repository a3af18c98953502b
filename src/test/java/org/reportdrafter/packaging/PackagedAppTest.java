package org.reportdrafter.packaging;

import static org.reportdrafter.ExternalTools.onPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportdrafter.importing.Fixtures;

/**
 * The installable package, end to end, as a clerk's machine would see it: builds the .deb with
 * src/packaging/Packager.java (what {@code ./mvnw -Ppackage package} runs), unpacks it with dpkg-deb -x,
 * starts the packaged launcher under Xvfb with no JDK on the PATH and waits for the main window; checks the
 * desktop entry, the icon, that removing the package leaves the library alone, and that the trimmed
 * runtime still reads GB18030 text, writes Word and opens a file given on the command line.
 * Skips, saying why, where jpackage, dpkg-deb, fakeroot, Xvfb or xdotool are missing, or with -DskipPackageTest.
 */
class PackagedAppTest {
    private static final String DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    /** Test-scope libraries: not part of the app, so not packaged. */
    private static final List<String> TEST_ONLY = List.of("/org/junit/", "/org/opentest4j/", "/org/apiguardian/",
            "/com/tngtech/", "/org/testfx/", "/org/assertj/", "/org/hamcrest/", "/org/slf4j/", "/org/apache/maven/", "/test-classes");

    @TempDir
    Path tmp;
    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopAll() {
        for (int i = started.size() - 1; i >= 0; i--) {
            started.get(i).destroy();
        }
    }

    @Test
    void theDebInstallsAnAppThatStartsWithoutAJdk() throws Exception {
        assumeTrue(!Boolean.getBoolean("skipPackageTest"), "packaging test skipped: -DskipPackageTest");
        assumeTrue(System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux"), "packaging test: Linux only");
        for (String tool : List.of("dpkg-deb", "dpkg", "fakeroot", "Xvfb", "xdotool")) {
            assumeTrue(onPath(tool), "packaging test skipped: " + tool + " is not installed (apt-get install dpkg-dev fakeroot xvfb xdotool)");
        }
        assumeTrue(ToolProvider.findFirst("jpackage").isPresent() && ToolProvider.findFirst("jlink").isPresent()
                && Files.isDirectory(Path.of(System.getProperty("java.home"), "jmods")),
                "packaging test skipped: this JDK has no jpackage/jlink/jmods (a full JDK 17 is needed)");

        Path project = Path.of("").toAbsolutePath();
        String version = projectVersion(project.resolve("pom.xml"));
        Path out = project.resolve("target/package-test");
        String arch = run(Duration.ofSeconds(30), null, "dpkg", "--print-architecture").output.strip();
        Path deb = out.resolve("report-drafter_" + version + "_" + arch + ".deb");
        // building takes minutes: a package newer than everything it is made from is used again
        if (!newerThanSources(deb, project)) {
            Result build = run(Duration.ofMinutes(30), null, javaBin(), project.resolve("src/packaging/Packager.java").toString(),
                    "--project", project.toString(), "--version", version, "--classpath", runtimeClasspath(), "--out", out.toString());
            assertEquals(0, build.code, build.output);
            System.out.println(build.output);
        }
        assertTrue(Files.isRegularFile(deb), "named report-drafter_VERSION_ARCH.deb: " + list(out));

        // the package's metadata and maintainer scripts
        Map<String, String> control = fields(run(Duration.ofSeconds(30), null, "dpkg-deb", "-f", deb.toString()).output);
        assertEquals("report-drafter", control.get("Package"));
        assertEquals(version + "-1", control.get("Version"));
        assertEquals(arch, control.get("Architecture"));
        Path scripts = tmp.resolve("DEBIAN");
        assertEquals(0, run(Duration.ofSeconds(30), null, "dpkg-deb", "-e", deb.toString(), scripts.toString()).code);
        String postinst = Files.readString(scripts.resolve("postinst"));
        assertTrue(postinst.contains("xdg-desktop-menu install") && postinst.contains("report-drafter-report-drafter.desktop"),
                "installing puts the entry in the menu:\n" + postinst);
        for (String script : List.of("prerm", "postrm")) {
            Path f = scripts.resolve(script);
            String text = Files.exists(f) ? Files.readString(f) : "";
            assertFalse(text.contains(".report-drafter") || text.contains("HOME") || text.contains("/home"),
                    "removing the package must not touch the library in the user's home:\n" + text);
        }
        String contents = run(Duration.ofSeconds(60), null, "dpkg-deb", "-c", deb.toString()).output;
        for (String line : contents.lines().toList()) {
            String path = line.substring(line.indexOf("./"));
            assertTrue(path.startsWith("./opt/report-drafter") || path.equals("./") || path.equals("./opt/")
                    || path.startsWith("./usr/share/doc/report-drafter"), "the package installs only its own folder: " + path);
        }

        // unpack as dpkg would, without running anything as root
        Path root = tmp.resolve("root");
        assertEquals(0, run(Duration.ofMinutes(3), null, "dpkg-deb", "-x", deb.toString(), root.toString()).code);
        Path app = root.resolve("opt/report-drafter");
        Path launcher = app.resolve("bin/report-drafter");
        assertTrue(Files.isExecutable(launcher), list(app));
        assertTrue(Files.exists(app.resolve("lib/runtime/lib/server/libjvm.so")), "its own Java runtime");
        try (Stream<Path> commands = Files.list(app.resolve("lib/runtime/bin"))) {
            assertEquals(List.of("java"), commands.map(c -> c.getFileName().toString()).toList(),
                    "trimmed: of the JDK's commands only java, which the launcher starts");
        }
        // the runtime is the newest JDK 25+ beside the one building, if there is one (decision 0019)
        assertEquals(expectedRuntimeFeature(), runtimeFeature(app.resolve("lib/runtime")), "the runtime's Java version");
        assertTrue(Files.readString(launcher).startsWith("#!/bin/sh"), "the app's own launcher, not jpackage's");
        assertTrue(Files.size(app.resolve("lib/runtime/lib/server/classes.jsa")) > 10_000_000,
                "the runtime's class-data archive of the JDK and JavaFX classes (decision 0018)");
        // the launcher starts the JVM with the app's options (decision 0018)
        String cfg = Files.readString(app.resolve("lib/app/report-drafter.cfg"));
        for (String option : org.reportdrafter.ui.LauncherOptionsTest.options()) {
            assertTrue(cfg.contains("java-options=" + option), option + " in " + cfg);
        }

        // the desktop entry: Chinese name, Office menu, the icon, documents it can open
        Map<String, String> desktop = fields(Files.readString(app.resolve("lib/report-drafter-report-drafter.desktop")));
        assertEquals("报告起草助手", desktop.get("Name"));
        assertTrue(desktop.get("Categories").contains("Office"), desktop.toString());
        assertEquals("/opt/report-drafter/bin/report-drafter %F", desktop.get("Exec"));
        assertTrue(desktop.get("MimeType").contains(DOCX_MIME) && desktop.get("MimeType").contains("text/plain")
                && desktop.get("MimeType").contains("application/json"), desktop.get("MimeType"));
        Path icon = root.resolve(desktop.get("Icon").substring(1));
        BufferedImage png = ImageIO.read(icon.toFile());
        assertEquals(256, png.getWidth(), "the 256 px icon from assets/icons: " + icon);
        assertTrue(Files.exists(app.resolve("lib/report-drafter-MimeInfo.xml")) || postinst.contains("xdg-mime"),
                "the .json association is registered");

        // what the postinst runs once the files are in place: the class archive of the app as installed here
        assertTrue(postinst.contains("/opt/report-drafter/lib/app/make-class-archive.sh || true"),
                "installing makes the app's class archive, and a failure there does not fail the installation:\n" + postinst);
        Path archive = app.resolve("lib/runtime/lib/server/classes.jsa");
        long runtimeOnly = Files.size(archive);
        Result made = run(Duration.ofMinutes(3), Map.of("PATH", "/usr/bin:/bin"), app.resolve("lib/app/make-class-archive.sh").toString());
        assertEquals(0, made.code, made.output);
        assertTrue(Files.size(archive) > runtimeOnly, "the app's own classes joined the JDK's and JavaFX's: "
                + runtimeOnly + " → " + Files.size(archive));
        assertFalse(Files.exists(archive.resolveSibling("classes.jsa.new")), "no half-made archive left behind");

        // start it as a clerk would: no JDK on the PATH, a fresh home, a display
        Path home = Files.createDirectories(tmp.resolve("home"));
        String display = startXvfb();
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATH", tmp.resolve("no-jdk-here").toString());
        env.put("HOME", home.toString());
        env.put("LANG", "C.UTF-8");
        env.put("DISPLAY", display);
        // the JVM takes the home folder from the password file, not $HOME; keep the test out of the real one
        env.put("JAVA_TOOL_OPTIONS", "-Duser.home=" + home);
        assertFalse(Stream.of(env.get("PATH").split(File.pathSeparator)).anyMatch(d -> Files.exists(Path.of(d, "java"))));

        // jpackage's launcher asked rpm and dpkg at every start which package it came from (dpkg -S reads the
        // whole package database): stand-ins that leave a mark tell whether anything still does
        Path noJdk = Files.createDirectories(tmp.resolve("no-jdk-here"));
        Path asked = tmp.resolve("package-manager-asked");
        for (String pm : List.of("dpkg", "rpm")) {
            Path f = noJdk.resolve(pm);
            Files.writeString(f, "#!/bin/sh\necho \"$0 $*\" >> " + asked + "\nexit 1\n");
            f.toFile().setExecutable(true);
        }
        Process first = start(env, launcher.toString());
        // the window shows 报告起草助手 while the library opens, then the library's name
        String title = waitForWindow(display, "报告起草助手 — library.db", first, Duration.ofMinutes(3));
        assertEquals("报告起草助手 — library.db", title, "the main window on the default library");
        assertTrue(Files.exists(home.resolve(".report-drafter/library.db")), "the default library, created on first start");
        String maps = Files.readString(Path.of("/proc", String.valueOf(first.pid()), "maps"));
        assertTrue(maps.contains(app.resolve("lib/runtime/lib/server/libjvm.so").toString()), "runs on the packaged runtime");
        List<String> cmdline = List.of(Files.readString(Path.of("/proc", String.valueOf(first.pid()), "cmdline")).split("\0"));
        for (String option : org.reportdrafter.ui.LauncherOptionsTest.options()) {
            assertTrue(cmdline.contains(option), "the launcher passed " + option + " from the cfg: " + cmdline);
        }
        assertTrue(cmdline.contains("-splash:" + app.resolve("lib/app/splash.png")), "and the start picture, its folder filled in: " + cmdline);
        assertTrue(maps.contains(app.resolve("lib/runtime/lib/server/classes.jsa").toString()),
                "the JVM maps the runtime's class archive: the classes come ready-made, not read and verified one by one");
        assertTrue(maps.contains(app.resolve("lib/app/libsqlitejdbc.so").toString()),
                "SQLite's library is loaded from the app's folder, not copied out of its jar at every start");
        stop(first);
        assertFalse(Files.exists(asked), () -> "the launcher asked the package manager: " + readOrEmpty(asked));
        // the app's own classes come from the archive too (-Xshare:on fails the start if it cannot be used)
        Map<String, String> logged = new LinkedHashMap<>(env);
        logged.put("JAVA_TOOL_OPTIONS", env.get("JAVA_TOOL_OPTIONS") + " -Xshare:on -Xlog:class+load=info");
        Result help = run(Duration.ofMinutes(2), logged, launcher.toString(), "--help");
        assertEquals(0, help.code, help.output);
        assertTrue(help.output.contains("org.reportdrafter.ui.Main source: shared objects file"),
                help.output.lines().filter(l -> l.contains("org.reportdrafter")).findFirst().orElse(help.output));

        // the trimmed runtime still has what the commands need: GB18030 text in, Word out
        Path gb = Fixtures.resource("plan-2024-gb18030.txt");
        Result parse = run(Duration.ofMinutes(2), env, launcher.toString(), "parse", gb.toString());
        assertEquals(0, parse.code, parse.output);
        assertTrue(parse.output.contains("\"title\" : \"某县教育局2024年工作要点\"") || parse.output.contains("\"title\":\"某县教育局2024年工作要点\""),
                parse.output);
        Path docx = tmp.resolve("工作要点.docx");
        Result export = run(Duration.ofMinutes(2), env, launcher.toString(), "export", Fixtures.resource("plan-2024.txt").toString(),
                "--docx", docx.toString());
        assertEquals(0, export.code, export.output);
        assertTrue(Files.size(docx) > 1000 && new String(Files.readAllBytes(docx), 0, 2, StandardCharsets.ISO_8859_1).equals("PK"));

        // a document handed over by the file manager opens in the app and lands in the library
        Process second = start(env, launcher.toString(), Fixtures.resource("plan-2024.txt").toString());
        String dialog = waitForWindow(display, "导入结果", second, Duration.ofMinutes(3));
        assertEquals("导入结果", dialog);
        if (onPath("import")) {
            Thread.sleep(15_000); // a picture to look at: on a busy machine the first paint lags the title
            run(Duration.ofSeconds(30), Map.of("DISPLAY", display), "import", "-window", "root",
                    out.resolve("packaged-open-file.png").toString());
        }
        stop(second);
        Result listed = run(Duration.ofMinutes(2), env, launcher.toString(), "list");
        assertTrue(listed.output.contains("某县教育局2024年工作要点"), listed.output);
        // JDK 24+ warns when SQLite's driver loads its library, unless the launcher allows it
        assertFalse(listed.output.contains("WARNING:"), "a command prints no warnings of the JVM:\n" + listed.output);
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private static boolean newerThanSources(Path deb, Path project) throws IOException {
        if (!Files.exists(deb)) {
            return false;
        }
        long built = Files.getLastModifiedTime(deb).toMillis();
        for (String source : List.of("target/classes", "src/packaging", "assets/icons", "pom.xml")) {
            try (Stream<Path> s = Files.walk(project.resolve(source))) {
                if (s.anyMatch(p -> {
                    try {
                        return Files.getLastModifiedTime(p).toMillis() > built;
                    } catch (IOException e) {
                        return true;
                    }
                })) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String readOrEmpty(Path f) {
        try {
            return Files.exists(f) ? Files.readString(f) : "";
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** The feature version a runtime's release file names (25 for JAVA_VERSION="25.0.3"). */
    private static int runtimeFeature(Path home) throws IOException {
        Matcher m = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)").matcher(Files.readString(home.resolve("release")));
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** What Packager should link: the newest JDK of 25 or later beside the running one that has jlink and jpackage, else the running one. */
    private static int expectedRuntimeFeature() throws IOException {
        Path running = Path.of(System.getProperty("java.home"));
        int best = Runtime.version().feature();
        try (Stream<Path> siblings = Files.list(running.getParent())) {
            for (Path jdk : siblings.toList()) {
                if (Files.isExecutable(jdk.resolve("bin/jlink")) && Files.isExecutable(jdk.resolve("bin/jpackage"))
                        && Files.isRegularFile(jdk.resolve("release"))) {
                    int v = runtimeFeature(jdk);
                    if (v >= 25 && v > best) {
                        best = v;
                    }
                }
            }
        }
        return best;
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String projectVersion(Path pom) throws IOException {
        Matcher m = Pattern.compile("<artifactId>report-drafter</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(pom));
        assertTrue(m.find(), "project version in pom.xml");
        return m.group(1);
    }

    /** What Maven gives the app at run time: this test's class path without the tests and test libraries. */
    private static String runtimeClasspath() {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> kept = Stream.of(cp.split(File.pathSeparator)).filter(e -> !e.isBlank())
                .filter(e -> TEST_ONLY.stream().noneMatch(t -> e.replace('\\', '/').contains(t))).toList();
        assertTrue(kept.stream().anyMatch(e -> e.endsWith("classes")), "target/classes on the class path: " + cp);
        return String.join(File.pathSeparator, kept);
    }

    private static Map<String, String> fields(String text) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String line : text.lines().toList()) {
            int i = line.indexOf(line.contains("=") && !line.contains(": ") ? '=' : ':');
            if (i > 0 && !line.startsWith(" ")) {
                m.putIfAbsent(line.substring(0, i).strip(), line.substring(i + 1).strip());
            }
        }
        return m;
    }

    private static String list(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return dir + " does not exist";
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList().toString();
        }
    }

    private String startXvfb() throws IOException {
        Process x = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1400x900x24", "-nolisten", "tcp")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        started.add(x);
        String number = new String(x.getInputStream().readNBytes(8), StandardCharsets.US_ASCII).strip().split("\\s")[0];
        assertTrue(number.matches("\\d+"), "Xvfb display: " + number);
        return ":" + number;
    }

    private Process start(Map<String, String> env, String... command) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("app-" + started.size() + ".log").toFile());
        pb.environment().clear();
        pb.environment().putAll(env);
        Process p = pb.start();
        started.add(p);
        return p;
    }

    private static void stop(Process p) throws InterruptedException {
        p.destroy();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
        }
    }

    /** Waits for a window with exactly this title and returns the title. */
    private String waitForWindow(String display, String title, Process app, Duration timeout) throws Exception {
        String first = title.split(" ")[0];
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            Result r = run(Duration.ofSeconds(20), Map.of("DISPLAY", display), "xdotool", "search", "--name", "^" + first,
                    "getwindowname", "%@");
            if (r.code == 0 && r.output.lines().anyMatch(title::equals)) {
                return title;
            }
            if (!app.isAlive()) {
                break;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no window \"" + title + "\"; the app said:\n" + appLogs());
    }

    private String appLogs() throws IOException {
        StringBuilder b = new StringBuilder();
        try (Stream<Path> s = Files.list(tmp)) {
            for (Path f : s.filter(p -> p.getFileName().toString().endsWith(".log")).sorted().toList()) {
                b.append(f.getFileName()).append(":\n").append(Files.readString(f)).append('\n');
            }
        }
        return b.toString();
    }

    private record Result(int code, String output) {
    }

    private static Result run(Duration timeout, Map<String, String> env, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        if (env != null) {
            if (env.containsKey("PATH")) {
                pb.environment().clear();
            }
            pb.environment().putAll(env);
        }
        Process p = pb.start();
        // read while it runs, or a chatty tool blocks on a full pipe
        var out = new java.util.concurrent.CompletableFuture<String>();
        Thread reader = new Thread(() -> {
            try {
                out.complete(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                out.completeExceptionally(e);
            }
        });
        reader.start();
        if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " took longer than " + timeout);
        }
        return new Result(p.exitValue(), out.get(30, TimeUnit.SECONDS));
    }
}
