package org.gongkai.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.gongkai.BuildResult;
import org.gongkai.Gongkai;
import org.gongkai.model.Text;

/**
 * 检查站点并写入 {@code outputDirectory}。有任何错误都不写入，原有的输出保持不变。未冻结（不在
 * CI 中）时，先为缺少索引号的文档编号，写入文档和 index-ledger.yaml。同一次 Maven 构建中
 * {@code check} 目标已报告过的问题不再重复列出。
 * Checks the site and writes it to {@code outputDirectory}. On any error nothing is written: the
 * previous output stays as it was. Outside CI (not frozen) it assigns missing index numbers first,
 * writing them into the documents and index-ledger.yaml. Problems the {@code check} goal of the
 * same Maven build has printed are not listed again.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true,
    requiresProject = false)
public class BuildMojo extends AbstractGongkaiMojo {

  @Override
  BuildResult run(Gongkai gongkai) {
    return gongkai.build();
  }

  @Override
  Text done(BuildResult result) {
    return result.written() ? Text.of("facade.done.built", outputDirectory.toString())
        : Text.of("facade.done.built-nothing");
  }
}
