package org.gongkai.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.gongkai.model.Text;
import org.gongkai.model.Problem;
import org.gongkai.model.Topics;
import org.gongkai.source.Yaml12;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads a 主题分类 list written as {@code 一级: [二级, …]}. */
public final class TopicList {

  private static final String BUNDLED = "/org/gongkai/topics.yaml";

  private TopicList() {}

  /** The national list bundled with gongkai (State Council subject categories). */
  public static Topics bundled() {
    try (InputStream in = TopicList.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + BUNDLED);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<Problem> problems = new ArrayList<>();
      Node node = Yaml12.compose(text, BUNDLED, 1, problems::add).orElseThrow();
      return read(node, BUNDLED, 1, problems::add).orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A list from a YAML node; problems are reported at their place. */
  public static Optional<Topics> read(
      Node node, String path, int firstLine, Consumer<Problem> problems) {
    if (!(node instanceof MappingNode mapping)) {
      problems.accept(Problem.error(Yaml12.at(node, path, firstLine), "topics",
          Text.of("config.topics"), Text.of("config.topics-hint")));
      return Optional.empty();
    }
    Map<String, List<String>> tree = new LinkedHashMap<>();
    for (NodeTuple t : mapping.getValue()) {
      if (!(t.getKeyNode() instanceof ScalarNode key)) {
        continue;
      }
      List<String> seconds = new ArrayList<>();
      Node value = t.getValueNode();
      if (value instanceof SequenceNode seq) {
        for (Node item : seq.getValue()) {
          if (item instanceof ScalarNode s && !s.getValue().isBlank()) {
            seconds.add(s.getValue().strip());
          }
        }
      } else if (!Yaml12.isNull(value)) {
        problems.accept(Problem.error(Yaml12.at(value, path, firstLine), "topics",
            Text.of("config.topics-second", key.getValue()), Text.NONE));
      }
      tree.put(key.getValue().strip(), seconds);
    }
    return Optional.of(new Topics(tree));
  }
}
