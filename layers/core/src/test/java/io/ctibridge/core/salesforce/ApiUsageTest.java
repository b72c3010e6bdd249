package io.ctibridge.core.salesforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ApiUsageTest {

    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    @Test
    void parse_readsUsedAndMax_fromAWellFormedHeader() {
        ApiUsage.Reading reading = ApiUsage.parse("api-usage=14250/15000", NOW).orElseThrow();

        assertEquals(new ApiUsage.Reading(14250, 15000, NOW), reading);
        assertEquals(95.0, reading.percent(), 1e-9);
    }

    @Test
    void parse_findsTheOrgsUsage_besideThePerAppUsage() {
        assertEquals(
                Optional.of(new ApiUsage.Reading(25, 15000, NOW)),
                ApiUsage.parse("per-app-api-usage=17/250(appName=ctibridge), api-usage=25/15000", NOW));
        assertEquals(
                Optional.of(new ApiUsage.Reading(25, 15000, NOW)),
                ApiUsage.parse("api-usage=25/15000,per-app-api-usage=17/250(appName=ctibridge)", NOW));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "  ",
                "api-usage=",
                "api-usage=25",
                "api-usage=abc/15000",
                "api-usage=25/xyz",
                "api-usage=-5/15000",
                "api-usage=25/0",
                "api-usage=99999999999999999999/15000",
                "per-app-api-usage=17/250(appName=ctibridge)",
                "xapi-usage=25/15000",
                "api-usage=25/15000/3"
            })
    void parse_answersNothing_forAMissingOrMalformedHeader_withoutThrowing(String header) {
        assertEquals(Optional.empty(), ApiUsage.parse(header, NOW));
    }

    @Test
    void seen_keepsTheLatestReading_whenAnswersArriveOutOfOrder() {
        ApiUsage usage = new ApiUsage();

        usage.seen("api-usage=30/15000", NOW.plusSeconds(2));
        usage.seen("api-usage=29/15000", NOW.plusSeconds(1));

        assertEquals(Optional.of(new ApiUsage.Reading(30, 15000, NOW.plusSeconds(2))), usage.last());
    }

    @Test
    void seen_ignoresAMalformedHeader_keepingTheLastGoodReading() {
        ApiUsage usage = new ApiUsage();
        usage.seen("api-usage=30/15000", NOW);

        usage.seen("api-usage=oops", NOW.plusSeconds(1));

        assertEquals(Optional.of(new ApiUsage.Reading(30, 15000, NOW)), usage.last());
    }

    @Test
    void limitExceeded_remembersTheLatestRefusal() {
        ApiUsage usage = new ApiUsage();
        assertTrue(usage.lastLimitExceeded().isEmpty());

        usage.limitExceeded(NOW.plusSeconds(5));
        usage.limitExceeded(NOW);

        assertEquals(Optional.of(NOW.plusSeconds(5)), usage.lastLimitExceeded());
    }
}
