import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * Builds the installable package of 报告起草助手 for the machine it runs on, with jlink and jpackage from the
 * JDK: a trimmed Java runtime with JavaFX, an app image, and a .deb (Linux), .msi (Windows) or .dmg (macOS).
 * All packaging settings live here and in src/packaging/ (see docs/decisions/0016-packaging.md).
 *
 * <pre>
 * java src/packaging/Packager.java --project DIR --version 0.2.0 --classpath CP --out target/package [--type deb|msi|exe|dmg|app-image]
 * </pre>
 * CP is the app's runtime class path (Maven's, with target/classes): directories become the app jar, the
 * JavaFX jars are linked into the runtime as modules, every other jar goes beside the app jar.
 * Run by {@code ./mvnw -Ppackage package}; single-file source so that it needs nothing but a JDK 17.
 */
public final class Packager {
    static final String NAME = "report-drafter";
    static final String TITLE = "报告起草助手";
    static final String MAIN_CLASS = "org.reportdrafter.ui.Main";

    /** The JVM options every launcher of the app uses (decision 0018), one per line, # for comments. */
    static List<String> launcherOptions(Path project) throws java.io.IOException {
        return java.nio.file.Files.readAllLines(project.resolve("src/main/resources/org/reportdrafter/ui/launcher.options")).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }
    static final String VENDOR = "Report Drafter";
    static final String DESCRIPTION = "报告起草助手：工作要点、工作计划与工作总结的提纲式起草工具";

    private final Path project;
    private final String version;
    private final List<Path> classpath;
    private final Path out;
    private final String type;
    /** The JDK whose jlink and jpackage make the package, and whose runtime it carries. */
    private final Path jdk;
    private final Os os = Os.current();
    private String sqliteNative;

    enum Os {
        LINUX, WINDOWS, MAC;

        static Os current() {
            String n = System.getProperty("os.name").toLowerCase(Locale.ROOT);
            return n.contains("win") ? WINDOWS : n.contains("mac") ? MAC : LINUX;
        }

        String defaultType() {
            return switch (this) {
                case LINUX -> "deb";
                case WINDOWS -> "msi";
                case MAC -> "dmg";
            };
        }

        /** Where a runtime image keeps its native libraries. */
        String nativeDir() {
            return this == WINDOWS ? "bin" : "lib";
        }

        boolean isNative(String name) {
            return switch (this) {
                case LINUX -> name.endsWith(".so");
                case WINDOWS -> name.endsWith(".dll");
                case MAC -> name.endsWith(".dylib");
            };
        }
    }

    Packager(Path project, String version, List<Path> classpath, Path out, String type, Path jdk) {
        this.project = project;
        this.version = version;
        this.classpath = classpath;
        this.out = out;
        this.type = type == null ? os.defaultType() : type;
        this.jdk = jdk;
    }

    /** The first feature release whose runtime the package prefers: the app's window opens sooner on it (decision 0019). */
    static final int PREFERRED_RUNTIME = 25;

    /**
     * The JDK the package is made with (decision 0019): the one named by --runtime-jdk or REPORT_DRAFTER_RUNTIME_JDK;
     * else the newest JDK of at least {@link #PREFERRED_RUNTIME} installed beside the one running this (as under
     * /usr/lib/jvm), with jlink and jpackage; else the one running this. The app's code is compiled for Java 17
     * and runs on either.
     */
    static Path runtimeJdk(String named) throws IOException {
        if (named == null || named.isBlank()) {
            named = System.getenv("REPORT_DRAFTER_RUNTIME_JDK");
        }
        if (named != null && !named.isBlank()) {
            Path p = Path.of(named).toAbsolutePath().normalize();
            if (!isJdk(p)) {
                throw new IllegalStateException("not a JDK with jlink and jpackage: " + p);
            }
            return p;
        }
        Path running = Path.of(System.getProperty("java.home")).toAbsolutePath().normalize();
        Path best = running;
        int bestVersion = featureVersion(running);
        Path parent = running.getParent();
        if (parent != null && Files.isDirectory(parent)) {
            try (Stream<Path> siblings = Files.list(parent)) {
                for (Path c : siblings.sorted().toList()) {
                    int v = isJdk(c) ? featureVersion(c) : -1;
                    if (v >= PREFERRED_RUNTIME && v > bestVersion) {
                        best = c.toRealPath();
                        bestVersion = v;
                    }
                }
            }
        }
        return best;
    }

