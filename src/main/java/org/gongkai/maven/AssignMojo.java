package org.gongkai.maven;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.gongkai.BuildResult;
import org.gongkai.Gongkai;
import org.gongkai.model.Text;

/**
 * 为缺少索引号的可发布文档编号，并记入 index-ledger.yaml，与 {@code gongkai index assign}
 * 相同。请在本机运行，再提交文档和台账；冻结时（在 CI 中）不运行。
 * Assigns index numbers (索引号) to publishable documents that lack one and records them in
 * index-ledger.yaml, like {@code gongkai index assign}. Run it on a laptop, then commit the
 * documents and the ledger; it refuses to run frozen (in CI).
 */
@Mojo(name = "assign", threadSafe = true, requiresProject = false)
public class AssignMojo extends AbstractGongkaiMojo {

  /**
   * 要重新编号的文档（相对于站点文件夹的路径），用逗号分隔。
   * Documents (paths relative to the site folder) to give a fresh number, comma-separated.
   */
  @Parameter(property = "gongkai.renumber")
  List<String> renumber;

  /**
   * 要标记为从旧网站迁移的文档，用逗号分隔。
   * Documents to mark as imported from an older site, comma-separated.
   */
  @Parameter(property = "gongkai.import")
  List<String> imports;

  /**
   * 为每篇索引号尚未发布的文档（发布日期在今天之后）重新编号，如机构代码改变之后；已发布的索引号不变。
   * Give a fresh number to every document whose number is not yet published (发布日期 after
   * today), e.g. after the organ code changed; published numbers never change.
   */
  @Parameter(property = "gongkai.renumberUnpublished")
  String renumberUnpublished;

  @Override
  BuildResult run(Gongkai gongkai) throws MojoExecutionException {
    return gongkai.assign(paths(renumber), paths(imports),
        bool(gongkai.lang(), "renumberUnpublished", renumberUnpublished, false));
  }

  @Override
  Text done(BuildResult result) {
    return result.written() ? Text.of("facade.done.assigned")
        : Text.of("facade.done.nothing-to-assign");
  }

  private static Set<String> paths(List<String> values) {
    Set<String> out = new LinkedHashSet<>();
    if (values != null) {
      values.stream().map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
    }
    return out;
  }
}
