package org.gongkai.config;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.time.LocalDate;
import org.gongkai.model.Text;
import org.gongkai.model.CheckSettings;
import org.gongkai.model.Column;
import org.gongkai.model.Document;
import org.gongkai.model.Location;
import org.gongkai.model.Problem;
import org.gongkai.model.Progress;
import org.gongkai.model.Site;
import org.gongkai.model.SiteConfig;
import org.gongkai.model.SiteIdentity;
import org.gongkai.model.Topics;
import org.gongkai.model.Unit;
import org.gongkai.source.ContentTree;
import org.gongkai.source.Dates;
import org.gongkai.source.DocumentParser;
import org.gongkai.source.DocumentSource;
import org.gongkai.source.MappingReader;
import org.gongkai.source.SiteFolder;
import org.gongkai.source.Utf8Text;
import org.gongkai.source.Yaml12;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a whole site folder: site.yaml, units.yaml, the column tree and every document. Documents
 * are parsed in parallel; the result is in a fixed order whatever the scheduling.
 */
public final class SiteReader {

  public static final String SITE_FILE = "site.yaml";
  public static final String UNITS_FILE = "units.yaml";
  /** The site's own templates and theme assets, read by the render stage. */
  private static final String TEMPLATES = "templates";

  private static final Pattern SITE_CODE = Pattern.compile("\\d{10}|bm\\d{8}");
  /** What {@code partyGovMark} says for a site that is not a 党政机关 site and has no mark. */
  private static final Set<String> NO_MARK = Set.of("none", "无");
  private static final Pattern INTERVAL = Pattern.compile("(\\d+)\\s*([dwMy])");
  private static final Pattern PERMALINK_TOKEN = Pattern.compile("\\{([^}]*)}");
  private static final List<String> PERMALINK_TOKENS =
      List.of("column", "yyyy", "mm", "dd", "slug");

  private SiteReader() {}

  /** Reads everything; problems are reported to {@code problems} (which must be thread-safe). */
  public static Site read(Path siteDir, Consumer<Problem> problems) {
    return read(siteDir, problems, new DocumentParser(siteDir), Progress.NONE);
  }

  /**
   * Reads everything, the documents from {@code source} (a parser, or a cache of parsed
   * documents), reporting the documents read to {@code progress} as stage {@code READ}.
   */
  public static Site read(
      Path siteDir, Consumer<Problem> problems, DocumentSource source, Progress progress) {
    Set<String> unread = new HashSet<>();
    SiteConfig config = readConfig(siteDir, problems, unread);
    SiteFolder.of(siteDir).reportLinksOut(TEMPLATES, problems);
    List<Unit> units = readUnits(siteDir, problems, unread);
    ContentTree tree = ContentTree.scan(siteDir, problems);
    List<Column> columns = new ArrayList<>();
    for (String path : tree.columns()) {
      columns.add(readColumn(siteDir, path, problems, unread));
    }
    int total = tree.documents().size();
    progress.started(Progress.Stage.READ, total);
    AtomicInteger done = new AtomicInteger();
    List<Document> documents = tree.documents().parallelStream()
        .map(rel -> {
          Optional<Document> doc = source.parse(rel, columnOf(rel), problems);
          progress.advanced(Progress.Stage.READ, done.incrementAndGet(), total);
          return doc;
        })
        .flatMap(Optional::stream)
        .toList();
    java.util.Set<String> read = new java.util.HashSet<>();
    documents.forEach(d -> read.add(d.source().path()));
    List<String> unreadable = tree.documents().stream().filter(p -> !read.contains(p)).toList();
    return new Site(config, units, columns, documents, tree.files(), unreadable, unread);
  }

  private static String columnOf(String documentPath) {
    return documentPath.substring("content/".length(), documentPath.lastIndexOf('/'));
  }

  /** Reads site.yaml, applying defaults. */
  public static SiteConfig readConfig(Path siteDir, Consumer<Problem> problems) {
    return readConfig(siteDir, problems, new HashSet<>());
  }

