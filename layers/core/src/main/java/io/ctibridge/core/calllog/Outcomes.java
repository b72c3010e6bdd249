package io.ctibridge.core.calllog;

import io.ctibridge.core.calllog.record.Delivery;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** The outcome of each delivery of a batch, as the steps settle them; by identity, since a batch may repeat itself. */
final class Outcomes {

    private final Map<Delivery, CallLogOutcome> byDelivery = new IdentityHashMap<>();

    void put(Delivery delivery, CallLogOutcome outcome) {
        byDelivery.put(delivery, outcome);
    }

    void put(LoggableCall call, CallLogOutcome outcome) {
        byDelivery.put(call.delivery(), outcome);
    }

    /** The outcome settled for {@code call}, or null. */
    CallLogOutcome get(LoggableCall call) {
        return byDelivery.get(call.delivery());
    }

    /** One outcome per delivery, in delivery order. */
    List<CallLogOutcome> inOrderOf(List<Delivery> deliveries) {
        return deliveries.stream()
                .map(delivery -> {
                    CallLogOutcome outcome = byDelivery.get(delivery);
                    if (outcome == null) {
                        throw new IllegalStateException(
                                "delivery " + delivery.itemId() + " was left without an outcome");
                    }
                    return outcome;
                })
                .toList();
    }
}
