package io.ctibridge.cli.doctor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ConnectChecksTest {

    @Test
    void functionName_dropsTheArnAndTheQualifier_soAnAliasMatchesItsFunction() {
        assertEquals(
                "lookup", ConnectChecks.functionName("arn:aws:lambda:eu-west-1:123456789012:function:lookup:live"));
        assertEquals("lookup", ConnectChecks.functionName("arn:aws:lambda:eu-west-1:123456789012:function:lookup"));
        assertEquals("lookup", ConnectChecks.functionName("lookup:live"));
        assertEquals("lookup", ConnectChecks.functionName(" lookup "));
    }
}
