package org.gongkai.check;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.gongkai.assemble.Page;
import org.gongkai.assemble.SitePlan;
import org.gongkai.model.Document;
import org.gongkai.model.Location;
import org.gongkai.model.Problem;
import org.gongkai.model.Text;
import org.gongkai.source.FileHash;

/**
 * The checks of what a build writes, fed every output file as it is rendered (from any thread):
 * every internal link, fragment, image and attachment must resolve (rule {@code link-broken});
 * external links are listed ({@code link-external}); and no output file may contain the text of
 * withheld progress, drafts, scheduled or non-public documents, whatever template or feature put
 * it there (the leak guard, rule {@code leak}).
 */
public final class OutputChecks {

  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern MARKUP = Pattern.compile("\\]\\([^)]*\\)|[*_`#>|~\\[\\]]");

  private final String baseUrl;
  private final URI base;
  private final Map<String, String> sourceOfPage = new ConcurrentHashMap<>();
  private final Set<String> files = ConcurrentHashMap.newKeySet();
  private final Map<String, Set<String>> ids = new ConcurrentHashMap<>();
  /** Link target (output path and fragment) → the first page linking to it. */
  private final Map<String, String> links = new ConcurrentHashMap<>();
  /** External URL → the first page linking to it. */
  private final Map<String, String> external = new ConcurrentHashMap<>();
  /** The footer's filing and 找错 links, on every page alike: not listed page by page. */
  private final List<String> footerLinks;
  private final List<Secret> secrets;
  private final Map<String, Problem> leaks = new ConcurrentHashMap<>();

  /**
   * A withheld text as it would appear in an output file: as written, HTML-escaped, JSON-escaped
   * or CSV-quoted.
   */
  private record Secret(String text, List<String> forms, SitePlan.Secret origin) {

    Secret(String text, SitePlan.Secret origin) {
      this(text, java.util.stream.Stream.of(text, escape(text),
          text.replace("\\", "\\\\").replace("\"", "\\\""), text.replace("\"", "\"\""))
          .distinct().toList(), origin);
    }
  }

  private final SourceLocator locator;

  /**
   * @param siteDir the site folder, to point broken links at their line in the document
   */
  public OutputChecks(SitePlan plan, String baseUrl, java.nio.file.Path siteDir) {
    this.baseUrl = baseUrl;
    this.locator = new SourceLocator(siteDir);
    this.base = URI.create(baseUrl);
    this.footerLinks = plan.site() == null ? List.of() : plan.site().footer().links();
    for (Page page : plan.pages()) {
      // a page that fails to render is reported as such, not as every link to it
      files.add(page.path());
      if (page.source() != null) {
        sourceOfPage.put(page.path(), page.source());
      }
    }
    this.secrets = secrets(plan);
    this.secretFiles = secretFiles(plan, siteDir);
    for (SitePlan.Copy c : plan.copies()) {
      if (c.from().startsWith("content/")) {
        attachmentOf.put(c.to(), c.from());
      }
    }
  }

  /** The source of every attachment by output path: its type is checked as it is copied. */
  private final Map<String, String> attachmentOf = new java.util.HashMap<>();
  private final Map<String, Problem> refusedAttachments = new ConcurrentHashMap<>();

  /** An unpublished attachment, known by its size and SHA-256. */
  private record SecretFile(SitePlan.SecretFile origin, long size, String hash) {}

  /** The unpublished attachments by size: only an output file of the same size is hashed. */
  private final Map<Long, List<SecretFile>> secretFiles;

  private static Map<Long, List<SecretFile>> secretFiles(SitePlan plan,
      java.nio.file.Path siteDir) {
    Map<Long, List<SecretFile>> out = new java.util.HashMap<>();
    if (siteDir == null) {
      return out;
    }
    for (SitePlan.SecretFile f : plan.secretFiles()) {
      java.nio.file.Path file = siteDir.resolve(f.path());
      try {
        long size = java.nio.file.Files.size(file);
        out.computeIfAbsent(size, k -> new ArrayList<>())
            .add(new SecretFile(f, size, FileHash.of(file)));
      } catch (java.io.IOException e) {
        // unreadable: it cannot be copied either
      }
    }
    return out;
  }

