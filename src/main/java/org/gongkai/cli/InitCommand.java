package org.gongkai.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.gongkai.BuildResult;
import org.gongkai.Gongkai;
import org.gongkai.model.Messages;
import org.gongkai.model.Text;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gongkai init DIR}. */
@Command(name = "init", mixinStandardHelpOptions = true)
final class InitCommand implements Callable<Integer> {

  @Parameters(paramLabel = "DIR", descriptionKey = "param.init-dir")
  Path dir;

  @Option(names = "--name", paramLabel = "网站名称", defaultValue = "示例市人民政府",
      descriptionKey = "option.name")
  String name;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    BuildResult result = Gongkai.init(dir, name, LocalDate.now(ZoneId.of("Asia/Shanghai")));
    int code = Report.print(result,
        Text.of("facade.done.created", dir.toAbsolutePath().normalize().toString()),
        spec.commandLine().getOut(), spec.commandLine().getErr());
    if (code == 0) {
      spec.commandLine().getOut().println(Messages.get(Main.lang(), "cli.init.next",
          dir.toString()));
    }
    return code;
  }
}
