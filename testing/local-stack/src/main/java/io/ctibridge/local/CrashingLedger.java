package io.ctibridge.local;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * A fault in the outside world: the ledger's DynamoDB write of DONE fails for the contacts chosen, as a DynamoDB
 * outage or a killed execution environment leaves it after Salesforce created the Task. The redelivery must find
 * the Task by CallObject, not make another. Installed on the AWS clients
 * ({@code OutsideWorld.withAwsInterceptor}), so the call log under test is the one the root builds.
 */
public final class CrashingLedger implements ExecutionInterceptor {

    private final String table;
    private final Predicate<String> crashesFor;
    private final AtomicInteger crashes = new AtomicInteger();

    private CrashingLedger(String table, Predicate<String> crashesFor) {
        this.table = table;
        this.crashesFor = crashesFor;
    }

    /** The next {@code count} DONE writes to {@code table} fail, whatever their contact. */
    public static CrashingLedger onTheNext(String table, int count) {
        AtomicInteger left = new AtomicInteger(count);
        return new CrashingLedger(table, contactId -> left.getAndDecrement() > 0);
    }

    /** The first DONE write of each of {@code contactIds} fails; later ones succeed. */
    public static CrashingLedger onceFor(String table, Set<String> contactIds) {
        Set<String> chosen = Set.copyOf(contactIds);
        Set<String> crashed = ConcurrentHashMap.newKeySet();
        return new CrashingLedger(table, contactId -> chosen.contains(contactId) && crashed.add(contactId));
    }

    /** DONE writes failed so far. */
    public int crashes() {
        return crashes.get();
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        if (context.request() instanceof UpdateItemRequest update
                && update.tableName().equals(table)
                && recordsDone(update)
                && crashesFor.test(contactId(update))) {
            crashes.incrementAndGet();
            throw SdkClientException.create("simulated crash after the Task was created, before the ledger write");
        }
    }

    private static boolean recordsDone(UpdateItemRequest update) {
        AttributeValue done = update.expressionAttributeValues().get(":done");
        return done != null && "DONE".equals(done.s());
    }

    private static String contactId(UpdateItemRequest update) {
        return update.key().getOrDefault("contactId", AttributeValue.fromS("")).s();
    }

    @Override
    public String toString() {
        return "CrashingLedger" + Map.of("table", table, "crashes", crashes.get());
    }
}