  /** The leak guard for files: an output file with the bytes of an unpublished attachment. */
  private void secretFile(String path, long size, java.util.concurrent.Callable<String> hash) {
    List<SecretFile> candidates = secretFiles.get(size);
    if (candidates == null) {
      return;
    }
    String h;
    try {
      h = hash.call();
    } catch (Exception e) {
      return;
    }
    for (SecretFile s : candidates) {
      if (s.hash().equals(h)) {
        leaks.putIfAbsent(path + "\n" + s.origin().path(), Problem.error(
            Location.of(s.origin().path()), "leak",
            Text.of("check.leak-file", path, s.origin().why()), Text.of("check.leak-hint")));
      }
    }
  }

  /** A page or other generated file, with its bytes. */
  public void file(String path, byte[] bytes) {
    files.add(path);
    secretFile(path, bytes.length, () -> FileHash.of(bytes));
    String attachment = attachmentOf.get(path);
    if (attachment != null) {
      AttachmentTypes.check(attachment, bytes)
          .ifPresent(p -> refusedAttachments.put(attachment, p));
    }
    String ext = path.substring(path.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
    boolean html = ext.equals("html") || ext.equals("htm");
    if (html) {
      links(path, bytes);
    }
    if (secrets.isEmpty()) {
      return;
    }
    // every file, whatever its name: text read as UTF-8 (bytes that are not become U+FFFD, so
    // the text embedded in a binary format is read too), and the entries of a zip archive
    // (docx, xlsx, odt, ofd…) inflated
    scan(path, new String(bytes, StandardCharsets.UTF_8), markup(ext));
    if (Zips.isZip(bytes)) {
      Zips.entries(new java.io.ByteArrayInputStream(bytes), (name, text) ->
          scan(path, text, markup(name)));
    }
  }

  /** Whether a file's text is markup, whose words are read without their tags as well. */
  private static boolean markup(String name) {
    String n = name.toLowerCase(java.util.Locale.ROOT);
    return n.endsWith("html") || n.endsWith("htm") || n.endsWith("xml") || n.endsWith("svg");
  }

  /** The leak guard on one text of an output file. */
  private void scan(String path, String text, boolean markup) {
    String words = markup ? unescape(TAG.matcher(text).replaceAll("")) : null;
    for (Secret s : secrets) {
      if (words != null && words.contains(s.text())
          || s.forms().stream().anyMatch(text::contains)) {
        leak(path, s);
      }
    }
  }

  private void leak(String path, Secret s) {
    leaks.putIfAbsent(path + "\n" + s.origin().path(), Problem.error(
        Location.of(s.origin().path()), "leak",
        Text.of("check.leak", path, s.origin().why(), shorten(s.text())),
        Text.of("check.leak-hint")));
  }

  /**
   * A page kept from the previous build unchanged: it counts as present with the ids it had; its
   * own links and text were checked when it was written, under the same site and withheld text.
   */
  public void kept(String path, List<String> pageIds) {
    files.add(path);
    ids.put(path, Set.copyOf(pageIds));
  }

  /** The ids a rendered page has (for the build cache). */
  public List<String> ids(String path) {
    Set<String> found = ids.get(path);
    return found == null ? List.of() : found.stream().sorted().toList();
  }

  /**
   * A file copied as it is, too large to be read whole: it counts as present, and it must not be
   * an unpublished attachment.
   */
  public void copied(String path, java.nio.file.Path source) {
    files.add(path);
    if (!secrets.isEmpty()) {
      scanLarge(path, source);
    }
    try {
      secretFile(path, java.nio.file.Files.size(source), () -> FileHash.of(source));
    } catch (java.io.IOException e) {
      // reported by the copy itself
    }
    String attachment = attachmentOf.get(path);
    if (attachment != null) {
      AttachmentTypes.check(attachment, source)
          .ifPresent(p -> refusedAttachments.put(attachment, p));
    }
  }

  /**
   * The leak guard on a file too large to read at once: its text read in pieces that overlap by
   * the longest form of a secret, and the entries of a zip archive.
   */
  private void scanLarge(String path, java.nio.file.Path source) {
    int overlap = secrets.stream().flatMap(s -> s.forms().stream()).mapToInt(String::length)
        .max().orElse(0);
    char[] buffer = new char[1 << 20];
    try (java.io.Reader in = new java.io.InputStreamReader(
        java.nio.file.Files.newInputStream(source), StandardCharsets.UTF_8)) {
      String carry = "";
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        String text = carry + new String(buffer, 0, n);
        scan(path, text, false);
        carry = text.substring(Math.max(0, text.length() - overlap));
      }
      try (java.io.InputStream head = java.nio.file.Files.newInputStream(source)) {
        if (Zips.isZip(head.readNBytes(4))) {
          try (java.io.InputStream zip = java.nio.file.Files.newInputStream(source)) {
            Zips.entries(zip, (name, t) -> scan(path, t, markup(name)));
          }
        }
      }
    } catch (java.io.IOException e) {
      // reported by the copy itself
    }
  }

