/* Client Partnering Playbook: the small DOM helpers every page script uses, written once.
   Loaded first in each bundle that needs them (macros/render/bundle_assets.py): in
   playbook.min.js and again in the page bundles (room.min.js, runsheet.min.js), which can
   run before playbook.min.js. Plain JS; no requests but the site's own scripts (`script`). */
(function () {
  "use strict";
  if (window.cppDom) return;
  window.cppDom = {
    /* The first element matching `sel` in `el` (default: the document), or null. */
    $: function (sel, el) {
      return (el || document).querySelector(sel);
    },
    /* Every element matching `sel` in `el`, as an array. */
    $$: function (sel, el) {
      return Array.prototype.slice.call((el || document).querySelectorAll(sel));
    },
    /* Text made safe for HTML, in an element or an attribute value. */
    esc: function (s) {
      return String(s).replace(/[&<>"']/g, function (c) {
        return "&#" + c.charCodeAt(0) + ";";
      });
    },
    /* A name in curly quotes, as the messages write it. */
    q: function (s) {
      return "“" + s + "”";
    },
    /* Adds a classic script of this site to the page (it runs from file:// too): `ok` once
       it has run; `fail` when it cannot be loaded, after the element is gone, so that a
       later try adds it again. Returns the element. */
    script: function (src, ok, fail) {
      var s = document.createElement("script");
      s.src = src;
      if (ok) s.onload = ok;
      s.onerror = function () {
        s.remove();
        if (fail) fail();
      };
      document.head.appendChild(s);
      return s;
    },
  };
})();
