package io.ctibridge.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ctibridge.core.aws.AwsSettings;
import io.ctibridge.core.aws.TableDefinitions;
import io.ctibridge.core.aws.TableNames;
import io.ctibridge.core.config.parse.ProfileParser;
import io.ctibridge.core.config.store.DynamoDbProfileStore;
import io.ctibridge.core.root.CompositionRoot;
import io.ctibridge.core.root.DeploymentSettings;
import io.ctibridge.emulator.EmulatorConfig;
import io.ctibridge.emulator.SalesforceEmulator;
import io.ctibridge.testkit.AwsTestClients;
import io.ctibridge.testkit.MotoServer;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Everything the functions talk to, on loopback and set up the way the template sets up AWS: the three tables,
 * the default profile, the Salesforce credentials secret (JWT bearer, with a key pair made here whose public half
 * the emulator trusts) and the pop-token key secret. {@link #functionEnvironment()} is what Lambda would pass.
 * The default profile here has Contact Lens on, writing the emulator's demo custom fields ({@link #CONTACT_LENS}),
 * and moto holds an instance bucket for analysis files ({@link #contactLensFiles()}).
 * the emulator trusts), the pop-token key secret and the telephony secret (a second key pair, whose public half the
 * emulator's contact center {@value #CONTACT_CENTER} trusts for the Telephony Integration API).
 * {@link #functionEnvironment()} is what Lambda would pass.
 */
public final class LocalStack implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The emulator's contact center: the telephony JWT's sub and every VoiceCall's callCenterApiName. */
    public static final String CONTACT_CENTER = "ctibridge_local";

    /**
     * The demo stack's second profile (bin/local, {@code simulate-call --embedded --profile voice}): the demo one
     * logging to both Tasks and VoiceCalls, so a VoiceCall shows the same mapped fields and Contact Lens insight.
     */
    public static final String VOICE_PROFILE = "voice";

    /** The local profile's {@code callLog.contactLens}: the emulator's demo custom fields on Task and VoiceCall. */
    public static final String CONTACT_LENS = """
            {"enabled": true, "redacted": false,
             "summaryField": "Contact_Lens_Summary__c",
             "customerSentimentField": "Customer_Sentiment__c", "agentSentimentField": "Agent_Sentiment__c",
             "categoriesField": "Contact_Lens_Categories__c",
             "talkTimeField": "Talk_Time_Seconds__c", "nonTalkTimeField": "Non_Talk_Time_Seconds__c"}
            """;

    private final MotoServer moto;
    private final boolean ownsMoto;
    private final SalesforceEmulator salesforce;
    private final TableNames tables;
    private final DynamoDbClient dynamoDb;
    private final SecretsManagerClient secretsManager;
    private final String salesforceSecretArn;
    private final String popTokenSecretArn;
    private final String callLogDeadLetterQueueUrl;
    private final boolean demo;

    /**
     * The profile the local main job (bin/local, simulate-call, doctor --local) starts with: the default profile
     * plus field mappings onto the demo seed's custom Task fields, so that a call shows the enriched Task.
     */
    public static final String DEMO_PROFILE_RESOURCE = "demo-profile.json";

    /** The instance alias of the sample contact records' recordings ({@code connect/ctibridge/CallRecordings}). */
    public static final String DEMO_INSTANCE_ALIAS = "ctibridge";

    private final String contactLensBucket;
    private final String telephonySecretArn;

    private LocalStack(
            MotoServer moto,
            boolean ownsMoto,
            SalesforceEmulator salesforce,
            TableNames tables,
            DynamoDbClient dynamoDb,
            SecretsManagerClient secretsManager,
            String salesforceSecretArn,
            String popTokenSecretArn,
            String callLogDeadLetterQueueUrl,
            boolean demo,
            String contactLensBucket,
            String telephonySecretArn) {
        this.demo = demo;
        this.moto = moto;
        this.ownsMoto = ownsMoto;
        this.salesforce = salesforce;
        this.tables = tables;
        this.dynamoDb = dynamoDb;
        this.secretsManager = secretsManager;
        this.salesforceSecretArn = salesforceSecretArn;
        this.popTokenSecretArn = popTokenSecretArn;
        this.callLogDeadLetterQueueUrl = callLogDeadLetterQueueUrl;
        this.contactLensBucket = contactLensBucket;
        this.telephonySecretArn = telephonySecretArn;
    }

    /** A stack of its own: a new moto process, the local table and secret names. For the local main job. */
    public static LocalStack startStandalone(EmulatorConfig salesforce) {
        MotoServer moto = MotoServer.start();
        try {
            return start(moto, true, "", salesforce, true);
        } catch (RuntimeException e) {
            moto.close();
            throw e;
        }
    }

    /**
     * A stack on the JVM's shared moto server, with table and secret names ending in {@code suffix} so that test
     * classes do not see each other's data.
     */
    public static LocalStack startIsolated(String suffix, EmulatorConfig salesforce) {
        if (suffix == null || !suffix.matches("[a-z0-9-]{1,32}")) {
            throw new IllegalArgumentException("suffix must be [a-z0-9-]{1,32}");
        }
        return start(MotoServer.shared(), false, "-" + suffix, salesforce, false);
    }

    private static LocalStack start(
            MotoServer moto, boolean ownsMoto, String suffix, EmulatorConfig salesforceConfig, boolean demo) {
        DynamoDbClient dynamoDb = AwsTestClients.dynamoDb(moto.endpoint());
        SecretsManagerClient secrets = AwsTestClients.secretsManager(moto.endpoint());
        TableNames tables = new TableNames(
                TableNames.LOCAL.config() + suffix,
                TableNames.LOCAL.contactState() + suffix,
                TableNames.LOCAL.callLogLedger() + suffix);
        TableDefinitions.createAll(dynamoDb, tables);
        ProfileParser parser = new ProfileParser();
        DynamoDbProfileStore profiles = new DynamoDbProfileStore(dynamoDb, tables.config());
        profiles.put(parser.parse(localProfileDocument(demo)), "local-stack");
        if (demo) {
            // The same, logging to both Tasks and VoiceCalls (the emulator trusts the local telephony key).
            profiles.put(parser.parse(localProfileDocument(true, VOICE_PROFILE, "both")), "local-stack");
        }

        KeyPair jwtKeys = rsaKeyPair();
        SalesforceEmulator salesforce =
                SalesforceEmulator.start(salesforceConfig.withJwtPublicKey(jwtKeys.getPublic()));
        Map<String, String> credentials = new LinkedHashMap<>();
        credentials.put("authFlow", "JWT_BEARER");
        credentials.put("loginUrl", salesforce.baseUrl().toString());
        credentials.put("consumerKey", salesforceConfig.consumerKey());
        credentials.put("username", salesforceConfig.username());
        credentials.put("privateKeyPem", pem(jwtKeys));
        String salesforceSecretArn = secrets.createSecret(
                        r -> r.name("ctibridge/salesforce" + suffix).secretString(json(credentials)))
                .arn();
        String popTokenSecretArn = secrets.createSecret(
                        r -> r.name("ctibridge/pop-token" + suffix).secretString(json(Map.of("key", randomKey()))))
                .arn();
        // The Telephony Integration API's own key pair: its certificate goes to the contact center, not the app.
        KeyPair telephonyKeys = rsaKeyPair();
        salesforce.trustTelephony(telephonyKeys.getPublic(), CONTACT_CENTER);
        Map<String, String> telephony = new LinkedHashMap<>();
        telephony.put("baseUrl", salesforce.telephonyBaseUrl().toString());
        telephony.put("orgId", salesforce.orgId());
        telephony.put("contactCenterApiName", CONTACT_CENTER);
        telephony.put("privateKeyPem", pem(telephonyKeys));
        String telephonySecretArn = secrets.createSecret(
                        r -> r.name("ctibridge/telephony" + suffix).secretString(json(telephony)))
                .arn();
        String callLogDeadLetterQueueUrl;
        try (SqsClient sqs = AwsTestClients.sqs(moto.endpoint())) {
            callLogDeadLetterQueueUrl = sqs.createQueue(r -> r.queueName("ctibridge-call-log-dlq" + suffix))
                    .queueUrl();
        }
        String contactLensBucket = ("amazon-connect-local" + suffix).toLowerCase(Locale.ROOT);
        try (var s3 = ContactLensFiles.s3(moto.endpoint())) {
            s3.createBucket(r -> r.bucket(contactLensBucket));
        }
        return new LocalStack(
                moto,
                ownsMoto,
                salesforce,
                tables,
                dynamoDb,
                secrets,
                salesforceSecretArn,
                popTokenSecretArn,
                callLogDeadLetterQueueUrl,
                demo,
                contactLensBucket,
                telephonySecretArn);
    }

    /** The text of {@value #DEMO_PROFILE_RESOURCE}. */
    public static String demoProfileDocument() {
        try (java.io.InputStream in = LocalStack.class.getResourceAsStream(DEMO_PROFILE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(DEMO_PROFILE_RESOURCE + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The default (or demo) profile with Contact Lens on ({@link #CONTACT_LENS}). */
    static String localProfileDocument(boolean demo) {
        return localProfileDocument(demo, null, null);
    }

    /**
     * The local profile under another name, logging to {@code destination} ({@code Task}, {@code VoiceCall},
     * {@code both}): bin/local's {@code voice} profile, so a VoiceCall shows the same mapped fields and Contact Lens
     * insight as the Task (the emulator's VoiceCall has the demo fields too).
     */
    public static String localProfileDocument(boolean demo, String name, String destination) {
        try {
            ObjectNode profile =
                    (ObjectNode) JSON.readTree(demo ? demoProfileDocument() : ProfileParser.defaultProfileDocument());
            ObjectNode callLog = (ObjectNode) profile.get("callLog");
            callLog.set("contactLens", JSON.readTree(CONTACT_LENS));
            if (name != null) {
                profile.put("profile", name);
            }
            if (destination != null) {
                callLog.put("destination", destination);
            }
            return JSON.writeValueAsString(profile);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the default profile is JSON", e);
        }
    }

    /** The instance bucket's analysis files (S3 on moto), and the EventBridge events that announce them. */
    public ContactLensFiles contactLensFiles() {
        return new ContactLensFiles(moto.endpoint(), contactLensBucket);
    }

    /** The environment variables the template gives the functions, pointing at this stack. */
    public Map<String, String> functionEnvironment() {
        Map<String, String> env = new LinkedHashMap<>(Map.of(
                AwsSettings.ENDPOINT_ENV, moto.endpoint().toString(),
                TableNames.CONFIG_ENV, tables.config(),
                TableNames.CONTACT_STATE_ENV, tables.contactState(),
                TableNames.CALL_LOG_LEDGER_ENV, tables.callLogLedger(),
                CompositionRoot.SALESFORCE_SECRET_ARN, salesforceSecretArn,
                CompositionRoot.POP_TOKEN_SECRET_ARN, popTokenSecretArn,
                CompositionRoot.CALL_LOG_DLQ_URL, callLogDeadLetterQueueUrl));
        env.put(CompositionRoot.TELEPHONY_SECRET_ARN, telephonySecretArn);
        if (demo) {
            env.put(DeploymentSettings.CONNECT_INSTANCE_ALIAS, DEMO_INSTANCE_ALIAS);
        }
        return Map.copyOf(env);
    }

    /** The Telephony Integration API's secret (moto): base URL, org Id, contact center, private key. */
    public String telephonySecretArn() {
        return telephonySecretArn;
    }

    /** The call log's dead-letter queue (SQS on moto). */
    public String callLogDeadLetterQueueUrl() {
        return callLogDeadLetterQueueUrl;
    }

    public MotoServer moto() {
        return moto;
    }

    public SalesforceEmulator salesforce() {
        return salesforce;
    }

    public TableNames tables() {
        return tables;
    }

    public DynamoDbClient dynamoDb() {
        return dynamoDb;
    }

    public SecretsManagerClient secretsManager() {
        return secretsManager;
    }

    public DynamoDbProfileStore profiles() {
        return new DynamoDbProfileStore(dynamoDb, tables.config());
    }

    @Override
    public void close() {
        salesforce.close();
        dynamoDb.close();
        secretsManager.close();
        if (ownsMoto) {
            moto.close();
        }
    }

    private static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA unavailable", e);
        }
    }

    private static String pem(KeyPair keys) {
        return "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes())
                        .encodeToString(keys.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }

    private static String randomKey() {
        byte[] key = new byte[48];
        new SecureRandom().nextBytes(key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(Objects.requireNonNull(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
