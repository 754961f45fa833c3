package org.gongkai.render;

import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;
import org.gongkai.model.Text;
import org.gongkai.model.TextIOException;

/** FreeMarker's view of {@link TemplateLookup}. */
final class ThemeTemplateLoader implements TemplateLoader {

  private final TemplateLookup lookup;

  ThemeTemplateLoader(TemplateLookup lookup) {
    this.lookup = lookup;
  }

  @Override
  public Object findTemplateSource(String name) {
    Optional<TemplateLookup.Found> found = lookup.find(name);
    return found.orElse(null);
  }

  @Override
  public long getLastModified(Object source) {
    TemplateLookup.Found found = (TemplateLookup.Found) source;
    try {
      return found.origin() == TemplateLookup.Origin.SITE
          ? Files.getLastModifiedTime(found.file()).toMillis() : -1;
    } catch (IOException e) {
      return -1;
    }
  }

  @Override
  public Reader getReader(Object source, String encoding) throws IOException {
    TemplateLookup.Found found = (TemplateLookup.Found) source;
    if (found.outside()) {
      throw new TextIOException(Text.of("source.symlink-outside", found.display()));
    }
    return new InputStreamReader(found.open(), StandardCharsets.UTF_8);
  }

  @Override
  public void closeTemplateSource(Object source) {
    // nothing is held open between calls
  }
}
