package io.ctibridge.cli.call;

import com.fasterxml.jackson.databind.JsonNode;

/** Delivers a Contact Lens post-call analysis for a simulated call, as Contact Lens and S3 would after it ends. */
public interface AnalysisDelivery {

    /** Puts the analysis file for {@code contactId} and hands its Object Created event to contact-analysis. */
    JsonNode deliver(String contactId);

    /** Where it goes, for the printout. */
    String describe();
}
