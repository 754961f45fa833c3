/**
 * The only code that writes files. Output paths are checked to stay inside the output folder;
 * a site is written to a fresh temporary folder next to the output and swapped in only when the
 * whole build succeeded, so a failed build leaves the previous output exactly as it was. Source
 * files (index numbers, masking fixes) are replaced atomically.
 */
package org.gongkai.publish;
