package org.gongkai.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution as a user installs it: the archive {@code mvn package} made is unpacked with
 * tar into an empty folder, and its {@code bin/gongkai} runs with nothing else: {@code --version},
 * a build of a small site, and the environment it honours (JAVA_HOME, GONGKAI_OPTS). The zip must
 * hold the same files. The Windows launcher is checked in LauncherScriptTest.
 */
class DistributionIT {

  @TempDir static Path root;
  private static Path home;

  @BeforeAll
  static void unpack() throws Exception {
    Path archive = archive("-dist.tar.gz");
    Path into = root.resolve("install");
    Files.createDirectories(into);
    Process tar = new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", into.toString())
        .redirectErrorStream(true).start();
    assertEquals(0, tar.waitFor(), new String(tar.getInputStream().readAllBytes()));
    try (Stream<Path> top = Files.list(into)) {
      List<Path> folders = top.toList();
      assertEquals(1, folders.size(), "one top folder: " + folders);
      home = folders.get(0);
    }
    assertTrue(home.getFileName().toString().matches("gongkai-\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"),
        home.toString());
  }

  @Test
  void theArchivesHoldBothLaunchersAndTheJar() throws IOException {
    TreeSet<String> unpacked = new TreeSet<>();
    try (Stream<Path> walk = Files.walk(home)) {
      walk.filter(Files::isRegularFile)
          .forEach(f -> unpacked.add(home.relativize(f).toString()));
    }
    assertTrue(unpacked.containsAll(List.of("bin/gongkai", "bin/gongkai.cmd",
        "lib/gongkai.jar")), unpacked.toString());
    assertTrue(Files.getPosixFilePermissions(home.resolve("bin/gongkai"))
        .contains(PosixFilePermission.OWNER_EXECUTE));
    TreeSet<String> zipped = new TreeSet<>();
    try (ZipFile zip = new ZipFile(archive("-dist.zip").toFile())) {
      String prefix = home.getFileName() + "/";
      Collections.list(zip.entries()).stream().filter(e -> !e.isDirectory())
          .forEach(e -> zipped.add(e.getName().substring(prefix.length())));
    }
    assertEquals(unpacked, zipped);
  }

  @Test
  void versionRunsFromTheUnpackedFolder() throws Exception {
    Run run = gongkai(Map.of(), root, "--version");
    assertEquals(0, run.exit, run.output);
    assertTrue(run.output.strip().matches("gongkai \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), run.output);
  }

  @Test
  void itBuildsASmallSiteFromAnotherFolder() throws Exception {
    Path site = root.resolve("site");
    copyTree(Path.of("src/test/resources/sites/minimal"), site);
    Path out = root.resolve("out");
    Run run = gongkai(Map.of(), root, "build", "--site", site.toString(), "--output",
        out.toString(), "--lang", "en");
    assertEquals(0, run.exit, run.output);
    assertTrue(run.output.contains("0 errors"), run.output);
    var home = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
    assertFalse(home.select("a[href]").isEmpty(), home.html());
    try (Stream<Path> pages = Files.walk(out)) {
      assertTrue(pages.filter(p -> p.toString().endsWith(".html")).count() > 3);
    }
  }

  @Test
  void theLauncherChoosesTheSerialCollectorUnlessGongkaiOptsChoosesOne() throws Exception {
    Run defaults = gongkai(Map.of("GONGKAI_OPTS", "-XX:+PrintCommandLineFlags"), root,
        "--version");
    assertEquals(0, defaults.exit, defaults.output);
    assertTrue(defaults.output.contains("-XX:+UseSerialGC"), defaults.output);
    assertTrue(defaults.output.contains("-XX:MaxRAMPercentage=50"), defaults.output);

    Run parallel = gongkai(Map.of("GONGKAI_OPTS", "-XX:+PrintCommandLineFlags "
        + "-XX:+UseParallelGC -Xmx300m"), root, "--version");
    assertEquals(0, parallel.exit, parallel.output);
    assertTrue(parallel.output.contains("-XX:+UseParallelGC"), parallel.output);
    assertFalse(parallel.output.contains("-XX:+UseSerialGC"), parallel.output);
    assertTrue(parallel.output.contains("-XX:MaxHeapSize=314572800"), parallel.output);
  }

  @Test
  void javaHomeIsTheJavaThatRuns() throws Exception {
    Run missing = gongkai(Map.of("JAVA_HOME", root.resolve("no-java").toString()), root,
        "--version");
    assertEquals(2, missing.exit, missing.output);
    assertTrue(missing.output.contains("JAVA_HOME"), missing.output);

    Run present = gongkai(Map.of("JAVA_HOME", System.getProperty("java.home")), root,
        "--version");
    assertEquals(0, present.exit, present.output);
  }

  @Test
  void aSymbolicLinkToTheLauncherFindsItsJar() throws Exception {
    Path link = root.resolve("links/gongkai");
    Files.createDirectories(link.getParent());
    if (!Files.exists(link)) {
      Files.createSymbolicLink(link, home.resolve("bin/gongkai"));
    }
    Run run = run(List.of(link.toString(), "--version"), Map.of(), root);
    assertEquals(0, run.exit, run.output);
  }

  private record Run(int exit, String output) {}

  private static Run gongkai(Map<String, String> env, Path directory, String... args)
      throws Exception {
    List<String> command = new ArrayList<>(List.of(home.resolve("bin/gongkai").toString()));
    command.addAll(List.of(args));
    return run(command, env, directory);
  }

  private static Run run(List<String> command, Map<String, String> env, Path directory)
      throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
        .redirectErrorStream(true);
    Map<String, String> environment = builder.environment();
    // the launcher's own behaviour, not the caller's settings
    environment.remove("GONGKAI_OPTS");
    environment.remove("JAVA_TOOL_OPTIONS");
    environment.put("JAVA_HOME", System.getProperty("java.home"));
    environment.putAll(new HashMap<>(env));
    Process p = builder.start();
    byte[] output = p.getInputStream().readAllBytes();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
    }
    return new Run(p.exitValue(), new String(output, StandardCharsets.UTF_8));
  }

  private static Path archive(String suffix) throws IOException {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst()
          .orElseThrow(() -> new AssertionError("no *" + suffix + " in target: mvn package "
              + "makes it before the integration tests"));
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