  /**
   * Reads site.yaml, applying defaults, and adds to {@code unread} what could not be read:
   * {@code site.yaml} itself, or {@code site.yaml#key} for a key whose value was wrong.
   */
  private static SiteConfig readConfig(
      Path siteDir, Consumer<Problem> problems, Set<String> unread) {
    Path file = siteDir.resolve(SITE_FILE);
    Optional<MappingReader> reader = Optional.empty();
    if (!Files.isRegularFile(file)) {
      problems.accept(Problem.error(Location.of(SITE_FILE), "site-layout",
          Text.of("config.no-site-file", siteDir.toAbsolutePath().normalize().toString()),
          Text.of("config.no-site-file-hint")));
    } else {
      boolean[] reported = {false};
      Consumer<Problem> counted = p -> {
        reported[0] |= p.isError();
        problems.accept(p);
      };
      reader = SiteFolder.of(siteDir).readText(SITE_FILE, counted)
          .flatMap(text -> Yaml12.compose(text, SITE_FILE, 1, ConfigKeys.SITE.allNames(),
              counted))
          .filter(node -> mapping(node, SITE_FILE, counted))
          .map(node -> MappingReader.of(node, ConfigKeys.SITE, SITE_FILE, 1, problems));
      if (reader.isEmpty() && !reported[0]) {
        problems.accept(Problem.error(Location.of(SITE_FILE), "missing-field",
            Text.of("config.site-file-empty"), Text.of("config.site-file-empty-hint")));
      }
    }
    if (reader.isEmpty()) {
      unread.add(SITE_FILE);
      return new SiteConfig("", "", "", "https://example.gov.cn/", "", null,
          SiteConfig.DEFAULT_INDEX_PATTERN, TopicList.bundled(), SiteConfig.DEFAULT_PERMALINK,
          SiteConfig.DEFAULT_PAGE_SIZE, SiteConfig.DEFAULT_ZONE, "", List.of(),
          new CheckSettings(List.of("*.gov.cn"), SpamTerms.builtIn(), List.of(),
              SpamTerms.knownPlatforms()), SiteIdentity.none(), Map.of());
    }
    MappingReader r = reader.get();
    String name = r.requiredText(ConfigKeys.NAME).orElse("");
    String siteCode = r.requiredText(ConfigKeys.SITE_CODE).orElse("");
    if (!siteCode.isEmpty() && !SITE_CODE.matcher(siteCode).matches()) {
      r.errorAt(ConfigKeys.SITE_CODE, "site-code", Text.of("config.site-code", siteCode),
          Text.of("config.site-code-hint"));
    }
    String baseUrl = r.requiredText(ConfigKeys.BASE_URL).map(u -> baseUrl(u, r)).orElse(
        "https://example.gov.cn/");
    String domain = r.text(ConfigKeys.DOMAIN).orElseGet(() -> URI.create(baseUrl).getHost());
    Topics topics = r.value(ConfigKeys.TOPICS)
        .flatMap(n -> TopicList.read(n, SITE_FILE, 1, p -> {
          if (p.isError()) {
            unread.add(SITE_FILE + "#" + ConfigKeys.TOPICS.key());
          }
          problems.accept(p);
        }))
        .orElseGet(TopicList::bundled);
    String permalink = r.text(ConfigKeys.PERMALINK).orElse(SiteConfig.DEFAULT_PERMALINK);
    checkPermalink(permalink, r);
    ZoneId zone = r.text(ConfigKeys.TIMEZONE).map(z -> {
      try {
        return ZoneId.of(z);
      } catch (DateTimeException e) {
        r.errorAt(ConfigKeys.TIMEZONE, "timezone", Text.of("config.timezone", z),
            Text.of("config.timezone-hint"));
        return SiteConfig.DEFAULT_ZONE;
      }
    }).orElse(SiteConfig.DEFAULT_ZONE);
    SiteConfig config = new SiteConfig(name, domain, siteCode, baseUrl,
        r.text(ConfigKeys.PUBLISHER).orElse(""),
        r.text(ConfigKeys.ORGAN_CODE).orElse(null),
        r.text(ConfigKeys.INDEX_PATTERN).orElse(SiteConfig.DEFAULT_INDEX_PATTERN),
        topics, permalink,
        r.positiveInt(ConfigKeys.PAGE_SIZE).orElse(SiteConfig.DEFAULT_PAGE_SIZE),
        zone, r.text(ConfigKeys.SITE_DESCRIPTION).orElse(name),
        r.textList(ConfigKeys.SITE_KEYWORDS), checkSettings(r), identity(r), r.locations());
    r.failedKeys().forEach(k -> unread.add(SITE_FILE + "#" + k));
    return config;
  }

  /** Whether a settings file holds a mapping; anything else is reported. */
  private static boolean mapping(Node node, String path, Consumer<Problem> problems) {
    if (node instanceof org.yaml.snakeyaml.nodes.MappingNode) {
      return true;
    }
    MappingReader.of(node, ConfigKeys.SITE, path, 1, problems);
    return false;
  }

