package io.ctibridge.cli;

import io.ctibridge.cli.connect.AwsTarget;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The config table the profiles live in, and how to reach it. */
final class ConfigTableOptions {

    @Mixin
    AwsOptions aws;

    @Option(
            names = "--table",
            paramLabel = "NAME",
            description = "The config table (default: $CONFIG_TABLE, else ctibridge-config).")
    String table;

    /** @param env the environment the command reads, below the flags */
    AwsTarget target(Map<String, String> env) {
        return AwsTarget.resolve(aws.endpoint, aws.region, table, env);
    }
}
