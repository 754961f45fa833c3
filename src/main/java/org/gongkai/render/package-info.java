/**
 * Rendering pages with FreeMarker: the one {@code Configuration} (HTML auto-escaping for
 * {@code .ftlh}, no {@code ?api}, no {@code ?new}), template lookup (the site's templates/ before
 * the bundled theme), and the theme's static assets. Rendering returns bytes; it writes nothing.
 */
package org.gongkai.render;
