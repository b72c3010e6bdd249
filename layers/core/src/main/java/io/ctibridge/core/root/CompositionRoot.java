package io.ctibridge.core.root;

import io.ctibridge.core.aws.AwsClients;
import io.ctibridge.core.aws.TableNames;
import io.ctibridge.core.calllog.CallLogSettings;
import io.ctibridge.core.calllog.CallLogger;
import io.ctibridge.core.calllog.VoiceCallDestination;
import io.ctibridge.core.calllog.analysis.AnalysisFiles;
import io.ctibridge.core.calllog.analysis.AnalysisTarget;
import io.ctibridge.core.calllog.analysis.ContactAnalysisApplier;
import io.ctibridge.core.calllog.analysis.S3AnalysisFiles;
import io.ctibridge.core.calllog.deadletter.DeadLetterQueue;
import io.ctibridge.core.calllog.deadletter.SqsDeadLetterQueue;
import io.ctibridge.core.calllog.ledger.CallLogLedger;
import io.ctibridge.core.calllog.ledger.DynamoDbCallLogLedger;
import io.ctibridge.core.config.store.CachingProfileReader;
import io.ctibridge.core.config.store.DynamoDbProfileStore;
import io.ctibridge.core.config.store.ProfileReader;
import io.ctibridge.core.contact.ContactStateStore;
import io.ctibridge.core.contact.DynamoDbContactStateStore;
import io.ctibridge.core.contact.DynamoDbOperationRecordStore;
import io.ctibridge.core.contact.OperationRecordStore;
import io.ctibridge.core.lookup.CallerLookup;
import io.ctibridge.core.lookup.SalesforceCallerSearch;
import io.ctibridge.core.observability.EmfMetrics;
import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.core.operation.FlowOperations;
import io.ctibridge.core.operation.OperationSettings;
import io.ctibridge.core.pop.PopRequestAuthorizer;
import io.ctibridge.core.pop.ScreenPopEndpoint;
import io.ctibridge.core.pop.ScreenPopService;
import io.ctibridge.core.poptoken.PopTokenService;
import io.ctibridge.core.poptoken.SecretsManagerPopTokenKeys;
import io.ctibridge.core.salesforce.ApiUsage;
import io.ctibridge.core.salesforce.api.SalesforceApi;
import io.ctibridge.core.salesforce.guard.SalesforceGuard;
import io.ctibridge.core.salesforce.telephony.SecretsManagerTelephonySecret;
import io.ctibridge.core.salesforce.telephony.TelephonyApi;
import io.ctibridge.core.salesforce.telephony.TelephonyCredentials;
import io.ctibridge.core.salesforce.telephony.TelephonyTokens;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The one place where ctibridge's services are built, each from the {@link OutsideWorld} it was given. A Lambda
 * handler's no-arg constructor is one line over {@link #lambda()}; the CLI, the local stack, the benchmarks and the
 * reliability suite build through the same methods with a world of their own (moto and the emulator, an
 * interceptor that times or breaks calls, memory for SnapStart priming), so a new collaborator is added here once.
 *
 * <p>Nothing here does I/O while constructing: secrets and Salesforce sessions are fetched on first use, so an
 * outage at cold start turns into an UNAVAILABLE answer rather than a failed init that Connect sees as an error.
 * Keep one root per execution environment: it holds the Salesforce session, the profile cache and the owner cache.
 */
public final class CompositionRoot {

    public static final String SALESFORCE_SECRET_ARN = DeploymentSettings.SALESFORCE_SECRET_ARN;
    public static final String POP_TOKEN_SECRET_ARN = DeploymentSettings.POP_TOKEN_SECRET_ARN;
    public static final String CALL_LOG_DLQ_URL = DeploymentSettings.CALL_LOG_DLQ_URL;
    public static final String TELEPHONY_SECRET_ARN = DeploymentSettings.TELEPHONY_SECRET_ARN;
    /** The VoiceCall destination's attributes on the call-log ledger's items: voiceCallState, voiceCallId… */
    static final String VOICE_CALL_LEDGER_PREFIX = "voiceCall";

