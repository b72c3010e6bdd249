package io.ctibridge.reliability;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.ctibridge.core.phone.PhoneMasking;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Looks through captured log lines for what must never be logged: pop tokens and bearer tokens, private keys,
 * known secret values, and the suite's phone numbers in any form a person or a network writes them (E.164,
 * international, national, bare digits). Masked numbers ({@code +1415*****99}) are what the logs should hold.
 */
public final class LogScan {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Map<String, Pattern> SHAPES = new LinkedHashMap<>();

    static {
        SHAPES.put("private key", Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----"));
        SHAPES.put("bearer token", Pattern.compile("(?i)\\b(bearer|oauth)\\s+[A-Za-z0-9._~+/=!-]{16,}"));
        // base64url of "v1|": the start of every pop token
        SHAPES.put("pop token", Pattern.compile("djF8[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{20,}"));
        SHAPES.put("JWT", Pattern.compile("eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]+"));
        SHAPES.put("AWS secret key", Pattern.compile("(?i)aws_secret_access_key|\"SecretAccessKey\""));
        SHAPES.put("Salesforce session id", Pattern.compile("\\b00D[A-Za-z0-9]{12,15}![A-Za-z0-9._]{20,}"));
    }

    private final Map<String, Pattern> forbidden = new LinkedHashMap<>(SHAPES);

    /** Also forbids these exact values (secrets read from the stack, tokens handed out), each under {@code kind}. */
    public LogScan withSecrets(String kind, Collection<String> values) {
        int i = 0;
        for (String value : values) {
            if (value != null && value.length() >= 8) {
                forbidden.put(kind + " #" + (++i), Pattern.compile(Pattern.quote(value)));
            }
        }
        return this;
    }

    /** Also forbids every written form of these E.164 numbers that is not masked. */
    public LogScan withPhoneNumbers(Collection<String> e164Numbers) {
        for (String e164 : e164Numbers) {
            for (String form : forms(e164)) {
                String digitsOnly = form.replaceAll("[^0-9]", "");
                Pattern pattern = form.equals(digitsOnly)
                        ? Pattern.compile("(?<![0-9])" + digitsOnly + "(?![0-9])")
                        : Pattern.compile(Pattern.quote(form));
                forbidden.put("phone number " + PhoneMasking.mask(e164) + " as '" + shape(form) + "'", pattern);
            }
        }
        return this;
    }

    /** Every forbidden thing found in the file, one finding per kind and line. */
    public List<Finding> scan(Path log) {
        try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
            List<Finding> findings = new ArrayList<>();
            int[] number = {0};
            lines.forEach(line -> {
                number[0]++;
                forbidden.forEach((kind, pattern) -> {
                    Matcher matcher = pattern.matcher(line);
                    if (matcher.find()) {
                        findings.add(new Finding(kind, number[0]));
                    }
                });
            });
            return findings;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many lines the file has. */
    public static long lines(Path log) {
        try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> forms(String e164) {
        List<String> forms = new ArrayList<>(List.of(e164, e164.substring(1)));
        try {
            PhoneNumber number = PHONES.parse(e164, null);
            forms.add(PHONES.format(number, PhoneNumberFormat.INTERNATIONAL));
            forms.add(PHONES.format(number, PhoneNumberFormat.NATIONAL));
            forms.add(PHONES.format(number, PhoneNumberFormat.NATIONAL).replaceAll("[^0-9]", ""));
            forms.add(Long.toString(number.getNationalNumber()));
        } catch (NumberParseException e) {
            // not a number libphonenumber knows: the E.164 forms above are all there is to look for
        }
        return forms.stream().distinct().toList();
    }

    /** The form's shape without its digits, so that the finding itself does not print the number. */
    private static String shape(String form) {
        return form.replaceAll("[0-9]", "9");
    }

    /** A forbidden thing, by kind and line (never the matched text: that would put the secret in the report). */
    public record Finding(String kind, int line) {}
}
