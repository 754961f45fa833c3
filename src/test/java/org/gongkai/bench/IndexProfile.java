package org.gongkai.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import org.gongkai.assemble.PageKind;
import org.gongkai.assemble.SiteAssembler;
import org.gongkai.assemble.SitePlan;
import org.gongkai.config.SiteReader;
import org.gongkai.markdown.Markdown;
import org.gongkai.search.SearchIndex;

public final class IndexProfile {
  public static void main(String[] args) {
    Path site = Path.of(args[0]);
    SitePlan plan = new SiteAssembler(new Markdown()).assemble(SiteReader.read(site, p -> { }),
        LocalDate.of(2026, 11, 23).atTime(23, 59, 59), p -> { });
    for (int i = 0; i < 4; i++) {
      long t0 = System.nanoTime();
      plan.pages().stream().filter(p -> p.kind() == PageKind.TASK_LIST).forEach(p -> p.content());
      long t1 = System.nanoTime();
      if (args.length < 2) SearchIndex.build(plan, p -> { });
      long t2 = System.nanoTime();
      System.out.printf("views %.2f s, index %.2f s%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9);
    }
  }
}
