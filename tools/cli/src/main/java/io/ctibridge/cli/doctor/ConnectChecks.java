package io.ctibridge.cli.doctor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.MetricAlarm;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataResult;
import software.amazon.awssdk.services.cloudwatch.model.StateValue;
import software.amazon.awssdk.services.connect.ConnectClient;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.model.StreamStatus;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Amazon Connect and the call-log path behind it: the lookup is associated with the instance, the contact-record
 * stream exists and its consumer keeps up, the dead-letter queue is empty and no alarm of the stack is firing.
 * A check whose target was not named is skipped with the flag that names it.
 */
public final class ConnectChecks implements CheckGroup {

    /** How far back the consumer's lag is read: long enough for a quiet stream to have reported once. */
    static final Duration AGE_WINDOW = Duration.ofMinutes(15);

    /**
     * @param instanceId            the Connect instance
     * @param lookupFunction        the caller-lookup function's name or ARN
     * @param stream                the contact-record stream's name or ARN
     * @param contactRecordFunction the function consuming the stream
     * @param iteratorAgeLimit      how far behind the consumer may be
     * @param deadLetterQueueUrl    the call log's dead-letter queue
     * @param stackName             the stack's name, which its alarms' names start with
     */
    public record Targets(
            String instanceId,
            Optional<String> lookupFunction,
            Optional<String> stream,
            Optional<String> contactRecordFunction,
            Duration iteratorAgeLimit,
            Optional<String> deadLetterQueueUrl,
            Optional<String> stackName) {}

    private final Targets targets;
    private final ConnectClient connect;
    private final KinesisClient kinesis;
    private final CloudWatchClient cloudWatch;
    private final SqsClient sqs;
    private final Clock clock;

    public ConnectChecks(
            Targets targets,
            ConnectClient connect,
            KinesisClient kinesis,
            CloudWatchClient cloudWatch,
            SqsClient sqs,
            Clock clock) {
        this.targets = targets;
        this.connect = connect;
        this.kinesis = kinesis;
        this.cloudWatch = cloudWatch;
        this.sqs = sqs;
        this.clock = clock;
    }

    @Override
    public List<CheckResult> run() {
        return List.of(lookupAssociated(), streamExists(), consumerKeepsUp(), deadLetterQueueEmpty(), noAlarmFiring());
    }

    private CheckResult lookupAssociated() {
        String name = "Lookup function associated with instance " + targets.instanceId();
        if (targets.lookupFunction().isEmpty()) {
            return CheckResult.skip(name, "no --lookup-function (the CallerLookupFunctionArn output)");
        }
        String wanted = functionName(targets.lookupFunction().get());
        try {
            List<String> associated =
                    connect
                            .listLambdaFunctionsPaginator(r -> r.instanceId(targets.instanceId()))
                            .lambdaFunctions()
                            .stream()
                            .toList();
            if (associated.stream().map(ConnectChecks::functionName).anyMatch(wanted::equals)) {
                return CheckResult.pass(name, wanted);
            }
            return CheckResult.fail(
                    name,
                    wanted + " is not among the instance's " + associated.size() + " functions",
                    "Deploy with AssociateLookupWithInstance=true, or run aws connect associate-lambda-function"
                            + " --instance-id " + targets.instanceId() + " --function-arn <CallerLookupFunctionArn>.");
        } catch (SdkException e) {
            return awsFailure(name, e, "connect:ListLambdaFunctions on the instance");
        }
    }

    private CheckResult streamExists() {
        String name = "Contact-record stream exists";
        if (targets.stream().isEmpty()) {
            return CheckResult.skip(name, "no --contact-record-stream (the ContactRecordStreamArnUsed output)");
        }
        String stream = targets.stream().get();
        try {
            var summary = kinesis.describeStreamSummary(r -> {
                        if (stream.startsWith("arn:")) {
                            r.streamARN(stream);
                        } else {
                            r.streamName(stream);
                        }
                    })
                    .streamDescriptionSummary();
            if (summary.streamStatus() == StreamStatus.ACTIVE || summary.streamStatus() == StreamStatus.UPDATING) {
                return CheckResult.pass(name, summary.streamName() + " " + summary.streamStatusAsString());
            }
            return CheckResult.fail(
                    name,
                    summary.streamName() + " is " + summary.streamStatusAsString(),
                    "Wait until the stream is ACTIVE, or recreate it and point the instance's data streaming at it.");
        } catch (software.amazon.awssdk.services.kinesis.model.ResourceNotFoundException e) {
            return CheckResult.fail(
                    name,
                    stream + " does not exist",
                    "Pass the ContactRecordStreamArnUsed output, and stream the instance's contact records to it.");
        } catch (SdkException e) {
            return awsFailure(name, e, "kinesis:DescribeStreamSummary on the stream");
        }
    }