  private static CheckSettings checkSettings(MappingReader r) {
    List<String> domains = r.has(ConfigKeys.ALLOWED_LINK_DOMAINS)
        ? r.textList(ConfigKeys.ALLOWED_LINK_DOMAINS) : List.of("*.gov.cn");
    List<String> terms = new ArrayList<>(r.has(ConfigKeys.SPAM_TERMS)
        ? r.textList(ConfigKeys.SPAM_TERMS) : SpamTerms.builtIn());
    terms.addAll(r.textList(ConfigKeys.EXTRA_SPAM_TERMS));
    List<LocalDate> holidays = new ArrayList<>();
    for (String day : r.textList(ConfigKeys.HOLIDAYS)) {
      Dates.Result<LocalDate> d = Dates.date(day);
      if (d.ok()) {
        holidays.add(d.value());
      } else {
        r.errorAt(ConfigKeys.HOLIDAYS, "date-format", ConfigKeys.HOLIDAYS.says(d.message()),
            d.hint());
      }
    }
    List<String> platforms = new ArrayList<>(SpamTerms.knownPlatforms());
    platforms.addAll(r.textList(ConfigKeys.KNOWN_PLATFORMS));
    return new CheckSettings(domains, terms.stream().distinct().toList(), holidays,
        platforms.stream().distinct().toList());
  }

  private static SiteIdentity identity(MappingReader r) {
    boolean markNone = r.value(ConfigKeys.PARTY_GOV_MARK)
        .filter(n -> n instanceof ScalarNode s && NO_MARK.contains(s.getValue().strip()))
        .isPresent();
    Optional<MappingReader> mark = markNone ? Optional.empty()
        : r.mapping(ConfigKeys.PARTY_GOV_MARK, ConfigKeys.MARK);
    String image = mark.flatMap(m -> m.requiredText(ConfigKeys.MARK_IMAGE)).orElse(null);
    if (image != null && !image.startsWith("static/")) {
      mark.get().errorAt(ConfigKeys.MARK_IMAGE, "party-gov-mark",
          Text.of("config.mark-image", image), Text.of("config.mark-image-hint"));
      image = null;
    }
    String contact = r.text(ConfigKeys.CONTACT_PAGE).orElse(null);
    if (contact != null && !contact.startsWith("/")) {
      r.errorAt(ConfigKeys.CONTACT_PAGE, "contact-page", Text.of("config.contact-page", contact),
          Text.of("config.contact-page-hint"));
      contact = null;
    }
    String errorReport = r.text(ConfigKeys.ERROR_REPORT_URL)
        .orElse(SiteIdentity.DEFAULT_ERROR_REPORT_URL);
    if (!errorReport.startsWith("https://") && !errorReport.startsWith("http://")) {
      r.errorAt(ConfigKeys.ERROR_REPORT_URL, "error-report-url",
          Text.of("config.error-report-url", errorReport),
          Text.of("config.error-report-url-hint", SiteIdentity.DEFAULT_ERROR_REPORT_URL));
      errorReport = SiteIdentity.DEFAULT_ERROR_REPORT_URL;
    }
    return new SiteIdentity(r.text(ConfigKeys.SPONSOR).orElse(null),
        r.text(ConfigKeys.ORGANIZER).orElse(null), r.text(ConfigKeys.PHONE).orElse(null),
        r.text(ConfigKeys.ADDRESS).orElse(null), r.text(ConfigKeys.ICP).orElse(null),
        r.text(ConfigKeys.POLICE_RECORD).orElse(null), image,
        mark.flatMap(m -> m.text(ConfigKeys.MARK_LINK)).orElse(null), markNone, contact,
        errorReport);
  }

  private static String baseUrl(String written, MappingReader r) {
    Optional<Text> refusal = BaseUrl.refusal(written);
    if (refusal.isEmpty()) {
      return written.endsWith("/") ? written : written + "/";
    }
    r.errorAt(ConfigKeys.BASE_URL, "base-url", refusal.get(), Text.of("config.base-url-hint"));
    return "https://example.gov.cn/";
  }

  private static void checkPermalink(String permalink, MappingReader r) {
    if (!permalink.startsWith("/") || permalink.contains("..") || permalink.contains("\\")
        || !permalink.contains("{slug}")) {
      r.errorAt(ConfigKeys.PERMALINK, "permalink", Text.of("config.permalink", permalink),
          Text.of("config.permalink-hint", SiteConfig.DEFAULT_PERMALINK));
      return;
    }
    Matcher m = PERMALINK_TOKEN.matcher(permalink);
    while (m.find()) {
      if (!PERMALINK_TOKENS.contains(m.group(1))) {
        r.errorAt(ConfigKeys.PERMALINK, "permalink", Text.of("config.permalink-token",
            "{" + m.group(1) + "}"), Text.of("config.permalink-token-hint"));
      }
    }
  }

  /** Reads units.yaml; a site without one has no known units. */
  public static List<Unit> readUnits(Path siteDir, Consumer<Problem> problems) {
    return readUnits(siteDir, problems, new HashSet<>());
  }

