package org.gongkai.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.gongkai.model.Problem;
import org.gongkai.model.Severity;

/**
 * What the last successful build of a site into an output folder knew, kept under
 * {@code .gongkai-cache/} in the site folder: the fingerprint of its inputs, the keys of the pages
 * that show one document, their ids, and its problems. A build whose inputs did not change reuses
 * it and writes nothing; a build that changed a few documents renders only their pages again.
 * The cache is only an optimisation: deleting it (or {@code --no-cache}) gives the same site.
 *
 * @param inputs the fingerprint of every input file, the options and the day
 * @param renderKey the global and template keys the page keys were made under
 * @param due the earliest publication time of a scheduled document (ISO), or empty
 * @param outputs the SHA-256 of every file the build put in the output folder, by path: the
 *     output is reused only where it still holds exactly these bytes
 * @param documents documents published, for the summary
 * @param pages pages rendered, for the summary
 * @param pageKeys page key by output path
 * @param pageIds the ids of each keyed page, for the link checker
 * @param problems the build's problems, reported again when nothing changed
 */
public record BuildCache(
    String inputs, String renderKey, String due, Map<String, String> outputs, int documents,
    int pages,
    Map<String, String> pageKeys, Map<String, List<String>> pageIds, List<Problem> problems) {

  private static final String MAGIC = "gongkai-cache 3";
  public static final String FOLDER = ".gongkai-cache";

  public BuildCache {
    outputs = Map.copyOf(outputs);
    pageKeys = Map.copyOf(pageKeys);
    pageIds = Map.copyOf(pageIds);
    problems = List.copyOf(problems);
  }

  /** The cache file of a site and output folder. */
  public static Path file(Path siteDir, Path outputDir) {
    String name = Integer.toHexString(outputDir.toAbsolutePath().normalize().toString()
        .hashCode());
    return siteDir.resolve(FOLDER).resolve("build-" + name + ".cache");
  }

  /** Reads a cache; empty when there is none or it cannot be read (then nothing is reused). */
  public static Optional<BuildCache> read(Path file) {
    try {
      if (!Files.isRegularFile(file)) {
        return Optional.empty();
      }
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      if (lines.isEmpty() || !lines.get(0).equals(MAGIC)) {
        return Optional.empty();
      }
      String inputs = lines.get(1);
      String renderKey = lines.get(2);
      String due = lines.get(3);
      String[] counts = lines.get(4).split(" ");
      int outputCount = Integer.parseInt(lines.get(5));
      Map<String, String> outputs = new TreeMap<>();
      int at = 6;
      for (int i = 0; i < outputCount; i++) {
        String[] f = lines.get(at++).split("\t", -1);
        outputs.put(unescape(f[0]), f[1]);
      }
      int pages = Integer.parseInt(lines.get(at++));
      Map<String, String> keys = new TreeMap<>();
      Map<String, List<String>> ids = new TreeMap<>();
      for (int i = 0; i < pages; i++) {
        String[] f = lines.get(at++).split("\t", -1);
        String path = unescape(f[0]);
        keys.put(path, unescape(f[1]));
        List<String> pageIds = new ArrayList<>();
        for (int k = 2; k < f.length; k++) {
          pageIds.add(unescape(f[k]));
        }
        ids.put(path, pageIds);
      }
      int count = Integer.parseInt(lines.get(at++));
      List<Problem> problems = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        String[] f = lines.get(at++).split("\t", -1);
        problems.add(new Problem(unescape(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2]),
            Severity.valueOf(f[3]), unescape(f[4]), TextCodec.decode(unescape(f[5])),
            TextCodec.decode(unescape(f[6]))));
      }
      return Optional.of(new BuildCache(inputs, renderKey, due, outputs,
          Integer.parseInt(counts[0]), Integer.parseInt(counts[1]), keys, ids, problems));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Writes the cache (atomically: a half-written cache would be worse than none). Problems are
   * kept as message keys and arguments, so that a later run reports them in its own language.
   */
  public void write(Path file) throws IOException {
    StringBuilder out = new StringBuilder(MAGIC).append('\n')
        .append(inputs).append('\n').append(renderKey).append('\n').append(due).append('\n')
        .append(documents).append(' ').append(pages).append('\n')
        .append(outputs.size()).append('\n');
    for (Map.Entry<String, String> e : new TreeMap<>(outputs).entrySet()) {
      out.append(escape(e.getKey())).append('\t').append(e.getValue()).append('\n');
    }
    out.append(pageKeys.size()).append('\n');
    for (Map.Entry<String, String> e : new TreeMap<>(pageKeys).entrySet()) {
      out.append(escape(e.getKey())).append('\t').append(escape(e.getValue()));
      for (String id : pageIds.getOrDefault(e.getKey(), List.of())) {
        out.append('\t').append(escape(id));
      }
      out.append('\n');
    }
    out.append(problems.size()).append('\n');
    for (Problem p : problems) {
      out.append(escape(p.path())).append('\t').append(p.line()).append('\t').append(p.column())
          .append('\t').append(p.severity().name()).append('\t').append(escape(p.ruleId()))
          .append('\t').append(escape(TextCodec.encode(p.message()))).append('\t')
          .append(escape(TextCodec.encode(p.hint())))
          .append('\n');
    }
    AtomicFile.write(file, out.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static String unescape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        out.append(switch (n) {
          case 't' -> '\t';
          case 'n' -> '\n';
          case 'r' -> '\r';
          default -> n;
        });
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
