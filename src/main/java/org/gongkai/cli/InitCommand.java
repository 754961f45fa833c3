package org.gongkai.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.gongkai.BuildResult;
import org.gongkai.Gongkai;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gongkai init DIR}. */
@Command(name = "init", mixinStandardHelpOptions = true,
    description = "Create a starter site in DIR (new or empty): pom.xml using the Maven plugin,"
        + " site.yaml, units.yaml, a notice and a task list, .gitignore and a README.")
final class InitCommand implements Callable<Integer> {

  @Parameters(paramLabel = "DIR", description = "the folder to create")
  Path dir;

  @Option(names = "--name", paramLabel = "网站名称", defaultValue = "示例市人民政府",
      description = "the site's name (default: ${DEFAULT-VALUE})")
  String name;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    BuildResult result = Gongkai.init(dir, name, LocalDate.now(ZoneId.of("Asia/Shanghai")));
    int code = Report.print(result, "created " + dir.toAbsolutePath().normalize(),
        spec.commandLine().getOut(), spec.commandLine().getErr());
    if (code == 0) {
      spec.commandLine().getOut().println("next: cd " + dir + " && mvn package   (or: gongkai"
          + " build --site " + dir + ")");
    }
    return code;
  }
}
