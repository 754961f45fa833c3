/**
 * The site search index (站内搜索): the public text of every published document, taken from the
 * views its page shows, written as static files that the theme's {@code assets/search.js} reads
 * in the browser. Positional postings of overlapping character bigrams, sharded by bigram, find
 * every document containing a phrase as a substring; the stored text gives the snippets. The
 * format is described in docs/search-index.md. Building the index returns bytes; it writes
 * nothing.
 */
package org.gongkai.search;
