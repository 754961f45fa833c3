package org.gongkai.model;

import java.time.LocalDate;

/** One entry of a document's change history (更新说明). */
public record Change(LocalDate date, String note) {}
