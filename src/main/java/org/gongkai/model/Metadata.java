package org.gongkai.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The publishing metadata every document carries, as written (defaults not yet applied: an absent
 * text is {@code null}).
 *
 * @param title 标题
 * @param index 索引号, or {@code null} when not yet assigned
 * @param disclosure 公开方式
 * @param publisher 发布机构, {@code null} for the site's default
 * @param written 成文日期
 * @param published 发布日期
 * @param topic 主题分类 as written
 * @param docNumber 发文字号
 * @param source 信息来源, {@code null} for the publisher
 * @param keywords 关键词
 * @param description 摘要, {@code null} for the start of the body
 * @param validity 有效性
 * @param updated 更新日期
 * @param changes 更新说明
 * @param attachments 附件
 * @param draft 草稿: never published
 * @param slug the file part of the URL, {@code null} for the file name
 * @param allow values published on purpose (see {@link Allowance})
 */
public record Metadata(
    String title,
    String index,
    Disclosure disclosure,
    String publisher,
    LocalDate written,
    PublishTime published,
    String topic,
    String docNumber,
    String source,
    List<String> keywords,
    String description,
    String validity,
    LocalDate updated,
    List<Change> changes,
    List<Attachment> attachments,
    boolean draft,
    String slug,
    List<Allowance> allow) {

  public Metadata {
    disclosure = disclosure == null ? Disclosure.ACTIVE : disclosure;
    keywords = List.copyOf(keywords);
    changes = List.copyOf(changes);
    attachments = List.copyOf(attachments);
    allow = List.copyOf(allow);
  }

  /**
   * Whether the document is on the site at {@code now}: 主动公开, not a draft, and its
   * publication time has come.
   */
  public boolean isPublicAt(java.time.LocalDateTime now) {
    return !draft && disclosure == Disclosure.ACTIVE && published != null
        && !published.value().isAfter(now);
  }

  /** A copy with another index number, for the ledger's assignments. */
  public Metadata withIndex(String newIndex) {
    return new Metadata(title, newIndex, disclosure, publisher, written, published, topic,
        docNumber, source, keywords, description, validity, updated, changes, attachments, draft,
        slug, allow);
  }

  /** A copy with another title and draft flag (the preview's marked drafts). */
  public Metadata withTitle(String newTitle, boolean newDraft) {
    return new Metadata(newTitle, index, disclosure, publisher, written, published, topic,
        docNumber, source, keywords, description, validity, updated, changes, attachments,
        newDraft, slug, allow);
  }
}
