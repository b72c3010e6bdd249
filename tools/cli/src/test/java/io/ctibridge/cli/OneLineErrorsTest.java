package io.ctibridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ctibridge.cli.common.OperationFailedException;
import io.ctibridge.cli.common.UsageException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.ConnectException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Whatever a command throws, the operator reads one line and gets 2 (their mistake) or 1 (it failed). */
class OneLineErrorsTest {

    @Test
    void anIllegalStateException_isOneLineNamingTheCommand_andExit2() {
        Result result = failWith(new IllegalStateException("AWS_REGION is not set: Lambda sets it"));

        assertEquals(2, result.exitCode(), result.err());
        assertEquals(List.of("thrower: AWS_REGION is not set: Lambda sets it"), result.errLines());
        assertFalse(result.hasStackTrace(), result.err());
    }

    @Test
    void anIllegalArgumentException_isOneLineNamingTheCommand_andExit2() {
        Result result = failWith(new IllegalArgumentException("Illegal character in path at index 3: not a url"));

        assertEquals(2, result.exitCode(), result.err());
        assertEquals(List.of("thrower: Illegal character in path at index 3: not a url"), result.errLines());
    }

    @Test
    void anUncheckedIOException_saysWhatItsCauseSays_andExit1() {
        Result result = failWith(new UncheckedIOException(
                "java.net.ConnectException: Connection refused", new ConnectException("Connection refused")));

        assertEquals(1, result.exitCode(), result.err());
        assertEquals(List.of("thrower: cannot connect: Connection refused"), result.errLines());
    }

    @Test
    void aCheckedIOException_saysWhatFailed_andExit1() {
        assertEquals(
                List.of("thrower: cannot listen: Address already in use"),
                failWith(new BindException("Address already in use")).errLines());
        assertEquals(
                List.of("thrower: events/x.json: no such file"),
                failWith(new NoSuchFileException("events/x.json")).errLines());
    }

    @Test
    void aRuntimeExceptionWithoutMessage_namesItsKind_andExit1() {
        Result result = failWith(new NullPointerException());

        assertEquals(1, result.exitCode(), result.err());
        assertEquals(List.of("thrower: NullPointerException"), result.errLines());
    }

    @Test
    void aWrapperThatRepeatsItsCause_givesWayToTheCause() {
        IllegalArgumentException cause = new IllegalArgumentException("port out of range: 70000");

        Result result = failWith(new RuntimeException(cause.toString(), cause));

        assertEquals(List.of("thrower: port out of range: 70000"), result.errLines());
    }

    @Test
    void anError_isOneLineToo_notACrash() {
        Result result = failWith(new NoClassDefFoundError("software/amazon/awssdk/services/connect/ConnectClient"));

        assertEquals(1, result.exitCode(), result.err());
        assertEquals(List.of("thrower: software/amazon/awssdk/services/connect/ConnectClient"), result.errLines());
        assertFalse(result.hasStackTrace(), result.err());
    }

    @Test
    void theCliOwnExceptions_arePrintedAsTheyAre() {
        assertEquals(
                List.of("--height: must be 240 to 2560"),
                failWith(new UsageException("--height: must be 240 to 2560")).errLines());
        Result failed = failWith(new OperationFailedException("profile 'x' does not exist"));
        assertEquals(1, failed.exitCode());
        assertEquals(List.of("profile 'x' does not exist"), failed.errLines());
    }

    @Test
    void aMultiLineMessage_isJoinedIntoOneLine() {
        Result result = failWith(new OperationFailedException("query failed:\n  SELECT Id\n  FROM User\n"));

        assertEquals(List.of("query failed: SELECT Id FROM User"), result.errLines());
    }

    @Test
    void debug_printsTheStackTraceAfterTheOneLine() {
        Result result = run(new IllegalStateException("AWS_REGION is not set"), "--debug");

        assertEquals(2, result.exitCode(), result.err());
        assertEquals("thrower: AWS_REGION is not set", result.errLines().getFirst());
        assertEquals(
                "java.lang.IllegalStateException: AWS_REGION is not set",
                result.errLines().get(1));
        assertTrue(result.hasStackTrace(), result.err());
    }

    @Test
    void debug_printsTheStackTrace_ofABadArgumentToo() {
        Result result = run(new IllegalStateException("unused"), "--debug", "--no-such-option");

        assertEquals(2, result.exitCode(), result.err());
        assertEquals(
                "thrower: Unknown option: '--no-such-option' (try 'thrower --help')",
                result.errLines().getFirst());
        assertTrue(result.hasStackTrace(), result.err());
    }

    record Result(int exitCode, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }

        boolean hasStackTrace() {
            return err.contains("\tat ") || err.contains("Exception in thread");
        }
    }

    private static Result failWith(Throwable error) {
        return run(error);
    }

    private static Result run(Throwable error, String... args) {
        StringWriter err = new StringWriter();
        int exitCode = OneLineErrors.install(new CommandLine(new Thrower(error)))
                .setErr(new PrintWriter(err, true))
                .execute(args);
        return new Result(exitCode, err.toString());
    }

    /** A command that fails with the given throwable, as a real one would deep inside. */
    @Command(name = "thrower")
    static final class Thrower implements Callable<Integer> {

        @Option(names = OneLineErrors.DEBUG)
        boolean debug;

        private final Throwable error;

        Thrower(Throwable error) {
            this.error = error;
        }

        @Override
        public Integer call() throws Exception {
            switch (error) {
                case Exception e -> throw e;
                case Error e -> throw e;
                default -> throw new AssertionError(error);
            }
        }
    }
}
