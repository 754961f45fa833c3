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
import org.gongkai.model.Location;
import org.gongkai.model.Problem;

/**
 * Renders pages through FreeMarker. One {@link Configuration} is built per site and shared by all
 * threads; {@code .ftlh} templates escape every value as HTML unless a template explicitly says
 * otherwise.
 */
public final class Renderer {

  /** Theme files copied to every site, overridable by the same name in the site's templates/. */
  public static final List<String> THEME_ASSETS =
      List.of("assets/gongkai.css", "assets/gongkai.js", "assets/print.css",
          "assets/search.js");

  private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

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

  /** A rendered page or a located problem with its template. */
  public record Result(byte[] bytes, Problem problem) {
    public boolean ok() {
      return problem == null;
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
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
      if (page.kind().format().byteOrderMark()) {
        bytes.write(BYTE_ORDER_MARK);
      }
      try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
        template.process(model, out);
      }
      return new Result(bytes.toByteArray(), null);
    } catch (ParseException e) {
      return new Result(null, syntaxError(e));
    } catch (TemplateException e) {
      // a syntax error in an imported or included template (layout.ftlh, macros.ftlh) arrives
      // wrapped; it belongs to that template's line, not to the #import line
      for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
        if (c instanceof ParseException parse) {
          return new Result(null, syntaxError(parse));
        }
      }
      Integer line = e.getLineNumber();
      Integer column = e.getColumnNumber();
      String name = e.getTemplateSourceName() == null ? templateName : e.getTemplateSourceName();
      return new Result(null, Problem.error(new Location(display(name),
          line == null ? 0 : line, column == null ? 0 : column), "template",
          "rendering " + page.path() + " failed: " + firstLine(e.getMessageWithoutStackTop()),
          "a value the template uses may be missing; use `!` defaults or `??` tests"));
    } catch (IOException e) {
      return new Result(null, Problem.error(Location.of(display(templateName)), "template",
          "cannot load the template for " + page.path() + ": " + e.getMessage(),
          "page kind " + page.kind() + " needs " + templateName
              + " in templates/ or the bundled theme"));
    }
  }

  private Problem syntaxError(ParseException e) {
    return Problem.error(new Location(display(e.getTemplateName()), e.getLineNumber(),
        e.getColumnNumber()), "template", "template syntax error: " + e.getEditorMessage(),
        "fix the template; see the FreeMarker manual");
  }

  /**
   * A fingerprint of the site's own templates and assets (names and contents); with gongkai's
   * version, which fixes the bundled theme, it says whether any page could render differently.
   */
  public String templatesKey(String version) {
    org.gongkai.model.ContentKey key = new org.gongkai.model.ContentKey().add(version);
    Path dir = siteTemplates;
    if (java.nio.file.Files.isDirectory(dir)) {
      try (java.util.stream.Stream<Path> walk = java.nio.file.Files.walk(dir)) {
        for (Path file : walk.filter(java.nio.file.Files::isRegularFile).sorted().toList()) {
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
      found.ifPresent(f -> out.add(new Asset(name, f.bytes())));
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
        throw new TemplateModelException("link(path) takes one site path such as"
            + " '/index.html'");
      }
      String to = arg.getAsString();
      if (!to.startsWith("/")) {
        throw new TemplateModelException("link(path) needs a site path starting with /,"
            + " got " + to);
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
        throw new TemplateModelException("absolute(path) takes one site path such as"
            + " '/index.html'");
      }
      return Urls.absolute(baseUrl, arg.getAsString());
    }
  }

  /**
   * {@code csvRow([a, b, …])}: one CSV record (RFC 4180): every field in double quotes, quotes
   * doubled, fields separated by commas, ended by CRLF. Line breaks inside a field stay in it.
   */
  private static final class CsvRowMethod implements TemplateMethodModelEx {
    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments)
        throws TemplateModelException {
      if (arguments.size() != 1
          || !(arguments.get(0) instanceof freemarker.template.TemplateSequenceModel fields)) {
        throw new TemplateModelException("csvRow takes one list of fields, e.g. csvRow([a, b])");
      }
      StringBuilder row = new StringBuilder();
      for (int i = 0; i < fields.size(); i++) {
        if (i > 0) {
          row.append(',');
        }
        Object f = fields.get(i);
        String text;
        if (f == null) {
          text = "";
        } else if (f instanceof TemplateScalarModel scalar) {
          text = scalar.getAsString();
        } else if (f instanceof freemarker.template.TemplateNumberModel number) {
          text = String.valueOf(number.getAsNumber());
        } else {
          throw new TemplateModelException("csvRow: field " + (i + 1) + " is not text or a"
              + " number");
        }
        row.append('"').append(text.replace("\r\n", "\n").replace("\"", "\"\"")).append('"');
      }
      return row.append("\r\n").toString();
    }
  }
}
