package org.gongkai.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Document tables can be searched and sorted by 索引号 in the browser (issue: "listings can be
 * sorted and searched by it"): the catalogue of the sample site's 2023 documents.
 */
class TableToolsIT extends SampleInBrowser {


  List<String> indexColumn() {
    return browser.driver().findElements(By.cssSelector("table.catalogue-list tbody tr"))
        .stream().filter(WebElement::isDisplayed)
        .map(row -> row.findElement(By.cssSelector("td.col-index")).getText()).toList();
  }

  @Test
  void theCatalogueIsSortedByIndexAndCanBeSortedTheOtherWayAndSearched() {
    browser.open(server.url("/catalogue/2023.html"));
    List<String> served = indexColumn();
    assertEquals(4, served.size(), served::toString);
    assertEquals("001008006002001/2023-141193", served.get(0), "sorted by 索引号 on the server");

    WebElement header = browser.driver().findElement(
        By.cssSelector("table.catalogue-list th.col-index button.sort"));
    header.click();
    assertEquals("ascending", browser.driver().findElement(
        By.cssSelector("table.catalogue-list th.col-index")).getAttribute("aria-sort"));
    header.click();
    assertEquals("descending", browser.driver().findElement(
        By.cssSelector("table.catalogue-list th.col-index")).getAttribute("aria-sort"));
    List<String> reversed = indexColumn();
    assertEquals(served.get(0), reversed.get(reversed.size() - 1), reversed.toString());

    WebElement search = browser.driver().findElement(By.cssSelector(".table-tools input"));
    search.sendKeys("141194");
    assertEquals(List.of("001008006002001/2023-141194"), indexColumn());
    String status = browser.driver().findElement(By.cssSelector(".table-tools [role=status]"))
        .getText();
    assertTrue(status.contains("1"), status);
  }
}
