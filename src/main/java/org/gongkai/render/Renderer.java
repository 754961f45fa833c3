package org.gongkai.render;

import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gongkai.assemble.Page;
import org.gongkai.assemble.PageKind;
import org.gongkai.assemble.Urls;
import org.gongkai.assemble.Views;
import org.gongkai.model.IoText;
import org.gongkai.model.Location;
import org.gongkai.model.Problem;
import org.gongkai.model.Text;

/**
 * Renders pages through FreeMarker. One {@link Configuration} is built per site and shared by all
 * threads; {@code .ftlh} templates escape every value as HTML unless a template explicitly says
 * otherwise.
 */
public final class Renderer {

  /** Theme files copied to every site, overridable by the same name in the site's templates/. */
  public static final List<String> THEME_ASSETS = org.gongkai.assemble.SitePlan.THEME_ASSETS;

  private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  /**
   * The most one page may have, in bytes: a template that never stops writing (a loop over a
   * huge range, a macro that calls itself) fails at this size instead of exhausting memory. The
   * largest file of the 10,000-document benchmark, data/catalog.json, has 7.5 MB (about 750
   * bytes per document): the limit leaves room for some 85,000 documents.
   */
  public static final int MAX_PAGE_BYTES = 64 * 1024 * 1024;

  private final TemplateLookup lookup;
  private final Configuration freemarker;

  private final Path siteTemplates;

  public Renderer(Path siteDir) {
    this.siteTemplates = siteDir.resolve("templates");
    this.lookup = new TemplateLookup(siteTemplates);
    Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
    cfg.setTemplateLoader(new ThemeTemplateLoader(lookup));
    cfg.setDefaultEncoding("UTF-8");
    cfg.setOutputEncoding("UTF-8");
    cfg.setLocale(Locale.SIMPLIFIED_CHINESE);
    cfg.setNumberFormat("computer");
    cfg.setRecognizeStandardFileExtensions(true);
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
    cfg.setAPIBuiltinEnabled(false);
    cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
    this.freemarker = cfg;
  }

  /**
   * A rendered page, or why it could not be rendered.
   *
   * @param page the page's output path
   */
  public record Result(String page, byte[] bytes, Failure failure) {
    public boolean ok() {
      return failure == null;
    }

    /** The failure as the problem of this page alone, or null when the page was rendered. */
    public Problem problem() {
      return failure == null ? null : failure.problem(List.of(page));
    }
  }

  /**
   * What went wrong in a template: where, and what, without the page it happened on; a mistake in
   * a template fails every page it renders the same way, and {@link TemplateFailures} reports it
   * once with the number of pages.
   */
  public record Failure(Location at, Text cause, Text hint, boolean namesPage) {

    /**
     * The problem of this failure on these pages (sorted; at least one). On one page it names
     * the page when the page matters (a value missing there), not for a template that does not
     * parse.
     */
    public Problem problem(List<String> pages) {
      Text message = pages.size() > 1
          ? Text.of("render.pages-failed", pages.size(), pages.get(0), cause)
          : namesPage ? Text.of("render.page-failed", pages.get(0), cause) : cause;
      return Problem.error(at, "template", message, hint);
    }
  }

