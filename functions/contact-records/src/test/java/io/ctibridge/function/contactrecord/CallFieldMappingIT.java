package io.ctibridge.function.contactrecord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.ctibridge.core.calllog.CallLogSettings;
import io.ctibridge.core.config.parse.ProfileParser;
import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.core.root.CompositionRoot;
import io.ctibridge.core.root.DeploymentSettings;
import io.ctibridge.local.LocalStack;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo profile's field mappings and the recording link, on the Task the emulator stores (its demo seed has the
 * custom Task fields), through the Kinesis handler: the version of the contact record written before After Contact
 * Work creates the Task, the version written after it adds the work figures and the recording link, and clears
 * nothing.
 */
class CallFieldMappingIT {

    private static final Path SAMPLES = Path.of("../../events/kinesis");
    private static final String RECORDED = "8b2d4f61-3c7e-4a19-9d25-6e1f0a7c3b58";
    private static final String PAGE = "https://ctibridge.my.connect.aws/contact-trace-records/details/" + RECORDED;

    private static CallLogFixture fixture;
    private static ContactRecordHandler handler;

    @BeforeAll
    static void start() {
        fixture = CallLogFixture.start("field-mapping-it");
        fixture.stack.profiles().put(new ProfileParser().parse(LocalStack.demoProfileDocument()), "test");
        Map<String, String> env = new HashMap<>(fixture.stack.functionEnvironment());
        env.put(DeploymentSettings.CONNECT_INSTANCE_ALIAS, LocalStack.DEMO_INSTANCE_ALIAS);
        CompositionRoot root = new CompositionRoot(env, Clock.systemUTC());
        handler = new ContactRecordHandler(
                root.callLogger(CallLogSettings.defaults().withoutWaiting()),
                JsonLog.stdout(ContactRecordHandler.class));
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void theVersionAfterWork_addsTheWorkFiguresAndTheRecordingLink_toTheTaskTheFirstVersionMade() throws IOException {
        post("ctr-recorded-before-acw.json");
        Map<String, Object> created = fixture.task(RECORDED);

        assertEquals("Support", created.get("CTI_Queue__c"));
        assertEquals(96, ((Number) created.get("CTI_Queue_Wait_Seconds__c")).intValue());
        assertEquals(95, ((Number) created.get("CTI_Hold_Seconds__c")).intValue());
        assertEquals(2, ((Number) created.get("CTI_Number_Of_Holds__c")).intValue());
        assertEquals(false, created.get("CTI_Transferred__c"));
        assertEquals("en-US", created.get("CTI_Language__c"));
        assertEquals(null, created.get("CTI_ACW_Seconds__c"), "work not done yet");
        assertEquals(null, created.get("CTI_Recording__c"), "no recording before After Contact Work");

        post("ctr-recorded-after-acw.json");
        Map<String, Object> rewritten = fixture.task(RECORDED);

        assertEquals(created.get("Id"), rewritten.get("Id"), "the same Task, rewritten");
        assertEquals(45, ((Number) rewritten.get("CTI_ACW_Seconds__c")).intValue());
        assertEquals(PAGE, rewritten.get("CTI_Recording__c"));
        assertEquals("Support", rewritten.get("CTI_Queue__c"));
        assertEquals("en-US", rewritten.get("CTI_Language__c"));
        assertFalse(((String) rewritten.get("Description")).contains("Recording:"), "the link has its own field");

        post("ctr-recorded-before-acw.json"); // redelivered late: an older version is skipped, nothing cleared
        assertEquals(PAGE, fixture.task(RECORDED).get("CTI_Recording__c"));
        assertEquals(45, ((Number) fixture.task(RECORDED).get("CTI_ACW_Seconds__c")).intValue());
    }

    private static void post(String sample) throws IOException {
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(Files.readAllBytes(SAMPLES.resolve(sample))), response, null);
        assertEquals("{\"batchItemFailures\":[]}", response.toString(StandardCharsets.UTF_8));
    }
}