    private CheckResult consumerKeepsUp() {
        String name = "Contact-record consumer keeps up";
        if (targets.contactRecordFunction().isEmpty()) {
            return CheckResult.skip(name, "no --contact-record-function (the ContactRecordFunction's name)");
        }
        String function = targets.contactRecordFunction().get();
        Instant now = clock.instant();
        try {
            List<Double> ages = cloudWatch
                    .getMetricData(r -> r.startTime(now.minus(AGE_WINDOW))
                            .endTime(now)
                            .metricDataQueries(q -> q.id("age")
                                    .metricStat(s -> s.stat("Maximum")
                                            .period(60)
                                            .metric(m -> m.namespace("AWS/Lambda")
                                                    .metricName("IteratorAge")
                                                    .dimensions(d -> d.name("FunctionName")
                                                            .value(function))))))
                    .metricDataResults()
                    .stream()
                    .map(MetricDataResult::values)
                    .flatMap(List::stream)
                    .toList();
            if (ages.isEmpty()) {
                return CheckResult.pass(
                        name, "no IteratorAge in the last 15 minutes (no records reached " + function + ")");
            }
            // The newest value comes first: that is how far behind the consumer is now.
            Duration behind = Duration.ofMillis(ages.getFirst().longValue());
            if (behind.compareTo(targets.iteratorAgeLimit()) <= 0) {
                return CheckResult.pass(name, behind.toSeconds() + " s behind");
            }
            return CheckResult.fail(
                    name,
                    function + " is " + behind.toSeconds() + " s behind the stream (limit "
                            + targets.iteratorAgeLimit().toSeconds() + " s)",
                    "Look at " + function + "'s errors and throttles (logs and alarms); Salesforce refusing or"
                            + " slowing the call log is the usual cause.");
        } catch (SdkException e) {
            return awsFailure(name, e, "cloudwatch:GetMetricData");
        }
    }

    private CheckResult deadLetterQueueEmpty() {
        String name = "Call-log dead-letter queue is empty";
        if (targets.deadLetterQueueUrl().isEmpty()) {
            return CheckResult.skip(name, "no --call-log-dlq-url (or CALL_LOG_DLQ_URL)");
        }
        try {
            String count = sqs.getQueueAttributes(
                            r -> r.queueUrl(targets.deadLetterQueueUrl().get())
                                    .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                    .attributes()
                    .getOrDefault(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES, "0");
            if ("0".equals(count)) {
                return CheckResult.pass(name, "");
            }
            return CheckResult.fail(
                    name,
                    count + " message(s): calls that were not logged",
                    "Read the messages' reasons, fix the cause, and replay what they name (README 'Call logging').");
        } catch (SdkException e) {
            return awsFailure(name, e, "sqs:GetQueueAttributes on the queue");
        }
    }

    private CheckResult noAlarmFiring() {
        String name = "No alarm of the stack in ALARM";
        if (targets.stackName().isEmpty()) {
            return CheckResult.skip(name, "no --stack-name (the alarms' names start with it)");
        }
        try {
            List<String> firing = cloudWatch
                    .describeAlarmsPaginator(
                            r -> r.alarmNamePrefix(targets.stackName().get()).stateValue(StateValue.ALARM))
                    .metricAlarms()
                    .stream()
                    // Filtered here too: some stand-ins (moto) apply only one of prefix and state.
                    .filter(alarm -> alarm.stateValue() == StateValue.ALARM)
                    .map(MetricAlarm::alarmName)
                    .toList();
            if (firing.isEmpty()) {
                return CheckResult.pass(name, "");
            }
            return CheckResult.fail(
                    name,
                    String.join(", ", firing),
                    "Open each alarm in CloudWatch and fix what its description names.");
        } catch (SdkException e) {
            return awsFailure(name, e, "cloudwatch:DescribeAlarms");
        }
    }

    /** {@code arn:aws:lambda:r:a:function:name:live} and {@code name:live} both name {@code name}. */
    static String functionName(String nameOrArn) {
        String[] parts = nameOrArn.strip().split(":");
        return nameOrArn.startsWith("arn:") && parts.length > 6 ? parts[6] : parts[0];
    }

    private static CheckResult awsFailure(String name, SdkException e, String permission) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return CheckResult.fail(
                name,
                message.strip().replaceAll("\\s*\\R\\s*", " "),
                "Use credentials allowed " + permission + ", in the stack's account and region.");
    }
}
