/* gongkai serve: reloads the page when the site is rebuilt, and opens and closes the panel of
   problems. Served only by the preview server; never part of a built site. */
(function () {
  'use strict';
  var me = document.currentScript;
  var build = me ? me.getAttribute('data-build') : null;

  function panel() { return document.getElementById('gk-problems'); }
  function count() {
    var root = document.getElementById('gongkai-preview');
    return root ? root.querySelector('.gk-count') : null;
  }
  function setOpen(open) {
    var p = panel();
    var c = count();
    if (!p || !c) { return; }
    p.hidden = !open;
    c.setAttribute('aria-expanded', open ? 'true' : 'false');
    if (open) {
      p.querySelector('.gk-close').focus();
    }
  }

  document.addEventListener('click', function (e) {
    var button = e.target.closest ? e.target.closest('#gongkai-preview button') : null;
    if (!button) { return; }
    if (button.classList.contains('gk-close')) {
      setOpen(false);
      count().focus();
    } else if (button.classList.contains('gk-count')) {
      setOpen(panel().hidden);
    }
  });
  document.addEventListener('keydown', function (e) {
    var p = panel();
    if (e.key === 'Escape' && p && !p.hidden) {
      setOpen(false);
      count().focus();
    }
  });

  if (!window.EventSource) { return; }
  var events = new EventSource('/__gongkai/events');
  function check(e) {
    var data = JSON.parse(e.data);
    if (String(data.build) !== build) {
      events.close();
      location.reload();
    }
  }
  events.addEventListener('hello', check);
  events.addEventListener('reload', check);
}());
