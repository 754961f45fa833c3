package org.gongkai;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same input gives byte-identical output: no build times in pages, a fixed order everywhere. */
class DeterminismTest {

  @Test
  void twoBuildsOfTheSampleSiteAreByteIdentical(@TempDir Path first, @TempDir Path second)
      throws IOException {
    SampleSite.build(first.resolve("out"));
    SampleSite.build(second.resolve("out"));
    List<String> files = SampleSite.files(first.resolve("out"));
    assertEquals(files, SampleSite.files(second.resolve("out")));
    for (String file : files) {
      assertArrayEquals(Files.readAllBytes(first.resolve("out").resolve(file)),
          Files.readAllBytes(second.resolve("out").resolve(file)), file);
    }
  }
}
