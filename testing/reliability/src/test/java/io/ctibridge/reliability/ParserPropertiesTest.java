package io.ctibridge.reliability;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/**
 * The parsers at the edge, on generated hostile input: no uncaught exception, only typed answers. Tries per property
 * come from {@code jqwik.tries.default} (1,000 in the normal build, set in the pom).
 */
class ParserPropertiesTest {

    private final ParserChecks checks = new ParserChecks();

    @Property
    void callerIds_classifyToAKind_andValidOnesAreE164SearchedOnlyAsDigits(@ForAll("callerIds") String raw) {
        checks.callerId(raw);
    }

    @Property
    void contactRecords_parseOrAreRefusedWithAReason(@ForAll("contactRecords") byte[] data) {
        checks.contactRecord(data);
    }

    @Property
    void popTokens_tamperedAreNeverValid_andVerifyNeverThrows(@ForAll("tokenMutations") TokenMutation mutation) {
        checks.tamperedToken(mutation);
    }

    @Property
    void popTokens_arbitraryTextIsNeverValid(@ForAll @StringLength(max = 600) String token) {
        checks.arbitraryToken(token);
    }

    @Property
    void profileDocuments_parseAndValidate_orAreRefusedWithViolations(@ForAll("profileDocuments") String json) {
        checks.profileDocument(json);
    }

    @Provide
    Arbitrary<String> callerIds() {
        return BadInputs.callerIds();
    }

    @Provide
    Arbitrary<byte[]> contactRecords() {
        return BadInputs.contactRecords();
    }

    @Provide
    Arbitrary<TokenMutation> tokenMutations() {
        return BadInputs.tokenMutations();
    }

    @Provide
    Arbitrary<String> profileDocuments() {
        return BadInputs.profileDocuments();
    }

    @Example
    void aGenuineTokenVerifies_soTheTamperPropertyIsNotVacuous() {
        checks.genuineTokenVerifies();
    }
}
