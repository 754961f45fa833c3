package org.gongkai.index;

import org.gongkai.model.Text;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gongkai.source.FrontMatter;
import org.gongkai.source.Utf8Text;
import org.gongkai.source.Yaml12;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Writes one line, {@code index: …}, into a document's YAML header and changes nothing else: not a
 * byte of the other lines, comments, key order, quoting, line endings or byte-order mark. The line
 * goes after the title; an empty {@code index:} line is filled in instead, and an old number (when
 * a document is renumbered) is replaced in place. Headers that cannot be
 * edited this safely (flow style, anchors on keys, indented keys) are refused with the line to add
 * by hand.
 */
public final class HeaderEditor {

  private static final Pattern PLAIN_SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/_.\\-]*");
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private HeaderEditor() {}

  /** The edited file, or why it could not be edited safely. */
  public record Result(byte[] bytes, Text refusal) {
    public boolean ok() {
      return refusal == null;
    }
  }

  /**
   * Writes {@code index} into the header of a document file.
   *
   * @param markdown whether the file is a report (front matter) rather than a task list (all YAML)
   */
  public static Result addIndex(byte[] original, boolean markdown, String index) {
    boolean bom = original.length >= 3 && original[0] == BOM[0] && original[1] == BOM[1]
        && original[2] == BOM[2];
    Optional<String> decoded = Utf8Text.decode(original, "", p -> { });
    if (decoded.isEmpty()) {
      return refuse(Text.of("index.header.not-utf8"));
    }
    String text = decoded.get();
    String eol = text.contains("\r\n") ? "\r\n" : "\n";
    int headerStart = 0;
    String header = text;
    if (markdown) {
      Optional<FrontMatter> front = FrontMatter.split(text);
      if (front.isEmpty()) {
        return refuse(Text.of("index.header.no-front-matter"));
      }
      header = front.get().yaml();
      headerStart = text.indexOf('\n') + 1;
    }
    Optional<Node> node = Yaml12.compose(header, "", 1, p -> { });
    if (node.isEmpty() || !(node.get() instanceof MappingNode root)) {
      return refuse(Text.of("index.header.not-mapping"));
    }
    if (root.getFlowStyle() == DumperOptions.FlowStyle.FLOW) {
      return refuse(Text.of("index.header.flow"));
    }
    NodeTuple title = null;
    NodeTuple existing = null;
    boolean chineseKeys = false;
    for (NodeTuple t : root.getValue()) {
      Node key = t.getKeyNode();
      if (!(key instanceof ScalarNode scalarKey) || !scalarKey.isPlain()) {
        return refuse(Text.of("index.header.key-not-plain"));
      }
      if (key.getAnchor() != null || t.getValueNode().getAnchor() != null
          && isIndexKey(scalarKey.getValue())) {
        return refuse(Text.of("index.header.anchor", "&" + (key.getAnchor() != null
            ? key.getAnchor() : t.getValueNode().getAnchor())));
      }
      if (key.getStartMark().getColumn() != 0) {
        return refuse(Text.of("index.header.indented"));
      }
      String name = scalarKey.getValue();
      if (name.equals("title") || name.equals("标题")) {
        title = t;
        chineseKeys = name.equals("标题");
      } else if (isIndexKey(name)) {
        existing = t;
      }
    }
    String value = PLAIN_SAFE.matcher(index).matches() ? index : Ledger.quote(index);
    String edited;
    if (existing != null && !Yaml12.isNull(existing.getValueNode())) {
      Node old = existing.getValueNode();
      if (old.getStartMark().getLine() != old.getEndMark().getLine()
          || !(old instanceof ScalarNode)) {
        return refuse(Text.of("index.header.multiline"));
      }
      int from = headerStart + offset(header, old.getStartMark().getIndex());
      int to = headerStart + offset(header, old.getEndMark().getIndex());
      edited = text.substring(0, from) + value + text.substring(to);
    } else if (existing != null) {
      int colon = headerStart + offset(header, existing.getKeyNode().getEndMark().getIndex());
      while (colon < text.length() && text.charAt(colon) == ' ') {
        colon++;
      }
      if (colon >= text.length() || text.charAt(colon) != ':') {
        return refuse(Text.of("index.header.unusual"));
      }
      int rest = colon + 1;
      int lineEnd = indexOfLineEnd(text, rest);
      String after = text.substring(rest, lineEnd);
      if (!after.isBlank() && !after.stripLeading().startsWith("#")) {
        return refuse(Text.of("index.header.unusual"));
      }
      edited = text.substring(0, rest) + " " + value + text.substring(rest);
    } else {
      String line = (chineseKeys ? "索引号" : "index") + ": " + value;
      int at;
      if (title == null) {
        at = headerStart;
      } else {
        org.yaml.snakeyaml.error.Mark end = title.getValueNode().getEndMark();
        int endOffset = headerStart + offset(header, end.getIndex());
        at = end.getColumn() == 0 ? endOffset : nextLineStart(text, endOffset);
      }
      if (at > 0 && text.charAt(at - 1) != '\n') {
        edited = text.substring(0, at) + eol + line + text.substring(at);
      } else {
        edited = text.substring(0, at) + line + eol + text.substring(at);
      }
    }
    if (!verify(edited, markdown, index, header)) {
      return refuse(Text.of("index.header.changes-meaning"));
    }
    byte[] body = edited.getBytes(StandardCharsets.UTF_8);
    if (!bom) {
      return new Result(body, null);
    }
    byte[] out = new byte[body.length + 3];
    System.arraycopy(BOM, 0, out, 0, 3);
    System.arraycopy(body, 0, out, 3, body.length);
    return new Result(out, null);
  }

  private static boolean isIndexKey(String name) {
    return name.equals("index") || name.equals("索引号");
  }

  /** SnakeYAML marks count code points; Java strings count UTF-16 units. */
  private static int offset(String text, int codePointIndex) {
    return text.offsetByCodePoints(0, Math.min(codePointIndex,
        text.codePointCount(0, text.length())));
  }

  private static int nextLineStart(String text, int from) {
    int nl = text.indexOf('\n', from);
    return nl < 0 ? text.length() : nl + 1;
  }

  private static int indexOfLineEnd(String text, int from) {
    int nl = text.indexOf('\n', from);
    int end = nl < 0 ? text.length() : nl;
    return end > from && text.charAt(end - 1) == '\r' ? end - 1 : end;
  }

  /** The edited header reads as the old one plus exactly the index. */
  private static boolean verify(String edited, boolean markdown, String index, String oldHeader) {
    String header = edited;
    if (markdown) {
      Optional<FrontMatter> front = FrontMatter.split(edited);
      if (front.isEmpty()) {
        return false;
      }
      header = front.get().yaml();
    }
    Optional<Node> before = Yaml12.compose(oldHeader, "", 1, p -> { });
    Optional<Node> after = Yaml12.compose(header, "", 1, p -> { });
    if (before.isEmpty() || after.isEmpty()) {
      return false;
    }
    List<String> oldPairs = pairs(before.get(), null);
    List<String> newPairs = pairs(after.get(), index);
    return newPairs.equals(oldPairs) && countIndex(after.get(), index) == 1;
  }

  private static List<String> pairs(Node node, String dropIndex) {
    List<String> out = new ArrayList<>();
    for (NodeTuple t : ((MappingNode) node).getValue()) {
      String key = ((ScalarNode) t.getKeyNode()).getValue();
      if (isIndexKey(key)) {
        continue;
      }
      out.add(key + "=" + describe(t.getValueNode()));
    }
    return out;
  }

  private static int countIndex(Node node, String index) {
    int n = 0;
    for (NodeTuple t : ((MappingNode) node).getValue()) {
      if (isIndexKey(((ScalarNode) t.getKeyNode()).getValue())
          && t.getValueNode() instanceof ScalarNode v && v.getValue().equals(index)) {
        n++;
      }
    }
    return n;
  }

  /** A node's content, without positions (which move when a line is inserted above it). */
  private static String describe(Node n) {
    return describe(n, 0);
  }

  private static String describe(Node n, int depth) {
    if (depth > 64) {
      return "…";
    }
    if (n instanceof ScalarNode s) {
      return "'" + s.getValue() + "'";
    }
    StringBuilder out = new StringBuilder();
    if (n instanceof org.yaml.snakeyaml.nodes.SequenceNode seq) {
      out.append('[');
      seq.getValue().forEach(item -> out.append(describe(item, depth + 1)).append(','));
      return out.append(']').toString();
    }
    if (n instanceof MappingNode map) {
      out.append('{');
      map.getValue().forEach(t -> out.append(describe(t.getKeyNode(), depth + 1)).append('=')
          .append(describe(t.getValueNode(), depth + 1)).append(','));
      return out.append('}').toString();
    }
    return n.getNodeId().toString();
  }

  private static Result refuse(Text why) {
    return new Result(null, why);
  }
}
