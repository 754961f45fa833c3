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
