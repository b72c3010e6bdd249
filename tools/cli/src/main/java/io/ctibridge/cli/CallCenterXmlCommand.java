package io.ctibridge.cli;

import io.ctibridge.cli.callcenter.CallCenterDefinition;
import io.ctibridge.cli.callcenter.CallCenterXml;
import io.ctibridge.cli.callcenter.DialingPrefixes;
import io.ctibridge.cli.callcenter.InvalidSettingException;
import io.ctibridge.cli.common.TextFiles;
import io.ctibridge.cli.common.UsageException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code callcenter-xml}: the call center definition file an admin imports for the Open CTI adapter. */
@Command(
        name = "callcenter-xml",
        mixinStandardHelpOptions = true,
        description = {
            "Write the Salesforce call center definition file for the ctibridge adapter.",
            "Import it under Setup > Call Centers > Import, then assign users (see assign-users).",
            "The adapter reads the pop API URL with sforce.opencti.getCallCenterSettings, key "
                    + CallCenterDefinition.POP_API_URL_SETTING + "."
        })
final class CallCenterXmlCommand extends OperatorCommand {

    /** The option that sets each item, so that an error names what the operator typed. */
    private static final Map<String, String> OPTION_BY_ITEM = Map.of(
            CallCenterDefinition.INTERNAL_NAME_ITEM, "--name",
            CallCenterDefinition.DISPLAY_NAME_ITEM, "--display-name",
            CallCenterDefinition.ADAPTER_URL_ITEM, "--adapter-url",
            CallCenterDefinition.POP_API_URL_ITEM, "--api-url",
            CallCenterDefinition.HEIGHT_ITEM, "--height",
            CallCenterDefinition.WIDTH_ITEM, "--width",
            DialingPrefixes.OUTSIDE_ITEM, "--outside-prefix",
            DialingPrefixes.LONG_DISTANCE_ITEM, "--long-distance-prefix",
            DialingPrefixes.INTERNATIONAL_ITEM, "--international-prefix");

    @Option(
            names = "--api-url",
            required = true,
            paramLabel = "URL",
            description = "The deployed screen-pop API's base URL, which the adapter calls.")
    String apiUrl;

    @Option(
            names = "--adapter-url",
            required = true,
            paramLabel = "URL",
            description = "The https page hosting the Open CTI adapter.")
    String adapterUrl;

    @Option(
            names = "--name",
            paramLabel = "INTERNAL_NAME",
            defaultValue = CallCenterDefinition.DEFAULT_INTERNAL_NAME,
            description =
                    "reqInternalName: 1-40 letters and digits, starting with a letter (default: ${DEFAULT-VALUE}).")
    String internalName;

    @Option(
            names = "--display-name",
            paramLabel = "TEXT",
            defaultValue = CallCenterDefinition.DEFAULT_DISPLAY_NAME,
            description = "reqDisplayName, the name shown in Setup (default: ${DEFAULT-VALUE}).")
    String displayName;

    @Option(
            names = "--height",
            paramLabel = "PX",
            defaultValue = "" + CallCenterDefinition.DEFAULT_HEIGHT,
            description = "Softphone height, 240-2560 (default: ${DEFAULT-VALUE}).")
    int height;

    @Option(
            names = "--width",
            paramLabel = "PX",
            defaultValue = "" + CallCenterDefinition.DEFAULT_WIDTH,
            description = "Softphone width, 200-1920 (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(
            names = "--outside-prefix",
            paramLabel = "DIGITS",
            defaultValue = "",
            description = "reqOutsidePrefix (default: none; Connect dials E.164).")
    String outsidePrefix;

    @Option(
            names = "--long-distance-prefix",
            paramLabel = "DIGITS",
            defaultValue = "",
            description = "reqLongDistPrefix (default: none).")
    String longDistancePrefix;

    @Option(
            names = "--international-prefix",
            paramLabel = "DIGITS",
            defaultValue = "",
            description = "reqInternationalPrefix (default: none).")
    String internationalPrefix;

    @Option(names = "--output", paramLabel = "FILE", description = "Write here instead of stdout.")
    Path output;

    @Override
    protected int run() {
        CallCenterDefinition definition;
        try {
            definition = CallCenterDefinition.of(
                    internalName,
                    displayName,
                    adapterUrl,
                    apiUrl,
                    height,
                    width,
                    new DialingPrefixes(outsidePrefix, longDistancePrefix, internationalPrefix));
        } catch (InvalidSettingException e) {
            throw new UsageException(OPTION_BY_ITEM.getOrDefault(e.item(), e.item()) + ": " + e.problem());
        }
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        CallCenterXml.write(definition, xml);
        if (output == null) {
            out().print(xml.toString(StandardCharsets.UTF_8));
            return OK;
        }
        TextFiles.write(output, xml.toByteArray());
        err().println("wrote " + output + ": import it under Setup > Call Centers > Import");
        return OK;
    }
}
