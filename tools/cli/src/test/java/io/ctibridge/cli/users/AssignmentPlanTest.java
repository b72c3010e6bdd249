package io.ctibridge.cli.users;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AssignmentPlanTest {

    private static final CallCenterRef CONNECT = new CallCenterRef("04v000000000001AAA", "Connect", "ctibridgeConnect");

    @Test
    void of_changesOnlyUsersWhoseCallCenterDiffers_comparingIdsByTheirKey() {
        SalesforceUser none = new SalesforceUser("005000000000001AAA", "a@x.example", null);
        SalesforceUser other = new SalesforceUser("005000000000002AAA", "b@x.example", "04v000000000002AAA");
        SalesforceUser same15 = new SalesforceUser("005000000000003AAA", "c@x.example", "04v000000000001");

        AssignmentPlan plan = AssignmentPlan.of(CONNECT, List.of(none, other, same15), List.of("gone@x.example"));

        assertEquals(List.of(none, other), plan.toChange());
        assertEquals(List.of(same15), plan.unchanged());
        assertEquals(
                List.of(
                        new UserOutcome("a@x.example", UserOutcome.Status.WOULD_CHANGE, "had no call center"),
                        new UserOutcome(
                                "b@x.example", UserOutcome.Status.WOULD_CHANGE, "had call center 04v000000000002AAA"),
                        new UserOutcome("c@x.example", UserOutcome.Status.UNCHANGED, ""),
                        new UserOutcome(
                                "gone@x.example", UserOutcome.Status.FAILED, "no active user has this username")),
                plan.preview());
    }
}
