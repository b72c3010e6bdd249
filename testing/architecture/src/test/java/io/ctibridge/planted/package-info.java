/**
 * Tiny classes laid out like the production packages under {@code io.ctibridge.planted}, for {@code
 * PlantedViolationsTest}: a clean set that passes every rule (handler, root, lookup job, config) and classes that
 * each break one rule.
 */
package io.ctibridge.planted;
