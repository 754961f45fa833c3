package org.gongkai.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.gongkai.BuildResult;
import org.gongkai.Gongkai;
import org.gongkai.model.Text;

/**
 * 检查站点内容（元数据、索引号、责任单位、链接、不予公开的内容等），不写任何文件。有错误时构建失败；设置
 * {@code failOnWarnings} 后有警告也失败。
 * Checks the site's content (metadata, index numbers, units, links, withheld content …) without
 * writing anything. Fails the build on errors, and on warnings with {@code failOnWarnings}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true,
    requiresProject = false)
public class CheckMojo extends AbstractGongkaiMojo {

  @Override
  BuildResult run(Gongkai gongkai) {
    return gongkai.check();
  }

  @Override
  Text done(BuildResult result) {
    return Text.of("facade.done.checked");
  }

  @Override
  boolean sharesWhatItPrints() {
    return true;
  }
}
