package org.gongkai.sheet;

import java.util.List;

/**
 * A task list made from spreadsheets, ready to be written.
 *
 * @param yaml the file's text
 * @param tasks how many tasks it holds
 * @param defaultPath where it goes when the user names no file (relative to the site, next to the
 *     series' latest period), or null when there is no such place
 * @param toFill metadata keys left empty for the team to fill in
 */
public record Draft(String yaml, int tasks, String defaultPath, List<String> toFill) {

  public Draft {
    toFill = List.copyOf(toFill);
  }
}
