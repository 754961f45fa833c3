/**
 * {@code gongkai serve}: the preview while editing. {@link org.gongkai.serve.PreviewSite} runs
 * the pipeline into an in-memory sink (never the output folder, never the site's own files) and
 * keeps the last good site; {@link org.gongkai.serve.PreviewServer} serves it over HTTP (the
 * JDK's {@code com.sun.net.httpserver}), rendering a page when it is asked for, with the problems
 * shown over every page and a Server-Sent Events stream that reloads open tabs;
 * {@link org.gongkai.serve.SiteWatcher} rebuilds when a file is saved.
 */
package org.gongkai.serve;
