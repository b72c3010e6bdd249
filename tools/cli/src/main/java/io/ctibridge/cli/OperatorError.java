package io.ctibridge.cli;

import io.ctibridge.cli.common.OperationFailedException;
import io.ctibridge.cli.common.UsageException;
import io.ctibridge.core.salesforce.SalesforceApiException;
import io.ctibridge.core.salesforce.SalesforceConfigException;
import io.ctibridge.core.salesforce.SalesforceException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * What an operator reads when a command fails: one line and an exit code, for any exception. The CLI's own
 * exceptions already say what to do and are printed as they are; anything else is prefixed with the command that
 * was running, since its message alone (a region not set, a connection refused) does not say where it came from.
 *
 * @param exitCode {@link OperatorCommand#USAGE} for a mistake in the arguments, files or settings,
 *     {@link OperatorCommand#FAILED} for an operation that failed
 * @param line the message, on one line
 */
record OperatorError(int exitCode, String line) {

    OperatorError {
        line = oneLine(line);
    }

    /** @param command what was running, e.g. {@code invoke}; prefixes messages that do not name their subject */
    static OperatorError of(Throwable error, String command) {
        return switch (error) {
            case CommandLine.ExecutionException wrapped
            when wrapped.getCause() != null -> of(wrapped.getCause(), command);
            case UsageException e -> new OperatorError(OperatorCommand.USAGE, e.getMessage());
            case OperationFailedException e -> new OperatorError(OperatorCommand.FAILED, e.getMessage());
            case SalesforceConfigException e -> new OperatorError(OperatorCommand.USAGE, e.getMessage());
            case SalesforceApiException e ->
                new OperatorError(
                        OperatorCommand.FAILED,
                        e.getMessage() + (e.salesforceMessage().isBlank() ? "" : ": " + e.salesforceMessage()));
            case SalesforceException e -> new OperatorError(OperatorCommand.FAILED, e.getMessage());
            case SdkException e -> new OperatorError(OperatorCommand.FAILED, "AWS: " + e.getMessage());
            // Settings readers (AwsSettings, DeploymentSettings) throw these for a value missing or malformed.
            case IllegalStateException e -> new OperatorError(OperatorCommand.USAGE, command + ": " + describe(e));
            case IllegalArgumentException e -> new OperatorError(OperatorCommand.USAGE, command + ": " + describe(e));
            case InterruptedException e -> new OperatorError(OperatorCommand.FAILED, command + ": interrupted");
            case OutOfMemoryError e ->
                new OperatorError(OperatorCommand.FAILED, command + ": out of memory (raise -Xmx)");
            default -> new OperatorError(OperatorCommand.FAILED, command + ": " + describe(error));
        };
    }

    /** The most telling message in the chain: wrappers that only repeat their cause give way to it. */
    static String describe(Throwable error) {
        Throwable cause = error.getCause();
        String message = error.getMessage();
        if (error instanceof UncheckedIOException && cause != null) {
            return describe(cause);
        }
        if (cause != null && (blank(message) || message.equals(cause.toString()))) {
            return describe(cause);
        }
        return switch (error) {
            case NoSuchFileException e -> e.getFile() + ": no such file";
            case AccessDeniedException e -> e.getFile() + ": permission denied";
            case BindException e -> "cannot listen: " + orName(e);
            case ConnectException e -> "cannot connect: " + orName(e);
            case UnknownHostException e -> "unknown host " + orName(e);
            case HttpTimeoutException e -> "timed out: " + orName(e);
            case IOException e -> orName(e);
            default -> blank(message) ? error.getClass().getSimpleName() : message;
        };
    }

    private static String orName(Throwable error) {
        return blank(error.getMessage()) ? error.getClass().getSimpleName() : error.getMessage();
    }

    private static boolean blank(String message) {
        return message == null || message.isBlank();
    }

    /** Salesforce and the SDK put query text and request ids on several lines; an error here is one line. */
    static String oneLine(String message) {
        return message == null || message.isBlank() ? "failed" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
