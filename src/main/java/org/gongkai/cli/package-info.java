/**
 * The command line: picocli commands that turn options into a {@link org.gongkai.Gongkai} call and
 * its result into output and an exit code (0 success, 1 content errors, 2 usage errors). No logic
 * of its own.
 */
package org.gongkai.cli;
