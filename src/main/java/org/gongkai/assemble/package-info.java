/**
 * From the model to pages: which documents are published, their URLs, the column listings and
 * their pagination, breadcrumbs, unit pages, the government meta tags of each page kind, and the
 * public view of withheld content (built by copying what may be shown, never by deleting what may
 * not). Nothing here renders or writes.
 */
package org.gongkai.assemble;
