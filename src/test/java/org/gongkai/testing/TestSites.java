package org.gongkai.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Example sites for tests: the spec cases under {@code src/test/resources/sites/<case>/}, copied
 * into a temporary folder before a build (so that a build never writes next to the resources),
 * and small helpers to write further files and to read a written tree back.
 */
public final class TestSites {

  private TestSites() {}

  /** The folder of a spec case on the test class path. */
  public static Path resource(String caseName) {
    URL url = TestSites.class.getResource("/sites/" + caseName + "/site.yaml");
    if (url == null) {
      url = TestSites.class.getResource("/sites/" + caseName);
    }
    if (url == null) {
      throw new IllegalArgumentException("no test site " + caseName);
    }
    try {
      Path p = Path.of(url.toURI());
      return Files.isDirectory(p) ? p : p.getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Copies a spec case into {@code dir} (which may exist) and returns {@code dir}. */
  public static Path copy(String caseName, Path dir) {
    return copyTree(resource(caseName), dir);
  }

  /** Copies a file, or a folder with everything in it, to {@code dir}; returns {@code dir}. */
  public static Path copyTree(Path from, Path dir) {
    try {
      Files.walkFileTree(from, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs)
            throws IOException {
          Files.createDirectories(dir.resolve(from.relativize(d).toString()));
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
          Files.copy(f, dir.resolve(from.relativize(f).toString()));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dir;
  }

  /** Writes a UTF-8 text file, creating its folders. */
  public static Path write(Path dir, String relPath, String text) {
    return writeBytes(dir, relPath, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes a file, creating its folders. */
  public static Path writeBytes(Path dir, String relPath, byte[] bytes) {
    Path file = dir.resolve(relPath);
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** A UTF-8 file's text. */
  public static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every file and folder under {@code root} (hidden ones included) by relative path with {@code
   * /} (folders end in {@code /}), with each file's bytes as a comparable string (decoded as
   * ISO-8859-1, one char per byte, so any byte sequence survives).
   */
  public static Map<String, String> snapshot(Path root) {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        String rel = root.relativize(f).toString().replace('\\', '/');
        if (f.equals(root)) {
          continue;
        }
        if (Files.isDirectory(f)) {
          out.put(rel + "/", "(folder)");
        } else {
          out.put(rel, new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Asserts that {@code file} exists under {@code root}. */
  public static Path assertFile(Path root, String relPath) {
    Path f = root.resolve(relPath);
    assertTrue(Files.isRegularFile(f), () -> "expected the file " + relPath + " in " + root);
    return f;
  }
}
