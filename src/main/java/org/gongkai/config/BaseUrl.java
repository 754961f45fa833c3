package org.gongkai.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import org.gongkai.model.Text;

/**
 * The address a site is served at ({@code baseUrl} in site.yaml, {@code --base-url}, Maven's
 * {@code baseUrl}): it is printed into every page, feed and data file, so it must be an absolute
 * http(s) address with a host, and nothing a reader should not see or that would break every
 * link: no user name or password ({@code https://admin:secret@…}), no query, no fragment.
 */
public final class BaseUrl {

  private BaseUrl() {}

  /** What is wrong with an address, or empty when it may be used. */
  public static Optional<Text> refusal(String written) {
    URI uri;
    try {
      uri = new URI(written.strip());
    } catch (URISyntaxException e) {
      return Optional.of(Text.of("config.base-url", written));
    }
    if (!uri.isAbsolute() || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
        || uri.getHost() == null) {
      return Optional.of(Text.of("config.base-url", written));
    }
    if (uri.getRawUserInfo() != null) {
      return Optional.of(Text.of("config.base-url-credentials", written));
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      return Optional.of(Text.of("config.base-url-query", written));
    }
    return Optional.empty();
  }
}
