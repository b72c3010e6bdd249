package io.ctibridge.core.calllog;

import io.ctibridge.core.calllog.ledger.CallLogLedger;
import io.ctibridge.core.salesforce.telephony.TelephonyApi;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the call log needs to write VoiceCalls: the ledger's VoiceCall entries (the same table and items as the
 * Task's, attributes of their own) and the Telephony Integration API, built on first use (its secret read then).
 */
public record VoiceCallDestination(CallLogLedger ledger, Supplier<TelephonyApi> telephony) {

    public VoiceCallDestination {
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(telephony, "telephony");
    }

    /** For a call log without one: a profile that asks for VoiceCalls has its calls come back until it is set up. */
    public static VoiceCallDestination unconfigured(CallLogLedger ledger) {
        return new VoiceCallDestination(ledger, () -> {
            throw new IllegalStateException("the VoiceCall destination is not configured (no telephony secret)");
        });
    }
}
