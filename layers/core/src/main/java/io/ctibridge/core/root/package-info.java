/**
 * The composition root: the one place where ctibridge's services are built, each from one {@link OutsideWorld} value
 * (deployment settings, AWS clients, Salesforce transport, clock, log sink). Callers use {@link CompositionRoot}: a
 * Lambda handler's no-arg constructor is one line over {@link CompositionRoot#lambda()}, while the CLI, the local
 * stack, the benchmarks and the reliability suite pass a world of their own, made with
 * {@link OutsideWorld#fromEnvironment} or its {@code with...} methods. {@link DeploymentSettings} reads the environment
 * variables template.yaml sets, and {@link SalesforceTransport} is the HTTP client and credentials source every
 * Salesforce call goes through. Layer: composition root, between the handlers and the jobs; it may import any job or
 * shared package, so a new collaborator is wired here once, and building does no I/O (secrets and the Salesforce
 * session are fetched on first use). It must not depend on {@code priming} (priming builds on the root, not the
 * reverse), and no job or shared package may import it.
 */
package io.ctibridge.core.root;
