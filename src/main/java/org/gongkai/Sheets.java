package org.gongkai;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.gongkai.assemble.SeriesOrder;
import org.gongkai.config.SiteReader;
import org.gongkai.config.UnitDirectory;
import org.gongkai.model.Document;
import org.gongkai.model.Lang;
import org.gongkai.model.Location;
import org.gongkai.model.Problem;
import org.gongkai.model.Site;
import org.gongkai.model.TaskList;
import org.gongkai.model.Text;
import org.gongkai.publish.NewFileWriter;
import org.gongkai.sheet.Draft;
import org.gongkai.sheet.DraftCheck;
import org.gongkai.sheet.ImportOptions;
import org.gongkai.sheet.SheetExport;
import org.gongkai.sheet.SheetImport;
import org.gongkai.sheet.SheetMerge;

/**
 * Departments' spreadsheets in and out: {@link #importSheet} (one table as a new task list),
 * {@link #merge} (returned workbooks into the next period) and {@link #export} (one workbook per
 * unit). Get one from {@link Gongkai#sheets()}. Paths are as the user typed them (relative to the
 * working folder), and so are the places in messages ({@code 表.xlsx!Sheet1!C12}). A run with an
 * error writes nothing; no existing file is replaced unless {@code force}, and then atomically.
 */
public final class Sheets {

  private static final Set<String> SITE_FILES =
      Set.of(SiteReader.SITE_FILE, SiteReader.UNITS_FILE);

  /** {@code gongkai import FILE}. */
  public record ImportRequest(
      Path file, String sheet, String columns, String headings, String series, String period,
      String title, String written, String published, String topic, String publisher, Path out,
      boolean force) {}

  /** {@code gongkai import --merge FILES…}. */
  public record MergeRequest(
      List<Path> inputs, String series, String period, String title, String written,
      String published, Path out, boolean force) {

    public MergeRequest {
      inputs = List.copyOf(inputs);
    }
  }

  /** {@code gongkai export SERIES|FILE}. */
  public record ExportRequest(
      String list, boolean byUnit, boolean whole, Path out, boolean force) {}

  private final Path siteDirectory;
  private final LocalDate today;
  private final Clock clock;
  private final boolean frozen;
  private final Lang lang;

  Sheets(Path siteDirectory, LocalDate today, Clock clock, boolean frozen, Lang lang) {
    this.siteDirectory = siteDirectory;
    this.today = today;
    this.clock = clock;
    this.frozen = frozen;
    this.lang = lang;
  }

  /** Reads one task table and writes it as a new task-list file. */
  public SheetResult importSheet(ImportRequest r) {
    long start = System.nanoTime();
    List<Problem> problems = new ArrayList<>();
    Site site = site(problems::add);
    if (frozen) {
      problems.add(frozenError());
    }
    if (hasErrors(problems)) {
      return result(problems, List.of(), 0, start);
    }
    ImportOptions options = new ImportOptions(r.sheet(), r.columns(), r.headings(), r.series(),
        r.period(), r.title(), r.written(), r.published(), r.topic(), r.publisher());
    Optional<Draft> draft = SheetImport.run(r.file(), shown(r.file()), options, site, now(site),
        lang, problems::add);
    return writeDraft(draft, r.out(), r.force(), problems, start);
  }

  /** Merges returned workbooks into a new period of a series and writes it. */
  public SheetResult merge(MergeRequest r) {
    long start = System.nanoTime();
    List<Problem> problems = new ArrayList<>();
    Site site = site(problems::add);
    if (frozen) {
      problems.add(frozenError());
    }
    if (hasErrors(problems)) {
      return result(problems, List.of(), 0, start);
    }
    List<String> inputs = r.inputs().stream().map(Sheets::shown).toList();
    Optional<Draft> draft = SheetMerge.run(inputs, new SheetMerge.Options(r.series(), r.period(),
        r.title(), r.written(), r.published()), site, now(site), lang, problems::add);
    return writeDraft(draft, r.out(), r.force(), problems, start);
  }

  /** Writes one workbook per unit (and/or one of all tasks) for a list's latest period. */
  public SheetResult export(ExportRequest r) {
    long start = System.nanoTime();
    List<Problem> problems = new ArrayList<>();
    Site site = site(problems::add);
    if (hasErrors(problems)) {
      return result(problems, List.of(), 0, start);
    }
    LocalDateTime now = now(site);
    Optional<TaskList> list = listToExport(site, r.list(), now, problems::add);
    if (list.isEmpty()) {
      return result(problems, List.of(), 0, start);
    }
    List<SheetExport.Workbook> books = SheetExport.export(list.get(),
        new UnitDirectory(site.units()), list.get().meta().isPublicAt(now), r.byUnit(), r.whole(),
        lang, problems::add);
    Path dir = r.out() != null ? r.out() : Path.of(defaultFolder(list.get()));
    List<NewFileWriter.File> files = new ArrayList<>();
    List<String> shown = new ArrayList<>();
    for (SheetExport.Workbook b : books) {
      files.add(new NewFileWriter.File(dir.resolve(b.fileName()), b.bytes()));
      shown.add(shown(dir.resolve(b.fileName())));
    }
    if (hasErrors(problems)) {
      return result(problems, List.of(), 0, start);
    }
    if (!write(files, r.force(), problems)) {
      return result(problems, List.of(), 0, start);
    }
    return result(problems, shown, list.get().tasks().size(), start);
  }

