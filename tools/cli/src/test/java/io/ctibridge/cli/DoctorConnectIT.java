package io.ctibridge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ctibridge.core.root.CompositionRoot;
import io.ctibridge.local.FakeConnect;
import io.ctibridge.testkit.AwsTestClients;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkSystemSetting;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.ComparisonOperator;
import software.amazon.awssdk.services.cloudwatch.model.StandardUnit;
import software.amazon.awssdk.services.cloudwatch.model.StateValue;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;
import software.amazon.awssdk.services.kinesis.KinesisClient;

/**
 * The doctor's Connect checks: Kinesis, CloudWatch and SQS on moto, ListLambdaFunctions on FakeConnect (moto does
 * not serve Connect). Each stack gets its own names, so the shared moto's other streams and alarms do not count.
 */
class DoctorConnectIT {

    private static final String INSTANCE = "11111111-2222-3333-4444-555555555555";
    private static final String LOOKUP_ARN =
            "arn:aws:lambda:us-east-1:123456789012:function:doctor-connect-CallerLookupFunction-X1";

    private LocalServer server;
    private FakeConnect connect;
    private KinesisClient kinesis;
    private CloudWatchClient cloudWatch;
    private String name;

    @BeforeEach
    void start() throws Exception {
        name = "doctor-connect-" + System.nanoTime() % 1_000_000;
        server = new LocalServer(name, "https://acme.lightning.force.com");
        connect = FakeConnect.start();
        URI moto = server.stack.moto().endpoint();
        // moto speaks Kinesis's JSON protocol only, not the SDK's default CBOR.
        System.setProperty(SdkSystemSetting.CBOR_ENABLED.property(), "false");
        kinesis = local(KinesisClient.builder(), moto).build();
        cloudWatch = local(CloudWatchClient.builder(), moto).build();
        kinesis.createStream(r -> r.streamName(name + "-records").shardCount(1));
        cloudWatch.putMetricAlarm(r -> r.alarmName(name + "-ContactRecordErrorsAlarm-ABC")
                .namespace("AWS/Lambda")
                .metricName("Errors")
                .statistic(Statistic.SUM)
                .period(60)
                .evaluationPeriods(1)
                .threshold(1.0)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD));
    }

    @AfterEach
    void stop() {
        kinesis.close();
        cloudWatch.close();
        connect.close();
        server.close();
    }

    @Test
    void doctor_passesTheConnectChecks_whenTheLookupIsAssociatedAndTheCallLogPathIsQuiet() {
        connect.lambdaFunctions(INSTANCE, List.of(LOOKUP_ARN + ":live"));

        Cli.Run run = doctor();

        assertEquals(0, run.exitCode(), run::toString);
        assertLine(
                run,
                "✔ Lookup function associated with instance " + INSTANCE + ": doctor-connect-CallerLookupFunction-X1");
        assertLine(run, "✔ Contact-record stream exists: " + name + "-records ACTIVE");
        assertTrue(run.out().contains("✔ Contact-record consumer keeps up: "), run::toString);
        assertLine(run, "✔ Call-log dead-letter queue is empty");
        assertLine(run, "✔ No alarm of the stack in ALARM");
    }

    @Test
    void doctor_namesEachConnectFault_withItsFix() {
        connect.lambdaFunctions(INSTANCE, List.of("arn:aws:lambda:us-east-1:123456789012:function:someone-else"));
        kinesis.deleteStream(r -> r.streamName(name + "-records"));
        cloudWatch.putMetricData(r -> r.namespace("AWS/Lambda")
                .metricData(d -> d.metricName("IteratorAge")
                        .dimensions(x -> x.name("FunctionName").value(name + "-records-fn"))
                        .timestamp(Instant.now().minusSeconds(30))
                        .unit(StandardUnit.MILLISECONDS)
                        .value(300_000.0)));
        try (var sqs = AwsTestClients.sqs(server.stack.moto().endpoint())) {
            sqs.sendMessage(
                    r -> r.queueUrl(server.stack.callLogDeadLetterQueueUrl()).messageBody("{}"));
        }
        cloudWatch.setAlarmState(r -> r.alarmName(name + "-ContactRecordErrorsAlarm-ABC")
                .stateValue(StateValue.ALARM)
                .stateReason("planted by the test"));

        Cli.Run run = doctor();

        assertEquals(1, run.exitCode(), run::toString);
        assertLine(
                run,
                "✘ Lookup function associated with instance " + INSTANCE + ": doctor-connect-CallerLookupFunction-X1"
                        + " is not among the instance's 1 functions — Deploy with AssociateLookupWithInstance=true,"
                        + " or run aws connect associate-lambda-function --instance-id " + INSTANCE
                        + " --function-arn <CallerLookupFunctionArn>.");
        assertTrue(run.out().contains("✘ Contact-record stream exists: "), run::toString);
        assertLine(
                run,
                "✘ Contact-record consumer keeps up: " + name + "-records-fn is 300 s behind the stream (limit 60 s)"
                        + " — Look at " + name + "-records-fn's errors and throttles (logs and alarms); Salesforce"
                        + " refusing or slowing the call log is the usual cause.");
        assertLine(
                run,
                "✘ Call-log dead-letter queue is empty: 1 message(s): calls that were not logged — Read the"
                        + " messages' reasons, fix the cause, and replay what they name (README 'Call logging').");
        assertLine(
                run,
                "✘ No alarm of the stack in ALARM: " + name + "-ContactRecordErrorsAlarm-ABC — Open each alarm in"
                        + " CloudWatch and fix what its description names.");
    }

    @Test
    void doctor_skipsEachConnectCheck_whoseTargetIsNotNamed() {
        connect.lambdaFunctions(INSTANCE, List.of(LOOKUP_ARN));

        Cli.Run run = Cli.run(baseArgs().toArray(String[]::new));

        assertEquals(0, run.exitCode(), run::toString);
        assertLine(
                run,
                "– Lookup function associated with instance " + INSTANCE
                        + " (skipped: no --lookup-function (the CallerLookupFunctionArn output))");
        assertLine(
                run, "– No alarm of the stack in ALARM (skipped: no --stack-name (the alarms' names start with it))");
    }

    private Cli.Run doctor() {
        List<String> args = baseArgs();
        args.addAll(List.of(
                "--lookup-function",
                LOOKUP_ARN + ":live",
                "--contact-record-stream",
                name + "-records",
                "--contact-record-function",
                name + "-records-fn",
                "--stack-name",
                name));
        return Cli.run(args.toArray(String[]::new));
    }

    private List<String> baseArgs() {
        Map<String, String> env = server.stack.functionEnvironment();
        return new ArrayList<>(List.of(
                "doctor",
                "--aws-endpoint",
                server.stack.moto().endpoint().toString(),
                "--config-table",
                server.stack.tables().config(),
                "--salesforce-secret-arn",
                env.get(CompositionRoot.SALESFORCE_SECRET_ARN),
                "--call-log-dlq-url",
                server.stack.callLogDeadLetterQueueUrl(),
                "--allowed-origins",
                server.allowedOrigins,
                "--connect-instance-id",
                INSTANCE,
                "--connect-endpoint",
                connect.endpoint().toString()));
    }

    private static <
                    B extends
                            software.amazon.awssdk.awscore.client.builder.AwsClientBuilder<B, ?>
                                    & software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder<B, ?>>
            B local(B builder, URI endpoint) {
        return builder.endpointOverride(endpoint)
                .region(AwsTestClients.REGION)
                .credentialsProvider(AwsTestClients.CREDENTIALS)
                .httpClientBuilder(UrlConnectionHttpClient.builder());
    }

    private static void assertLine(Cli.Run run, String expected) {
        assertTrue(run.outLines().contains(expected), () -> "no line\n" + expected + "\nin\n" + run);
    }
}
