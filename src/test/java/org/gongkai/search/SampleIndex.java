package org.gongkai.search;

import static org.gongkai.testing.ProblemAssert.assertNoErrors;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.gongkai.SampleSite;
import org.gongkai.assemble.SiteAssembler;
import org.gongkai.assemble.SitePlan;
import org.gongkai.config.SiteReader;
import org.gongkai.markdown.Markdown;
import org.gongkai.model.Problem;

/**
 * A site's plan and the text the index holds of each published document, planned in the test
 * itself (not read back from the index files), with the brute-force search the index must agree
 * with: every document whose normalised text contains the normalised query.
 */
final class SampleIndex {

  final SitePlan plan;
  /** Each document's normalised text (fields and segments separated), by page path. */
  final Map<String, String> texts = new TreeMap<>();
  final List<IndexedDocument> documents;

  SampleIndex(Path siteDir) {
    List<Problem> problems = new ArrayList<>();
    plan = new SiteAssembler(new Markdown()).assemble(SiteReader.read(siteDir, problems::add),
        SampleSite.TODAY.atTime(23, 59, 59), problems::add);
    assertNoErrors(problems);
    documents = SearchIndex.documents(plan);
    for (IndexedDocument d : documents) {
      texts.put(d.path(), Postings.Layout.of(d).text());
    }
  }

  /** The sample site of this repository. */
  static SampleIndex sample() {
    return new SampleIndex(SampleSite.ROOT);
  }

  /** The pages whose text contains a query, by brute force; empty for a query too short. */
  TreeSet<String> bruteForce(String query) {
    String q = SearchText.normalize(query);
    TreeSet<String> out = new TreeSet<>();
    if (q.length() < 2) {
      return out;
    }
    texts.forEach((path, text) -> {
      if (text.contains(q)) {
        out.add(path);
      }
    });
    return out;
  }
}
