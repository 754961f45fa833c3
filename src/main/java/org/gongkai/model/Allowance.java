package org.gongkai.model;

/**
 * A value a document publishes on purpose although a check would flag it (a public hotline, say),
 * and the reason given for it.
 */
public record Allowance(String value, String reason, Location location) {}
