/**
 * Where logs and metrics go. {@link JsonLog} writes one JSON object per line, which CloudWatch Logs Insights can query
 * by field; {@link EmfMetrics} writes metrics in CloudWatch's Embedded Metric Format, so a metric costs no API call;
 * {@link LogSink} says where both go and from which level (stdout in Lambda, a buffer in tests, nowhere for priming).
 * Services get theirs from {@link io.ctibridge.core.root.CompositionRoot#log(Class)} and
 * {@link io.ctibridge.core.root.CompositionRoot#metrics(String)}, which take them from the outside world's sink.
 * Nothing here can tell a phone number from any other string, so callers pass numbers already masked. Layer: shared,
 * used by nearly every package; it depends on no other ctibridge package.
 */
package io.ctibridge.core.observability;
