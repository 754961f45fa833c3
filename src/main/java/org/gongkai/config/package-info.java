/**
 * The site's configuration: {@code site.yaml}, {@code units.yaml}, the column tree with its
 * {@code _column.yaml} files, and the 主题分类 list; and {@link org.gongkai.config.SiteReader},
 * which reads a whole site folder into a {@link org.gongkai.model.Site}.
 */
package org.gongkai.config;
