/**
 * Phone numbers as callers send them and as people type them into Salesforce. {@link CallerNumberClassifier} turns a
 * raw caller ID into a {@link CallerNumber} (withheld, invalid, or valid in E.164) before any Salesforce call, so
 * withheld and junk numbers cost nothing, and short codes and extensions (fewer significant digits than the region's
 * numbers have, from libphonenumber's metadata: {@code SignificantDigits}) are never searched; {@link PhoneFieldMatcher} tells whether a stored phone value is the caller's
 * number, and {@link PhoneMasking} masks numbers for logs and Task subjects. Layer: shared, used by the lookup, the pop
 * and the call log. It is plain code over libphonenumber and depends on no other ctibridge package.
 */
package io.ctibridge.core.phone;
