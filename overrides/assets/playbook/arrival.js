/* Client Partnering Playbook: a link to a section of another page lands on that section.

   With instant navigation, Material scrolls to the link's #section once the new page is
   in, unless the history entry already has a state. Its anchor tracking (navigation.tracking)
   writes one, 250 ms after the reader last scrolled the OLD page; when the new page takes
   longer than that to arrive (a phone that scrolled to the link and tapped at once, a slow
   network), the new page opens at the top, under the old page's #section. Checked against
   Material 9.8 (integrations/instant and components/toc); nothing of Material's is changed
   here: we remember where the reader was going and finish the trip if it ended elsewhere. */
(function () {
  "use strict";
  var pending = null; // { path, hash, at }

  function sameSite(a) {
    return a.origin === location.origin && a.protocol === location.protocol;
  }

  /* Capture phase: runs before Material's own click handler on <body>. */
  document.addEventListener(
    "click",
    function (ev) {
      var a = ev.target && ev.target.closest ? ev.target.closest("a[href]") : null;
      pending = null;
      if (!a || ev.defaultPrevented || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
      if (a.target && a.target !== "_self") return;
      if (!sameSite(a) || !a.hash || a.pathname === location.pathname) return;
      pending = { path: a.pathname, hash: a.hash, at: Date.now() };
    },
    true,
  );

  function inView(el) {
    var r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < window.innerHeight;
  }

  function arrive() {
    var trip = pending;
    pending = null;
    if (!trip || location.pathname !== trip.path || Date.now() - trip.at > 30000) return;
    var target;
    try {
      target = document.getElementById(decodeURIComponent(trip.hash.slice(1)));
    } catch (_e) {
      return;
    }
    if (!target || inView(target)) return;
    /* A fragment navigation that replaces this history entry: the browser scrolls as for
       any #link, with :target and Material's scroll margin under the sticky header. */
    location.replace(trip.hash);
  }

  /* After Material's own scroll handling for the new page (it subscribed first). */
  if (window.document$ && window.document$.subscribe) {
    window.document$.subscribe(function () {
      window.requestAnimationFrame(arrive);
    });
  }
})();
