package io.ctibridge.cli;

import io.ctibridge.cli.common.TextFiles;
import io.ctibridge.cli.profiles.ProfileCheck;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code config validate FILE}: the checks a push would make, without AWS. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description =
                "Check a profile file as the store would, printing every problem as file:line:column: path: message.",
        exitCodeListHeading = "%nExit codes:%n",
        footer = "",
        exitCodeList = {"0:the profile is valid", "1:the profile is invalid", "2:bad arguments or unreadable file"})
final class ConfigValidateCommand extends OperatorCommand {

    @Parameters(paramLabel = "FILE", description = "The profile document (JSON).")
    Path file;

    @Override
    protected int run() {
        ProfileCheck.Result result = new ProfileCheck().check(TextFiles.readUtf8(file));
        return switch (result) {
            case ProfileCheck.Valid valid -> {
                out().println(file + ": profile '" + valid.profile().profile() + "' is valid");
                yield OK;
            }
            case ProfileCheck.Invalid invalid -> {
                ProblemReport.print(err(), file.toString(), invalid);
                yield FAILED;
            }
        };
    }
}
