/* The reading tools in every page's header: 关怀模式 (large text, cursor and targets), 高对比度
   (WCAG AAA contrast) and 语音朗读 (the browser's own speech synthesis). Each is a class on <html>
   applied before the page is drawn, remembered across pages and visits; they combine. The page
   works fully without this script; a button only appears when its tool can work. */
(function () {
  var root = document.documentElement;
  var speech = window.speechSynthesis && window.SpeechSynthesisUtterance ? window.speechSynthesis
    : null;
  var tools = [
    { key: "gongkai-care", cls: "care", button: ".care-toggle", works: true },
    { key: "gongkai-contrast", cls: "contrast", button: ".contrast-toggle", works: true },
    { key: "gongkai-speech", cls: "speech", button: ".speech-toggle", works: !!speech }
  ];
  function stored(key) {
    try { return window.localStorage.getItem(key) === "1"; } catch (e) { return false; }
  }
  function store(key, on) {
    try { window.localStorage.setItem(key, on ? "1" : "0"); } catch (e) { /* private mode */ }
  }
  tools.forEach(function (t) {
    if (t.works && stored(t.key)) { root.classList.add(t.cls); }
  });
  function each(list, f) { Array.prototype.forEach.call(list, f); }

  /* 语音朗读: reads the selected text, or else the article (or the page's main content). */
  function speechBar() {
    var bar = document.createElement("div");
    bar.className = "speech-bar";
    bar.setAttribute("role", "group");
    bar.setAttribute("aria-label", "语音朗读");
    var rate = 1;
    var state = document.createElement("span");
    state.className = "speech-state";
    state.setAttribute("role", "status");
    function button(label, cls, action) {
      var b = document.createElement("button");
      b.type = "button";
      b.className = cls;
      b.textContent = label;
      b.addEventListener("click", action);
      bar.appendChild(b);
      return b;
    }
    function text() {
      var selected = window.getSelection ? String(window.getSelection()).trim() : "";
      if (selected) { return selected; }
      var body = document.querySelector(".article-body") || document.querySelector("main");
      return body ? body.innerText.replace(/\s+/g, " ").trim() : "";
    }
    function voice() {
      var voices = speech.getVoices ? speech.getVoices() : [];
      for (var i = 0; i < voices.length; i++) {
        if (/^zh[-_]CN/i.test(voices[i].lang)) { return voices[i]; }
      }
      return null;
    }
    button("朗读", "speech-play", function () {
      if (speech.paused && speech.speaking) { speech.resume(); state.textContent = "正在朗读"; return; }
      speech.cancel();
      var u = new window.SpeechSynthesisUtterance(text());
      u.lang = "zh-CN";
      u.rate = rate;
      var v = voice();
      if (v) { u.voice = v; }
      u.onend = function () { state.textContent = ""; };
      speech.speak(u);
      state.textContent = "正在朗读";
    });
    button("暂停", "speech-pause", function () {
      speech.pause();
      state.textContent = "已暂停";
    });
    button("停止", "speech-stop", function () {
      speech.cancel();
      state.textContent = "已停止";
    });
    var label = document.createElement("label");
    label.appendChild(document.createTextNode("语速"));
    var select = document.createElement("select");
    select.className = "speech-rate";
    [["0.75", "慢"], ["1", "正常"], ["1.25", "快"], ["1.5", "很快"]].forEach(function (o) {
      var option = document.createElement("option");
      option.value = o[0];
      option.textContent = o[1];
      option.selected = o[0] === "1";
      select.appendChild(option);
    });
    select.addEventListener("change", function () { rate = parseFloat(select.value); });
    label.appendChild(select);
    bar.appendChild(label);
    bar.appendChild(state);
    return bar;
  }

  document.addEventListener("DOMContentLoaded", function () {
    tools.forEach(function (t) {
      var buttons = document.querySelectorAll(t.button);
      if (!t.works) { return; }
      each(buttons, function (button) {
        button.hidden = false;
        button.setAttribute("aria-pressed", root.classList.contains(t.cls) ? "true" : "false");
        button.addEventListener("click", function () {
          var on = !root.classList.contains(t.cls);
          root.classList.toggle(t.cls, on);
          store(t.key, on);
          if (!on && t.cls === "speech") { speech.cancel(); }
          each(buttons, function (b) { b.setAttribute("aria-pressed", on ? "true" : "false"); });
        });
      });
    });
    if (speech) {
      var header = document.querySelector(".site-header .header-inner");
      if (header) { header.parentNode.insertBefore(speechBar(), header.nextSibling); }
    }
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
