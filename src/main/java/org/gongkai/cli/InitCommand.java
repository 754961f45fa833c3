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

  @Option(names = "--organ-code", paramLabel = "机构代码", converter = OrganCodeOption.class,
      descriptionKey = "option.organ-code")
  String organCode;

  @Option(names = "--site-code", paramLabel = "网站标识码", converter = SiteCodeOption.class,
      descriptionKey = "option.site-code")
  String siteCode;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    BuildResult result = Gongkai.init(dir, name, organCode, siteCode,
        LocalDate.now(ZoneId.of("Asia/Shanghai")));
    int code = Report.print(result,
        Text.of("facade.done.created", dir.toAbsolutePath().normalize().toString()),
        spec.commandLine().getOut(), spec.commandLine().getErr());
    if (code == 0) {
      boolean placeholders = result.problems().stream()
          .anyMatch(p -> p.ruleId().equals("identity-placeholder"));
      spec.commandLine().getOut().println(Messages.get(Main.lang(),
          placeholders ? "cli.init.next-fill" : "cli.init.next", dir.toString()));
    }
    return code;
  }

  /** {@code --organ-code}, read as the checks read it (a usage error when it is wrong). */
  static final class OrganCodeOption implements picocli.CommandLine.ITypeConverter<String> {
    @Override
    public String convert(String value) {
      return Gongkai.organCode(value);
    }
  }

  /** {@code --site-code}, read as the checks read it. */
  static final class SiteCodeOption implements picocli.CommandLine.ITypeConverter<String> {
    @Override
    public String convert(String value) {
      return Gongkai.siteCode(value);
    }
  }
}
