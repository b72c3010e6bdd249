/**
 * How ctibridge reaches AWS and reads Lambda's events. {@link AwsClients} builds an execution environment's DynamoDB,
 * Secrets Manager and SQS clients on first use, on the URL-connection HTTP client with the region and timeouts of
 * {@link AwsSettings}; {@link TableNames} holds the three table names from the environment, and
 * {@link LambdaEventCodec} reads a handler's event and writes its answer as the Java runtime does, so that SnapStart
 * priming can warm it. {@link TableDefinitions} gives the tables' key schemas to tests and the local stack. Layer:
 * shared, wired by the composition root: jobs and shared packages take SDK clients in their constructors and never
 * build their own. It depends on no other ctibridge package.
 */
package io.ctibridge.core.aws;
