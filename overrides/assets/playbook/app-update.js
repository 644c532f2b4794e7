/* Client Partnering Playbook: the installable offline app, browser side. Registers the
   service worker that macros/render/offline_app.py writes at build time (sw.js, next to the web
   app manifest), and when a newer build has been downloaded in the background, says
   "A new version is ready" with a Reload button instead of switching versions under the
   reader. When a newer build cannot be downloaded whole (the worker says which part is
   missing), it says so: the version in use stays, and the next visit tries again.
   Only over http(s): from file:// (the offline zip) nothing is registered. */
(function () {
  "use strict";
  var manifest = document.querySelector('link[rel="manifest"]');
  if (!manifest || !("serviceWorker" in navigator) || !/^https?:$/.test(location.protocol)) return;
  var sw = navigator.serviceWorker,
    asked = false,
    checked = 0;

  function box() {
    var box = document.querySelector(".cpp-update");
    if (!box) {
      box = document.createElement("div");
      box.className = "cpp-update";
      box.setAttribute("role", "region");
      box.setAttribute("aria-label", "New version");
      box.innerHTML =
        '<p class="cpp-update__text" role="status"></p><button type="button" class="cpp-button cpp-update__reload">Reload</button>';
      /* First in the page, so that Tab reaches it at once; it shows at the bottom. */
      document.body.insertBefore(box, document.body.firstChild);
    }
    return box;
  }
  function offer(worker) {
    var b = box();
    b.querySelector(".cpp-update__text").textContent = "A new version is ready: reload to use it.";
    b.hidden = false;
    b.querySelector("button").textContent = "Reload";
    b.querySelector("button").removeAttribute("data-cpp-close");
    b.querySelector("button").onclick = function () {
      asked = true;
      if (worker && worker.state !== "activated") worker.postMessage("cpp:activate");
      else location.reload();
    };
  }

  /* A newer build could not be downloaded whole: nothing to reload into. */
  sw.addEventListener("message", function (e) {
    var d = e.data;
    var shown = document.querySelector(".cpp-update:not([hidden]) button:not([data-cpp-close])"); // a ready version wins
    if (!sw.controller || !d || d.type !== "cpp:update-failed" || shown) return;
    var b = box(),
      n = typeof d.missing === "number" ? d.missing : 0,
      ok = b.querySelector("button");
    b.querySelector(".cpp-update__text").textContent =
      "A new version of the playbook could not be downloaded completely (" +
      n +
      " file" +
      (n === 1 ? "" : "s") +
      " missing), so this version stays in use. It will try again on your next visit.";
    ok.textContent = "OK";
    ok.setAttribute("data-cpp-close", "");
    ok.onclick = function () {
      b.hidden = true;
    };
  });

  function watch(reg) {
    if (!reg) return; // registration blocked (some embedded browsers, test profiles)
    if (reg.waiting && sw.controller) offer(reg.waiting);
    reg.addEventListener("updatefound", function () {
      var next = reg.installing;
      if (next)
        next.addEventListener("statechange", function () {
          if (next.state === "installed" && sw.controller) offer(next); // no controller: the first install, nothing to replace
        });
    });
    /* Instant navigation never reloads the page, so look for a new build now and then. */
    if (window.document$ && window.document$.subscribe)
      window.document$.subscribe(function () {
        if (Date.now() - checked > 600000) {
          checked = Date.now();
          reg.update().then(null, function () {
            /* offline */
          });
        }
      });
  }

  /* The new worker took over: this tab reloads if its reader asked; another tab's reader
     is told, since its page is now older than the files being served. */
  var had = !!sw.controller;
  sw.addEventListener("controllerchange", function () {
    if (asked) location.reload();
    else if (had) offer(null);
    had = true;
  });
  /* Filling the offline copy downloads the whole playbook: it waits until the page has
     loaded and has then been idle a moment, so that a phone's first visit gets the page,
     its start-up and its search index before the rest of the site. */
  function start() {
    checked = Date.now();
    sw.register(new URL("sw.js", manifest.href).href).then(watch, function () {
      /* no offline copy: the site still works online */
    });
  }
  function later() {
    setTimeout(function () {
      if (window.requestIdleCallback) requestIdleCallback(start, { timeout: 3000 });
      else start();
    }, 2000);
  }
  if (document.readyState === "complete") later();
  else window.addEventListener("load", later);
})();
