package io.ctibridge.cli;

import io.ctibridge.cli.connect.AwsTarget;
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

    AwsTarget target() {
        return AwsTarget.resolve(aws.endpoint, aws.region, table, System.getenv());
    }
}
