package org.gongkai.source;

import static org.gongkai.testing.ProblemAssert.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Problem;
import org.gongkai.model.Severity;
import org.gongkai.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentTreeTest {

  @TempDir
  Path site;

  private final List<Problem> problems = new ArrayList<>();

  @Test
  void columnsDocumentsAndFilesAreFoundInOrder() {
    TestSites.write(site, "content/zwgk/_column.yaml", "title: 政务公开\n");
    TestSites.write(site, "content/zwgk/tzgg/b.md", "");
    TestSites.write(site, "content/zwgk/tzgg/a.yaml", "");
    TestSites.write(site, "content/zwgk/tzgg/files/a.pdf", "");
    TestSites.write(site, "content/zwgk/tzgg/files/img/b.png", "");
    TestSites.write(site, "content/zwgk/.git/x.md", "");
    TestSites.write(site, "content/zwgk/.hidden.md", "");
    TestSites.write(site, "static/css/site.css", "");
    ContentTree tree = ContentTree.scan(site, problems::add);
    assertTrue(problems.isEmpty(), problems::toString);
    assertEquals(List.of("zwgk", "zwgk/tzgg"), tree.columns(), "files/ is never a column");
    assertEquals(List.of("content/zwgk/tzgg/a.yaml", "content/zwgk/tzgg/b.md"), tree.documents());
    assertEquals(List.of("content/zwgk/tzgg/files/a.pdf", "content/zwgk/tzgg/files/img/b.png",
        "static/css/site.css"), tree.files());
  }

  @Test
  void aBackslashInAFileNameIsKeptAsPartOfTheName() {
    // on Linux `a\..\b.md` is one file in tzgg/, not a path that climbs out of it
    TestSites.write(site, "content/tzgg/a\\..\\..\\b.md", "");
    TestSites.write(site, "content/tzgg/files/x\\y.pdf", "");
    ContentTree tree = ContentTree.scan(site, problems::add);
    assertEquals(List.of("content/tzgg/a\\..\\..\\b.md"), tree.documents());
    assertEquals(List.of("content/tzgg/files/x\\y.pdf"), tree.files());
  }

  @Test
  void aSiteWithoutContentIsAnError() {
    ContentTree tree = ContentTree.scan(site, problems::add);
    assertProblem(problems, "content/", Severity.ERROR, "site-layout", "no content/ folder");
    assertTrue(tree.documents().isEmpty());
  }

  @Test
  void aDocumentDirectlyInContentBelongsToNoColumn() {
    TestSites.write(site, "content/a.md", "");
    TestSites.write(site, "content/_column.yaml", "");
    TestSites.write(site, "content/tzgg/notes.txt", "");
    ContentTree tree = ContentTree.scan(site, problems::add);
    assertProblem(problems, "content/a.md", Severity.ERROR, "site-layout", "content/tzgg/a.md");
    assertProblem(problems, "content/_column.yaml", Severity.WARNING, "site-layout");
    assertProblem(problems, "content/tzgg/notes.txt", Severity.WARNING, "site-layout",
        "files/ folder");
    assertTrue(tree.documents().isEmpty());
  }
}
