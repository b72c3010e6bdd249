package io.ctibridge.cli;

import io.ctibridge.calllog.ContactEventHandler;
import io.ctibridge.calllog.ContactRecordHandler;
import io.ctibridge.cli.calllog.ContactRecordBatches;
import io.ctibridge.cli.calllog.PostedContactRecords;
import io.ctibridge.core.observability.JsonLog;
import io.ctibridge.core.salesforce.api.SalesforceApi;
import io.ctibridge.core.wiring.FunctionEnvironment;
import io.ctibridge.lookup.CallerLookupHandler;
import io.ctibridge.pop.ScreenPopHandler;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;

/**
 * The functions' handlers wired from one environment, as Lambda wires each of them, for the local server. The
 * contact-event handler gets {@link PostedContactRecords} as its Connect, fed by the contact-records route.
 *
 * @param salesforce the functions' own Salesforce client (the integration user), for the read-only Task route
 */
record LocalFunctions(
        CallerLookupHandler lookup,
        ScreenPopHandler pops,
        ContactRecordHandler contactRecords,
        ContactEventHandler contactEvents,
        ContactRecordBatches batches,
        PostedContactRecords postedRecords,
        Supplier<SalesforceApi> salesforce) {

    /** The handlers log to {@code System.out} as it is now, as in Lambda. */
    static LocalFunctions wire(FunctionEnvironment environment, ExecutorService searches) {
        PostedContactRecords posted = new PostedContactRecords();
        return new LocalFunctions(
                new CallerLookupHandler(environment.callerLookup(searches), JsonLog.stdout(CallerLookupHandler.class)),
                new ScreenPopHandler(environment.screenPop(searches), JsonLog.stdout(ScreenPopHandler.class)),
                new ContactRecordHandler(environment),
                new ContactEventHandler(environment, posted),
                new ContactRecordBatches(Clock.systemUTC()),
                posted,
                environment.salesforce());
    }
}
