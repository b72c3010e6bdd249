package io.ctibridge.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Java packages of every Maven module under a repository root, main and test sources together, and the packages
 * found in more than one module (R4: a package split across modules is a package two jars, or a jar and a test
 * class path, both define).
 *
 * <p>A module is a directory with a {@code pom.xml} and {@code src/main/java} or {@code src/test/java}. The walk
 * skips build output ({@code target}), {@code node_modules}, hidden directories ({@code .git}, {@code .aws-sam},
 * {@code .mvn}) and does not descend into {@code src}. A file's package is its {@code package} declaration
 * ({@value #DEFAULT_PACKAGE} when it has none); {@code module-info.java} is not read.
 */
final class ModulePackages {

    static final String DEFAULT_PACKAGE = "(default package)";

    private static final Set<String> SKIPPED_DIRECTORIES = Set.of("target", "node_modules", "src");
    private static final Pattern PACKAGE_DECLARATION =
            Pattern.compile("^\\s*package\\s+([\\p{javaJavaIdentifierPart}.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern POM_PACKAGING = Pattern.compile("<packaging>\\s*pom\\s*</packaging>");

    private final Path root;

    ModulePackages(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /**
     * The repository root: the system property {@code ctibridge.root} (surefire sets it, see the root pom), else the
     * nearest directory at or above the working directory whose {@code pom.xml} has {@code <packaging>pom</packaging>}.
     */
    static Path repositoryRoot() {
        String configured = System.getProperty("ctibridge.root");
        if (configured != null && !configured.isBlank() && Files.isRegularFile(Path.of(configured, "pom.xml"))) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        return aggregatorAbove(Path.of(System.getProperty("user.dir")));
    }

    /** The nearest directory at or above {@code start} whose {@code pom.xml} has {@code <packaging>pom</packaging>}. */
    static Path aggregatorAbove(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path pom = dir.resolve("pom.xml");
            if (Files.isRegularFile(pom) && POM_PACKAGING.matcher(read(pom)).find()) {
                return dir;
            }
        }
        throw new IllegalStateException("no pom.xml with <packaging>pom</packaging> at or above " + start
                + " and no ctibridge.root system property");
    }

    /** Every module's directory, relative to the root with '/' separators ("" for the root itself), and its packages. */
    SortedMap<String, SortedSet<String>> packagesByModule() {
        SortedMap<String, SortedSet<String>> packages = new TreeMap<>();
        for (Path module : modules()) {
            SortedSet<String> found = new TreeSet<>();
            for (String sources : new String[] {"src/main/java", "src/test/java"}) {
                found.addAll(packagesIn(module.resolve(sources)));
            }
            packages.put(relative(module), found);
        }
        return packages;
    }

    /** Every package found in more than one module, with those modules. */
    SortedMap<String, SortedSet<String>> splitPackages() {
        SortedMap<String, SortedSet<String>> modulesByPackage = new TreeMap<>();
        packagesByModule()
                .forEach((module, packages) -> packages.forEach(pkg -> modulesByPackage
                        .computeIfAbsent(pkg, any -> new TreeSet<>())
                        .add(module)));
        modulesByPackage.values().removeIf(modules -> modules.size() < 2);
        return modulesByPackage;
    }

    /** Fails naming every package found in more than one module, and the modules. */
    void assertNoSplitPackages() {
        SortedMap<String, SortedSet<String>> split = splitPackages();
        if (!split.isEmpty()) {
            throw new AssertionError(split.size() + " package(s) split across modules under " + root + ":\n"
                    + split.entrySet().stream()
                            .map(entry -> "  " + entry.getKey() + " in " + String.join(", ", entry.getValue()))
                            .collect(Collectors.joining("\n")));
        }
    }

    private SortedSet<Path> modules() {
        SortedSet<Path> modules = new TreeSet<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    String name =
                            dir.getFileName() == null ? "" : dir.getFileName().toString();
                    if (!dir.equals(root) && (name.startsWith(".") || SKIPPED_DIRECTORIES.contains(name))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (Files.isRegularFile(dir.resolve("pom.xml"))
                            && (Files.isDirectory(dir.resolve("src/main/java"))
                                    || Files.isDirectory(dir.resolve("src/test/java")))) {
                        modules.add(dir);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return modules;
    }

    private static Set<String> packagesIn(Path sources) {
        if (!Files.isDirectory(sources)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().endsWith(".java"))
                    .filter(file -> !file.getFileName().toString().equals("module-info.java"))
                    .map(ModulePackages::packageOf)
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String packageOf(Path javaFile) {
        Matcher declaration = PACKAGE_DECLARATION.matcher(read(javaFile));
        return declaration.find() ? declaration.group(1) : DEFAULT_PACKAGE;
    }

    private String relative(Path module) {
        return root.relativize(module).toString().replace('\\', '/');
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
