package io.ctibridge.cli;

import io.ctibridge.cli.calllog.ContactRecordBatches;
import io.ctibridge.cli.calllog.PostedContactRecords;
import io.ctibridge.core.config.store.ProfileReader;
import io.ctibridge.core.root.CompositionRoot;
import io.ctibridge.core.salesforce.api.SalesforceApi;
import io.ctibridge.function.contactanalysis.ContactAnalysisHandler;
import io.ctibridge.function.contactevent.ContactEventHandler;
import io.ctibridge.function.contactrecord.ContactRecordHandler;
import io.ctibridge.function.lookup.CallerLookupHandler;
import io.ctibridge.function.pop.ScreenPopHandler;
import java.util.function.Supplier;

/**
 * The functions' handlers wired from one environment, as Lambda wires each of them, for the local server. The
 * contact-event handler gets {@link PostedContactRecords} as its Connect, fed by the contact-records route.
 *
 * @param salesforce the functions' own Salesforce client (the integration user), for the read-only Task route
 * @param profiles   the functions' profiles, so that the Task route also shows the fields the profile maps
 */
record LocalFunctions(
        CallerLookupHandler lookup,
        ScreenPopHandler pops,
        ContactRecordHandler contactRecords,
        ContactEventHandler contactEvents,
        ContactAnalysisHandler contactAnalysis,
        ContactRecordBatches batches,
        PostedContactRecords postedRecords,
        Supplier<SalesforceApi> salesforce,
        ProfileReader profiles) {

    /** The handlers log to {@code System.out} as it is now, as in Lambda. */
    static LocalFunctions wire(CompositionRoot root) {
        PostedContactRecords posted = new PostedContactRecords();
        return new LocalFunctions(
                new CallerLookupHandler(root),
                new ScreenPopHandler(root),
                new ContactRecordHandler(root),
                new ContactEventHandler(root, posted),
                new ContactAnalysisHandler(root),
                new ContactRecordBatches(root.clock()),
                posted,
                root.salesforce(),
                root.profiles());
    }
}
