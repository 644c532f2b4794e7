/* Client Partnering Playbook: loads answers.min.js (the store and its core, the tools,
   workspaces, backups: macros/render/bundle_assets.py) only where it is used, so that a
   page without tools starts with a small script. It loads
   - on a page that holds a tool or reads the answers (the selector NEEDS): once the page
     has loaded (its `load` event, so that the download stays out of the first paint and
     the largest one), at once when the reader changes a tool before that (the change is
     kept: `keep`), and at once when instant navigation brings such a page;
   - when the browser is idle, on any other page, once this browser keeps answers (the
     header's workspace name and the backup reminder are the reader's own);
   - at the first use of the header's workspace switcher otherwise: until then it shows
     the name of the workspace a first visit gets ("My answers", core/store.js).
   share.min.js (links and QR codes between two people) comes after it, where those are
   used: on a page with their blocks (SHARE) and at a tool's first "Share my scores"
   (playbook.js calls cppLoadShare).
   From file:// too: a classic script added to the page. Plain JS, no requests elsewhere. */
(function () {
  "use strict";
  // live tools and the tools page's answers panel (not the print pack's copies: data-print-of),
  // progress on tool lists, My relationships, Room results, and the client link's blocks
  // (client-link.js: "Ask your client", the client's own page, answers coming back)
  var NEEDS =
    ".cpp-component[data-component], .cpp-answers, [data-progress-for], [data-cpp-rel], [data-cpp-room], " +
    "[data-cpp-ask], [data-cpp-client], [data-client-import]";
  // the client's view on My relationships and the blocks of client-link.js; Room results
  // (room-link.js reads the participants' links)
  var SHARE = "[data-cpp-rel=client-view], [data-cpp-ask], [data-cpp-client], [data-client-import], [data-cpp-room]";
  var FIRST = "My answers";
  var own = document.querySelector("script[src*='playbook.min.js']"),
    state = 0,
    waiting = [];

  function load(then) {
    if (state === 2) {
      if (then) then();
      return;
    }
    if (then) waiting.push(then);
    if (state === 1 || !own) return;
    state = 1;
    window.cppDom.script(beside("answers.min.js"), null, function () {
      state = 0;
    });
  }
  function beside(name) {
    return own.src.replace(/playbook\.min\.js(?=[?#]|$)/, name);
  }
  /* share.min.js, once answers.min.js has run (it uses the store and the core): `then`
     runs when it has, `failed` when it cannot be loaded (offline, say). */
  var shared = 0,
    hinted = false,
    afterShare = [];
  function loadShare(then, failed) {
    afterShare.push({ ok: then, failed: failed });
    if (state !== 2 && !hinted && own && /^https?:$/.test(location.protocol)) {
      hinted = true; // fetched beside answers.min.js, run after it
      var hint = document.createElement("link");
      hint.rel = "preload";
      hint.as = "script";
      hint.href = beside("share.min.js");
      document.head.appendChild(hint);
    }
    load(function () {
      if (shared === 2) return settle("ok");
      if (shared === 1) return;
      shared = 1;
      window.cppDom.script(beside("share.min.js"), null, function () {
        shared = 0;
        settle("failed");
      });
    });
  }
  function settle(how) {
    afterShare.splice(0).forEach(function (x) {
      if (x[how]) x[how]();
    });
  }
  function call(fn) {
    fn();
  }
  document.addEventListener("cpp:share", function () {
    shared = 2;
    settle("ok");
  });
  /* What the reader types into a tool before answers.min.js has run is kept: the answers
     load at once, and each change is made again, and so saved, once they have (wiring a
     tool writes its stored answers in first, over what the page shows). */
  var changes = [];
  function keep(e) {
    var el = e.target,
      prop = el.type === "checkbox" || el.type === "radio" ? "checked" : "value";
    if (
      state === 2 ||
      !el.closest ||
      !el.closest(".cpp-component[data-component] [data-item], .cpp-component[data-component] [data-col]")
    )
      return;
    changes = changes.filter(function (x) {
      return x.el !== el;
    });
    changes.push({ el: el, prop: prop, value: el[prop] });
    load();
  }
  document.addEventListener("input", keep, true);
  document.addEventListener("change", keep, true);

  /* The bundle runs its parts in timer tasks, and says "cpp:answers" after the last. */
  document.addEventListener("cpp:answers", function () {
    state = 2;
    changes.splice(0).forEach(function (x) {
      if (!x.el.isConnected) return;
      x.el[x.prop] = x.value;
      x.el.dispatchEvent(new Event(x.prop === "checked" ? "change" : "input", { bubbles: true }));
    });
    waiting.splice(0).forEach(call);
  });
  window.cppLoadAnswers = load; // for page scripts and the tests: load(then)
  window.cppLoadShare = loadShare; // for playbook.js's "Share my scores": loadShare(then)

  function stored() {
    // does this browser keep answers (the store's keys, old ones and a site path's "cpp@/path/:" too)?
    try {
      var ls = window.localStorage;
      for (var i = 0; i < ls.length; i++) if (/^cpp[:@]/.test(ls.key(i))) return true;
    } catch (_e) {
      /* storage blocked: nothing kept */
    }
    return false;
  }
  function idle(fn) {
    if (window.requestIdleCallback) window.requestIdleCallback(fn, { timeout: 3000 });
    else setTimeout(fn, 1000);
  }

  /* The switcher, before the answers are loaded: shown, and loaded on the first click. */
  var box = document.querySelector("[data-cpp-ws]");
  function early(e) {
    if (state === 2 || !e.target.closest(".cpp-ws__toggle")) return;
    e.preventDefault();
    e.stopPropagation();
    var toggle = e.target.closest(".cpp-ws__toggle");
    load(function () {
      box.removeEventListener("click", early, true);
      toggle.click();
    });
  }
  function page() {
    var go = document.querySelector(SHARE) ? loadShare : load;
    if (state) {
      if (go === loadShare) loadShare(); // instant navigation to such a page
      return;
    }
    if (document.querySelector(NEEDS))
      return loaded
        ? go()
        : window.addEventListener(
            "load",
            function () {
              go();
            },
            { once: true },
          );
    if (stored())
      return idle(function () {
        load();
      });
    if (box && box.hidden) {
      var name = box.querySelector(".cpp-ws__name");
      if (name && !name.textContent) name.textContent = FIRST;
      box.addEventListener("click", early, true);
      box.hidden = false;
    }
  }
  var loaded = document.readyState === "complete";
  if (!loaded)
    window.addEventListener(
      "load",
      function () {
        loaded = true;
      },
      { once: true },
    );
  page();
  if (window.document$ && window.document$.subscribe) window.document$.subscribe(page);
})();
