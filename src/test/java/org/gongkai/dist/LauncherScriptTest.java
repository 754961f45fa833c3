package org.gongkai.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Windows launcher, which cannot run here, read as cmd.exe reads it: CRLF line endings (a
 * batch file with bare LF breaks labels and goto), ASCII only (cmd.exe reads it in the console's
 * code page), every argument passed on, JAVA_HOME and GONGKAI_OPTS honoured. The POSIX launcher
 * runs for real in DistributionIT.
 */
class LauncherScriptTest {

  private static final Path CMD = Path.of("src/dist/bin/gongkai.cmd");
  private static final Path SH = Path.of("src/dist/bin/gongkai");

  @Test
  void theWindowsLauncherHasCrlfLineEndingsAndIsAscii() throws IOException {
    byte[] bytes = Files.readAllBytes(CMD);
    assertTrue(bytes.length > 0);
    assertEquals('\n', bytes[bytes.length - 1], "the last line ends");
    for (int i = 0; i < bytes.length; i++) {
      assertTrue(bytes[i] >= 0, "byte " + i + " is not ASCII");
      if (bytes[i] == '\n') {
        assertTrue(i > 0 && bytes[i - 1] == '\r', "LF without CR at byte " + i);
      }
      if (bytes[i] == '\r') {
        assertTrue(i + 1 < bytes.length && bytes[i + 1] == '\n', "CR without LF at byte " + i);
      }
    }
  }

  @Test
  void theWindowsLauncherStartsQuietlyAndRunsTheJarWithEveryArgument() throws IOException {
    List<String> lines = lines(CMD);
    assertEquals("@echo off", lines.get(0));
    assertTrue(lines.contains("setlocal"), "variables do not leak into the caller's console");
    String run = lines.stream().filter(l -> l.contains("-jar ")).findFirst().orElseThrow();
    assertTrue(run.startsWith("\"%GONGKAI_JAVA%\" "), run);
    assertTrue(run.contains("%GONGKAI_OPTS% -jar \"%GONGKAI_HOME%\\lib\\gongkai.jar\" %*"), run);
    assertTrue(run.indexOf("%GONGKAI_DEFAULT_JVM_OPTS%") < run.indexOf("%GONGKAI_OPTS%"),
        "the user's options come last, so that they win");
    assertTrue(lines.contains("set \"GONGKAI_JAVA=%JAVA_HOME%\\bin\\java.exe\""));
    assertTrue(lines.contains("exit /b %ERRORLEVEL%"), "the exit code reaches the caller");
  }

  @Test
  void everyGotoInTheWindowsLauncherHasItsLabelAndNoBlockHidesAPath() throws IOException {
    List<String> lines = lines(CMD);
    for (String line : lines) {
      int at = line.indexOf("goto ");
      if (at >= 0 && !line.startsWith("rem ")) {
        String label = ":" + line.substring(at + 5).strip();
        assertTrue(lines.contains(label), "no label " + label);
      }
      // "C:\Program Files (x86)\Java" in %JAVA_HOME% would close a parenthesised block early
      if (!line.startsWith("rem ") && !line.startsWith("echo ")) {
        assertFalse(line.strip().endsWith("("), "a block: " + line);
      }
    }
  }

  @Test
  void bothLaunchersSetTheSameJvmDefaults() throws IOException {
    String sh = Files.readString(SH, StandardCharsets.UTF_8);
    String cmd = Files.readString(CMD, StandardCharsets.US_ASCII);
    String options = between(sh, "default_jvm_opts=\"", "\"");
    String gc = between(sh, "default_gc=\"", "\"");
    assertEquals(options, between(cmd, "set \"GONGKAI_DEFAULT_JVM_OPTS=", "\""));
    assertEquals(gc, between(cmd, "set \"GONGKAI_DEFAULT_GC=", "\""));
    assertTrue(sh.startsWith("#!/bin/sh\n"), "a POSIX shell script");
    assertFalse(sh.contains("\r"), "LF only");
    assertTrue(sh.contains("$GONGKAI_OPTS -jar \"$app_home/lib/gongkai.jar\" \"$@\""));
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start);
    assertTrue(from >= 0, "no " + start);
    from += start.length();
    return text.substring(from, text.indexOf(end, from));
  }

  private static List<String> lines(Path file) throws IOException {
    return Arrays.asList(Files.readString(file, StandardCharsets.US_ASCII).split("\r\n"));
  }
}
