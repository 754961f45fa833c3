/**
 * Reading source files: strict UTF-8, front matter, YAML with line and column marks and YAML 1.2
 * booleans, English keys or their Chinese labels, and the parse of reports and task lists into the
 * model. Everything found wrong becomes a located {@link org.gongkai.model.Problem}.
 */
package org.gongkai.source;
