/* Client Partnering Playbook: printing. Under every component, "Print blank" and
   "Print with my answers" print that component alone; the print pack page prints every
   component blank. What goes to paper is always a copy turned into marks on paper
   (`paper`), so the reader's form and saved answers are never touched. Paper styles:
   print.css. window.cppPrint serves scripts/handouts.py and the tests. */
(function () {
  "use strict";
  var D = window.cppDom,
    $$ = D.$$;
  var active = null; // the copy being printed, with what to put back afterwards
  var opened = []; // folded <details> opened for a whole-page print

  function make(tag, cls, text) {
    var el = document.createElement(tag);
    if (cls) el.className = cls;
    if (text) el.textContent = text;
    return el;
  }
  function titleOf(root) {
    var h = root.querySelector(".cpp-component__title").cloneNode(true);
    $$("a, button", h).forEach(function (x) {
      x.remove();
    });
    return h.textContent.trim();
  }

  /* One control as it looks on paper: a box for ticks and choices, a line or a box to
     write on, or the reader's answer in their place. */
  function mark(live, copy, answers) {
    var type = copy.type,
      v = answers && live ? live.value.trim() : "",
      out;
    if (type === "checkbox" || type === "radio") {
      out = make(
        "span",
        "cpp-mark cpp-mark--" + (type === "radio" ? "choice" : "tick"),
        answers && live && live.checked ? "✓" : "",
      );
    } else if (copy.tagName === "TEXTAREA" && !copy.classList.contains("cpp-input--cell")) {
      if (!v) {
        copy.remove();
        return;
      } // the write-in lines that follow it stay
      out = make("div", "cpp-fill cpp-fill--text", live.value);
      if (copy.nextElementSibling && copy.nextElementSibling.classList.contains("cpp-writein"))
        copy.nextElementSibling.remove();
    } else if (copy.tagName === "SELECT") {
      var opts = $$("option", copy)
        .map(function (o) {
          return o.text;
        })
        .filter(Boolean);
      out = make(
        "span",
        "cpp-fill cpp-fill--cell",
        v && live.selectedIndex > 0 ? live.options[live.selectedIndex].text : "",
      );
      if (!out.textContent && opts.join(" / ").length <= 32)
        out.appendChild(make("span", "cpp-fill__options", opts.join(" / ")));
    } else if (type === "file" || type === "hidden") {
      copy.remove();
      return;
    } else {
      var kind = copy.classList.contains("cpp-input--cell")
        ? "cell"
        : type === "number"
          ? "number"
          : type === "date"
            ? "date"
            : "line";
      out = make("span", "cpp-fill cpp-fill--" + kind, v);
    }
    copy.replaceWith(out);
  }

  /* Turns `copy` (a clone of `live`, or a blank pack copy when `live` is null) into a sheet. */
  function paper(copy, live, answers) {
    var liveControls = live ? $$("input, select, textarea", live) : [];
    $$("input, select, textarea", copy).forEach(function (el, i) {
      mark(liveControls[i], el, answers);
    });
    $$(
      ".cpp-toolbar, .cpp-table__add, .cpp-table__template, template, details.cpp-example, .headerlink, .cpp-handout, .cpp-row-tools, button",
      copy,
    ).forEach(function (el) {
      el.remove();
    });
    $$("table[data-rows]", copy).forEach(function (table) {
      // blank: the rows the sheet was made with
      var rows = Number(table.getAttribute("data-rows")) || 1;
      if (!answers)
        $$("tbody > tr", table)
          .slice(rows)
          .forEach(function (tr) {
            tr.remove();
          });
    });
    $$("details", copy).forEach(function (d) {
      d.open = true;
    });
    if (!answers)
      $$(".cpp-component__workspace, .cpp-band--current", copy).forEach(function (el) {
        if (el.classList.contains("cpp-band--current")) el.classList.remove("cpp-band--current");
        else el.remove();
      });
    assessment(copy, answers);
    [copy].concat($$("*", copy)).forEach(function (el) {
      [
        "id",
        "for",
        "name",
        "aria-describedby",
        "aria-labelledby",
        "aria-live",
        "aria-current",
        "role",
        "data-component",
        "data-cpp-ready",
      ].forEach(function (a) {
        el.removeAttribute(a);
      });
    });
    var footer = copy.querySelector(".cpp-sheet");
    if (footer && copy.getAttribute("data-kind") === "assessment") frame(copy, footer);
    else if (footer) {
      // ruled space for notes, if the sheet has room
      var notes = make("div", "cpp-notes");
      var lines = make("div", "cpp-notes__lines");
      for (var i = 0; i < 36; i++) lines.appendChild(make("span", "cpp-notes__line")); // clipped to the room left
      notes.appendChild(make("p", "cpp-notes__label", "Notes"));
      notes.appendChild(lines);
      footer.before(notes);
    }
    copy.classList.add("cpp-paper");
    return copy;
  }

  /* A self-assessment runs onto a second sheet, and each sheet must say what it is and
     where it lives. So its paper copy is a one-cell table whose footer row holds the
     sheet's footer (title, address, QR code): Chromium repeats a table's <tfoot> at the
     foot of every printed page and keeps room for it, so it never covers the statements. */
  function frame(copy, footer) {
    var table = make("table", "cpp-frame"),
      body = make("tbody"),
      foot = make("tfoot");
    function cell(group) {
      var tr = make("tr"),
        td = make("td", "cpp-frame__cell");
      tr.appendChild(td);
      group.appendChild(tr);
      return td;
    }
    table.setAttribute("role", "presentation");
    var main = cell(body);
    while (copy.firstChild && copy.firstChild !== footer) main.appendChild(copy.firstChild);
    cell(foot).appendChild(footer);
    table.appendChild(body);
    table.appendChild(foot);
    copy.insertBefore(table, copy.firstChild);
  }

  /* Self-assessments on paper: one line per statement with numbered circles, the scale's
     words once at the top, and a box for each part's score (or the reader's score). */
  function assessment(copy, answers) {
    var first = copy.querySelector(".cpp-scale"),
      how = copy.querySelector(".cpp-assessment__how");
    if (first && how) {
      how.after(
        make(
          "p",
          "cpp-scale-key",
          $$("label", first)
            .map(function (l) {
              return (l.closest(".cpp-scale__point--na") ? "n/a " : "") + l.textContent.trim(); // "does not apply" is circled as n/a
            })
            .join(" · "),
        ),
      );
    }
    $$(".cpp-scale label", copy).forEach(function (l) {
      // "3 Often": a circled 3 on paper (the word is in the key)
      var na = !!l.closest(".cpp-scale__point--na"),
        text = l.textContent.trim(),
        cut = na ? -1 : text.indexOf(" ");
      l.textContent = "";
      l.appendChild(make("span", "cpp-scale__value", na ? "n/a" : cut < 0 ? text : text.slice(0, cut)));
      l.appendChild(make("span", "cpp-scale__label", cut < 0 ? "" : text.slice(cut + 1)));
    });
    $$("fieldset.cpp-statement", copy).forEach(function (fs) {
      var div = make("div", "cpp-statement"),
        legend = fs.querySelector("legend");
      if (legend) legend.replaceWith(make("p", "cpp-statement__text", legend.textContent));
      while (fs.firstChild) div.appendChild(fs.firstChild);
      fs.replaceWith(div);
    });
    $$(".cpp-dimension", copy).forEach(function (dim) {
      // a part's heading and its statements go onto the same sheet (print.css: break-inside)
      var rated = make("div", "cpp-dimension__rated"),
        head = dim.querySelector(".cpp-dimension__title");
      if (head) {
        head.before(rated);
        rated.appendChild(head);
        while (rated.nextElementSibling && rated.nextElementSibling.classList.contains("cpp-statement"))
          rated.appendChild(rated.nextElementSibling);
      }
      var score = dim.querySelector(".cpp-score"),
        bands = dim.querySelector(".cpp-bands");
      if (answers && score && score.querySelector(".cpp-score__band").textContent) {
        // the reader's band says it all
        score.classList.add("cpp-score--print");
        if (bands) bands.remove();
        return;
      }
      if (score) score.remove();
      if (copy.classList.contains("cpp-assessment--client")) {
        if (bands) bands.remove();
        return;
      } // the client's form: no scoring on paper
      var title = dim.querySelector(".cpp-dimension__title"),
        p = make("p", "cpp-paper-score", "Your score for " + (title ? title.textContent.trim() : "this part") + ": ");
      p.appendChild(make("span", "cpp-fill cpp-fill--number"));
      p.appendChild(
        document.createTextNode(
          dim.querySelector(".cpp-statement__reverse")
            ? " (add up your ratings, a reverse-scored one the other way round: 5 counts as 1; the table says what it means)"
            : " (add up your ratings; the table says what it means)",
        ),
      );
      if (bands) bands.before(p);
    });
  }

  /* "With my answers": whose answers and when, on every sheet: in the page's top margin
     (a CSS page-margin box, which repeats on every printed page), in the sheet's footer,
     and in document.title, which browsers offer as the PDF's file name. */
  function workspaceName() {
    var P = window.cppWorkspaces,
      w = P && P.store.find(P.store.workspace);
    return w ? w.name : "";
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what a CSS string must not hold
  var CONTROL = /[\u0000-\u001f\u007f]/g;
  function cssString(text) {
    return '"' + text.replace(/[\\"]/g, "\\$&").replace(CONTROL, " ") + '"';
  }
  function label(text) {
    var style = make("style", "cpp-print-label");
    style.textContent =
      "@media print { @page { @top-right { content: " +
      cssString(text) +
      "; font: 8pt/1.2 sans-serif; color: #000; } } }";
    document.head.appendChild(style);
    return style;
  }

  function restore() {
    if (!active) return;
    active.wrap.remove();
    if (active.label) active.label.remove();
    document.body.classList.remove("cpp-printing");
    if (document.title === active.printTitle) document.title = active.title; // not after a page change
    active = null;
  }

  /* Puts a paper copy of one component in place for printing (print.css shows only it). */
  function prepare(root, answers) {
    if (typeof root === "string") root = document.querySelector('.cpp-component[data-component="' + root + '"]');
    if (!root) return false;
    if (window.cppWorkspaces) window.cppWorkspaces.readyAll(); // answers written in, scores shown (playbook.js)
    restore();
    var title = titleOf(root),
      wrap = make("div", "cpp-print-copy md-typeset");
    var copy = paper(root.cloneNode(true), root, answers);
    var line = copy.querySelector(".cpp-sheet__title"),
      name = copy.querySelector(".cpp-sheet__name");
    var now = new Date(),
      ws = answers ? workspaceName() : "",
      said = "";
    if (answers) {
      var when = now.toLocaleDateString(document.documentElement.lang || undefined, {
        year: "numeric",
        month: "long",
        day: "numeric",
      });
      said = (ws ? "“" + ws + "” · " : "") + "my answers, " + when;
      if (line) line.textContent += " · " + said;
    }
    wrap.hidden = true;
    wrap.setAttribute("aria-hidden", "true");
    wrap.appendChild(copy);
    document.body.appendChild(wrap);
    document.body.classList.add("cpp-printing");
    active = { wrap: wrap, title: document.title, label: said ? label(title + " · " + said) : null };
    var day = new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
    document.title = active.printTitle =
      title +
      (answers ? " - " + (ws ? ws + " - " : "") + "my answers " + day : "") +
      (name ? " - " + name.textContent : "");
    return true;
  }

  function printOne(root, answers) {
    if (!prepare(root, answers)) return;
    window.addEventListener("afterprint", restore, { once: true });
    try {
      window.print();
    } catch (_e) {
      restore();
    }
  }

  function addButtons(root) {
    var actions = root.querySelector(".cpp-toolbar__actions");
    if (!actions || actions.querySelector("[data-print]")) return;
    var title = titleOf(root);
    [
      ["blank", "Print blank", "Print blank copy of "],
      ["answers", "Print with my answers", "Print with my answers: "],
    ].forEach(function (b) {
      var btn = make("button", "cpp-button cpp-button--print", b[1]);
      btn.type = "button";
      btn.setAttribute("data-print", b[0]);
      btn.setAttribute("aria-label", b[2] + title);
      actions.appendChild(btn);
    });
  }

  function init() {
    restore();
    // print.css writes out where outside links go; Material makes the site's own links absolute
    $$(".md-content a[href]").forEach(function (a) {
      if (a.origin === location.origin) a.setAttribute("data-cpp-here", "");
    });
    $$(".cpp-component[data-component]").forEach(addButtons);
    $$(".cpp-pack-contents__actions[hidden]").forEach(function (p) {
      p.hidden = false;
    });
    loadPackSoon();
  }

  /* The print pack's blank copies (render/printing.py) are scripts of their own, loaded
     once the page has loaded: a phone opening the pack shows its list without
     downloading, parsing or styling some 8,900 elements of paper. They join the page, and
     become sheets, when it goes to paper (beforeprint: Chromium fires it for a PDF too),
     not before: turning 43 tools into paper would stall a phone for nothing. Each script
     fills its place in window.cppPackSheets (an array of HTML, the build's own). */
  var packLoading = null;
  function packHere() {
    return document.querySelector(".cpp-pack[data-cpp-pack-src]");
  }
  function packParts(pack) {
    return pack.getAttribute("data-cpp-pack-src").split(" ");
  }
  /* The copies' scripts whose sheets are not here yet. */
  function packMissing(pack) {
    var got = window.cppPackSheets;
    return packParts(pack).filter(function (_src, i) {
      return !Array.isArray(got) || typeof got[i] !== "string";
    });
  }
  function packLoaded(pack) {
    return !packMissing(pack).length;
  }
  /* The copies' scripts, two at a time: each request starts in a task of its own (the
     one before it ended), as twenty started in one task made a long one on a phone. A
     part already here is not asked for again. */
  function loadPack() {
    var pack = packHere();
    if (!pack || packLoaded(pack)) return Promise.resolve();
    if (!packLoading)
      packLoading = new Promise(function (ok, fail) {
        var parts = packMissing(pack),
          next = 0,
          done = 0,
          failed = false;
        function more() {
          if (failed) return;
          if (done === parts.length) return ok();
          if (next === parts.length) return;
          D.script(
            parts[next++],
            function () {
              done++;
              more();
            },
            function () {
              failed = true;
              fail(new Error("pack"));
            },
          );
        }
        more();
        more();
      }).then(null, function (e) {
        packLoading = null; // the next try loads what is missing again
        throw e;
      });
    return packLoading;
  }
  function loadPackSoon() {
    if (!packHere()) return;
    var go = function () {
      loadPack().then(null, function () {
        /* offline and not kept: "Print the pack" says so */
      });
    };
    if (document.readyState === "complete") setTimeout(go, 0);
    else window.addEventListener("load", go, { once: true });
  }
  function paperPack() {
    var pack = packHere();
    if (pack && packLoaded(pack) && !pack.hasAttribute("data-cpp-pack-in")) {
      pack.innerHTML = window.cppPackSheets.join(""); // the build's own HTML: no reader's text in it
      pack.setAttribute("data-cpp-pack-in", "");
    }
    $$(".cpp-pack [data-print-of]:not(.cpp-paper)").forEach(function (copy) {
      paper(copy, null, false);
    });
  }

  document.addEventListener("click", function (e) {
    var btn = e.target.closest && e.target.closest("[data-print], [data-print-pack]");
    if (!btn) return;
    if (btn.hasAttribute("data-print-pack")) {
      var status = document.querySelector("[data-cpp-pack-status]");
      if (status) status.textContent = "";
      loadPack().then(
        function () {
          paperPack();
          window.print();
        },
        function () {
          if (status)
            status.textContent =
              "The blank sheets could not be loaded: this copy of the playbook is offline and does not keep them. Try again when you are online.";
        },
      );
      return;
    }
    printOne(btn.closest(".cpp-component"), btn.getAttribute("data-print") === "answers");
  });

  /* A whole-page print says whose answers a tool holds: its "Workspace: ..." line (on
     screen since the script ran, hidden on paper by workspaces.css) prints for every
     tool with answers (print.css: [data-cpp-print-ws]). An unchosen choice prints
     blank: its "Choose…" label goes for the print (print.css hides it too, should a
     browser print without beforeprint). */
  function markAnswered(on) {
    var P = window.cppWorkspaces;
    if (on && P) P.readyAll();
    $$(".md-content .cpp-component[data-component]").forEach(function (root) {
      var answered = on && P && workspaceName() && P.store.get(root.getAttribute("data-component"));
      if (answered) root.setAttribute("data-cpp-print-ws", "");
      else root.removeAttribute("data-cpp-print-ws");
    });
    $$(
      on
        ? ".md-content select.cpp-input > option[value=''][label]:not([data-cpp-label])"
        : ".md-content option[data-cpp-label]",
    ).forEach(function (o) {
      if (on) {
        o.setAttribute("data-cpp-label", o.label);
        o.label = "";
      } else {
        o.label = o.getAttribute("data-cpp-label");
        o.removeAttribute("data-cpp-label");
      }
    });
  }

  /* A whole-page print shows folded sections too (playbook.js unfolds score tables). */
  window.addEventListener("beforeprint", function () {
    paperPack();
    if (active) return;
    markAnswered(true);
    opened = $$(".md-content details:not([open]):not(.cpp-example):not(.cpp-bands)");
    opened.forEach(function (d) {
      d.open = true;
    });
  });
  window.addEventListener("afterprint", function () {
    markAnswered(false);
    opened.forEach(function (d) {
      d.open = false;
    });
    opened = [];
  });

  window.cppPrint = { prepare: prepare, restore: restore, loadPack: loadPack }; // loadPack: scripts/handouts.py

  function boot() {
    if (window.document$ && window.document$.subscribe) window.document$.subscribe(init);
    else init();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", boot);
  else boot();
})();
