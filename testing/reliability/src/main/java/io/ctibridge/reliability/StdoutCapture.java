package io.ctibridge.reliability;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Sends stdout, where the functions write their JSON log lines as in Lambda, to a file for the log scan. Install
 * it before building any handler: loggers keep the stream they were built with.
 */
public final class StdoutCapture implements AutoCloseable {

    private final PrintStream original;
    private final PrintStream file;
    private final Path path;

    private StdoutCapture(Path path) throws IOException {
        Files.createDirectories(path.toAbsolutePath().getParent());
        this.path = path;
        this.original = System.out;
        this.file = new PrintStream(new FileOutputStream(path.toFile(), true), true, StandardCharsets.UTF_8);
        System.setOut(file);
    }

    public static StdoutCapture to(Path path) {
        try {
            return new StdoutCapture(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path path() {
        return path;
    }

    /** The stdout the capture replaced, for the suite's own progress lines. */
    public PrintStream original() {
        return original;
    }

    @Override
    public void close() {
        if (System.out == file) {
            System.setOut(original);
        }
        file.close();
    }
}
