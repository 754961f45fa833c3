package org.gongkai.model;

import java.time.LocalDate;

/**
 * An index number as the ledger records it, read into its parts (for listings).
 *
 * @param index the 索引号
 * @param organCode its organ code part
 * @param year its year part
 * @param path the document it was issued to
 * @param title the document's title when last seen
 * @param assigned the day it was issued
 * @param active whether a document carries it (retired otherwise)
 * @param imported whether it came from an older site
 */
public record IndexNumber(
    String index, String organCode, int year, String path, String title, LocalDate assigned,
    boolean active, boolean imported) {}
