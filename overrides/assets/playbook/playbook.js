/* Client Partnering Playbook: the checklists, worksheets and self-assessments rendered by
   macros/render/templates/, wired to the DOM-free core (core/*.js: storage, migrations,
   validation, import and merge, scoring). This file reads and writes the page's
   controls and says what happened; the core decides. Plain JS, no framework, no
   requests. Answers stay in this browser's localStorage. */
(function () {
  "use strict";
  var D = window.cppDom,
    $$ = D.$$,
    q = D.q;
  var C = window.cppCore;
  var ls = null,
    session = null;
  try {
    ls = window.localStorage;
    session = window.sessionStorage;
  } catch (_e) {
    /* blocked: the core keeps answers in memory */
  }
  var full = false;
  try {
    var probe = "cpp-probe";
    ls.setItem(probe, probe);
    ls.removeItem(probe);
  } catch (_e) {
    try {
      ls.getItem(C.KEY);
      full = true;
    } catch (_e2) {
      ls = null;
    } // full is not blocked: what is stored is read
  }
  /* The site's root path (the web app manifest sits there), so that playbooks sharing an
     origin keep their answers apart (core/store.js C.scopeStorage). */
  var manifestLink = document.querySelector('link[rel="manifest"]'),
    prefix = C.sitePrefix("/"),
    base = "/";
  if (ls && manifestLink && /^https?:$/.test(location.protocol)) {
    base = new URL(".", manifestLink.href).pathname;
    prefix = C.sitePrefix(base);
    ls = C.scopeStorage(ls, base);
  }
  /* The components manifest (macros/render/manifest.py), in parts: the bundle brings its
     renames (window.cppManifest, with no tools), each tool on the page its own entry
     (data-manifest); the pages that read every tool load components.js, the whole of it,
     which sets window.cppManifest first. An import or a share loads it too (`whole`). */
  var bundled = window.cppManifest || {},
    Man = null;
  function entries() {
    // the tools' entries this page has that the store does not know yet
    var out = Array.isArray(window.cppManifest && window.cppManifest.tools) ? window.cppManifest.tools : [];
    $$(".cpp-component[data-manifest]").forEach(function (el) {
      if (Man && Man.tools[el.getAttribute("data-component")]) return;
      try {
        out = out.concat([JSON.parse(el.getAttribute("data-manifest"))]);
      } catch (_e) {
        /* checked as an unknown tool */
      }
    });
    return out;
  }
  var Store = C.openStore(
    C.kv(ls || { getItem: refuse, setItem: refuse, removeItem: refuse, key: refuse, length: 0 }),
    { version: bundled.version, renames: bundled.renames, tools: entries() },
    session,
  );
  if (!ls || full) Store.kv.broken = true;
  /* A large store is written a moment after the typing (at most every 400 ms), under a
     lock that other tabs' writes take too; every change is written before the page goes. */
  Store.defer = function (run) {
    return setTimeout(run, 400);
  };
  Store.lock = function (run) {
    // no lock manager, or one that refuses (file:// has an opaque origin): write anyway
    var ran = false,
      go = function () {
        if (!ran) {
          ran = true;
          run();
        }
      };
    try {
      window.navigator.locks.request(prefix + "v3:write", go).then(null, go);
    } catch (_e) {
      go();
    }
  };
  window.addEventListener("pagehide", function () {
    Store.flush();
  });
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "hidden") Store.flush();
  });
  function refuse() {
    throw new Error("storage refused");
  }
  Man = Store.man;
  /* Tools that arrived later (instant navigation, components.js): known from now on, and the
     store read again, so that their answers are checked as on a first visit. */
  function learn() {
    var fresh = C.readManifest({ tools: entries() }).tools,
      added = 0;
    C.keys(fresh).forEach(function (id) {
      if (!Man.tools[id]) {
        Man.tools[id] = fresh[id];
        added++;
      }
    });
    if (added) Store.load();
    return added;
  }
  var loading = null;
  function loaded() {
    return Array.isArray(window.cppManifest && window.cppManifest.tools) && window.cppManifest.tools.length > 0;
  }
  function whole() {
    // resolves to true once every tool is known (false: components.js did not load)
    if (loaded()) {
      learn();
      return Promise.resolve(true);
    }
    if (!loading)
      loading = new Promise(function (resolve) {
        var own = document.querySelector("script[src*='playbook.min.js']");
        D.script(
          own ? own.src.replace(/playbook\.min\.js(?=[?#]|$)/, "components.js") : "",
          function () {
            learn();
            loading = null;
            resolve(loaded());
          },
          function () {
            loading = null;
            resolve(false);
          },
        );
      });
    return loading;
  }
  var UNLOADED = " could not load the playbook's list of tools. Check your connection, reload the page and try again.";

  /* After any saved change, for other scripts (backups): document event "cpp:saved"
     with {kind, workspace, tool, item, at}. kind: answer, clear, undo, snap, unsnap,
     create, rename, drop, restore, import, forget, or use (the active workspace changed:
     not a change to the answers). */
  Store.onChange(function (e) {
    document.dispatchEvent(new CustomEvent("cpp:saved", { detail: e }));
  });

  function localDay(d) {
    return C.localDay(d);
  }
  function isObj(x) {
    return C.isObj(x);
  }
  function empty(v) {
    return v === undefined || v === null || v === false || v === "" || (Array.isArray(v) && !v.length);
  }

  /* Reading and writing a component's controls. */
  function readRow(tr) {
    var row = {};
    $$("[data-col]", tr).forEach(function (el) {
      if (el.value.trim()) row[el.getAttribute("data-col")] = el.value;
    });
    return row;
  }
  function value(root, id) {
    // the answer to one item, or undefined
    var els = $$('[data-item="' + id + '"]', root),
      el = els[0],
      v;
    if (el.tagName === "TABLE") {
      var rows = $$("tbody > tr", el).map(readRow);
      while (rows.length && !Object.keys(rows[rows.length - 1]).length) rows.pop();
      return rows.length ? rows : undefined;
    }
    els.forEach(function (x) {
      if (x.type === "checkbox") {
        if (x.checked) v = x.value === C.NA ? C.NA : true;
      } // ticked, or "did not arise"
      else if (x.type === "radio") {
        if (x.checked)
          v = root.getAttribute("data-kind") === "assessment" && x.value !== C.NA ? Number(x.value) : x.value;
      } else if (x.value.trim()) v = x.value;
    });
    return v;
  }
  function read(root) {
    // {items: answers shown, known: every item id on the page}
    var items = {},
      known = {};
    $$("[data-item]", root).forEach(function (el) {
      var id = el.getAttribute("data-item");
      if (known[id]) return;
      known[id] = true;
      var v = value(root, id);
      if (v !== undefined) items[id] = v;
    });
    return { items: items, known: known };
  }
  function addRow(table) {
    var tbody = table.tBodies[0],
      n = tbody.rows.length + 1;
    var tpl = table.closest(".cpp-field").querySelector("template");
    tbody.insertAdjacentHTML("beforeend", tpl.innerHTML.split("__ROW__").join(String(n)));
    rowTools(table);
    return tbody.rows[tbody.rows.length - 1];
  }
  function setValue(el, v) {
    if (el.value !== v && el !== document.activeElement) {
      el.value = v;
      grow(el);
    }
  } // the field being typed in is never rewritten
  /* A text area grows with its answer (never below its rows), so a long answer reads
     whole, without a scrollbar inside the page. */
  function grow(el) {
    if (el.tagName !== "TEXTAREA") return;
    el.style.height = "";
    var edge = el.offsetHeight - el.clientHeight; // the borders (box-sizing: border-box)
    if (el.scrollHeight > el.clientHeight) el.style.height = el.scrollHeight + edge + "px";
  }
  function write(root, items) {
    $$("[data-item]", root).forEach(function (el) {
      var v = items[el.getAttribute("data-item")];
      if (el.tagName === "TABLE") {
        var rows = Array.isArray(v) ? v : [],
          tbody = el.tBodies[0];
        var want = Math.max(Number(el.getAttribute("data-rows")) || 1, rows.length);
        while (tbody.rows.length > want) tbody.deleteRow(-1);
        while (tbody.rows.length < want) addRow(el);
        rowTools(el);
        $$("tbody > tr", el).forEach(function (tr, i) {
          var row = isObj(rows[i]) ? rows[i] : {};
          $$("[data-col]", tr).forEach(function (c) {
            var x = row[c.getAttribute("data-col")];
            setValue(c, x == null ? "" : String(x));
          });
        });
      } else if (el === document.activeElement && el.type !== "radio" && el.type !== "checkbox") {
        return;
      } else if (el.type === "checkbox") {
        el.checked = el.value === C.NA ? v === C.NA : !empty(v) && v !== C.NA;
      } else if (el.type === "radio") {
        el.checked = v != null && String(v) === el.value;
      } else {
        setValue(el, v == null || typeof v === "object" ? "" : String(v));
      }
    });
  }

  /* Table rows: move up, move down, delete (on screen only; paper drops the buttons). */
  function rowTools(table) {
    var head = table.tHead && table.tHead.rows[0];
    if (head && !head.querySelector(".cpp-row-tools")) {
      var th = document.createElement("th");
      th.className = "cpp-row-tools";
      th.innerHTML = '<span class="cpp-visually-hidden">Row</span>';
      head.appendChild(th);
    }
    $$("tbody > tr", table).forEach(function (tr, i) {
      var td = tr.querySelector(".cpp-row-tools");
      if (!td) {
        td = document.createElement("td");
        td.className = "cpp-row-tools";
        [
          ["up", "↑"],
          ["down", "↓"],
          ["delete", "✕"],
        ].forEach(function (b) {
          var btn = document.createElement("button");
          btn.type = "button";
          btn.className = "cpp-row-tools__button";
          btn.setAttribute("data-row", b[0]);
          btn.textContent = b[1];
          td.appendChild(btn);
        });
        tr.appendChild(td);
      }
      var n = i + 1;
      td.querySelector("[data-row=up]").setAttribute("aria-label", "Move row " + n + " up");
      td.querySelector("[data-row=down]").setAttribute("aria-label", "Move row " + n + " down");
      td.querySelector("[data-row=delete]").setAttribute("aria-label", "Delete row " + n);
    });
  }
  function rowAction(root, btn) {
    var table = btn.closest("table"),
      item = table.getAttribute("data-item"),
      tr = btn.closest("tr");
    var trs = $$("tbody > tr", table),
      rows = trs.map(readRow),
      i = trs.indexOf(tr),
      what = btn.getAttribute("data-row");
    var to = what === "up" ? i - 1 : what === "down" ? i + 1 : i;
    if (to < 0 || to >= rows.length) return;
    var gone = null,
      items = {};
    if (what === "delete") gone = rows.splice(i, 1)[0];
    else rows.splice(to, 0, rows.splice(i, 1)[0]);
    items[item] = rows;
    write(root, items);
    saveItem(root, item);
    var box = root.querySelector(".cpp-toolbar");
    if (what === "delete") {
      var left = $$("tbody > tr", table);
      (left[Math.min(i, left.length - 1)] || table).querySelector("[data-row=delete]").focus();
      if (Object.keys(gone).length)
        undoable(
          "Deleted row " + (i + 1) + ".",
          function () {
            var now = $$("tbody > tr", table).map(readRow),
              back = {};
            now.splice(i, 0, gone);
            back[item] = now;
            write(root, back);
            saveItem(root, item);
          },
          btn,
        );
      else say(box, "Deleted an empty row.", false);
    } else {
      $$("tbody > tr", table)
        [to].querySelector("[data-row=" + what + "]")
        .focus();
      say(box, "Moved row " + (i + 1) + " to place " + (to + 1) + ".", false);
    }
  }

  /* Saving writes only the item the reader changed, with its own time; the core re-reads
     the store first, so other items (another tab's newer ones, or ones this page no
     longer asks) are kept. A change to an assessment's ratings updates today's point. */
  function save(root, target) {
    var el = target.closest("[data-item]");
    if (!el || target.closest(".cpp-row-tools")) return;
    if (el.type === "checkbox" && el.checked)
      $$('input[type=checkbox][data-item="' + el.getAttribute("data-item") + '"]', root).forEach(function (x) {
        if (x !== el) x.checked = false; // "done" and "did not arise" exclude each other
      });
    saveItem(root, el.getAttribute("data-item"));
  }
  function saveItem(root, item) {
    var id = root.getAttribute("data-component");
    if (Store.gone) return frozen();
    Store.setItem(id, item, value(root, item));
    if (root.getAttribute("data-kind") === "assessment") autoSnap(root);
    if (Store.broken) notifyBroken();
    if (Store.stopped) {
      stopped();
      showNotices(root);
    }
    update(root);
  }

  function update(root) {
    var now = read(root);
    var total = Number(root.getAttribute("data-total")),
      na = 0,
      done;
    Object.keys(now.items).forEach(function (k) {
      if (now.items[k] === C.NA) na++;
    });
    done = Object.keys(now.items).length - na; // "does not apply" / "did not arise" leave the count, not count against it
    var bar = root.querySelector(".cpp-toolbar");
    var progress = root.querySelector(".cpp-toolbar__progress");
    if (progress)
      progress.textContent =
        done +
        " of " +
        (total - na) +
        " " +
        bar.getAttribute("data-done-word") +
        (na ? " (" + na + " " + bar.getAttribute("data-na-word") + ")" : "");
    var tool = Man.tools[root.getAttribute("data-component")];
    if (tool)
      C.score(tool, now.items).forEach(function (x) {
        var dim = root.querySelector('.cpp-dimension[data-dimension="' + x.dim.id + '"]');
        if (dim) score(dim, x);
      });
  }

  function autoSnap(root) {
    var id = root.getAttribute("data-component"),
      rec = Store.get(id),
      scores = C.sums(Man.tools[id], rec ? rec.items : {});
    var day = localDay(C.now());
    if (!Object.keys(scores).length) return;
    var today = Store.history().filter(function (s) {
      return s.component === id && s.day === day;
    })[0];
    if (!today || JSON.stringify(today.scores) !== JSON.stringify(scores)) Store.snap(id, scores);
  }

  /* One dimension's score, as the core worked it out (x: an entry of C.score). */
  function score(dim, x) {
    var out = dim.querySelector(".cpp-score"),
      text = out.querySelector(".cpp-score__text");
    var band = out.querySelector(".cpp-score__band"),
      fill = out.querySelector(".cpp-score__fill");
    var match = null,
      complete = x.sum !== null;
    $$(".cpp-band", dim).forEach(function (row) {
      var hit = !!x.band && Number(row.getAttribute("data-band-min")) === x.band.min;
      row.classList.toggle("cpp-band--current", hit);
      if (hit) {
        match = row;
        row.setAttribute("aria-current", "true");
      } else row.removeAttribute("aria-current");
    });
    fill.setAttribute(
      "width",
      complete ? String(Math.max(1, ((x.sum - x.dim.min) / (x.dim.max - x.dim.min || 1)) * 100)) : "0",
    );
    band.textContent = "";
    if (!complete) {
      text.textContent =
        x.rated + x.na < x.count
          ? x.rated +
            " of " +
            x.count +
            " rated" +
            (x.na
              ? ", " + x.na + " not applying. Answer the rest to see your score."
              : ". Rate them all to see your score.")
          : "Only " + x.rated + " of " + x.count + " rated: a score needs at least " + x.need + " rated statements.";
      return;
    }
    text.textContent =
      "Score: " +
      x.sum +
      " (range " +
      x.dim.min +
      "–" +
      x.dim.max +
      ")" +
      (x.na
        ? ", from " +
          x.rated +
          " rated statements scaled to all " +
          x.count +
          "; " +
          x.na +
          " " +
          (x.na === 1 ? "does" : "do") +
          " not apply"
        : "");
    if (!match) return;
    var p1 = document.createElement("p"),
      strong = document.createElement("strong"),
      p2 = document.createElement("p");
    strong.textContent = match.querySelector(".cpp-band__label").textContent + ". ";
    p1.appendChild(strong);
    p1.appendChild(document.createTextNode(match.querySelector(".cpp-band__meaning").textContent));
    p2.textContent = "Next step: " + match.querySelector(".cpp-band__next").textContent;
    band.appendChild(p1);
    band.appendChild(p2);
  }

  /* Messages. */
  function say(scope, message, isAlert) {
    var status = scope.querySelector(".cpp-toolbar__status"),
      alert = scope.querySelector(".cpp-toolbar__alert");
    status.textContent = isAlert ? "" : message;
    alert.textContent = isAlert ? message : "";
  }
  /* What a page says when this browser keeps nothing: here and in workspaces.js (P.broken). */
  var BROKEN =
    "This browser is blocking storage or is out of room, so your workspaces and answers will be lost when you " +
    "leave this page. Export your answers to keep a copy.";
  var FULL =
    "This browser's storage for this site is full. Your saved answers are shown, but changes from now on last only " +
    "until you leave this page. Export your answers to keep a copy.";
  function brokenNote() {
    return full ? FULL : BROKEN;
  }
  function notifyBroken() {
    $$(".cpp-component .cpp-toolbar__status").forEach(function (el) {
      el.textContent = brokenNote();
    });
    if (!notifyBroken.told) {
      notifyBroken.told = true;
      changed();
    }
  }
  function changed() {
    document.dispatchEvent(new CustomEvent("cpp:workspaces"));
  }
  function wsName(id) {
    var w = Store.find(id || Store.workspace);
    return w ? w.name : "";
  }
  /* Records set aside when the store was read (bad values): said on the tool itself, and
     all of them on My relationships (workspaces.js). */
  function notices(tool) {
    // on a tool: its own notices and those about the whole store
    var said = C.describe(
      Store.notices.filter(function (n) {
        return !tool || (n.tool === tool && !n.earlier) || !n.workspace;
      }),
      Man,
    );
    if (tool) return said;
    var kept = C.unknownIn(Store.spaces, Man).retired;
    return said + (kept.length ? " Kept, though retired from the playbook: " + kept.join("; ") + "." : "");
  }

  /* Undo: one offer at a time, at the foot of the window, for 15 seconds (longer while
     the pointer or focus is on it). The message is announced; the button takes focus so
     that Enter undoes at once; Escape dismisses it. */
  var undoBox = null,
    undoTimer = 0;
  function undoable(message, undo, back) {
    if (!undoBox) {
      undoBox = document.createElement("div");
      undoBox.className = "cpp-undo";
      undoBox.hidden = true;
      undoBox.innerHTML =
        '<p class="cpp-undo__text" role="status"></p><button type="button" class="cpp-button cpp-undo__button">Undo</button>' +
        '<button type="button" class="cpp-undo__close" aria-label="Dismiss">✕</button>';
      document.body.appendChild(undoBox);
      undoBox.addEventListener("keydown", function (e) {
        if (e.key === "Escape") hideUndo(true);
      });
      ["mouseenter", "focusin"].forEach(function (ev) {
        undoBox.addEventListener(ev, function () {
          clearTimeout(undoTimer);
        });
      });
      ["mouseleave", "focusout"].forEach(function (ev) {
        undoBox.addEventListener(ev, function () {
          clearTimeout(undoTimer);
          undoTimer = setTimeout(hideUndo, 8000);
        });
      });
    }
    var text = undoBox.querySelector(".cpp-undo__text"),
      btn = undoBox.querySelector(".cpp-undo__button");
    undoBox.hidden = false;
    text.textContent = message + " Undo is offered for 15 seconds.";
    btn.setAttribute("aria-label", "Undo: " + message);
    undoBox.querySelector(".cpp-undo__close").onclick = function () {
      hideUndo(true);
    };
    btn.onclick = function () {
      undo();
      hideUndo(true);
      refresh();
      announce("Undone: " + message);
    };
    undoBox.back = back && back.isConnected ? back : null;
    clearTimeout(undoTimer);
    undoTimer = setTimeout(hideUndo, 15000);
    btn.focus();
  }
  function hideUndo(refocus) {
    if (!undoBox || undoBox.hidden) return;
    var had = undoBox.contains(document.activeElement);
    undoBox.hidden = true;
    clearTimeout(undoTimer);
    if ((refocus || had) && undoBox.back && undoBox.back.isConnected) undoBox.back.focus();
  }
  function announce(message) {
    var live = document.querySelector(".cpp-announce");
    if (!live) {
      live = document.createElement("p");
      live.className = "cpp-announce cpp-visually-hidden";
      live.setAttribute("role", "status");
      document.body.appendChild(live);
    }
    live.textContent = message;
  }

  /* A question with more than two answers, in a modal <dialog>; resolves to the value
     of the button pressed, or "" when dismissed (Escape). With `all` (a checkbox's
     label), a choice made with the box ticked comes back as "all:" + value. */
  function ask(message, choices, all) {
    return new Promise(function (resolve) {
      var d = document.createElement("dialog"),
        form = document.createElement("form"),
        p = document.createElement("p"),
        box = null;
      d.className = "cpp-dialog";
      d.setAttribute("aria-labelledby", "cpp-dialog-text");
      p.id = "cpp-dialog-text";
      p.textContent = message;
      form.method = "dialog";
      form.className = "cpp-dialog__actions";
      choices.forEach(function (c, i) {
        var b = document.createElement("button");
        b.className = "cpp-button";
        b.value = c[0];
        b.textContent = c[1];
        if (i === 0) b.autofocus = true;
        form.appendChild(b);
      });
      d.appendChild(p);
      if (all) {
        var label = document.createElement("label");
        box = document.createElement("input");
        box.type = "checkbox";
        label.className = "cpp-dialog__all";
        label.appendChild(box);
        label.appendChild(document.createTextNode(" " + all));
        d.appendChild(label);
      }
      d.appendChild(form);
      d.addEventListener("close", function () {
        resolve(box && box.checked && d.returnValue ? "all:" + d.returnValue : d.returnValue);
        d.remove();
      });
      document.body.appendChild(d);
      d.showModal();
    });
  }

  /* Export files (core/transfer.js): the workspaces with these ids, or all of them. */
  function exportAll(ids) {
    return C.exportData(Store.state, ids || null);
  }
  function backupFile(ids) {
    var data = exportAll(ids);
    return { name: C.exportName(data, !!ids, C.deviceTag(Store.kv)), text: JSON.stringify(data, null, 2), data: data };
  }
  function download(name, text) {
    var url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
    var a = document.createElement("a");
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () {
      URL.revokeObjectURL(url);
    }, 1000);
  }
  function exportFile(ids) {
    var file = backupFile(ids);
    download(file.name, file.text);
    return file.data;
  }
  /* "Share my scores with the facilitator": the active workspace's self-assessment
     ratings only (core/transfer.js shareData), for the Room results page. */
  function shareFile() {
    var ws = Store.workspace;
    if (!C.isCode((Store.find(ws) || {}).code)) {
      // made once, stored: the same workspace shared twice is one participant
      var made = C.newCode();
      Store.change(
        function (s) {
          s.workspaces.forEach(function (w) {
            if (w.id === ws && !C.isCode(w.code)) w.code = made;
          });
        },
        { kind: "code", workspace: ws },
      );
    }
    var data = C.shareData(Store.find(ws), Man),
      n = Object.keys(data.tools).length;
    if (n) download(C.shareName(data), JSON.stringify(data, null, 1));
    return n;
  }
  /* A chosen file as text, in the encoding it was saved in (core: C.decodeFile); rejects
     with C.ENCODING as the message when it is in none the playbook reads. */
  function readFile(file) {
    return C.readFile(file).then(function (r) {
      if (r.error) throw new Error(r.error);
      return r.text;
    });
  }
  function tools(n) {
    return n + " tool" + (n === 1 ? "" : "s");
  }
  function answers(n) {
    return n + " answer" + (n === 1 ? "" : "s");
  }

  /* Import: read (the core checks every record), plan (the reader chooses where a name
     is taken), then one write. Nothing is created when nothing in the file is valid. */
  function importText(text, scope) {
    return whole().then(function (ok) {
      if (ok) return importChecked(text, scope);
      say(scope, "Nothing was imported: this page" + UNLOADED, true);
      return false;
    });
  }
  function importChecked(text, scope) {
    var r = C.parseImport(text, Man);
    if (r.error) {
      say(scope, r.error, true);
      return Promise.resolve(false);
    }
    // what the file holds that is not imported, decided before anything is applied
    var u = C.unknownIn(r.workspaces, Man),
      left =
        (u.tools.length ? " Kept, though this site has no such tool: " + C.listOf(u.tools) + "." : "") +
        (u.items.length ? " Kept, though no longer asked: " + C.listOf(u.items, "; ") + "." : "") +
        (u.retired.length ? " Kept, though retired from the playbook: " + C.listOf(u.retired, "; ") + "." : "") +
        (r.notices.length ? " Not imported: " + C.describe(r.notices, Man) : "");
    var steps = C.planImport(Store.state, Store.workspace, r.workspaces),
      forAll = "";
    var asks = steps.filter(function (s) {
      return s.ask;
    }).length;
    return steps
      .reduce(function (chain, s) {
        return chain.then(function (go) {
          if (!go || !s.ask) return go;
          asks--;
          var choice = forAll
            ? Promise.resolve(forAll)
            : ask(
                "You already have a workspace called “" +
                  s.ask.name +
                  "”. Merge the file's answers into it, " +
                  "or keep both as separate workspaces? Merging goes question by question: where both have answered " +
                  "the same question, the more recent answer is kept.",
                [
                  ["both", "Keep both"],
                  ["merge", "Merge"],
                  ["", "Cancel import"],
                ],
                asks
                  ? "Do the same for the " +
                      (asks === 1 ? "other workspace" : asks + " other workspaces") +
                      " in this file whose names you already have"
                  : "",
              );
          return choice.then(function (choice) {
            if (choice.indexOf("all:") === 0) choice = forAll = choice.slice(4);
            if (choice === "merge") s.into = s.ask.id;
            else if (choice === "both") s.name = s.free();
            return !!choice;
          });
        });
      }, Promise.resolve(true))
      .then(function (go) {
        if (!go) {
          say(scope, "Nothing was imported.", false);
          return false;
        }
        var blocked = Store.broken,
          before = Store.workspace;
        var sum = Store.change(
          function (st) {
            return C.applyImport(st, steps);
          },
          { kind: "import" },
        );
        if (Store.broken && !blocked) {
          // no room: the store is as it was
          Store.kv.forgetMemory(C.KEY);
          Store.kv.broken = false;
          Store.load();
          say(scope, "This browser has no room for these answers, so nothing was imported.", true);
          return false;
        }
        var target =
          steps.length === 1
            ? sum.fresh[0] || sum.into[0]
            : Store.isEmpty(before) && sum.into.indexOf(before) < 0
              ? sum.fresh[0]
              : null; // from an unused workspace to the first new one
        if (target && target !== before) Store.use(target);
        refresh();
        var msg =
          steps.length > 1
            ? "Imported " +
              steps.length +
              " workspaces, with answers for " +
              tools(sum.tools) +
              "." +
              (target && target !== before ? " Now filling in " + q(wsName()) + "." : "")
            : "Imported answers for " +
              tools(sum.tools) +
              (target === before
                ? ""
                : " into the " + (sum.fresh.length ? "new " : "") + "workspace " + q(wsName()) + ", now active") +
              ".";
        if (sum.into.length && (sum.replaced || sum.kept || sum.cleared)) {
          msg +=
            " Merged question by question: " +
            [
              sum.added && answers(sum.added) + " added",
              sum.replaced && answers(sum.replaced) + " replaced by newer ones from the file",
              sum.cleared && answers(sum.cleared) + " cleared, as they were cleared later in the file",
              sum.kept &&
                answers(sum.kept) +
                  " kept because " +
                  (sum.kept === 1 ? "it was" : "they were") +
                  " newer in this browser",
            ]
              .filter(Boolean)
              .join(", ") +
            ".";
        }
        say(scope, msg + left, false);
        return true;
      });
  }

  /* Clear: the reader chooses whether today's score point goes too; undo for 15 s. */
  function clear(root, box) {
    var id = root.getAttribute("data-component"),
      title = root.querySelector(".cpp-component__title").firstChild.textContent;
    var day = localDay(C.now()),
      point = Store.history().some(function (s) {
        return s.component === id && s.day === day;
      });
    var choices = point
      ? [
          ["answers", "Clear answers only"],
          ["both", "Clear answers and today's score"],
          ["", "Cancel"],
        ]
      : [
          ["answers", "Clear"],
          ["", "Cancel"],
        ];
    var btn = root.querySelector("[data-action=clear]");
    return ask(
      "Clear all your answers in " +
        q(title) +
        " in the workspace " +
        q(wsName()) +
        "?" +
        (point ? " Today's score is in this workspace's history too: remove it as well, or keep it?" : ""),
      choices,
    ).then(function (choice) {
      if (!choice) return;
      var undo = Store.clear(id, null, choice === "both");
      write(root, {});
      update(root);
      say(box, "Cleared.", false);
      undoable(
        "Cleared " + q(title) + (undo.snap ? " and today's score" : "") + ".",
        function () {
          Store.unclear(undo);
        },
        btn,
      );
    });
  }

  /* Wiring: `scope` holds the buttons and messages; `root` is the component, if any. */
  function bind(scope, root) {
    var box = root ? root.querySelector(".cpp-toolbar") : scope;
    scope.addEventListener("click", function (e) {
      var btn = e.target.closest("[data-action], [data-row]"),
        action = btn && btn.getAttribute("data-action");
      if (btn && btn.hasAttribute("data-row") && root) return rowAction(root, btn);
      if (action === "export") {
        // a component: its workspace; the tools page: every workspace
        var data = exportFile(root ? [Store.workspace] : null),
          n = data.workspaces.length;
        say(
          box,
          "Exported " + (n > 1 ? n + " workspaces, with " : "") + "answers for " + tools(C.countTools(data)) + ".",
          false,
        );
      } else if (action === "share") {
        whole().then(function (ok) {
          if (!ok) return say(box, "No file was saved: this page" + UNLOADED, true);
          var shared = shareFile();
          say(
            box,
            shared
              ? "Saved a file with your ratings on " +
                  shared +
                  " self-assessment" +
                  (shared === 1 ? "" : "s") +
                  " for your facilitator: numbers only, with no workspace name and no written answers."
              : "Rate at least one statement first: the file for your facilitator holds ratings only.",
            false,
          );
          // client-link.js (share.min.js, loaded at the first share) adds a QR code and a
          // short link holding the same ratings
          if (!shared) return;
          var detail = { box: box, data: C.shareData(Store.find(Store.workspace), Man) },
            tell = function () {
              document.dispatchEvent(new CustomEvent("cpp:shared", { detail: detail }));
            };
          if (!window.cppLoadShare) return tell();
          window.cppLoadShare(tell, function () {
            say(
              box,
              "Saved the file for your facilitator. The QR code and the link could not be loaded: send them the file.",
              false,
            );
          });
        });
      } else if (action === "import") {
        box.querySelector("[data-action=import-file]").click();
      } else if (action === "clear") {
        clear(root, box);
      } else if (action === "snapshot") {
        var id = root.getAttribute("data-component"),
          rec = Store.get(id),
          scores = C.sums(Man.tools[id], rec ? rec.items : {});
        if (!Object.keys(scores).length) {
          say(box, "Rate every statement in at least one part first: a snapshot keeps finished scores only.", false);
          return;
        }
        Store.snap(id, scores);
        if (Store.broken) return notifyBroken();
        say(
          box,
          "Snapshot saved for " +
            C.dayText(localDay(C.now())) +
            " in " +
            q(wsName()) +
            ". " +
            "My Relationships shows how your scores move over time.",
          false,
        );
        changed();
      } else if (action === "keep-gone") {
        var kept = Store.gone && Store.gone.name;
        Store.keepGone();
        refresh();
        say(box, "Kept " + q(kept) + ", with everything typed in this tab.", false);
      } else if (action === "add-row") {
        addRow(btn.closest(".cpp-field").querySelector("table")).querySelector("[data-col]").focus();
      }
    });
    scope.addEventListener("change", function (e) {
      var input = e.target;
      if (input.getAttribute("data-action") !== "import-file" || !input.files.length) return;
      readFile(input.files[0])
        .then(function (text) {
          return importText(text, box);
        })
        .then(null, function (e) {
          say(
            box,
            e && e.message === C.ENCODING ? C.ENCODING : "This file could not be read, so nothing was imported.",
            true,
          );
        })
        .then(function () {
          input.value = "";
        });
    });
  }

  function setup(root) {
    root.setAttribute("data-cpp-ready", "");
    var rec = Store.get(root.getAttribute("data-component"));
    write(root, rec ? rec.items : {});
    root.addEventListener("input", function (e) {
      grow(e.target);
      save(root, e.target);
    });
    root.addEventListener("change", function (e) {
      save(root, e.target);
    });
    bind(root, root);
    update(root);
  }
  function show(root) {
    // the controls that need the script, now that it runs
    root.setAttribute("data-cpp-shown", "");
    $$("[hidden]:not([type=file])", root).forEach(function (el) {
      el.hidden = false;
    });
    $$("details.cpp-bands", root).forEach(function (d) {
      d.open = false;
    });
    root.classList.add("cpp-js");
  }

  function showIndexProgress() {
    $$("[data-progress-for]").forEach(function (el) {
      var rec = Store.get(el.getAttribute("data-progress-for")),
        items = rec ? rec.items : {};
      var ids = el.getAttribute("data-items").split(" ");
      var n = ids.filter(function (id) {
        return !empty(items[id]);
      }).length;
      el.textContent = n ? "· " + n + " of " + ids.length + " answered" : "";
      el.hidden = !n;
    });
  }

  function showNotices(root) {
    var said = notices(root.getAttribute("data-component"));
    if (said) root.querySelector(".cpp-toolbar__alert").textContent = said;
  }

  /* A notice at the top of a tool (or of the page), made once, updated, or removed (text ""). */
  function banner(host, cls, text, button) {
    var note = host.querySelector(":scope > ." + cls);
    if (!text) {
      if (note) note.remove();
      return null;
    }
    if (!note) {
      note = document.createElement("div");
      note.className = "cpp-banner " + cls;
      note.setAttribute("role", "alert");
      note.innerHTML = "<p></p>";
      host.insertBefore(note, host.firstChild);
    }
    note.querySelector("p").textContent = text;
    var b = note.querySelector("button");
    if (button && !b) {
      b = document.createElement("button");
      b.type = "button";
      b.className = "cpp-button";
      note.appendChild(b);
    }
    if (b) {
      b.textContent = button ? button[1] : "";
      b.setAttribute("data-action", button ? button[0] : "");
      b.hidden = !button;
    }
    return note;
  }
  /* This tab does not save (a store from a newer version, or one that could not be set
     aside): every page says so at its top. */
  function stopped() {
    var main = document.querySelector(".md-content__inner") || document.body;
    banner(main, "cpp-stopped", Store.stopped);
  }
  /* This tab's workspace was deleted in another tab: its fields keep what was typed here,
     take no more, and say so; the button puts the workspace back with all of it. */
  function frozen() {
    var g = Store.gone;
    $$(".cpp-component[data-cpp-ready]").forEach(function (root) {
      $$("[data-item], [data-col]", root).forEach(function (el) {
        if (el.tagName === "TABLE" || (!g && !el.hasAttribute("data-cpp-frozen"))) return;
        if (g) el.setAttribute("data-cpp-frozen", "");
        else el.removeAttribute("data-cpp-frozen");
        if (el.type === "checkbox" || el.type === "radio") el.disabled = !!g;
        else el.readOnly = !!g;
      });
      banner(
        root,
        "cpp-frozen",
        g
          ? q(g.name) +
              " was deleted in another tab, so nothing more is saved here. What you typed is still on this page: " +
              "keep the workspace, or choose another one in the workspace menu."
          : "",
        g && ["keep-gone", "Keep " + q(g.name)],
      );
    });
  }

  /* Tools are wired up (answers written in, scores worked out) one a task, after the
     first paint, so that no single long task keeps a phone from answering a tap; their
     script-only controls show together once every tool on the page is wired, so a
     visible toolbar always means a working page. All at once when the reader prints or
     follows a link into a tool; a tool changed before its turn is wired up first (a
     script filling it in); print.js asks before it copies a tool. */
  var queue = [],
    queued = 0;
  function ready(root) {
    if (root && !root.hasAttribute("data-cpp-ready")) {
      setup(root);
      showNotices(root);
    }
    return root;
  }
  function showAll() {
    $$(".cpp-component[data-cpp-ready]:not([data-cpp-shown])").forEach(show);
  }
  function readyAll() {
    $$(".cpp-component[data-component]:not([data-cpp-ready])").forEach(ready);
    queue = [];
    showAll();
  }
  function next() {
    queued = 0;
    var root = queue.shift();
    if (root && root.isConnected) ready(root);
    if (queue.length) queued = setTimeout(next, 0);
    else showAll();
  }
  function later(root) {
    queue.push(root);
    if (!queued) queued = setTimeout(next, 0);
  }
  function readyTarget() {
    var id = location.hash.slice(1),
      el = null;
    try {
      el = id && document.getElementById(decodeURIComponent(id));
    } catch (_e) {
      el = null;
    }
    if (el && el.closest(".cpp-component[data-component]")) readyAll(); // the reader jumps into a tool: show it whole now
  }
  window.addEventListener("hashchange", readyTarget);
  ["input", "change"].forEach(function (type) {
    document.addEventListener(
      type,
      function (e) {
        var root = e.target.closest && e.target.closest(".cpp-component[data-component]:not([data-cpp-ready])");
        if (!root) return;
        var el = e.target,
          prop = el.type === "checkbox" || el.type === "radio" ? "checked" : "value",
          now = el[prop];
        ready(root); // writes the stored answers in: put this change back, for the tool's own listener to save
        if (el[prop] !== now) el[prop] = now;
      },
      true,
    );
  });

  /* refresh === true: show the stored answers again (after a switch, an import or a
     change made in another tab). Tools not wired up yet read them when they are. */
  var firstPage = location.pathname;
  function init(refresh) {
    /* Arriving at a section (a #address) or by instant navigation, the browser or Material
       scrolls at once: the tools must have their final size by then, so wire them all now. */
    if (location.hash || location.pathname !== firstPage) readyAll();
    $$(".cpp-component[data-component]").forEach(function (root) {
      if (!root.hasAttribute("data-cpp-ready")) {
        if (queue.indexOf(root) < 0) later(root);
        return;
      }
      if (refresh === true) {
        var rec = Store.get(root.getAttribute("data-component"));
        write(root, rec ? rec.items : {});
        update(root);
      }
      showNotices(root);
    });
    readyTarget();
    $$(".cpp-answers:not([data-cpp-ready])").forEach(function (panel) {
      panel.setAttribute("data-cpp-ready", "");
      panel.hidden = false;
      bind(panel, null);
    });
    $$(".cpp-component__ws-name").forEach(function (el) {
      el.textContent = wsName();
    });
    showIndexProgress();
    if (Store.broken) notifyBroken();
    stopped();
    frozen();
  }
  function refresh() {
    init(true);
    changed();
  }

  /* Another tab changed something: read it again. Our own writes re-read first, so
     nothing this tab shows can overwrite the other tab's newer answers. */
  var pending = 0;
  window.addEventListener("storage", function (e) {
    if (e.key !== null && e.key.indexOf(prefix) !== 0) return; // another site's keys (one origin, two playbooks): not ours
    clearTimeout(pending);
    pending = setTimeout(function () {
      var was = Store.gone;
      Store.refresh(); // and writes back what the other tab's write left out
      init(true);
      document.dispatchEvent(
        new CustomEvent("cpp:workspaces", { detail: { gone: !was && Store.gone ? Store.gone.name : "" } }),
      );
    }, 50);
  });

  /* Paper gets the score tables even when they are folded on screen. */
  var folded = [];
  window.addEventListener("beforeprint", function () {
    readyAll();
    folded = $$("details.cpp-bands:not([open])");
    folded.forEach(function (d) {
      d.open = true;
    });
  });
  window.addEventListener("afterprint", function () {
    folded.forEach(function (d) {
      d.open = false;
    });
  });

  /* For workspaces.js (the header switcher and the My relationships page) and print.js. */
  window.cppWorkspaces = {
    store: Store,
    core: C,
    refresh: refresh,
    ask: ask,
    exportFile: exportFile,
    importText: importText,
    readFile: readFile,
    download: download,
    undoable: undoable,
    countTools: C.countTools,
    tools: tools,
    dayText: C.dayText,
    broken: brokenNote,
    notices: notices,
    ready: ready,
    readyAll: readyAll,
  };

  /* For other scripts (backups, answers-offline): everything as one backup file, and
     when anything last changed. Listen for the document event "cpp:saved" (detail:
     {kind, workspace, tool, item, at}) to hear about every saved change.
       cppAnswers.exportAll()        the export object of every workspace (version 3)
       cppAnswers.backupFile()       {name, text, data}: the same, as a file's name and text
       cppAnswers.saveBackup()       downloads that file; returns the export object
       cppAnswers.deviceTag()        this browser's short id, for backup file names
       cppAnswers.lastChange()       ISO time of the newest change in any workspace, or null
       cppAnswers.changedSince(iso)  true when something changed after `iso` (or iso is empty)
       cppAnswers.onChange(fn)       fn({kind, workspace, tool, item, at}) after every saved change
       cppAnswers.siteKey(name)      the localStorage key `name` of this site (another playbook on
                                     the origin has its own): name itself for a site at "/" */
  window.cppAnswers = {
    exportAll: function () {
      return exportAll(null);
    },
    backupFile: function () {
      return backupFile(null);
    },
    saveBackup: function () {
      return exportFile(null);
    },
    deviceTag: function () {
      return C.deviceTag(Store.kv);
    },
    lastChange: function () {
      return Store.lastChange();
    },
    changedSince: function (iso) {
      var t = Store.lastChange();
      return !!t && (!iso || t > iso);
    },
    onChange: function (fn) {
      Store.onChange(fn);
    },
    siteKey: function (name) {
      return prefix === C.PREFIX ? name : name + "@" + base;
    },
  };

  /* For a page's own script that may run before this one (room.min.js, on a first visit). */
  document.dispatchEvent(new Event("cpp:core"));

  function boot() {
    /* Material's document$ fires on every instant navigation, but never on file://
       (the offline bundle), so also run once now: init() skips what is set up. */
    if (window.document$ && window.document$.subscribe)
      window.document$.subscribe(function () {
        learn();
        init();
      });
    init();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", boot);
  else boot();
})();