    private final OutsideWorld world;
    private final TableNames tables;
    private final SalesforceConnection salesforce;
    private final ProfileReader profiles;
    /** One per root: the key cache is shared by the lookup that mints tokens and the pop that checks them. */
    private final Memoized<PopTokenService> popTokens;
    /** The org's API usage as this environment's Salesforce client sees it; the guard reads it. */
    private final ApiUsage apiUsage = new ApiUsage();
    /** One per root: the budget and the breaker hold for every lookup and call log of the environment. */
    private final Memoized<SalesforceGuard> guard;
    /** A virtual thread per blocking call: waiting on HTTP or DynamoDB costs no platform thread. */
    private final ExecutorService work = Executors.newVirtualThreadPerTaskExecutor();
    /** One per root: its signed token is reused by every call of the environment until shortly before it expires. */
    private final Memoized<TelephonyApi> telephony;

    public CompositionRoot(OutsideWorld world) {
        this.world = world;
        this.tables = world.settings().tables();
        this.salesforce = new SalesforceConnection(
                world.salesforce().http(),
                world.salesforce().credentials(),
                apiUsage,
                world.clock(),
                log(SalesforceApi.class));
        // Settings read on first use: a bad value fails the service that needs it, naming the variable.
        this.guard = new Memoized<>(() -> new SalesforceGuard(
                apiUsage, world.settings().salesforceGuard(), world.clock(), log(SalesforceGuard.class)));
        this.profiles = new CachingProfileReader(
                new DynamoDbProfileStore(world.aws().dynamoDb(), tables.config()), log(CachingProfileReader.class));
        this.telephony = new Memoized<>(() -> {
            TelephonyCredentials credentials = new SecretsManagerTelephonySecret(
                            world.aws().secretsManager(), world.settings().telephonySecretArn())
                    .load();
            return new TelephonyApi(
                    world.salesforce().http(), credentials, new TelephonyTokens(credentials, world.clock()));
        });
        this.popTokens = new Memoized<>(() -> new PopTokenService(
                new SecretsManagerPopTokenKeys(
                        world.aws().secretsManager(), world.settings().popTokenSecretArn(), world.clock()),
                world.clock()));
    }

    /** The services of an environment such as the local stack's, as Lambda would build them from it. */
    public CompositionRoot(Map<String, String> env, Clock clock) {
        this(OutsideWorld.fromEnvironment(env, clock));
    }

    /** What a Lambda handler's no-arg constructor builds on: the function's environment variables. */
    public static CompositionRoot lambda() {
        return new CompositionRoot(OutsideWorld.lambda());
    }

    public OutsideWorld world() {
        return world;
    }

    public AwsClients aws() {
        return world.aws();
    }

    public Clock clock() {
        return world.clock();
    }

    public JsonLog log(Class<?> owner) {
        return world.logs().log(owner);
    }

    public EmfMetrics metrics(String service) {
        return world.logs().metrics(service);
    }

    public ProfileReader profiles() {
        return profiles;
    }

    /** The Salesforce API, connected on first use (credentials read then). */
    public Supplier<SalesforceApi> salesforce() {
        return salesforce;
    }

    /** The environment's guard in front of Salesforce: the org's API budget and the lookup's circuit breaker. */
    public SalesforceGuard salesforceGuard() {
        return guard.get();
    }

    public ContactStateStore contactStates() {
        return new DynamoDbContactStateStore(world.aws().dynamoDb(), tables.contactState(), world.clock());
    }

    public PopTokenService popTokens() {
        return popTokens.get();
    }

    public CallerLookup callerLookup() {
        return new CallerLookup(
                profiles,
                new SalesforceCallerSearch(salesforce),
                contactStates(),
                popTokens(),
                work,
                world.clock(),
                log(CallerLookup.class),
                metrics("caller-lookup"),
                salesforceGuard());
    }

    /** What contact-flow operations did per contact, beside the lookup's state in the contact-state table. */
    public OperationRecordStore operationRecords() {
        return new DynamoDbOperationRecordStore(world.aws().dynamoDb(), tables.contactState(), world.clock());
    }

    /** The contact flow's named operations (find, create, update), with the default timings. */
    public FlowOperations flowOperations() {
        return flowOperations(OperationSettings.defaults());
    }

