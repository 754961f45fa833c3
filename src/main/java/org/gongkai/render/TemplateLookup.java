package org.gongkai.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.gongkai.source.SiteFolder;

/**
 * Where a template or theme asset comes from: the site's {@code templates/} folder first, then the
 * theme bundled in gongkai's jar. A name may not leave either folder, and a site file that is a
 * link out of the site is never read ({@link Origin#OUTSIDE}).
 */
public final class TemplateLookup {

  /** The classpath folder of the bundled theme (the repository's templates/ folder). */
  public static final String BUNDLED_ROOT = "org/gongkai/theme/";

  /** Where a name was found. */
  public enum Origin {
    SITE,
    BUNDLED,
    /** The site's file is a link out of the site: never read (the reader reports it). */
    OUTSIDE
  }

  /**
   * A found template or asset.
   *
   * @param display how messages name it, e.g. {@code templates/report.ftlh} or {@code
   *     (bundled theme) report.ftlh}
   */
  public record Found(String name, Origin origin, String display, Path file, URL resource) {

    public byte[] bytes() {
      try (InputStream in = open()) {
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The bytes, from the site's file or the bundled theme. */
    InputStream open() throws IOException {
      return origin == Origin.SITE ? Files.newInputStream(file) : resource.openStream();
    }

    /** A site file whose real path is outside the site: it must never be read. */
    public boolean outside() {
      return origin == Origin.OUTSIDE;
    }
  }

  private final Path siteTemplates;
  private final SiteFolder site;
  private final ClassLoader loader;

  /**
   * @param siteTemplates the site's templates/ folder (it need not exist)
   */
  public TemplateLookup(Path siteTemplates) {
    this.siteTemplates = siteTemplates.toAbsolutePath().normalize();
    this.site = SiteFolder.of(this.siteTemplates.getParent());
    this.loader = TemplateLookup.class.getClassLoader();
  }

  /** Finds a name: the site's file if there is one, else the bundled one. */
  public Optional<Found> find(String name) {
    if (!isSafe(name)) {
      return Optional.empty();
    }
    Path file = siteTemplates.resolve(name).normalize();
    if (file.startsWith(siteTemplates) && Files.isRegularFile(file)) {
      return Optional.of(new Found(name, site.inside(file) ? Origin.SITE : Origin.OUTSIDE,
          "templates/" + name, file, null));
    }
    URL resource = loader.getResource(BUNDLED_ROOT + name);
    if (resource != null) {
      return Optional.of(new Found(name, Origin.BUNDLED, "(bundled theme) " + name, null,
          resource));
    }
    return Optional.empty();
  }

  /** Template names are plain relative paths: no {@code ..}, no absolute paths. */
  static boolean isSafe(String name) {
    if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":")) {
      return false;
    }
    for (String segment : name.split("/")) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        return false;
      }
    }
    return true;
  }
}
