package org.gongkai.markdown;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders report bodies. Configured once and shared: commonmark-java's parser and renderers are
 * safe to use from many threads.
 */
public final class Markdown {

  private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto", "tel");
  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

  private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
  private final HtmlRenderer html = HtmlRenderer.builder()
      .extensions(EXTENSIONS)
      .escapeHtml(true)
      .build();

  /** A parsed body, ready to render. */
  public Node parse(String markdown) {
    return parser.parse(markdown);
  }

  /**
   * Renders a body to HTML. Relative link and image destinations are passed to {@code resolve},
   * which returns the URL to use instead (for a link to another document's file, its page), or
   * empty to keep the destination as written. Destinations with a scheme other than http, https,
   * mailto and tel ({@code javascript:}, {@code data:}, …) become {@code #}. (commonmark's own
   * sanitiser is not used because it marks every link, internal ones too, {@code nofollow}.)
   */
  public String toHtml(Node document, Function<String, Optional<String>> resolve) {
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(Link link) {
        link.setDestination(rewrite(link.getDestination(), resolve));
        visitChildren(link);
      }

      @Override
      public void visit(Image image) {
        image.setDestination(rewrite(image.getDestination(), resolve));
        visitChildren(image);
      }
    });
    // commonmark writes void elements XHTML-style (<hr />, <br />, <img … />), which the Nu
    // checker warns about in HTML5; it escapes every ">" in text and attribute values, so " />"
    // can only be the end of one of its own tags
    return html.render(document).replace(" />", ">");
  }

  /** The words of a body, without markup, on one line (for descriptions and searching). */
  public String toText(Node document) {
    StringBuilder out = new StringBuilder();
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(Text text) {
        out.append(text.getLiteral());
      }

      @Override
      public void visit(Code code) {
        out.append(code.getLiteral());
      }

      @Override
      public void visit(SoftLineBreak softLineBreak) {
        out.append(' ');
      }

      @Override
      public void visit(HardLineBreak hardLineBreak) {
        out.append(' ');
      }

      @Override
      public void visit(Paragraph paragraph) {
        visitChildren(paragraph);
        out.append(' ');
      }

      @Override
      public void visit(Heading heading) {
        visitChildren(heading);
        out.append(' ');
      }
    });
    return out.toString().replaceAll("\\s+", " ").strip();
  }

  /** The destinations of every link and image, in the order written. */
  public List<String> destinations(Node document) {
    List<String> found = new java.util.ArrayList<>();
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(Link link) {
        found.add(link.getDestination());
        visitChildren(link);
      }

      @Override
      public void visit(Image image) {
        found.add(image.getDestination());
        visitChildren(image);
      }
    });
    return found;
  }

  /** The destination of the first image, if the body has one. */
  public Optional<String> firstImage(Node document) {
    List<String> found = new java.util.ArrayList<>();
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(Image image) {
        if (found.isEmpty()) {
          found.add(image.getDestination());
        }
      }
    });
    return found.stream().findFirst();
  }

  /** The raw HTML written in a body (blocks and inline), which is shown as text, never as markup. */
  public List<String> rawHtml(Node document) {
    List<String> found = new java.util.ArrayList<>();
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(HtmlBlock block) {
        found.add(block.getLiteral());
      }

      @Override
      public void visit(HtmlInline inline) {
        found.add(inline.getLiteral());
      }
    });
    return found;
  }

  private static String rewrite(String destination, Function<String, Optional<String>> resolve) {
    if (destination == null || destination.isEmpty() || destination.startsWith("#")
        || destination.startsWith("//")) {
      return destination;
    }
    if (scheme(destination).isPresent()) {
      return sanitize(destination);
    }
    return sanitize(resolve.apply(destination).orElse(destination));
  }

  /** Keeps web, mail and phone links and relative ones; anything else (javascript:) is dropped. */
  static String sanitize(String url) {
    Optional<String> scheme = scheme(url);
    if (scheme.isEmpty() || SAFE_SCHEMES.contains(scheme.get())) {
      return url;
    }
    return "#";
  }

  private static Optional<String> scheme(String url) {
    String trimmed = url.strip();
    int colon = trimmed.indexOf(':');
    if (colon <= 0) {
      return Optional.empty();
    }
    String candidate = trimmed.substring(0, colon);
    int slash = trimmed.indexOf('/');
    if (slash >= 0 && slash < colon) {
      return Optional.empty();
    }
    // browsers ignore control characters and whitespace inside a scheme ("java\tscript:")
    String normalized = candidate.replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
    return Optional.of(normalized);
  }
}