  /** Renders one page. */
  public Result render(Page page, Views.SiteView site) {
    String templateName = page.kind().template();
    try {
      Template template = freemarker.getTemplate(templateName);
      Map<String, Object> model = new HashMap<>();
      model.put("site", site);
      model.put("page", page);
      model.put("content", page.content());
      model.put("link", new LinkMethod(page, site));
      model.put("absolute", new AbsoluteMethod(site));
      model.put("csvRow", new CsvRowMethod());
      PageBytes bytes = new PageBytes();
      if (page.kind().format().byteOrderMark()) {
        bytes.write(BYTE_ORDER_MARK);
      }
      try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
        template.process(model, out);
      }
      return new Result(page.path(), bytes.toByteArray(), null);
    } catch (PageTooLarge e) {
      return new Result(page.path(), null, tooLarge(templateName));
    } catch (StackOverflowError e) {
      // FreeMarker has no recursion limit: a macro or function that calls itself without end
      return new Result(page.path(), null, new Failure(Location.of(display(templateName)),
          Text.of("render.too-deep"), Text.of("render.too-deep-hint"), true));
    } catch (ParseException e) {
      return new Result(page.path(), null, syntaxError(e));
    } catch (TemplateException e) {
      // a syntax error in an imported or included template (layout.ftlh, macros.ftlh) arrives
      // wrapped; it belongs to that template's line, not to the #import line
      for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
        if (c instanceof ParseException parse) {
          return new Result(page.path(), null, syntaxError(parse));
        }
        if (c instanceof PageTooLarge) {
          return new Result(page.path(), null, tooLarge(templateName));
        }
      }
      Text cause = Text.literal(firstLine(e.getMessageWithoutStackTop()));
      for (Throwable c = e; c != null; c = c.getCause()) {
        if (c instanceof MethodMisuse misuse) {
          cause = misuse.text;
        }
      }
      Integer line = e.getLineNumber();
      Integer column = e.getColumnNumber();
      String name = e.getTemplateSourceName() == null ? templateName : e.getTemplateSourceName();
      return new Result(page.path(), null, new Failure(new Location(display(name),
          line == null ? 0 : line, column == null ? 0 : column), cause,
          Text.of("render.failed-hint"), true));
    } catch (IOException e) {
      return new Result(page.path(), null, new Failure(Location.of(display(templateName)),
          Text.of("render.unloadable", IoText.of(e)),
          Text.of("render.unloadable-hint", page.kind().name(), templateName), true));
    }
  }

  private Failure tooLarge(String templateName) {
    return new Failure(Location.of(display(templateName)),
        Text.of("render.too-large", MAX_PAGE_BYTES / (1024 * 1024)),
        Text.of("render.too-large-hint"), true);
  }

  /** A page's bytes, refusing to grow past {@link #MAX_PAGE_BYTES}. */
  private static final class PageBytes extends ByteArrayOutputStream {
    PageBytes() {
      super(16 * 1024);
    }

    @Override
    public synchronized void write(int b) {
      ensure(1);
      super.write(b);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
      ensure(len);
      super.write(b, off, len);
    }

    private void ensure(int more) {
      if ((long) count + more > MAX_PAGE_BYTES) {
        throw new PageTooLarge();
      }
    }
  }

  /** Thrown by {@link PageBytes} past the limit; unchecked so that no template can catch it. */
  private static final class PageTooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PageTooLarge() {
      super(null, null, false, false);
    }
  }

  private Failure syntaxError(ParseException e) {
    return new Failure(new Location(display(e.getTemplateName()), e.getLineNumber(),
        e.getColumnNumber()), Text.of("render.syntax", Text.literal(e.getEditorMessage())),
        Text.of("render.syntax-hint"), false);
  }

  /**
   * A template called one of gongkai's methods ({@code link}, {@code absolute}, {@code csvRow})
   * the wrong way; FreeMarker wraps it, and the render error shows its text.
   */
  private static final class MethodMisuse extends TemplateModelException {
    private static final long serialVersionUID = 1L;
    private final transient Text text;

    MethodMisuse(Text text) {
      super(text.in(org.gongkai.model.Lang.EN));
      this.text = text;
    }
  }

  /**
   * A fingerprint of the site's own templates and assets (names and contents); with gongkai's
   * version, which fixes the bundled theme, it says whether any page could render differently.
   */
  public String templatesKey(String version) {
    org.gongkai.model.ContentKey key = new org.gongkai.model.ContentKey().add(version);
    Path dir = siteTemplates;
    if (java.nio.file.Files.isDirectory(dir)) {
      org.gongkai.source.SiteFolder site = org.gongkai.source.SiteFolder.of(dir.getParent());
      try (java.util.stream.Stream<Path> walk = java.nio.file.Files.walk(dir)) {
        for (Path file : walk.filter(f -> java.nio.file.Files.isRegularFile(f) && site.inside(f))
            .sorted().toList()) {
          key.add(dir.relativize(file).toString()).add(java.util.HexFormat.of().formatHex(
              java.nio.file.Files.readAllBytes(file)));
        }
      } catch (IOException e) {
        key.add("unreadable " + e.getMessage());
      }
    }
    return key.toString();
  }

  /** The theme's static assets, each from the site's templates/ if it has its own copy. */
  public List<Asset> assets() {
    List<Asset> out = new ArrayList<>();
    for (String name : THEME_ASSETS) {
      Optional<TemplateLookup.Found> found = lookup.find(name);
      // a link out of the site is reported when the site is read, and never read
      found.filter(f -> !f.outside()).ifPresent(f -> out.add(new Asset(name, f.bytes())));
    }
    return out;
  }

  /** A theme file to write to the output as it is. */
  public record Asset(String path, byte[] bytes) {}

  private String display(String templateName) {
    return lookup.find(templateName).map(TemplateLookup.Found::display).orElse(templateName);
  }

  /** FreeMarker's message up to its first blank line, on one line. */
  private static String firstLine(String message) {
    int blank = message.indexOf("\n\n");
    return (blank < 0 ? message : message.substring(0, blank)).strip().replaceAll("\\s*\n\\s*",
        " ");
  }

  /**
   * {@code link(path)}: the URL of a site path as seen from the page being rendered: relative on
   * HTML pages, from the site root on the 404 page (which is served at any address), absolute in
   * feeds, data files and the sitemap (which are read by programs from anywhere).
   */
  private static final class LinkMethod implements TemplateMethodModelEx {
    private final Page page;
    private final String rootPath;
    private final String baseUrl;

    LinkMethod(Page page, Views.SiteView site) {
      this.page = page;
      this.rootPath = URI.create(site.baseUrl()).getPath();
      this.baseUrl = site.baseUrl();
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments)
        throws TemplateModelException {
      if (arguments.size() != 1 || !(arguments.get(0) instanceof TemplateScalarModel arg)) {
        throw new MethodMisuse(Text.of("render.link-args"));
      }
      String to = arg.getAsString();
      if (!to.startsWith("/")) {
        throw new MethodMisuse(Text.of("render.link-slash", to));
      }
      if (page.kind() == PageKind.NOT_FOUND) {
        return Urls.rooted(rootPath, to);
      }
      return page.kind().format().relativeLinks() ? Urls.relative(page.path(), to)
          : Urls.absolute(baseUrl, to);
    }
  }

  /** {@code absolute(path)}: the absolute URL of a site path, on any page. */
  private static final class AbsoluteMethod implements TemplateMethodModelEx {
    private final String baseUrl;

    AbsoluteMethod(Views.SiteView site) {
      this.baseUrl = site.baseUrl();
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments)
        throws TemplateModelException {
      if (arguments.size() != 1 || !(arguments.get(0) instanceof TemplateScalarModel arg)
          || !arg.getAsString().startsWith("/")) {
        throw new MethodMisuse(Text.of("render.absolute-args"));
      }
      return Urls.absolute(baseUrl, arg.getAsString());
    }
  }

  /**
   * {@code csvRow([a, b, …])}: one CSV record (RFC 4180) of {@link CsvField}s: every field in
   * double quotes, quotes doubled, a text that would start a formula neutralised, fields
   * separated by commas, ended by CRLF. Line breaks inside a field stay in it.
   */
  private static final class CsvRowMethod implements TemplateMethodModelEx {
    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments)
        throws TemplateModelException {
      if (arguments.size() != 1
          || !(arguments.get(0) instanceof freemarker.template.TemplateSequenceModel fields)) {
        throw new MethodMisuse(Text.of("render.csv-args"));
      }
      StringBuilder row = new StringBuilder();
      for (int i = 0; i < fields.size(); i++) {
        if (i > 0) {
          row.append(',');
        }
        Object f = fields.get(i);
        if (f == null) {
          row.append(CsvField.text(""));
        } else if (f instanceof TemplateScalarModel scalar) {
          row.append(CsvField.text(scalar.getAsString()));
        } else if (f instanceof freemarker.template.TemplateNumberModel number) {
          row.append(CsvField.number(String.valueOf(number.getAsNumber())));
        } else {
          throw new MethodMisuse(Text.of("render.csv-field", i + 1));
        }
      }
      return row.append("\r\n").toString();
    }
  }
}
