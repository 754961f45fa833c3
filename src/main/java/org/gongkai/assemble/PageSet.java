package org.gongkai.assemble;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.gongkai.model.Location;
import org.gongkai.model.Problem;
import org.gongkai.model.Text;

/**
 * The files of a build as they are planned: pages, and the paths copied files take. No two may
 * share a path, compared without case as on Windows and macOS disks, or one would silently
 * overwrite the other. Also keeps what the build cache and the sitemap need of each page.
 */
final class PageSet {

  private final List<Page> pages = new ArrayList<>();
  /**
   * The longest file or folder name most file systems accept (ext4, NTFS, APFS: 255 bytes or
   * UTF-16 units; counted in UTF-8 bytes, the stricter for Chinese).
   */
  static final int MAX_NAME_BYTES = 255;
  private static final Location CONTENT = Location.of("content/");
  private static final Origin REFUSED = new Origin(CONTENT, Text.NONE);

  private final Map<String, Origin> origins = new HashMap<>();
  /** Each folder some path needs, by its lowercase path, with the first path that needs it. */
  private final Map<String, Origin> folders = new HashMap<>();
  private final Map<String, String> keys = new HashMap<>();
  private final Map<String, LocalDate> lastmods = new HashMap<>();
  private final List<Views.Alternate> siteAlternates;
  private final Consumer<Problem> problems;

  /** @param siteAlternates what HTML pages without alternates of their own advertise */
  PageSet(List<Views.Alternate> siteAlternates, Consumer<Problem> problems) {
    this.siteAlternates = siteAlternates;
    this.problems = problems;
  }

  /**
   * Adds a page unless an earlier page or file has its path: that is an error at the earlier
   * one's source, naming this one.
   *
   * @param from where the page comes from, for that error
   * @param what the page, in words, for that error
   */
  /** Reports a problem found while planning a page. */
  void report(Problem problem) {
    problems.accept(problem);
  }

  void add(Page page, Location from, Text what) {
    if (page.kind().format() == Format.HTML && page.alternates().isEmpty()) {
      page = page.withAlternates(siteAlternates);
    }
    Origin first = claim(page.path(), from, what);
    if (first == REFUSED) {
      return;
    }
    if (first != null) {
      problems.accept(Problem.error(first.at(), "permalink-collision",
          Text.of("assemble.both-written", first.what(), what, page.path()),
          Text.of("assemble.both-written-hint")));
      return;
    }
    pages.add(page);
  }

  /**
   * Takes an output path for a copied file, or reports why it cannot have it.
   *
   * @return whether the path was taken (else the file is not copied)
   */
  boolean claimCopy(String path, Location from, Text what) {
    Origin first = claim(path, from, what);
    if (first != null && first != REFUSED) {
      // a file in static/ such as index.html would be copied over a generated page
      problems.accept(Problem.error(from, "permalink-collision",
          Text.of("assemble.copy-taken", what, path, first.what()),
          Text.of("assemble.copy-taken-hint")));
    }
    return first == null;
  }

  /**
   * Takes a path. A name longer than a file system allows, or a file where another path needs a
   * folder (a column {@code content/feed.xml/} under the site feed), is reported here, where the
   * content shows it, instead of failing when the site is written; the path is then taken by no
   * one and no other error follows.
   *
   * @return null when the path is taken, {@link #REFUSED} after reporting why it cannot be, else
   *     what already has it
   */
  private Origin claim(String path, Location from, Text what) {
    Origin origin = new Origin(from, what);
    // macOS stores names decomposed (NFD) and compares them without case, as Windows does: two
    // names that differ only so are one file there
    String lower = java.text.Normalizer.normalize(path, java.text.Normalizer.Form.NFC)
        .toLowerCase(Locale.ROOT);
    Origin first = origins.get(lower);
    if (first != null) {
      return first;
    }
    for (String name : path.split("/")) {
      int bytes = name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
      if (bytes > MAX_NAME_BYTES) {
        problems.accept(Problem.error(from, "permalink",
            Text.of("assemble.name-too-long", what, bytes, MAX_NAME_BYTES),
            Text.of("assemble.name-too-long-hint")));
        return REFUSED;
      }
      Optional<Text> unportable = unportable(name);
      if (unportable.isPresent()) {
        problems.accept(Problem.error(from, "name-portable",
            Text.of("assemble.name-unportable", what, name, unportable.get()),
            Text.of("assemble.name-unportable-hint")));
        return REFUSED;
      }
    }
    Origin below = folders.get(lower);
    if (below != null) {
      folderTaken(origin, below, path);
      return REFUSED;
    }
    for (int slash = lower.indexOf('/'); slash > 0; slash = lower.indexOf('/', slash + 1)) {
      Origin file = origins.get(lower.substring(0, slash));
      if (file != null) {
        folderTaken(file, origin, path.substring(0, slash));
        return REFUSED;
      }
    }
    origins.put(lower, origin);
    for (int slash = lower.indexOf('/'); slash > 0; slash = lower.indexOf('/', slash + 1)) {
      folders.putIfAbsent(lower.substring(0, slash), origin);
    }
    return null;
  }

  private static final java.util.regex.Pattern WINDOWS_DEVICE = java.util.regex.Pattern.compile(
      "(?i)(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\\..*)?");

  /**
   * Why a file or folder name cannot be published as it is, or empty: a name a Windows disk
   * cannot hold (a device name such as {@code CON} or {@code com1.html}, a trailing dot or
   * space), a hidden name (leading dot: most web servers refuse to serve it), or an invisible
   * or direction-changing character (a spoofed name looks like another).
   */
  static Optional<Text> unportable(String name) {
    if (WINDOWS_DEVICE.matcher(name).matches()) {
      return Optional.of(Text.of("assemble.name.device"));
    }
    if (name.endsWith(".") || name.endsWith(" ")) {
      return Optional.of(Text.of("assemble.name.trailing"));
    }
    if (name.startsWith(".") && !name.equals(".well-known")) { // RFC 8615's folder is served
      return Optional.of(Text.of("assemble.name.hidden"));
    }
    if (name.codePoints().anyMatch(c -> Character.getType(c) == Character.FORMAT)) {
      return Optional.of(Text.of("assemble.name.invisible"));
    }
    return Optional.empty();
  }

  /**
   * {@code file} would be written at {@code path}, which {@code inside} needs as a folder: an
   * error at the one the site's author chose (a column, a file, a slug), not at a generated
   * page, which is the same in every site.
   */
  private void folderTaken(Origin file, Origin inside, String path) {
    Location at = file.at().equals(CONTENT) ? inside.at() : file.at();
    problems.accept(Problem.error(at, "permalink-collision",
        Text.of("assemble.file-and-folder", file.what(), path, inside.what()),
        Text.of("assemble.both-written-hint")));
  }

  /** Records what an output file shows, for the build cache: same key, same bytes. */
  void key(String outputPath, String key) {
    keys.put(outputPath, key);
  }

  /** Records the sitemap's lastmod of the HTML page at a site path. */
  void lastmod(String sitePath, LocalDate date) {
    lastmods.put(sitePath, date);
  }

  /** The sitemap's lastmod of the HTML page at a site path, or null when not known. */
  LocalDate lastmod(String sitePath) {
    return lastmods.get(sitePath);
  }

  /** The pages added so far, in order of their paths. */
  List<Page> pages() {
    return pages.stream().sorted(Comparator.comparing(Page::path)).toList();
  }

  Map<String, String> keys() {
    return keys;
  }

  /** Where a page or file comes from, for collision messages. */
  private record Origin(Location at, Text what) {}
}