  /** Reads units.yaml, adding it to {@code unread} when a unit could not be read. */
  private static List<Unit> readUnits(
      Path siteDir, Consumer<Problem> reported, Set<String> unread) {
    Path file = siteDir.resolve(UNITS_FILE);
    List<Unit> units = new ArrayList<>();
    if (!Files.isRegularFile(file)) {
      return units;
    }
    Consumer<Problem> problems = p -> {
      if (p.isError()) {
        unread.add(UNITS_FILE);
      }
      reported.accept(p);
    };
    Optional<Node> node = SiteFolder.of(siteDir).readText(UNITS_FILE, problems)
        .flatMap(text -> Yaml12.compose(text, UNITS_FILE, 1, ConfigKeys.UNIT.allNames(),
            problems));
    if (node.isEmpty() || Yaml12.isNull(node.get())) {
      return units;
    }
    if (!(node.get() instanceof SequenceNode list)) {
      problems.accept(Problem.error(Yaml12.at(node.get(), UNITS_FILE, 1), "yaml-structure",
          Text.of("config.units-not-list"), Text.of("config.units-not-list-hint")));
      return units;
    }
    Map<String, Location> names = new HashMap<>();
    for (Node item : list.getValue()) {
      Unit unit;
      Location at = Yaml12.at(item, UNITS_FILE, 1);
      if (item instanceof ScalarNode s) {
        unit = new Unit(s.getValue().strip(), List.of(), null, at);
      } else {
        MappingReader r = MappingReader.of(item, ConfigKeys.UNIT, UNITS_FILE, 1, problems);
        Optional<String> name = r.requiredText(ConfigKeys.UNIT_NAME);
        if (name.isEmpty()) {
          continue;
        }
        unit = new Unit(name.get(), r.textList(ConfigKeys.ALIASES),
            r.text(ConfigKeys.ORGAN_CODE).orElse(null), at);
      }
      List<String> all = new ArrayList<>(unit.aliases());
      all.add(0, unit.name());
      for (String n : all) {
        Location first = names.putIfAbsent(n, at);
        if (first != null) {
          reported.accept(Problem.error(at, "unit-duplicate", Text.of("config.unit-duplicate", n,
              first.line()), Text.of("config.unit-duplicate-hint")));
        }
      }
      units.add(unit);
    }
    return units;
  }

  /** Reads a column's _column.yaml, if any, applying defaults. */
  public static Column readColumn(Path siteDir, String path, Consumer<Problem> problems) {
    return readColumn(siteDir, path, problems, new HashSet<>());
  }

  /** Reads a column's _column.yaml, adding it to {@code unread} when it could not be read. */
  private static Column readColumn(
      Path siteDir, String path, Consumer<Problem> all, Set<String> unread) {
    String rel = "content/" + path + "/" + ContentTree.COLUMN_FILE;
    Consumer<Problem> problems = p -> {
      if (p.isError()) {
        unread.add(rel);
      }
      all.accept(p);
    };
    String folder = path.substring(path.lastIndexOf('/') + 1);
    Path file = siteDir.resolve(rel);
    // a link is never followed in content/ (ContentTree reports one that leaves the site)
    if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return new Column(path, folder, "", "", List.of(), Integer.MAX_VALUE, null,
          Location.of("content/" + path + "/"));
    }
    Optional<MappingReader> reader = Utf8Text.read(file, rel, problems)
        .flatMap(text -> Yaml12.compose(text, rel, 1, ConfigKeys.COLUMN.allNames(),
            problems))
        .map(node -> MappingReader.of(node, ConfigKeys.COLUMN, rel, 1, problems));
    if (reader.isEmpty()) {
      return new Column(path, folder, "", "", List.of(), Integer.MAX_VALUE, null,
          Location.of(rel));
    }
    MappingReader r = reader.get();
    Period interval = r.text(ConfigKeys.UPDATE_INTERVAL).map(t -> {
      Matcher m = INTERVAL.matcher(t.strip());
      if (!m.matches()) {
        r.errorAt(ConfigKeys.UPDATE_INTERVAL, "update-interval",
            Text.of("config.update-interval", t), Text.of("config.update-interval-hint"));
        return null;
      }
      int n = Integer.parseInt(m.group(1));
      return switch (m.group(2)) {
        case "d" -> Period.ofDays(n);
        case "w" -> Period.ofWeeks(n);
        case "M" -> Period.ofMonths(n);
        default -> Period.ofYears(n);
      };
    }).orElse(null);
    String order = r.text(ConfigKeys.ORDER).orElse(null);
    int orderValue = Integer.MAX_VALUE;
    if (order != null) {
      try {
        orderValue = Integer.parseInt(order.strip());
      } catch (NumberFormatException e) {
        r.errorAt(ConfigKeys.ORDER, "wrong-type", Text.of("config.order", order), Text.NONE);
      }
    }
    return new Column(path, r.text(ConfigKeys.TITLE).orElse(folder),
        r.text(ConfigKeys.TYPE).orElse(""), r.text(ConfigKeys.DESCRIPTION).orElse(""),
        r.textList(ConfigKeys.KEYWORDS), orderValue, interval, r.start());
  }
}
