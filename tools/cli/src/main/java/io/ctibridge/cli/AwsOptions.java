package io.ctibridge.cli;

import picocli.CommandLine.Option;

/** Where AWS is: flags that override the environment variables the functions read. */
final class AwsOptions {

    @Option(
            names = {"--aws-endpoint", "--dynamodb-endpoint"},
            paramLabel = "URL",
            description = "A local AWS stand-in such as moto, used with fixed local credentials"
                    + " (default: $CTIBRIDGE_AWS_ENDPOINT; unset: real AWS with the SDK's default credentials).")
    String endpoint;

    @Option(
            names = "--region",
            paramLabel = "REGION",
            description = "AWS region (default: $AWS_REGION, $AWS_DEFAULT_REGION, or your AWS profile's region).")
    String region;
}