    /** The operations with other timings (tests of a create in doubt do not wait out the default grace). */
    public FlowOperations flowOperations(OperationSettings settings) {
        return new FlowOperations(
                profiles,
                salesforce,
                contactStates(),
                operationRecords(),
                work,
                settings,
                world.clock(),
                log(FlowOperations.class),
                metrics("caller-lookup"),
                salesforceGuard());
    }

    /**
     * The screen-pop API: token check, the stored lookup result or a lookup run now, CORS for the origins the
     * settings allow (none when API Gateway answers CORS).
     */
    public ScreenPopEndpoint screenPop() {
        ScreenPopService pops = new ScreenPopService(
                contactStates(), profiles, callerLookup(), world.clock(), log(ScreenPopService.class));
        return new ScreenPopEndpoint(
                new PopRequestAuthorizer(popTokens()),
                pops,
                world.settings().corsPolicy(),
                log(ScreenPopEndpoint.class),
                metrics("screen-pop"));
    }

    public CallLogLedger callLogLedger() {
        return new DynamoDbCallLogLedger(world.aws().dynamoDb(), tables.callLogLedger(), world.clock());
    }

    /** The ledger's VoiceCall entries: the same table and items as the Task's, attributes of their own. */
    public CallLogLedger voiceCallLedger() {
        return new DynamoDbCallLogLedger(world.aws().dynamoDb(), tables.callLogLedger(), world.clock())
                .forDestination(VOICE_CALL_LEDGER_PREFIX);
    }

    /**
     * The Telephony Integration API (Salesforce Voice with Partner Telephony), through the same HTTP client as the
     * REST API; its secret is read on first use, and a failed read is retried on the next.
     */
    public TelephonyApi telephony() {
        return telephony.get();
    }

    /** The dead-letter queue the settings name, on SQS. */
    public DeadLetterQueue deadLetterQueue() {
        return new SqsDeadLetterQueue(world.aws().sqs(), world.settings().callLogDeadLetterQueueUrl());
    }

    /** The call log, with the default timings; keep one per execution environment (it caches agents' Users). */
    public CallLogger callLogger() {
        return callLogger(CallLogSettings.defaults());
    }

    /** The call log with other timings (tests that fail Salesforce on purpose do not wait for it). */
    public CallLogger callLogger(CallLogSettings settings) {
        return new CallLogger(
                profiles,
                contactStates(),
                callLogLedger(),
                salesforce,
                deadLetterQueue(),
                work,
                settings,
                world.clock(),
                log(CallLogger.class),
                metrics("call-logger"),
                salesforceGuard(),
                world.settings().connectConsole(),
                new VoiceCallDestination(voiceCallLedger(), telephony));
    }

    /** Contact Lens post-call analyses onto the call's activity, through the call log's ledger; files from S3. */
    public ContactAnalysisApplier contactAnalysis() {
        return contactAnalysis(new S3AnalysisFiles(world.aws().s3()));
    }

    /** The same, with the files from elsewhere (a harness that breaks reads on purpose). */
    public ContactAnalysisApplier contactAnalysis(AnalysisFiles files) {
        return new ContactAnalysisApplier(
                profiles,
                contactStates(),
                AnalysisTarget.task(callLogLedger()),
                AnalysisTarget.voiceCall(voiceCallLedger()),
                files,
                salesforce,
                salesforceGuard(),
                deadLetterQueue(),
                world.clock(),
                log(ContactAnalysisApplier.class),
                metrics("contact-analysis"));
    }

    /**
     * Builds the AWS SDK clients now rather than on the first call (SnapStart priming: building them does no I/O,
     * and the snapshot then holds them ready).
     */
    public void buildClients() {
        world.aws().dynamoDb();
        world.aws().secretsManager();
    }

    /**
     * After a SnapStart restore: drops the Salesforce session and pooled connections, which the snapshot would
     * otherwise share with every environment restored from it. Secrets and AWS clients stay (no per-environment
     * state: the SDK signs each request with the credentials of the moment).
     */
    public void forgetSessionsAndConnections() {
        salesforce.forgetSessionAndConnections();
        telephony.ifPresent(api -> api.tokens().forget());
    }
}