  private Optional<TaskList> listToExport(
      Site site, String named, LocalDateTime now, Consumer<Problem> problems) {
    String lower = named.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      Path file = Path.of(named).toAbsolutePath().normalize();
      if (!Files.exists(file)) {
        file = siteDirectory.resolve(named).toAbsolutePath().normalize();
      }
      String rel = siteDirectory.toAbsolutePath().normalize().relativize(file).toString()
          .replace('\\', '/');
      for (Document doc : site.documents()) {
        if (doc instanceof TaskList list && list.source().path().equals(rel)) {
          return Optional.of(list);
        }
      }
      problems.accept(Problem.error(Location.of(named), "sheet-series",
          Text.of("sheet.no-such-list", named), Text.of("sheet.series-hint")));
      return Optional.empty();
    }
    Optional<TaskList> latest = SeriesOrder.latest(site, named, now);
    if (latest.isEmpty()) {
      problems.accept(Problem.error(Location.of(named), "sheet-series",
          Text.of("sheet.series-unknown", named), Text.of("sheet.series-hint")));
    }
    return latest;
  }

  private static String defaultFolder(TaskList list) {
    String name = (list.series() != null ? list.series() : list.source().stem())
        + (list.period() != null ? "-" + list.period() : "");
    return name.replaceAll("[\\\\/:*?\"<>|\\s]+", "-");
  }

  private SheetResult writeDraft(
      Optional<Draft> draft, Path out, boolean force, List<Problem> problems, long start) {
    if (draft.isEmpty() || hasErrors(problems)) {
      return result(problems, List.of(), 0, start);
    }
    Path target = out != null ? out : draft.get().defaultPath() == null ? null
        : siteDirectory.resolve(draft.get().defaultPath());
    if (target == null) {
      problems.add(Problem.error(Location.of("--out"), "sheet-write",
          Text.of("sheet.out-needed"), Text.of("sheet.out-needed-hint")));
      return result(problems, List.of(), 0, start);
    }
    String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!name.endsWith(".yaml") && !name.endsWith(".yml")) {
      problems.add(Problem.error(Location.of(shown(target)), "sheet-write",
          Text.of("sheet.out-not-yaml"), Text.NONE));
      return result(problems, List.of(), 0, start);
    }
    Path site = siteDirectory.toAbsolutePath().normalize();
    Path abs = target.toAbsolutePath().normalize();
    String rel = abs.startsWith(site) ? site.relativize(abs).toString().replace('\\', '/')
        : shown(target);
    if (!abs.startsWith(site.resolve("content"))) {
      problems.add(Problem.warning(Location.of(shown(target)), "sheet-write",
          Text.of("sheet.out-outside-content"), Text.of("sheet.out-outside-content-hint")));
    }
    if (!DraftCheck.verify(draft.get(), siteDirectory, rel, problems::add)) {
      return result(problems, List.of(), 0, start);
    }
    if (!write(List.of(new NewFileWriter.File(target,
        draft.get().yaml().getBytes(StandardCharsets.UTF_8))), force, problems)) {
      return result(problems, List.of(), 0, start);
    }
    if (!draft.get().toFill().isEmpty()) {
      problems.add(Problem.warning(Location.of(shown(target)), "sheet-fill-in",
          Text.of("sheet.fill-in", String.join(", ", draft.get().toFill())),
          Text.of("sheet.fill-in-hint")));
    }
    return result(problems, List.of(shown(target)), draft.get().tasks(), start);
  }

  private boolean write(List<NewFileWriter.File> files, boolean force, List<Problem> problems) {
    try {
      NewFileWriter.write(files, force);
      return true;
    } catch (NewFileWriter.ExistsException e) {
      for (Path p : e.existing()) {
        problems.add(Problem.error(Location.of(shown(p)), "sheet-exists",
            Text.of("sheet.exists"), Text.of("sheet.exists-hint")));
      }
    } catch (IOException e) {
      problems.add(Problem.error(Location.of(shown(files.get(0).path())), "sheet-write",
          Text.of("sheet.cannot-write"), Text.of("sheet.cannot-write-hint")));
    }
    return false;
  }

  /** The site, with the problems of site.yaml and units.yaml (the rest is for check and build). */
  private Site site(Consumer<Problem> problems) {
    return SiteReader.read(siteDirectory, p -> {
      if (SITE_FILES.contains(p.path())) {
        problems.accept(p);
      }
    });
  }

  private LocalDateTime now(Site site) {
    return today != null ? today.atTime(23, 59, 59)
        : LocalDateTime.now(clock.withZone(site.config().timezone()));
  }

  private static Problem frozenError() {
    return Problem.error(Location.of("--frozen"), "sheet-write", Text.of("sheet.frozen"),
        Text.of("sheet.frozen-hint"));
  }

  /** A path as the user typed it, with {@code /}. */
  private static String shown(Path p) {
    return p.toString().replace('\\', '/');
  }

  private static boolean hasErrors(List<Problem> problems) {
    return problems.stream().anyMatch(Problem::isError);
  }

  private static SheetResult result(
      List<Problem> problems, List<String> written, int tasks, long start) {
    return new SheetResult(problems, written, tasks, Duration.ofNanos(System.nanoTime() - start));
  }
}
