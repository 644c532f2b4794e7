/* Client Partnering Playbook: backups. "Last backup: ..." and "Save a backup file" in the
   workspace menu and on My relationships, a reminder when a backup is overdue, an optional
   file kept up to date (File System Access API, where the browser has it), and a request
   that the browser keep this site's storage (navigator.storage.persist) once the first
   answer is saved. backup-core.js decides; this file draws. Plain JS, no requests. */
(function () {
  "use strict";
  var D = window.cppDom,
    $ = D.$,
    $$ = D.$$;
  var P = window.cppWorkspaces,
    C = window.cppBackupCore;
  if (!P || !C || !window.cppAnswers) return;
  // outside "cpp:" on purpose: not answers, and never in an export; one per site (cppAnswers.siteKey)
  var KEY = window.cppAnswers.siteKey ? window.cppAnswers.siteKey("cpp-backup") : "cpp-backup";
  var WRITE_DELAY = 2000; // ms after the last change before the kept file is written

  /* The one path to the answers (playbook.js's cppAnswers): every workspace, in the
     export format import accepts. exportAll() returns the data, saveFile() downloads it. */
  var A = window.cppAnswers;
  function exportAll() {
    return A.exportAll();
  }
  function saveFile() {
    return A.saveBackup();
  }

  function now() {
    return Date.now();
  }
  function iso() {
    return new Date(now()).toISOString();
  }

  var mem = {};
  function state() {
    try {
      var t = window.localStorage.getItem(KEY);
      if (t === null && KEY !== "cpp-backup") t = window.localStorage.getItem("cpp-backup"); // from before keys were per site
      var s = JSON.parse(t);
      return s && typeof s === "object" ? s : {};
    } catch (_e) {
      return mem;
    }
  }
  function edit(change) {
    var s = state();
    change(s);
    try {
      window.localStorage.setItem(KEY, JSON.stringify(s));
    } catch (_e) {
      mem = s;
    }
    draw();
  }

  /* The kept file's handle lives in IndexedDB: localStorage cannot hold it. */
  function idb(mode, act) {
    return new Promise(function (resolve, reject) {
      var req = window.indexedDB.open("cpp-backup", 1);
      req.onupgradeneeded = function () {
        req.result.createObjectStore("files");
      };
      req.onerror = function () {
        reject(req.error);
      };
      req.onsuccess = function () {
        var tx, r;
        try {
          tx = req.result.transaction("files", mode);
          r = act(tx.objectStore("files"));
        } catch (e) {
          req.result.close();
          reject(e);
          return;
        }
        tx.oncomplete = function () {
          req.result.close();
          resolve(r && r.result);
        };
        tx.onerror = tx.onabort = function () {
          req.result.close();
          reject(tx.error);
        };
      };
    });
  }
  var handle = null,
    paused = false,
    held = false,
    timer = 0;
  var canKeep = typeof window.showSaveFilePicker === "function" && !!window.indexedDB;

  /* Messages go to the status line already there: the workspace menu's, or the one under
     the buttons on My relationships (one live region per place, not two). */
  var STATUS = { menu: "#cpp-ws-panel .cpp-ws__status", page: "[data-cpp-rel=data] .cpp-toolbar__status" };
  function say(msg, where) {
    var el = $(STATUS[where || "page"]);
    if (el) el.textContent = msg;
  }

  function saved(how) {
    var data = exportAll(),
      count = C.summary(data).answers;
    edit(function (s) {
      s.lastBackup = iso();
      if (how === "kept") s.lastCount = count;
    });
    return data;
  }

  function write(force) {
    if (!handle) return Promise.resolve();
    var data = exportAll(),
      count = C.summary(data).answers,
      verdict = C.keepWrite(count, state().lastCount || 0);
    if (verdict !== "write" && !force) {
      held = verdict === "shrunk";
      draw();
      return Promise.resolve();
    }
    return handle
      .queryPermission({ mode: "readwrite" })
      .then(function (p) {
        if (p !== "granted") {
          paused = true;
          draw();
          return;
        }
        return handle
          .createWritable()
          .then(function (w) {
            return w.write(JSON.stringify(data, null, 2)).then(function () {
              return w.close();
            });
          })
          .then(function () {
            paused = held = false;
            saved("kept");
          });
      })
      .then(null, function () {
        paused = true;
        draw();
      });
  }
  function later() {
    clearTimeout(timer);
    if (handle) timer = setTimeout(write, WRITE_DELAY);
  }

  function keep() {
    window
      .showSaveFilePicker({
        suggestedName: C.fileName(now(), A.deviceTag()),
        types: [{ description: "Playbook backup", accept: { "application/json": [".json"] } }],
      })
      .then(function (h) {
        handle = h;
        edit(function (s) {
          s.keepName = h.name;
          s.lastCount = 0;
        });
        /* Not remembered (private window): kept up to date for this visit only. */
        var remember = idb("readwrite", function (st) {
          return st.put(h, "file");
        }).then(null, function () {
          /* see above */
        });
        return remember.then(function () {
          return write(true);
        });
      })
      .then(
        function () {
          if (handle) say("Your backups now go to " + handle.name + " after every change.");
        },
        function () {
          /* picker closed */
        },
      );
  }
  function stop() {
    clearTimeout(timer);
    handle = null;
    paused = held = false;
    edit(function (s) {
      delete s.keepName;
      delete s.lastCount;
    });
    idb("readwrite", function (st) {
      return st.delete("file");
    }).then(null, function () {
      /* nothing stored */
    });
    say("The playbook no longer writes to your backup file. The file itself is unchanged.");
  }
  function resume() {
    // a click: the only moment a browser lets a page ask for write access again
    if (!handle) return;
    handle.requestPermission({ mode: "readwrite" }).then(function (p) {
      if (p === "granted") write(true);
    });
  }

  /* The first saved answer asks the browser to keep this site's storage. */
  function firstSave() {
    if (state().firstSaved) return;
    edit(function (s) {
      s.firstSaved = iso();
    });
    if (navigator.storage && navigator.storage.persist) {
      navigator.storage.persist().then(
        function (granted) {
          edit(function (s) {
            s.persisted = granted;
          });
        },
        function () {
          /* unknown */
        },
      );
    }
  }
  function persistText(s, granted) {
    if (!navigator.storage || !navigator.storage.persist)
      return "This browser does not say whether it will keep your answers when it runs short of space, so keep a backup file.";
    if (granted) return "This browser has agreed to keep your answers even when it runs short of space.";
    if (!s.firstSaved)
      return "When you save your first answer, the playbook asks this browser to keep your answers even when it runs short of space.";
    return "This browser has not agreed to keep your answers when it runs short of space, so it may delete them: keep a backup file.";
  }

  /* Drawing. The blocks go into the workspace menu and the My relationships page. */
  function button(what, text) {
    return '<button type="button" class="cpp-button" data-backup="' + what + '">' + text + "</button>";
  }
  function block(where) {
    var div = document.createElement("div");
    div.className = "cpp-backup cpp-backup--" + where;
    div.innerHTML =
      '<p class="cpp-backup__line"></p>' +
      '<div class="cpp-toolbar__actions">' +
      button("save", "Save a backup file") +
      (where === "page" && canKeep ? button("keep", "Keep a backup file up to date") : "") +
      "</div>" +
      (where === "page" ? '<p class="cpp-backup__keep" hidden></p><p class="cpp-backup__persist"></p>' : "");
    return div;
  }
  function place() {
    var panel = $("#cpp-ws-panel"),
      note = panel && $(".cpp-ws__note", panel);
    if (note && !$(".cpp-backup", panel)) panel.insertBefore(block("menu"), note);
    var data = $("[data-cpp-rel=data]");
    if (data && !$(".cpp-backup", data)) data.insertBefore(block("page"), data.firstChild);
    var article = $("article.md-content__inner");
    if (
      article &&
      !$(".cpp-backup-reminder", article) &&
      $(".cpp-component[data-component], [data-cpp-rel]", article)
    ) {
      var r = document.createElement("div");
      r.className = "cpp-backup-reminder admonition tip";
      r.setAttribute("role", "region");
      r.setAttribute("aria-label", "Backup reminder");
      r.hidden = true;
      r.innerHTML =
        '<p class="admonition-title">Time for a backup</p><p class="cpp-backup-reminder__text" tabindex="-1"></p>' +
        '<div class="cpp-toolbar__actions">' +
        button("save", "Save a backup file") +
        button("snooze", "Not now") +
        "</div>";
      article.insertBefore(r, article.firstChild);
    }
  }
  var granted = null,
    thanked = "";
  function draw() {
    place();
    var s = state(),
      data = exportAll(),
      t = now(),
      r = C.reminder(s, data, t);
    $$(".cpp-backup__line").forEach(function (el) {
      el.textContent = "Last backup: " + r.age + (r.unsaved && !r.never ? ", with changes since" : "") + ".";
    });
    $$(".cpp-backup__keep").forEach(function (el) {
      el.hidden = !handle;
      if (!handle) return;
      el.textContent = held
        ? "Your backup file " +
          handle.name +
          " holds far more answers than this browser now has, so the playbook left it unchanged. "
        : paused
          ? "Writing to your backup file " + handle.name + " is paused until you allow it again. "
          : "Your backup file " + handle.name + " is updated a few seconds after each change. ";
      el.insertAdjacentHTML(
        "beforeend",
        (held ? button("overwrite", "Update it anyway") : paused ? button("resume", "Allow writing") : "") +
          " " +
          button("stop", "Stop"),
      );
    });
    $$("[data-backup=keep]").forEach(function (el) {
      el.hidden = !!handle;
    });
    $$(".cpp-backup__persist").forEach(function (el) {
      el.textContent = persistText(s, granted === null ? s.persisted : granted);
    });
    $$(".cpp-backup-reminder").forEach(function (el) {
      el.hidden = !r.show && !thanked;
      $(".cpp-toolbar__actions", el).hidden = !!thanked;
      $(".cpp-backup-reminder__text", el).textContent =
        thanked ||
        (r.never
          ? "You have never saved a backup of your answers. They live only in this browser, which can delete them (Safari may, once it has been used on seven days without a visit to this site): save a backup file and keep it somewhere safe."
          : "Your last backup was " +
            r.age +
            ", and you have changed answers since. This browser can delete your answers (Safari may, once it has been used on seven days without a visit to this site): save a new backup file so that a copy of those changes is kept outside this browser.");
    });
  }

  document.addEventListener("click", function (e) {
    /* Runs after the tools' own handlers (it listens on the document), so a Clear the
       reader confirmed has happened by now. */
    if (e.target.closest(".cpp-component [data-action=clear]")) {
      later();
      draw();
      return;
    }
    var b = e.target.closest("[data-backup], [data-rel=export-all], .cpp-answers [data-action=export]");
    if (!b) return;
    var what = b.getAttribute("data-backup");
    if (!what) {
      saved("file");
      return;
    } // exporting every workspace is a backup too
    if (what === "save") {
      var data = saveFile(),
        reminder = b.closest(".cpp-backup-reminder");
      var msg =
        "Saved a backup of " +
        (data.workspaces.length === 1 ? "your workspace" : "all " + data.workspaces.length + " workspaces") +
        " to your downloads. Keep the file somewhere safe.";
      if (reminder) thanked = msg; // the reminder stays to say so, in place of its buttons
      saved("file");
      if (!reminder) say(msg, b.closest("#cpp-ws-panel") ? "menu" : "page");
      else $(".cpp-backup-reminder__text", reminder).focus();
    } else if (what === "snooze")
      edit(function (s) {
        s.snoozed = iso();
      });
    else if (what === "keep") keep();
    else if (what === "stop") stop();
    else if (what === "resume") resume();
    else if (what === "overwrite") write(true);
  });
  /* playbook.js fires cpp:saved after every saved change (detail.kind "use" is only a
     switch of workspace: nothing to back up). */
  document.addEventListener("cpp:saved", function (e) {
    if (e.detail && e.detail.kind === "use") return;
    firstSave();
    later();
    clearTimeout(drawing); // at most one redraw per pause in the typing: it reads every workspace
    drawing = setTimeout(draw, 300);
  });
  var drawing = 0;
  document.addEventListener("cpp:workspaces", function () {
    later();
    draw();
  });

  if (canKeep) {
    idb("readonly", function (st) {
      return st.get("file");
    })
      .then(function (h) {
        if (!h) return;
        handle = h;
        return h.queryPermission({ mode: "readwrite" }).then(function (p) {
          paused = p !== "granted";
          draw();
        });
      })
      .then(null, function () {
        /* no stored file */
      });
  }
  if (navigator.storage && navigator.storage.persisted) {
    navigator.storage.persisted().then(
      function (g) {
        granted = g;
        draw();
      },
      function () {
        /* unknown */
      },
    );
  }
  if (window.document$ && window.document$.subscribe)
    window.document$.subscribe(function () {
      thanked = "";
      draw();
    });
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", draw);
  else draw();
})();
