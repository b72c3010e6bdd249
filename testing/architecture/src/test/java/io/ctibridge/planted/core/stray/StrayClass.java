package io.ctibridge.planted.core.stray;

/** Breaks R1's completeness: a core package that is in no layer. */
public class StrayClass {}
