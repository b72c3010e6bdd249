package io.ctibridge.reliability;

/** One config fallback checked: what, whether it held, and what was seen. */
public record ConfigCheck(String name, boolean passed, String detail) {}
