package org.gongkai.source;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.gongkai.model.IoText;
import org.gongkai.model.Location;
import org.gongkai.model.Problem;
import org.gongkai.model.Text;

/**
 * What is in a site's {@code content/} and {@code static/} folders: column folders, document
 * files, and files to copy as they are. Hidden files and symbolic links are skipped, and a link
 * that leads outside the site is an error ({@link SiteFolder}); every list is sorted so that
 * builds are deterministic.
 *
 * @param columns column folders relative to {@code content/}, parents before children
 * @param documents document files relative to the site folder
 * @param files files to copy (under {@code files/} folders and {@code static/}), relative to the
 *     site folder
 */
public record ContentTree(List<String> columns, List<String> documents, List<String> files) {

  public static final String COLUMN_FILE = "_column.yaml";
  public static final String FILES_FOLDER = "files";

  public ContentTree {
    columns = List.copyOf(columns);
    documents = List.copyOf(documents);
    files = List.copyOf(files);
  }

  /** Scans the site folder. A missing {@code content/} folder is an error. */
  public static ContentTree scan(Path siteDir, Consumer<Problem> problems) {
    List<String> columns = new ArrayList<>();
    List<String> documents = new ArrayList<>();
    List<String> files = new ArrayList<>();
    Path content = siteDir.resolve("content");
    if (!Files.isDirectory(content)) {
      problems.accept(Problem.error(Location.of("content/"), "site-layout",
          Text.of("source.no-content"), Text.of("source.no-content-hint")));
    } else {
      walk(siteDir, content, (rel, attrs, inFiles) -> {
        if (attrs.isDirectory()) {
          if (!inFiles && !rel.equals("content")) {
            columns.add(rel.substring("content/".length()));
          }
          return;
        }
        String name = rel.substring(rel.lastIndexOf('/') + 1);
        boolean atRoot = rel.indexOf('/', "content/".length()) < 0;
        if (inFiles) {
          files.add(rel);
        } else if (name.equals(COLUMN_FILE)) {
          if (atRoot) {
            problems.accept(Problem.warning(Location.of(rel), "site-layout",
                Text.of("source.root-column-file"), Text.of("source.root-column-file-hint")));
          }
        } else if (isDocument(name)) {
          if (atRoot) {
            problems.accept(Problem.error(Location.of(rel), "site-layout",
                Text.of("source.root-document"), Text.of("source.root-document-hint", name)));
          } else {
            documents.add(rel);
          }
        } else {
          problems.accept(Problem.warning(Location.of(rel), "site-layout",
              Text.of("source.stray-file", name), Text.of("source.stray-file-hint")));
        }
      }, problems);
    }
    Path statics = siteDir.resolve("static");
    if (Files.isDirectory(statics)) {
      walk(siteDir, statics, (rel, attrs, inFiles) -> {
        if (!attrs.isDirectory()) {
          files.add(rel);
        }
      }, problems);
    }
    Collections.sort(columns);
    Collections.sort(documents);
    Collections.sort(files);
    return new ContentTree(columns, documents, files);
  }

  private static boolean isDocument(String name) {
    return name.endsWith(".md") || name.endsWith(".yaml") || name.endsWith(".yml");
  }

  private interface Visitor {
    void visit(String rel, BasicFileAttributes attrs, boolean inFiles);
  }

  private static void walk(Path siteDir, Path root, Visitor visitor, Consumer<Problem> problems) {
    SiteFolder site = SiteFolder.of(siteDir);
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          if (!dir.equals(root) && dir.getFileName().toString().startsWith(".")) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          String rel = rel(siteDir, dir);
          visitor.visit(rel, attrs, inFiles(rel));
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (file.getFileName().toString().startsWith(".")) {
            return FileVisitResult.CONTINUE;
          }
          if (attrs.isSymbolicLink()) {
            if (!site.inside(file)) {
              problems.accept(SiteFolder.outside(rel(siteDir, file)));
            }
            return FileVisitResult.CONTINUE;
          }
          String rel = rel(siteDir, file);
          visitor.visit(rel, attrs, inFiles(rel) || rel.startsWith("static/"));
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          problems.accept(Problem.error(Location.of(rel(siteDir, file)), "file-unreadable",
              Text.of("source.unreadable", IoText.of(e)), Text.NONE));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      problems.accept(Problem.error(Location.of(rel(siteDir, root)), "file-unreadable",
          Text.of("source.folder-unreadable", IoText.of(e)), Text.NONE));
    }
  }

  private static boolean inFiles(String rel) {
    return rel.startsWith("content/") && ("/" + rel + "/").contains("/" + FILES_FOLDER + "/");
  }

  /**
   * The path relative to the site with {@code /} separators. Only the platform's separator is
   * replaced: on Linux a backslash is an ordinary character of a file name, and turning it into
   * {@code /} would name another file (one that may not exist, or lies in another folder).
   */
  static String rel(Path siteDir, Path p) {
    return siteDir.relativize(p).toString().replace(File.separatorChar, '/');
  }
}
