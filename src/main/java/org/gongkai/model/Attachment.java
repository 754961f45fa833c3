package org.gongkai.model;

/**
 * A file attached to a document (附件).
 *
 * @param path the file, relative to the site folder (e.g. {@code content/zwgk/files/a.pdf})
 * @param title the link text
 * @param size the file's size in bytes
 */
public record Attachment(String path, String title, long size) {}
