/* Client Partnering Playbook: facilitator helpers. A "copy link" button on every heading
   that has a permalink (copies the section's full address) and the copy buttons of the
   Section links page (run sheets: runsheet.js). Plain JS; runs
   again after each of Material's instant page changes (document$). */
(function () {
  "use strict";
  var D = window.cppDom,
    $$ = D.$$;
  var ICON =
    '<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M10.6 13.4a1 1 0 0 1 0-1.4l3.5-3.5a3 3 0 1 1 4.2 4.2l-2 2a1 1 0 0 1-1.4-1.4l2-2a1 1 0 1 0-1.4-1.4L12 13.4a1 1 0 0 1-1.4 0zm2.8-2.8a1 1 0 0 1 0 1.4l-3.5 3.5a3 3 0 1 1-4.2-4.2l2-2a1 1 0 0 1 1.4 1.4l-2 2a1 1 0 1 0 1.4 1.4l3.5-3.5a1 1 0 0 1 1.4 0z"/></svg>';

  /* One polite live region, inside <main> so that it sits in a landmark. */
  function status() {
    var el = document.getElementById("cpp-copy-status");
    if (!el) {
      el = document.createElement("div");
      el.id = "cpp-copy-status";
      el.className = "cpp-visually-hidden";
      el.setAttribute("role", "status");
      el.setAttribute("aria-live", "polite");
      (document.querySelector("main") || document.body).appendChild(el);
    }
    return el;
  }
  function announce(text) {
    var el = status();
    el.textContent = "";
    setTimeout(function () {
      el.textContent = text;
    }, 50); // a change, even when repeated
  }

  /* The address of this page without query or fragment. Opened from disk (the offline
     zip) the page's own address is a file:// path nobody else can open: copy the page's
     published address instead, which the build writes into <meta name="cpp-address">. */
  function pageAddress() {
    if (location.protocol !== "file:") return location.origin + location.pathname;
    var meta = document.querySelector('meta[name="cpp-address"]');
    return meta ? meta.content : location.href.split(/[?#]/)[0];
  }

  function fallbackCopy(text, button) {
    var area = document.createElement("textarea"),
      ok = false;
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.cssText = "position:fixed;top:0;left:-9999px;opacity:0";
    document.body.appendChild(area);
    area.focus({ preventScroll: true });
    area.select();
    try {
      ok = document.execCommand("copy");
    } catch (_e) {
      ok = false;
    }
    document.body.removeChild(area);
    if (button) button.focus(); // selecting moved the focus away
    return ok;
  }

  function copy(text, button) {
    function done(ok) {
      if (!ok) {
        announce("Could not copy. The address is " + text);
        return;
      }
      announce("Link copied");
      button.classList.add("cpp-copied");
      setTimeout(function () {
        button.classList.remove("cpp-copied");
      }, 2000);
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(
        function () {
          done(true);
        },
        function () {
          done(fallbackCopy(text, button));
        },
      );
    } else {
      done(fallbackCopy(text, button));
    }
  }

  /* The icon is parsed once and cloned: parsing it for every heading was most of
     this script's start-up on a phone. */
  var parsed = null;
  function icon() {
    if (!parsed) {
      var t = document.createElement("template");
      t.innerHTML = ICON;
      parsed = t.content.firstChild;
    }
    return parsed;
  }

  /* A button after each heading permalink; it copies the permalink's target. */
  function addButtons() {
    $$("article :is(h2, h3, h4, h5, h6) > a.headerlink").forEach(function (link) {
      var heading = link.parentNode;
      if (heading.querySelector(".cpp-copylink")) return;
      var name = Array.prototype.map
        .call(heading.childNodes, function (n) {
          return n === link ? "" : n.textContent;
        })
        .join("")
        .replace(/\s+/g, " ")
        .trim();
      var button = document.createElement("button");
      button.type = "button";
      button.className = "cpp-copylink";
      // the fragment only: Material may have made the permalink's href absolute
      button.setAttribute("data-cpp-copy-anchor", new URL(link.getAttribute("href"), location.href).hash);
      button.setAttribute("aria-label", "Copy link to section: " + name);
      button.title = "Copy link to this section";
      button.appendChild(icon().cloneNode(true));
      heading.appendChild(button);
    });
    $$("[data-cpp-copy][hidden]").forEach(function (b) {
      b.hidden = false;
    });
  }

  /* Section links: the filter box narrows the list as you type (a page stays when its
     title or address matches, or one of its sections does) and says how much is left.
     Without JavaScript the box stays hidden and the whole list shows. */
  function rowText(el) {
    var row = el && el.querySelector(":scope > .cpp-links__row");
    return row ? row.textContent.replace(/\s+/g, " ").toLowerCase() : "";
  }
  function matches(text, words) {
    for (var i = 0; i < words.length; i++) if (text.indexOf(words[i]) < 0) return false;
    return true;
  }
  function setupFilters() {
    $$("[data-cpp-links-filter][hidden]").forEach(function (box) {
      var root = box.closest("[data-cpp-links-filterable]") || document;
      var input = box.querySelector("input"),
        count = box.querySelector("[role=status]"),
        timer = null;
      var pages = $$(".cpp-links__page", root).map(function (li) {
        return {
          li: li,
          text: rowText(li),
          sections: $$(".cpp-links__section", li).map(function (s) {
            return { li: s, text: rowText(s) };
          }),
        };
      });
      box.hidden = false;
      function apply() {
        var words = input.value.toLowerCase().split(/\s+/).filter(Boolean),
          nPages = 0,
          nSections = 0;
        pages.forEach(function (p) {
          var whole = matches(p.text, words),
            some = false;
          p.sections.forEach(function (s) {
            var hit = whole || matches(s.text, words);
            s.li.hidden = !hit;
            if (hit) {
              some = true;
              nSections++;
            }
          });
          p.li.hidden = !(whole || some);
          if (!p.li.hidden) nPages++;
        });
        var text = !words.length
          ? ""
          : !nPages
            ? "Nothing matches \u201c" + input.value.trim() + "\u201d."
            : "Showing " +
              nPages +
              (nPages === 1 ? " page" : " pages") +
              " and " +
              nSections +
              (nSections === 1 ? " section." : " sections.");
        clearTimeout(timer); // the list changes at once; the count is read out when typing pauses
        timer = setTimeout(function () {
          count.textContent = text;
        }, 400);
      }
      input.addEventListener("input", apply);
      input.addEventListener("keydown", function (e) {
        if (e.key === "Escape" && input.value) {
          e.preventDefault();
          input.value = "";
          apply();
        }
      });
      if (input.value) apply(); // restored by the browser
    });
    $$(".cpp-format-links__actions[hidden]").forEach(function (p) {
      p.hidden = false;
    });
  }

  /* "Print this sheet" on a workshop format's link list: only that list goes to paper. */
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-cpp-print-links]");
    var sheet = button && document.getElementById(button.getAttribute("data-cpp-print-links"));
    if (!sheet) return;
    var root = document.documentElement,
      folded = sheet.querySelector("details:not([open])");
    if (folded) folded.open = true; // the list is folded on screen
    root.classList.add("cpp-print-links");
    sheet.classList.add("cpp-print-target");
    window.addEventListener("afterprint", function off() {
      root.classList.remove("cpp-print-links");
      sheet.classList.remove("cpp-print-target");
      if (folded) folded.open = false;
      window.removeEventListener("afterprint", off);
    });
    window.print();
  });

  document.addEventListener("click", function (event) {
    var target = event.target.closest ? event.target : null;
    var button = target && target.closest(".cpp-copylink, [data-cpp-copy]");
    if (!button) return;
    var address = button.getAttribute("data-cpp-copy") || pageAddress() + button.getAttribute("data-cpp-copy-anchor");
    copy(address, button);
  });

  /* Material leaves the nav landmark of a section with an index page unnamed (its
     aria-labelledby points at an empty label), so two such sections are
     indistinguishable to a screen reader: name each after its section title. */
  function nameNavs() {
    $$("nav.md-nav[aria-labelledby]").forEach(function (nav) {
      var label = document.getElementById(nav.getAttribute("aria-labelledby"));
      var title = nav.querySelector(":scope > .md-nav__title");
      if (label && !label.textContent.trim() && title && title.textContent.trim()) {
        nav.setAttribute("aria-label", title.textContent.trim());
        nav.removeAttribute("aria-labelledby");
      }
    });
  }

  function init() {
    addButtons();
    setupFilters();
    nameNavs();
    status();
  }
  /* document$ fires after each instant page change, but not for pages opened from disk
     (the offline bundle), so also run once now: init() skips what is already set up. */
  function boot() {
    init();
    if (window.document$ && window.document$.subscribe)
      window.document$.subscribe(function () {
        init();
      });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", boot);
  else boot();
})();
