/**
 * Departments' spreadsheets in and out: reads a task table from {@code .xlsx} (streaming),
 * {@code .xls} and {@code .csv} into the content model, writes task lists as diff-friendly YAML,
 * writes one locked workbook per responsible unit, and merges the returned workbooks into a new
 * period. Spreadsheets are untrusted input: every reader is bounded ({@link SheetLimits}), reads
 * formulas' cached values only and follows no link. Nothing here writes a file: workbooks and
 * YAML are returned as bytes for {@code publish} to write.
 */
package org.gongkai.sheet;
