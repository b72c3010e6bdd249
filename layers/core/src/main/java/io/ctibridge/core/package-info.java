/**
 * The ctibridge core library, shipped as the functions' shared Lambda layer; this package holds no classes and records
 * how its subpackages are layered. Handlers (in the functions/ modules) get their services from the composition root:
 * {@link io.ctibridge.core.root.CompositionRoot} builds the jobs ({@code lookup}, {@code pop}, {@code calllog} and its
 * subpackages) from one {@link io.ctibridge.core.root.OutsideWorld}, and
 * {@link io.ctibridge.core.priming.SnapStartPriming} warms them before a SnapStart snapshot. The jobs use the shared
 * packages: {@code config.*}, {@code contact}, {@code poptoken}, {@code salesforce.*}, {@code phone}, {@code aws},
 * {@code observability} and {@code time}. Dependencies point down that order, never up: no job or shared package
 * imports {@code root} or {@code priming}, and no shared package imports a job. No class here imports the functions,
 * tools/ or testing/ (only the layer's tests use testing/testkit and testing/sf-emulator).
 */
package io.ctibridge.core;
