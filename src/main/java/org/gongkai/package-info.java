/**
 * gongkai's public API: the {@link org.gongkai.Gongkai} facade, built once with a builder, runs the
 * pipeline stages in order ({@code source → config → markdown → index → assemble → check / render
 * → publish}) and returns a {@link org.gongkai.BuildResult}. The CLI and the Maven goals are thin
 * adapters over it.
 */
package org.gongkai;