  /** Reports what was found; call once every file has been seen. */
  public void finish(Consumer<Problem> problems) {
    Map<String, Problem> broken = new TreeMap<>();
    links.forEach((target, from) -> {
      int hash = target.indexOf('#');
      String path = hash < 0 ? target : target.substring(0, hash);
      String fragment = hash < 0 ? "" : target.substring(hash + 1);
      Text why = null;
      if (!files.contains(path)) {
        why = Text.of("check.link-no-file", path);
      } else if (!fragment.isEmpty() && ids.containsKey(path)
          && !ids.get(path).contains(fragment)) {
        why = Text.of("check.link-no-id", path, fragment);
      }
      if (why != null) {
        String source = sourceOfPage.get(from);
        String written = fragment.isEmpty() ? path.substring(path.lastIndexOf('/') + 1)
            .replaceFirst("\\.html$", "") : "#" + fragment;
        Location at = source != null ? locator.find(Location.of(source), written)
            : Location.of(from);
        broken.put(from + " " + target, Problem.error(at, "link-broken",
            Text.of("check.link-broken", from, target, why), source != null
            ? Text.of("check.link-broken-document") : Text.of("check.link-broken-template")));
      }
    });
    broken.values().forEach(problems);
    new TreeMap<>(external).forEach((url, from) -> problems.accept(Problem.note(
        Location.of(sourceOfPage.getOrDefault(from, from)), "link-external",
        Text.of("check.link-external", url), Text.NONE)));
    new TreeMap<>(leaks).values().forEach(problems);
    new TreeMap<>(refusedAttachments).values().forEach(problems);
  }

  /**
   * Collects the page's ids and resolves its href and src attributes, reading the UTF-8 bytes
   * directly: gongkai's templates and Markdown renderer always quote attributes with {@code "}.
   */
  private void links(String path, byte[] html) {
    Set<String> pageIds = new java.util.HashSet<>();
    Set<String> seen = new java.util.HashSet<>();
    int i = 0;
    int n = html.length;
    while (i < n - 5) {
      if (html[i] != ' ' && html[i] != '\n' && html[i] != '\t') {
        i++;
        continue;
      }
      int name = i + 1;
      int kind = startsWith(html, name, HREF) ? 1 : startsWith(html, name, SRC) ? 2
          : startsWith(html, name, ID) ? 3 : 0;
      if (kind == 0) {
        i++;
        continue;
      }
      int start = name + (kind == 1 ? HREF.length : kind == 2 ? SRC.length : ID.length);
      int end = start;
      while (end < n && html[end] != '"') {
        end++;
      }
      String value = unescape(new String(html, start, end - start, StandardCharsets.UTF_8));
      if (kind == 3) {
        pageIds.add(value);
      } else if (seen.add(value)) {
        resolve(path, value);
      }
      i = end + 1;
    }
    ids.put(path, pageIds);
  }

