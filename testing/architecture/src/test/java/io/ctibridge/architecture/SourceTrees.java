package io.ctibridge.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small repository trees (poms and Java sources) for the tests of {@link ModulePackages}. */
final class SourceTrees {

    static final String AGGREGATOR_POM = "<project><packaging>pom</packaging></project>\n";
    static final String JAR_POM = "<project></project>\n";

    private SourceTrees() {}

    /** Writes {@code content} to {@code root/relative}, creating the directories. */
    static Path write(Path root, String relative, String content) {
        Path file = root.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code root/module/sources/<package as path>/name.java} declaring {@code pkg}. */
    static Path javaClass(Path root, String module, String sources, String pkg, String name) {
        String path =
                (module.isEmpty() ? "" : module + "/") + sources + "/" + pkg.replace('.', '/') + "/" + name + ".java";
        return write(root, path, "package " + pkg + ";\n\nclass " + name + " {}\n");
    }
}
