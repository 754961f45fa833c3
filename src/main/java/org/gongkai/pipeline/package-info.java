/**
 * The pipeline the facade runs: read the site, check it, plan its index numbers, assemble its
 * pages, and put every output file through ONE render loop into an {@link
 * org.gongkai.pipeline.OutputSink}: the disk ({@link org.gongkai.pipeline.DiskSink}, over the
 * {@code publish.SiteWriter} and the build cache), nowhere ({@link
 * org.gongkai.pipeline.InspectSink}: {@code check} renders only to inspect), or memory (the preview
 * server's sink). The CLI, the Maven goals and {@code serve} all go through it.
 */
package org.gongkai.pipeline;