  private static final byte[] HREF = "href=\"".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] SRC = "src=\"".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ID = "id=\"".getBytes(StandardCharsets.US_ASCII);

  private static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
    if (at + prefix.length > bytes.length) {
      return false;
    }
    for (int k = 0; k < prefix.length; k++) {
      if (bytes[at + k] != prefix[k]) {
        return false;
      }
    }
    return true;
  }

  /** Link targets by page folder and href ("" for none): pages of a folder share most links. */
  private final Map<String, String> resolved = new ConcurrentHashMap<>();

  private void resolve(String from, String href) {
    if (href.startsWith("#")) {
      record(target(from, href), from);
      return;
    }
    String key = from.substring(0, from.lastIndexOf('/') + 1) + '\u0000' + href;
    String target = resolved.computeIfAbsent(key, k -> target(from, href));
    record(target, from);
  }

  private void record(String target, String from) {
    if (!target.isEmpty()) {
      links.putIfAbsent(target, from);
    }
  }

  /**
   * The output path and fragment a link from {@code from} leads to, or "" when it leaves the site
   * (then it is listed as external) or needs no check.
   */
  private String target(String from, String href) {
    if (href.isEmpty() || href.equals("#") || href.startsWith("mailto:")
        || href.startsWith("tel:") || href.startsWith("data:")) {
      return "";
    }
    URI uri;
    try {
      uri = new URI(href);
    } catch (java.net.URISyntaxException e) {
      return href;
    }
    if (uri.getScheme() != null || href.startsWith("//")) {
      String absolute = uri.getScheme() == null ? "https:" + href : href;
      if (absolute.startsWith(baseUrl)) {
        String rest = absolute.substring(baseUrl.length());
        return outputPath(rest.isEmpty() ? "index.html" : rest);
      }
      if (footerLinks.stream().noneMatch(href::startsWith)) {
        external.putIfAbsent(href, from);
      }
      return "";
    }
    if (href.startsWith("/")) {
      String root = base.getPath();
      return outputPath(href.startsWith(root) ? href.substring(root.length()) : href.substring(1));
    }
    if (href.startsWith("#")) {
      return outputPath(from + href);
    }
    String dir = from.contains("/") ? from.substring(0, from.lastIndexOf('/') + 1) : "";
    return outputPath(normalize(dir + href));
  }

  /** A decoded output path with its fragment: {@code a/} is {@code a/index.html}; no query. */
  private static String outputPath(String target) {
    int q = target.indexOf('?');
    int hash = target.indexOf('#');
    String path = target;
    String fragment = "";
    if (hash >= 0) {
      fragment = target.substring(hash);
      path = target.substring(0, hash);
    }
    if (q >= 0 && (hash < 0 || q < hash)) {
      path = path.substring(0, Math.min(path.length(), q));
    }
    path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
    if (path.isEmpty() || path.endsWith("/")) {
      path = path + "index.html";
    }
    String frag = fragment.isEmpty() ? "" : "#" + URLDecoder.decode(fragment.substring(1)
        .replace("+", "%2B"), StandardCharsets.UTF_8);
    return path + frag;
  }

  private static String normalize(String path) {
    List<String> out = new ArrayList<>();
    for (String segment : path.split("/", -1)) {
      if (segment.equals("..")) {
        if (!out.isEmpty()) {
          out.remove(out.size() - 1);
        } else {
          out.add("..");
        }
      } else if (!segment.equals(".")) {
        out.add(segment);
      }
    }
    return String.join("/", out);
  }

  private static String unescape(String attribute) {
    return attribute.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
        .replace("&gt;", ">").replace("&amp;", "&");
  }

  /**
   * The withheld texts, cut into sentences (so that an excerpt is found too), leaving out those
   * too short to mean anything and those the published documents say as well.
   */
  private static List<Secret> secrets(SitePlan plan) {
    if (plan.secrets().isEmpty()) {
      return List.of();
    }
    StringBuilder published = new StringBuilder();
    for (Document doc : plan.published()) {
      for (DocumentTexts.Text t : DocumentTexts.of(doc)) {
        published.append(t.value()).append('\n');
      }
    }
    String corpus = published.toString();
    Map<String, Secret> out = new TreeMap<>();
    for (SitePlan.Secret s : plan.secrets()) {
      for (String text : sentences(s.text())) {
        // said in a published document too: a draft's paragraph that is also online, or
        // withheld progress written in another field (WithheldElsewhereRule reports that)
        if (!corpus.contains(text)) {
          out.putIfAbsent(text, new Secret(text, s));
        }
      }
    }
    return List.copyOf(out.values());
  }

  /**
   * The parts of a withheld text that are looked for: its sentences of eight or more characters
   * (without Markdown markup), so that an excerpt is found too, and the whole text when it is one
   * line of six or more; shorter ones mean too little to be told from ordinary words.
   */
  static List<String> sentences(String withheld) {
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    for (String sentence : withheld.split("[。！？；;!?\\n]")) {
      String text = MARKUP.matcher(sentence).replaceAll("").strip();
      if (text.codePointCount(0, text.length()) >= 8) {
        out.add(text);
      }
    }
    String whole = withheld.strip();
    if (whole.codePointCount(0, whole.length()) >= 6 && !whole.contains("\n")) {
      out.add(whole);
    }
    return List.copyOf(out);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;").replace("'", "&#39;");
  }

  private static String shorten(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
