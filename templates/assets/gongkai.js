/* 关怀模式 (large text): applied before the page is drawn, remembered across pages and visits.
   The page works fully without this script; the button only appears when it can work. */
(function () {
  var KEY = "gongkai-care";
  var root = document.documentElement;
  function stored() {
    try { return window.localStorage.getItem(KEY) === "1"; } catch (e) { return false; }
  }
  function store(on) {
    try { window.localStorage.setItem(KEY, on ? "1" : "0"); } catch (e) { /* private mode */ }
  }
  if (stored()) { root.classList.add("care"); }
  document.addEventListener("DOMContentLoaded", function () {
    var buttons = document.querySelectorAll(".care-toggle");
    Array.prototype.forEach.call(buttons, function (button) {
      button.hidden = false;
      button.setAttribute("aria-pressed", root.classList.contains("care") ? "true" : "false");
      button.addEventListener("click", function () {
        var on = !root.classList.contains("care");
        root.classList.toggle("care", on);
        store(on);
        Array.prototype.forEach.call(buttons, function (b) {
          b.setAttribute("aria-pressed", on ? "true" : "false");
        });
      });
    });
  });
})();

/* Document tables (listings, the catalogue): find rows by any text (索引号, title, date) and sort
   by a column. Without this script the tables are complete and sorted on the server. */
(function () {
  function cellText(row, index) {
    var cell = row.cells[index];
    return cell ? cell.textContent.replace(/\s+/g, " ").trim() : "";
  }
  function enhance(table) {
    var tbody = table.tBodies[0];
    if (!tbody || tbody.rows.length < 2) { return; }
    var rows = Array.prototype.slice.call(tbody.rows);
    var tools = document.createElement("div");
    tools.className = "table-tools";
    var label = document.createElement("label");
    label.appendChild(document.createTextNode("在本表中查找："));
    var input = document.createElement("input");
    input.type = "search";
    label.appendChild(input);
    var status = document.createElement("span");
    status.className = "table-status";
    status.setAttribute("role", "status");
    status.id = "table-status-" + Math.random().toString(36).slice(2);
    input.setAttribute("aria-describedby", status.id);
    tools.appendChild(label);
    tools.appendChild(status);
    table.parentNode.insertBefore(tools, table);
    input.addEventListener("input", function () {
      var words = input.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      rows.forEach(function (row) {
        var text = row.textContent.toLowerCase();
        var match = words.every(function (w) { return text.indexOf(w) >= 0; });
        row.hidden = !match;
        if (match) { shown++; }
      });
      status.textContent = words.length ? "找到 " + shown + " 条" : "";
    });
    var headers = table.tHead ? table.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(headers, function (th, index) {
      var kind = th.getAttribute("data-sort");
      if (!kind) { return; }
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      while (th.firstChild) { button.appendChild(th.firstChild); }
      th.appendChild(button);
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(headers, function (other) {
          other.removeAttribute("aria-sort");
        });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        rows.sort(function (a, b) {
          var x = cellText(a, index);
          var y = cellText(b, index);
          var order = x.localeCompare(y, "zh-CN", { numeric: kind === "index" });
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { tbody.appendChild(row); });
      });
    });
  }
  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll("table[data-sortable]"), enhance);
  });
})();
