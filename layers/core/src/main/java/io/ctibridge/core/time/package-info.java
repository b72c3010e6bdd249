/**
 * Time budgets. {@link Deadline} is a point by which work must be done, on the monotonic clock so that wall-clock jumps
 * (NTP, a SnapStart restore) cannot stretch or shrink it; it is passed down to every Salesforce HTTP call, so one
 * deadline bounds a whole operation. {@link LambdaBudget} is the one place that reads Lambda's remaining time, less a
 * margin kept to answer and log. Layer: shared, at the bottom: it depends on no other ctibridge package, only on the
 * Lambda runtime's {@code Context} type.
 */
package io.ctibridge.core.time;