    static boolean isJdk(Path home) {
        String exe = Os.current() == Os.WINDOWS ? ".exe" : "";
        return Files.isExecutable(home.resolve("bin/jlink" + exe)) && Files.isExecutable(home.resolve("bin/jpackage" + exe))
                && Files.isRegularFile(home.resolve("release"));
    }

    /** 25 for a JDK whose release file says JAVA_VERSION="25.0.3"; -1 if it says nothing readable. */
    static int featureVersion(Path home) throws IOException {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release)) {
            return -1;
        }
        for (String line : Files.readAllLines(release)) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^JAVA_VERSION=\"(\\d+)").matcher(line);
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return -1;
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(".");
        String version = null;
        String cp = null;
        Path out = null;
        String type = null;
        String runtimeJdk = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--project" -> project = Path.of(args[++i]);
                case "--version" -> version = args[++i];
                case "--classpath" -> cp = args[++i];
                case "--out" -> out = Path.of(args[++i]);
                case "--type" -> type = args[++i];
                case "--runtime-jdk" -> runtimeJdk = args[++i];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (version == null || cp == null) {
            System.err.println("usage: java src/packaging/Packager.java --version V --classpath CP [--project DIR] [--out DIR] [--type T] [--runtime-jdk DIR]");
            System.exit(2);
        }
        List<Path> entries = Stream.of(cp.split(java.io.File.pathSeparator)).filter(s -> !s.isBlank()).map(Path::of).toList();
        Packager p = new Packager(project.toAbsolutePath().normalize(), version, entries,
                (out == null ? project.resolve("target/package") : out).toAbsolutePath().normalize(), type, runtimeJdk(runtimeJdk));
        p.build();
    }

    void build() throws IOException {
        long started = System.nanoTime();
        int runtimeVersion = featureVersion(jdk);
        System.out.printf("runtime and tools from the JDK %d at %s%n", runtimeVersion, jdk);
        Path work = out.resolve("work");
        deleteTree(out);
        Files.createDirectories(work);

        // 1. split the class path: the app's classes, the JavaFX modules, the other libraries
        Path input = work.resolve("input");
        Files.createDirectories(input);
        List<Path> fxJars = new ArrayList<>();
        for (Path e : classpath) {
            String n = e.getFileName().toString();
            if (Files.isDirectory(e)) {
                jarDirectory(e, input.resolve(NAME + ".jar"));
            } else if (n.startsWith("javafx-") && n.endsWith(".jar")) {
                // the unclassified javafx-*.jar are empty shells; the platform ones are real modules
                if (hasEntry(e, "module-info.class")) {
                    fxJars.add(e);
                }
            } else if (n.startsWith("sqlite-jdbc-") && n.endsWith(".jar")) {
                // SQLite's jar carries its native library for some 20 systems; keep this machine's only
                copyJarWithout(e, input.resolve(n), sqliteNativesToDrop());
                sqliteNative = extractSqliteNative(e, input);
            } else if (n.endsWith(".jar")) {
                Files.copy(e, input.resolve(n), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        if (os == Os.LINUX) {
            // what the .deb's postinst runs to make the archive of the app as installed (decision 18)
            Files.copy(project.resolve("src/packaging/cds-classes.txt"), input.resolve("cds-classes.txt"));
            Path script = input.resolve("make-class-archive.sh");
            Files.copy(project.resolve("src/packaging/make-class-archive.sh"), script);
            script.toFile().setExecutable(true, false);
        }
        if (!Files.exists(input.resolve(NAME + ".jar"))) {
            throw new IllegalStateException("no classes directory on the class path: " + classpath);
        }
        if (fxJars.isEmpty()) {
            throw new IllegalStateException("no platform JavaFX jars on the class path");
        }

        // 2. the runtime: the JDK modules the app uses (modules.txt, checked by jdeps in the test) + JavaFX
        Path runtime = work.resolve("runtime");
        List<String> modules = new ArrayList<>(readList(project.resolve("src/packaging/modules.txt")));
        modules.add("javafx.controls");
        List<String> modulePath = new ArrayList<>();
        // a JDK without jmods (JDK 24+ built to link from its own runtime, as Temurin's) links from itself
        Path jmods = jdk.resolve("jmods");
        if (Files.isDirectory(jmods)) {
            modulePath.add(jmods.toString());
        }
        fxJars.forEach(j -> modulePath.add(j.toString()));
        run("jlink", "--module-path", String.join(java.io.File.pathSeparator, modulePath),
                "--add-modules", String.join(",", modules),
                // the native libraries of JavaFX go where a runtime keeps its own (below), not inside the modules
                "--exclude-resources", "glob:/javafx.*/*.so,glob:/javafx.*/*.dll,glob:/javafx.*/*.dylib,glob:/javafx.*/*.jar",
                "--include-locales", "zh,en",
                // the runtime's own java command is kept until the class archive below is made with it
                "--strip-debug", "--no-header-files", "--no-man-pages",
                // the same compression, as JDK 21+ names it
                "--compress", runtimeVersion >= 21 ? "zip-6" : "2", "--output", runtime.toString());
        Path nativeDir = runtime.resolve(os.nativeDir());
        for (Path jar : fxJars) {
            copyNatives(jar, nativeDir);
        }
        classArchive(runtime);

        // 3. the icon for this platform, made from the PNGs in assets/icons
        Path icon = switch (os) {
            case LINUX -> project.resolve("assets/icons/app-256.png");
            case WINDOWS -> Icons.ico(project.resolve("assets/icons"), work.resolve(NAME + ".ico"));
            case MAC -> Icons.icns(project.resolve("assets/icons"), work.resolve(NAME + ".icns"));
        };

        // 4. the app image: launcher + app jars + runtime
        String appName = os == Os.LINUX ? NAME : TITLE;
        List<String> image = new ArrayList<>(List.of("--type", "app-image", "--name", appName,
                "--app-version", version, "--vendor", VENDOR, "--description", DESCRIPTION,
                "--input", input.toString(), "--main-jar", NAME + ".jar", "--main-class", MAIN_CLASS,
                "--runtime-image", runtime.toString(), "--icon", icon.toString(), "--dest", out.toString(),
                "--java-options", "-Dfile.encoding=UTF-8"));
        for (String option : launcherOptions(project)) {
            image.addAll(List.of("--java-options", option));
        }
        // the start picture, shown by the launcher before any code runs; the app closes it (decision 18)
        Files.copy(project.resolve("assets/splash.png"), input.resolve("splash.png"), StandardCopyOption.REPLACE_EXISTING);
        image.addAll(List.of("--java-options", "-splash:$APPDIR/splash.png"));
        if (runtimeVersion >= 24) {
            // JDK 24+ warns on stderr, at every start and every command, when JavaFX 21's renderer (Marlin) uses
            // sun.misc.Unsafe's memory access and when JavaFX and SQLite's driver load their native libraries
            image.addAll(List.of("--java-options", "--sun-misc-unsafe-memory-access=allow",
                    "--java-options", "--enable-native-access=ALL-UNNAMED,javafx.graphics"));
        }
        if (sqliteNative != null) {
            // SQLite's driver loads its library from the app's folder instead of copying it out of its jar into
            // the temporary folder at every start (about 0.1 s of the library's opening, decision 18); if that
            // fails it still falls back to the copy
            image.addAll(List.of("--java-options", "-Dorg.sqlite.lib.path=$APPDIR",
                    "--java-options", "-Dorg.sqlite.lib.name=" + sqliteNative));
        }
        if (os == Os.MAC) {
            image.addAll(List.of("--mac-package-identifier", "org.reportdrafter", "--mac-package-name", TITLE));
        }
        run("jpackage", image.toArray(String[]::new));
        Path appImage = out.resolve(os == Os.MAC ? appName + ".app" : appName);
        if (os == Os.LINUX) {
            // our launcher instead of jpackage's, which queries rpm and dpkg at every start (decision 0019)
            Path launcher = appImage.resolve("bin").resolve(NAME);
            Files.copy(project.resolve("src/packaging/launcher.sh"), launcher, StandardCopyOption.REPLACE_EXISTING);
            launcher.toFile().setExecutable(true, false);
        }

        // 5. the installer for this platform, from the app image
        Path installer = null;
        if (!type.equals("app-image")) {
            Path dest = work.resolve("installer");
            List<String> pkg = new ArrayList<>(List.of("--type", type, "--app-image", appImage.toString(),
                    "--name", appName, "--app-version", version, "--vendor", VENDOR, "--description", DESCRIPTION,
                    "--copyright", "Report Drafter", "--dest", dest.toString(),
                    "--file-associations", project.resolve("src/packaging/json-association.properties").toString()));
            switch (os) {
                case LINUX -> pkg.addAll(List.of("--resource-dir", linuxResources(work, icon).toString(),
                        // Debian revision 1, which newer jpackage no longer adds by itself
                        "--linux-package-name", NAME, "--linux-app-release", "1", "--linux-shortcut", "--linux-menu-group", "Office",
                        "--linux-app-category", "editors", "--icon", icon.toString()));
                case WINDOWS -> pkg.addAll(List.of("--win-menu", "--win-menu-group", TITLE, "--win-shortcut",
                        "--win-dir-chooser", "--win-per-user-install",
                        "--win-upgrade-uuid", "5d3c6f1e-2b9a-4c7e-9f1d-7a0e2c4b8d61", "--icon", icon.toString()));
                case MAC -> pkg.addAll(List.of("--mac-package-identifier", "org.reportdrafter", "--icon", icon.toString()));
            }
            run("jpackage", pkg.toArray(String[]::new));
            try (Stream<Path> made = Files.list(dest)) {
                Path made1 = made.findFirst().orElseThrow(() -> new IllegalStateException("jpackage made no " + type));
                installer = out.resolve(installerName(made1.getFileName().toString()));
                Files.move(made1, installer, StandardCopyOption.REPLACE_EXISTING);
            }
        }

        // 6. sizes, for docs/安装包与截图.md and the decision record
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("sizes.txt")))) {
            w.printf("runtime (jlink, with JavaFX)\t%s%n", mb(treeSize(runtime)));
            w.printf("app image %s\t%s%n", appImage.getFileName(), mb(treeSize(appImage)));
            if (installer != null) {
                w.printf("installer %s\t%s%n", installer.getFileName(), mb(Files.size(installer)));
            }
        }
        deleteTree(work.resolve("input"));
        System.out.println(Files.readString(out.resolve("sizes.txt")).strip());
        System.out.printf("packaged in %d s into %s%n", (System.nanoTime() - started) / 1_000_000_000L, out);
    }

    /**
     * The runtime's default class-data archive (CDS), made from the JDK and JavaFX classes the app loads at its
     * start and first edits (src/packaging/cds-classes.txt): the JVM maps them ready-made instead of reading and
     * verifying each one, which takes about a second off the start (decision 18). A runtime made by jlink has
     * no archive at all otherwise. It lies beside the JVM's library, where the JVM looks without being told,
     * and holds no paths of this machine, so it works wherever the app is installed. Then the runtime's
     * commands go, but for java on Linux, which the app's launcher starts.
     */
    private void classArchive(Path runtime) throws IOException {
        Path bin = runtime.resolve("bin");
        Path javaCmd = bin.resolve(os == Os.WINDOWS ? "java.exe" : "java");
        Path jvmDir;
        try (Stream<Path> files = Files.walk(runtime)) {
            jvmDir = files.filter(f -> f.getFileName().toString().matches("(lib)?jvm\\.(so|dll|dylib)")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no JVM library in " + runtime)).getParent();
        }
        Path archive = jvmDir.resolve("classes.jsa");
        long t0 = System.nanoTime();
        // the JDK's and JavaFX's classes only: the app's own would tie the archive to this machine's paths
        Path list = runtime.getParent().resolve("cds-runtime-classes.txt");
        Files.write(list, Files.readAllLines(project.resolve("src/packaging/cds-classes.txt")).stream()
                .filter(Packager::isRuntimeClassLine).toList());
        Process p = new ProcessBuilder(javaCmd.toString(), "-Xshare:dump",
                "-XX:SharedClassListFile=" + list,
                "-XX:SharedArchiveFile=" + archive).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        try {
            if (p.waitFor() != 0 || !Files.isRegularFile(archive)) {
                throw new IllegalStateException("the class archive could not be made:\n" + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while making the class archive", e);
        }
        System.out.printf("  (class archive %s: %s, %d s)%n", runtime.relativize(archive), mb(Files.size(archive)),
                (System.nanoTime() - t0) / 1_000_000_000L);
        try (Stream<Path> commands = Files.list(bin)) {
            for (Path c : commands.filter(Files::isRegularFile).toList()) {
                // on Windows the JVM and JavaFX's libraries live in bin too: only the programs go; on Linux
                // java stays, for the app's own launcher (src/packaging/launcher.sh)
                boolean program = os != Os.WINDOWS || c.getFileName().toString().endsWith(".exe");
                if (program && !(os == Os.LINUX && c.getFileName().toString().equals("java"))) {
                    Files.delete(c);
                }
            }
        }
        if (os != Os.WINDOWS) {
            try (Stream<Path> left = Files.list(bin)) {
                if (left.findAny().isEmpty()) {
                    Files.delete(bin);
                }
            }
        }
    }

    private static final List<String> RUNTIME_PACKAGES = List.of("java/", "javax/", "jdk/", "sun/", "com/sun/", "javafx/");

    /** A line of the class list that names only the runtime's classes (JDK, JavaFX), not the app's or its libraries'. */
    static boolean isRuntimeClassLine(String line) {
        if (line.startsWith("#") || line.startsWith("@lambda-form-invoker")) {
            return true;
        }
        if (line.startsWith("@lambda-proxy ")) {
            // the caller and the target of the lambda: both must be the runtime's
            return java.util.Arrays.stream(line.split(" ")).filter(w -> w.matches("[a-zA-Z_$][\\w$]*(/[\\w$]+)+"))
                    .allMatch(w -> RUNTIME_PACKAGES.stream().anyMatch(w::startsWith));
        }
        String name = line.split(" ")[0];
        return RUNTIME_PACKAGES.stream().anyMatch(name::startsWith);
    }

    /**
     * src/packaging/linux with the icon beside it under the name jpackage looks for: building from an app
     * image, newer jpackage takes the desktop entry's icon from the resource folder, not from --icon.
     */
    private Path linuxResources(Path work, Path icon) throws IOException {
        Path dir = Files.createDirectories(work.resolve("linux-resources"));
        try (Stream<Path> files = Files.list(project.resolve("src/packaging/linux"))) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.copy(icon, dir.resolve(NAME + ".png"), StandardCopyOption.REPLACE_EXISTING);
        return dir;
    }

    /** report-drafter_0.2.0-1_amd64.deb → report-drafter_0.2.0_amd64.deb; others keep jpackage's name. */
    private String installerName(String made) {
        return made.endsWith(".deb") ? made.replace("_" + version + "-1_", "_" + version + "_") : made;
    }

    static List<String> readList(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("#")).toList();
    }

    private static boolean hasEntry(Path jar, String name) throws IOException {
        try (ZipFile z = new ZipFile(jar.toFile())) {
            return z.getEntry(name) != null;
        }
    }

    private void copyNatives(Path jar, Path dir) throws IOException {
        try (ZipFile z = new ZipFile(jar.toFile())) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                if (!e.isDirectory() && !e.getName().contains("/") && os.isNative(e.getName())) {
                    try (InputStream in = z.getInputStream(e)) {
                        Files.copy(in, dir.resolve(e.getName()), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }

    /** The native libraries in sqlite-jdbc that this machine's package never loads. */
    private java.util.function.Predicate<String> sqliteNativesToDrop() {
        String folder = switch (os) {
            case LINUX -> "Linux";
            case WINDOWS -> "Windows";
            case MAC -> "Mac";
        };
        String arch = System.getProperty("os.arch");
        String keep = "org/sqlite/native/" + folder + "/"
                + (os == Os.MAC ? "" : arch.equals("amd64") || arch.equals("x86_64") ? "x86_64/" : arch.equals("aarch64") ? "aarch64/" : "");
        return name -> name.startsWith("org/sqlite/native/") && !name.startsWith(keep) && !name.endsWith("/");
    }

    /** This machine's SQLite library out of the driver's jar into the app's folder; its file name, or null. */
    private String extractSqliteNative(Path jar, Path dir) throws IOException {
        java.util.function.Predicate<String> drop = sqliteNativesToDrop();
        try (ZipFile z = new ZipFile(jar.toFile())) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                String name = e.getName();
                if (name.startsWith("org/sqlite/native/") && !name.endsWith("/") && !drop.test(name)
                        && os.isNative(name.replace(".jnilib", ".dylib"))) {
                    String file = name.substring(name.lastIndexOf('/') + 1);
                    try (InputStream in = z.getInputStream(e)) {
                        Files.copy(in, dir.resolve(file), StandardCopyOption.REPLACE_EXISTING);
                    }
                    return file;
                }
            }
        }
        return null;
    }

    private static void copyJarWithout(Path from, Path to, java.util.function.Predicate<String> drop) throws IOException {
        try (ZipFile z = new ZipFile(from.toFile());
             java.util.zip.ZipOutputStream zos = new java.util.zip.ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                if (drop.test(e.getName())) {
                    continue;
                }
                zos.putNextEntry(new ZipEntry(e.getName()));
                try (InputStream in = z.getInputStream(e)) {
                    in.transferTo(zos);
                }
                zos.closeEntry();
            }
        }
    }

    private static void jarDirectory(Path dir, Path jar) throws IOException {
        java.util.jar.Manifest mf = new java.util.jar.Manifest();
        mf.getMainAttributes().put(java.util.jar.Attributes.Name.MANIFEST_VERSION, "1.0");
        mf.getMainAttributes().put(java.util.jar.Attributes.Name.MAIN_CLASS, MAIN_CLASS);
        try (JarOutputStream jos = new JarOutputStream(Files.newOutputStream(jar), mf);
             Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = dir.relativize(f).toString().replace('\\', '/');
                if (name.equals("META-INF/MANIFEST.MF")) {
                    continue;
                }
                jos.putNextEntry(new JarEntry(name));
                Files.copy(f, jos);
                jos.closeEntry();
            }
        }
    }

    private void run(String tool, String... args) {
        long t0 = System.nanoTime();
        try {
            runTool(tool, args);
        } finally {
            System.out.printf("  (%s: %d s)%n", tool, (System.nanoTime() - t0) / 1_000_000_000L);
        }
    }

    /** The tool of the chosen JDK, as a program of its own: it may be another JDK than the one running this. */
    private void runTool(String tool, String... args) {
        Path exe = jdk.resolve("bin").resolve(os == Os.WINDOWS ? tool + ".exe" : tool);
        if (!Files.isExecutable(exe)) {
            throw new IllegalStateException(tool + " is not in the JDK at " + jdk + " (a full JDK 17 or later is needed)");
        }
        System.out.println("> " + tool + " " + String.join(" ", args));
        List<String> command = new ArrayList<>();
        command.add(exe.toString());
        command.addAll(List.of(args));
        try {
            int rc = new ProcessBuilder(command).inheritIO().start().waitFor();
            if (rc != 0) {
                throw new IllegalStateException(tool + " failed with exit code " + rc);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + tool, e);
        }
    }

    static long treeSize(Path p) throws IOException {
        try (Stream<Path> s = Files.walk(p)) {
            return s.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path f : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

    /** Windows .ico and macOS .icns, both of which may hold PNG images as they are. */
    static final class Icons {
        private Icons() {
        }

        static Path ico(Path dir, Path out) throws IOException {
            int[] sizes = {16, 32, 48, 64, 128, 256};
            List<byte[]> images = new ArrayList<>();
            for (int s : sizes) {
                images.add(Files.readAllBytes(dir.resolve("app-" + s + ".png")));
            }
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            le16(b, 0);
            le16(b, 1);
            le16(b, sizes.length);
            int offset = 6 + 16 * sizes.length;
            for (int i = 0; i < sizes.length; i++) {
                b.write(sizes[i] >= 256 ? 0 : sizes[i]);
                b.write(sizes[i] >= 256 ? 0 : sizes[i]);
                b.write(0);
                b.write(0);
                le16(b, 1);
                le16(b, 32);
                le32(b, images.get(i).length);
                le32(b, offset);
                offset += images.get(i).length;
            }
            for (byte[] img : images) {
                b.write(img);
            }
            Files.write(out, b.toByteArray());
            return out;
        }

        static Path icns(Path dir, Path out) throws IOException {
            String[][] types = {{"icp4", "16"}, {"icp5", "32"}, {"icp6", "64"}, {"ic07", "128"}, {"ic08", "256"}};
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (String[] t : types) {
                byte[] png = Files.readAllBytes(dir.resolve("app-" + t[1] + ".png"));
                body.write(t[0].getBytes(StandardCharsets.US_ASCII));
                be32(body, png.length + 8);
                body.write(png);
            }
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            b.write("icns".getBytes(StandardCharsets.US_ASCII));
            be32(b, body.size() + 8);
            body.writeTo(b);
            Files.write(out, b.toByteArray());
            return out;
        }

        private static void le16(OutputStream o, int v) throws IOException {
            o.write(v & 0xff);
            o.write((v >> 8) & 0xff);
        }

        private static void le32(OutputStream o, int v) throws IOException {
            le16(o, v & 0xffff);
            le16(o, (v >>> 16) & 0xffff);
        }

        private static void be32(OutputStream o, int v) throws IOException {
            o.write((v >>> 24) & 0xff);
            o.write((v >>> 16) & 0xff);
            o.write((v >>> 8) & 0xff);
            o.write(v & 0xff);
        }
    }
}
