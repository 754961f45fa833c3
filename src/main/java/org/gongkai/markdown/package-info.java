/**
 * The one CommonMark parser and renderer (GFM tables) for report bodies. Raw HTML is escaped,
 * never passed through; link and image addresses are sanitised; links to other content files are
 * rewritten to their pages' URLs.
 */
package org.gongkai.markdown;
