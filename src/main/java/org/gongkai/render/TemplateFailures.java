package org.gongkai.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.gongkai.model.Problem;

/**
 * The template failures of one build, collected from every rendering thread. A typo in a template
 * breaks every page that template renders, always in the same way: it is reported once, with the
 * number of pages it broke and the first of them, not once per page.
 */
public final class TemplateFailures {

  private final Map<Renderer.Failure, TreeSet<String>> pages = new ConcurrentHashMap<>();

  /** Records a page that could not be rendered. */
  public void add(Renderer.Result result) {
    if (!result.ok()) {
      TreeSet<String> broken = pages.computeIfAbsent(result.failure(), f -> new TreeSet<>());
      synchronized (broken) {
        broken.add(result.page());
      }
    }
  }

  /** One problem per distinct failure, in the order of their locations. */
  public List<Problem> problems() {
    List<Problem> out = new ArrayList<>();
    pages.forEach((failure, broken) -> {
      synchronized (broken) {
        out.add(failure.problem(List.copyOf(broken)));
      }
    });
    out.sort(null);
    return out;
  }
}
