package org.gongkai.model;

/**
 * A section of an annual report's text as written: a {@code ## } heading and the Markdown under
 * it up to the next one.
 *
 * @param heading the heading's text, e.g. 一、总体情况
 * @param text the Markdown under the heading
 * @param line the file line of the heading
 * @param textLine the file line the text starts on
 */
public record ReportSection(String heading, String text, int line, int textLine) {}
