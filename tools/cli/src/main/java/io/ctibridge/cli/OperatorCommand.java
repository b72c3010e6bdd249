package io.ctibridge.cli;

import io.ctibridge.cli.common.OperationFailedException;
import io.ctibridge.cli.common.UsageException;
import io.ctibridge.core.salesforce.SalesforceApiException;
import io.ctibridge.core.salesforce.SalesforceConfigException;
import io.ctibridge.core.salesforce.SalesforceException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * The operator commands' common contract: exit 0 when done, 1 when the operation failed or found a mismatch, 2 for
 * a bad argument or file; every error is one line on stderr, never a stack trace. Output goes through picocli's
 * writers so that tests capture it with {@code setOut}/{@code setErr}.
 */
abstract class OperatorCommand implements Callable<Integer> {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    @Spec
    CommandSpec spec;

    /** The command's work; returns {@link #OK} or {@link #FAILED}. */
    protected abstract int run() throws Exception;

    @Override
    public final Integer call() throws Exception {
        try {
            return run();
        } catch (UsageException e) {
            return fail(USAGE, e.getMessage());
        } catch (OperationFailedException e) {
            return fail(FAILED, e.getMessage());
        } catch (SalesforceConfigException e) {
            return fail(USAGE, e.getMessage());
        } catch (SalesforceApiException e) {
            return fail(FAILED, e.getMessage() + (e.salesforceMessage().isBlank() ? "" : ": " + e.salesforceMessage()));
        } catch (SalesforceException e) {
            return fail(FAILED, e.getMessage());
        } catch (SdkException e) {
            return fail(FAILED, "AWS: " + e.getMessage());
        } finally {
            out().flush();
            err().flush();
        }
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    private int fail(int exitCode, String message) {
        err().println(oneLine(message));
        return exitCode;
    }

    /** Salesforce and the SDK put query text and request ids on several lines; an error here is one line. */
    static String oneLine(String message) {
        return message == null ? "failed" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
