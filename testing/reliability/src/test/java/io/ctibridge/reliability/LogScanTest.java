package io.ctibridge.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogScanTest {

    @TempDir
    Path dir;

    private final LogScan scan = new LogScan()
            .withSecrets("secret", List.of("s3cr3t-value-of-the-pop-key"))
            .withPhoneNumbers(List.of("+14155550199", "+442079460958"));

    @Test
    void scan_findsEachKindOfLeak_byKindAndLine_withoutQuotingIt() throws Exception {
        List<LogScan.Finding> findings = scan.scan(log(
                "{\"msg\":\"ok\",\"caller\":\"+1415*****99\"}",
                "{\"caller\":\"+14155550199\"}",
                "{\"caller\":\"(415) 555-0199\"}",
                "{\"caller\":\"020 7946 0958\"}",
                "{\"digits\":\"4155550199 OR 14155550199\"}",
                "{\"auth\":\"Bearer 00Dxx0000001gPL!AQ4AQFkTn6abcdefghijklmnop\"}",
                "-----BEGIN PRIVATE KEY-----",
                "{\"token\":\"djF8azF8NWZiMWE3ZDMtMGI1Yy00ZjM4LTlmN2UtMmEzNmIxYzRlOWQwfDE3.c2lnbmF0dXJlc2lnbmF0dXJlc2ln\"}",
                "{\"key\":\"s3cr3t-value-of-the-pop-key\"}"));
        assertEquals(
                List.of(2, 3, 4, 5, 6, 7, 8, 9),
                findings.stream().map(LogScan.Finding::line).distinct().toList());
        findings.forEach(
                f -> assertTrue(!f.kind().contains("5550199") && !f.kind().contains("7946"), f.kind()));
    }

    @Test
    void scan_letsMaskedNumbersAndLongerDigitRunsThrough() throws Exception {
        assertEquals(
                List.of(),
                scan.scan(
                        log(
                                "{\"caller\":\"+1415*****99\",\"subject\":\"Call from +4420*****58\"}",
                                "{\"sequenceNumber\":\"4965712043123918452937385281349811309547153283092578304214155550199\"}")));
    }

    private Path log(String... lines) throws Exception {
        Path log = dir.resolve("stdout.log");
        Files.write(log, List.of(lines));
        return log;
    }
}
