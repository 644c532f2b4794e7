/* Client Partnering Playbook: workshop run sheets (agenda()) in the browser. The start
   time, block lengths and clock format the facilitator sets (remembered per format), the
   "Print this run sheet" button, and run mode: the projector screen with the current
   block, a countdown and the next block. The arithmetic is core/schedule.js
   (window.cppSchedule); this file only reads and writes the page. Runs again after each
   of Material's instant page changes (document$). Only pages with a run sheet load it
   (runsheet.min.js, from the sheet itself), and instant navigation loads it again with
   each of them: the first copy does the work. */
(function () {
  "use strict";
  if (window.cppRunSheets) return;
  window.cppRunSheets = true;
  var S = window.cppSchedule;
  var FORMAT_KEY = "cpp-timeformat"; // outside "cpp:": not answers, never exported
  function settingsKey(id) { return "cpp-runsheet:" + id; }
  function runKey(id) { return "cpp-run:" + id; }
  var LABELS = {
    ok: "On time",
    amber: "Under a fifth left: start wrapping up",
    red: "Almost out of time",
    over: "Over time"
  };

  function $$(sel, el) { return Array.prototype.slice.call((el || document).querySelectorAll(sel)); }
  function read(key) { try { return window.localStorage.getItem(key); } catch (e) { return null; } }
  function write(key, value) {
    try { if (value === null) window.localStorage.removeItem(key); else window.localStorage.setItem(key, value); } catch (e) { /* private mode: works for this visit */ }
  }
  function format() { return S.readFormat(read(FORMAT_KEY)); }
  function now() { return Date.now(); }

  /* --- the sheet ------------------------------------------------------------------ */

  function Sheet(el) {
    this.el = el;
    this.id = el.id.replace(/^agenda-/, "");
    this.defaults = {
      start: el.getAttribute("data-start"),
      blocks: $$(".cpp-agenda__block", el).map(function (li) {
        return { id: li.getAttribute("data-block"), minutes: Number(li.getAttribute("data-minutes")), title: li.querySelector(".cpp-agenda__title").firstChild.textContent };
      })
    };
    this.settings = S.readSettings(read(settingsKey(this.id)), this.defaults) || { v: S.VERSION, start: null, lengths: {} };
    this.start = el.querySelector("[data-cpp-agenda-start]");
    this.format = el.querySelector("[data-cpp-agenda-format]");
  }
  Sheet.prototype.plan = function () { return S.plan(this.defaults, this.settings); };
  Sheet.prototype.save = function () {
    write(settingsKey(this.id), S.isDefault(this.settings, this.defaults) ? null : S.writeSettings(this.settings));
  };
  /* Every clock time, length and total from the plan, in the reader's format. */
  Sheet.prototype.draw = function (keepInput) {
    var plan = this.plan(), fmt = format(), el = this.el;
    $$(".cpp-agenda__block", el).forEach(function (li, i) {
      var b = plan.blocks[i], times = li.querySelectorAll(".cpp-agenda__when time");
      times[0].setAttribute("data-offset", b.offset);
      times[1].setAttribute("data-offset", b.offset + b.minutes);
      li.querySelector(".cpp-agenda__minutes").textContent = b.minutes + " min";
      var input = li.querySelector("[data-cpp-agenda-minutes]");
      if (document.activeElement !== input) input.value = b.minutes;
    });
    $$("time[data-cpp-total]", el).forEach(function (t) { t.setAttribute("data-offset", plan.total); });
    $$("time[data-offset]", el).forEach(function (t) {
      var at = plan.start + Number(t.getAttribute("data-offset"));
      t.textContent = S.formatClock(at, fmt);
      t.setAttribute("datetime", S.formatClock(at, "24"));
    });
    el.querySelector("[data-cpp-agenda-length]").textContent = S.duration(plan.total);
    if (!keepInput) this.start.value = S.formatClock(plan.start, fmt);
    this.start.removeAttribute("aria-invalid");
    this.format.value = fmt;
    el.classList.toggle("cpp-agenda--12h", fmt === "12"); // a wider time column
  };
  Sheet.prototype.setStart = function (minutes, keepInput) {
    this.settings.start = minutes;
    this.save();
    this.draw(keepInput);
  };

  function setupSheet(el) {
    var sheet = new Sheet(el);
    el.cppSheet = sheet;
    el.classList.add("cpp-agenda--live");
    el.querySelector("[data-cpp-agenda-controls]").hidden = false;
    $$(".cpp-agenda__length", el).forEach(function (s) { s.hidden = false; });
    sheet.draw();
    sheet.start.addEventListener("input", function () {
      var m = S.parseClock(sheet.start.value);
      if (m === null) { sheet.start.setAttribute("aria-invalid", "true"); return; }
      sheet.setStart(m, true);
    });
    sheet.start.addEventListener("change", function () { sheet.draw(); });
    sheet.start.addEventListener("keydown", function (event) {
      if (event.key !== "ArrowUp" && event.key !== "ArrowDown") return;
      event.preventDefault();
      var step = (event.shiftKey ? 60 : 5) * (event.key === "ArrowUp" ? 1 : -1);
      var at = sheet.plan().start + step;
      sheet.setStart(((Math.round(at / 5) * 5) % 1440 + 1440) % 1440);
    });
    sheet.format.addEventListener("change", function () {
      write(FORMAT_KEY, sheet.format.value === "12" ? "12" : null);
      $$("[data-cpp-agenda][data-cpp-ready]").forEach(function (other) { if (other.cppSheet) other.cppSheet.draw(); });
    });
    $$("[data-cpp-agenda-minutes]", el).forEach(function (input, i) {
      input.addEventListener("input", function () {
        var n = Number(input.value);
        if (!S.validLength(n)) { input.setAttribute("aria-invalid", "true"); return; }
        input.removeAttribute("aria-invalid");
        sheet.settings.lengths[sheet.defaults.blocks[i].id] = n;
        sheet.save();
        sheet.draw();
      });
      input.addEventListener("change", function () { input.removeAttribute("aria-invalid"); sheet.draw(); input.value = sheet.plan().blocks[i].minutes; });
    });
    var stored = S.readRun(read(runKey(sheet.id)), sheet.defaults.blocks.length);
    if (stored) labelRun(sheet, stored);
    if (stored && stored.open) openRun(sheet, false);
  }

  /* --- run mode ------------------------------------------------------------------- */

  function labelRun(sheet, run) {
    var button = sheet.el.querySelector("[data-cpp-run]");
    button.textContent = run ? "Resume the session (block " + (run.block + 1) + " of " + sheet.defaults.blocks.length + ")" : "Run this session";
  }

  var wake = null;
  function keepAwake() {
    if (!navigator.wakeLock || !navigator.wakeLock.request || document.visibilityState !== "visible") return;
    navigator.wakeLock.request("screen").then(function (lock) { wake = lock; }, function () { wake = null; });
  }
  function letSleep() { if (wake) { wake.release().catch(function () {}); wake = null; } }

  var active = null; // {sheet, view, run, codes, timer, shown}

  function openRun(sheet, fullscreen) {
    if (active) return;
    var fragment = sheet.el.querySelector("[data-cpp-run-template]").content.cloneNode(true);
    var view = fragment.querySelector("dialog"), codes = {};
    $$("[data-cpp-run-code]", fragment).forEach(function (fig) { codes[fig.getAttribute("data-cpp-run-code")] = fig; });
    var run = S.readRun(read(runKey(sheet.id)), sheet.defaults.blocks.length) || S.newRun(sheet.defaults.blocks.length);
    run.open = true;
    sheet.el.appendChild(view);
    active = { sheet: sheet, view: view, run: run, codes: codes, shown: -1, level: "" };
    view.addEventListener("click", onClick);
    view.addEventListener("keydown", onKey);
    view.addEventListener("cancel", function (event) { event.preventDefault(); closeRun(false); });
    document.documentElement.classList.add("cpp-running");
    view.showModal();
    if (fullscreen && document.documentElement.requestFullscreen && !document.fullscreenElement) {
      document.documentElement.requestFullscreen().catch(function () { /* the window-filling screen stays */ });
    }
    keepAwake();
    store();
    draw();
    view.querySelector('[data-cpp-run-act="toggle"]').focus();
    active.timer = setInterval(function () {
      if (!active || !active.view.isConnected) { stopTimer(); return; }
      draw();
    }, 250);
  }
  function stopTimer() {
    if (active && active.timer) clearInterval(active.timer);
    if (active && !active.view.isConnected) { active = null; letSleep(); document.documentElement.classList.remove("cpp-running"); }
  }

  function closeRun(end) {
    if (!active) return;
    var a = active;
    clearInterval(a.timer);
    active = null;
    if (end) { write(runKey(a.sheet.id), null); } else { a.run.open = false; write(runKey(a.sheet.id), S.writeRun(a.run)); }
    labelRun(a.sheet, end ? null : a.run);
    if (a.view.open) a.view.close();
    a.view.remove();
    document.documentElement.classList.remove("cpp-running");
    if (document.fullscreenElement && document.exitFullscreen) document.exitFullscreen().catch(function () {});
    letSleep();
    a.sheet.el.querySelector("[data-cpp-run]").focus();
  }

  function store() { write(runKey(active.sheet.id), S.writeRun(active.run)); }

  function act(name) {
    var a = active, t = now(), count = a.sheet.defaults.blocks.length;
    if (name === "toggle") a.run = S.toggle(a.run, t);
    else if (name === "plus1") a.run = S.addMinutes(a.run, 1);
    else if (name === "plus5") a.run = S.addMinutes(a.run, 5);
    else if (name === "next") a.run = S.go(a.run, Math.min(count - 1, a.run.block + 1), t);
    else if (name === "previous") a.run = S.go(a.run, Math.max(0, a.run.block - 1), t);
    else if (name === "close") { closeRun(false); return; }
    else if (name === "end") {
      if (window.confirm("End this session? The timer and the minutes you added are cleared.")) closeRun(true);
      return;
    } else return;
    store();
    draw();
  }

  function onClick(event) {
    var button = event.target.closest("[data-cpp-run-act]");
    if (button) act(button.getAttribute("data-cpp-run-act"));
  }
  var KEYS = { " ": "toggle", k: "toggle", ArrowRight: "next", n: "next", PageDown: "next", ArrowLeft: "previous", p: "previous", PageUp: "previous", "1": "plus1", "+": "plus1", "5": "plus5", e: "end" };
  function onKey(event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var name = KEYS[event.key.length === 1 ? event.key.toLowerCase() : event.key];
    if (!name) return;
    event.preventDefault(); // Space must not also press the focused button
    act(name);
  }

  /* The screen, from the state and the clock. The block's text is cloned from the sheet
     only when the block changes; the countdown and the times are redrawn every tick. */
  function draw() {
    var a = active, view = a.view, sheet = a.sheet, plan = sheet.plan(), run = a.run, t = now(), fmt = format();
    var i = run.block, block = sheet.defaults.blocks[i], count = plan.blocks.length;
    if (a.shown !== i) {
      a.shown = i;
      view.querySelector("[data-cpp-run-step]").textContent = "Block " + (i + 1) + " of " + count;
      view.querySelector("[data-cpp-run-title]").textContent = block.title;
      var body = view.querySelector("[data-cpp-run-body]"), li = sheet.el.querySelectorAll(".cpp-agenda__block")[i];
      body.textContent = "";
      $$("[data-cpp-run-purpose], [data-cpp-run-steps]", li).forEach(function (dd) {
        var part = document.createElement("div");
        part.className = dd.hasAttribute("data-cpp-run-purpose") ? "cpp-run__purpose" : "cpp-run__steps";
        Array.prototype.forEach.call(dd.childNodes, function (n) { part.appendChild(n.cloneNode(true)); });
        body.appendChild(part);
      });
      var slot = view.querySelector("[data-cpp-run-qr]");
      slot.textContent = "";
      if (a.codes[block.id]) slot.appendChild(a.codes[block.id].cloneNode(true));
      slot.hidden = !a.codes[block.id];
      view.querySelector('[data-cpp-run-act="previous"]').disabled = i === 0;
      view.querySelector('[data-cpp-run-act="next"]').disabled = i === count - 1;
    }
    var left = S.remaining(run, plan, t), length = S.length(run, plan), level = S.level(left, length);
    var times = S.reflow(run, plan, t);
    var clock = function (ms) { return S.formatClock(S.minutesOf(ms), fmt); };
    setText(view.querySelector("[data-cpp-run-clock]"), S.countdown(left));
    view.querySelector("[data-cpp-run-when]").textContent = clock(times[i].start) + "–" + clock(times[i].end) + " · " + (plan.blocks[i].minutes + run.extra[i]) + " min" + (run.extra[i] ? " (" + run.extra[i] + " added)" : "");
    var next = view.querySelector("[data-cpp-run-next]");
    if (i + 1 < count) next.textContent = "Next at " + clock(times[i + 1].start) + ": " + sheet.defaults.blocks[i + 1].title + " · Ends at " + clock(times[count - 1].end);
    else next.textContent = "Last block · Ends at " + clock(times[i].end);
    var state = run.running ? LABELS[level] : "Paused · " + LABELS[level];
    if (view.getAttribute("data-level") !== level) view.setAttribute("data-level", level);
    setText(view.querySelector("[data-cpp-run-state]"), state);
    setText(view.querySelector('[data-cpp-run-act="toggle"]'), run.running ? "Pause" : (run.done ? "Resume" : "Start"));
  }
  function setText(el, text) { if (el.textContent !== text) el.textContent = text; }

  /* Sleep and wake: the screen lock is let go when the tab hides; take it again. */
  document.addEventListener("visibilitychange", function () {
    if (!active) return;
    if (document.visibilityState === "visible") { keepAwake(); draw(); }
  });

  /* --- buttons and start-up ------------------------------------------------------- */

  document.addEventListener("click", function (event) {
    var target = event.target.closest ? event.target : null;
    var button = target && target.closest("[data-cpp-agenda-print], [data-cpp-agenda-reset], [data-cpp-run]");
    if (!button) return;
    var el = button.closest("[data-cpp-agenda]"), sheet = el && el.cppSheet;
    if (button.hasAttribute("data-cpp-run")) { if (sheet) openRun(sheet, true); return; }
    if (button.hasAttribute("data-cpp-agenda-reset")) {
      if (!sheet) return;
      sheet.settings = { v: S.VERSION, start: null, lengths: {} };
      sheet.save();
      sheet.draw();
      return;
    }
    var root = document.documentElement;
    root.classList.add("cpp-print-agenda");
    window.addEventListener("afterprint", function off() {
      root.classList.remove("cpp-print-agenda");
      window.removeEventListener("afterprint", off);
    });
    window.print();
  });

  function init() {
    if (active && !active.view.isConnected) stopTimer(); // an instant page change took it away
    $$("[data-cpp-agenda]:not([data-cpp-ready])").forEach(function (el) {
      el.setAttribute("data-cpp-ready", "");
      setupSheet(el);
    });
  }
  function boot() {
    if (!S) return;
    init();
    if (window.document$ && window.document$.subscribe) window.document$.subscribe(function () { init(); });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", boot); else boot();
})();
