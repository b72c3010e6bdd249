package io.ctibridge.cli.common;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads an operator's input file, turning every way it can be unreadable into one clear line. */
public final class TextFiles {

    /** Larger than any profile, credentials or user list an operator would write by hand or export. */
    static final long MAX_BYTES = 10L * 1024 * 1024;

    private TextFiles() {}

    /**
     * @throws UsageException when the file is missing, a directory, unreadable, too large or not UTF-8 text
     */
    public static String readUtf8(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw new UsageException(file + ": is a directory, not a file");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new UsageException(
                        file + ": larger than " + MAX_BYTES / (1024 * 1024) + " MB; is this the right file?");
            }
            String text = Files.readString(file);
            // A byte-order mark is what some editors put first; it is not part of the content.
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (NoSuchFileException e) {
            throw new UsageException(file + ": no such file");
        } catch (AccessDeniedException e) {
            throw new UsageException(file + ": permission denied");
        } catch (CharacterCodingException e) {
            throw new UsageException(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new UsageException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Writes the whole file at once; the bytes are complete before the file is touched.
     *
     * @throws UsageException when the directory is missing or the file cannot be written
     */
    public static void write(Path file, byte[] content) {
        try {
            Files.write(file, content);
        } catch (NoSuchFileException e) {
            throw new UsageException(file + ": no such directory");
        } catch (AccessDeniedException e) {
            throw new UsageException(file + ": permission denied");
        } catch (IOException e) {
            throw new UsageException(file + ": cannot be written (" + e.getMessage() + ")", e);
        }
    }
}
