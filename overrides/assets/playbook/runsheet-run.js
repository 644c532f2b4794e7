/* Client Partnering Playbook: run mode (runsheet-run.min.js, with core/schedule-run.js):
   the projector screen with the current block, a countdown with its warnings, the next
   block, and the screen kept awake. runsheet.js loads it at the first press of "Run this
   session", or at once where a session is under way (its state is stored), and calls
   window.cppRunSheets.openRun or .resume once it is here. */
(function () {
  "use strict";
  var R = window.cppRunSheets;
  if (!R || R.openRun) return;
  var S = window.cppSchedule,
    $$ = window.cppDom.$$,
    read = R.read,
    write = R.write,
    format = R.format;
  var LABELS = {
    ok: "On time",
    amber: "Under a fifth left: start wrapping up",
    red: "Almost out of time",
    over: "Over time",
  };
  function now() {
    return Date.now();
  }

  function labelRun(sheet, run) {
    var button = sheet.el.querySelector("[data-cpp-run]");
    button.textContent = run
      ? "Resume the session (block " + (run.block + 1) + " of " + sheet.plan().blocks.length + ")"
      : "Run this session";
  }

  var wake = null;
  function keepAwake() {
    if (!navigator.wakeLock || !navigator.wakeLock.request || document.visibilityState !== "visible") return;
    navigator.wakeLock.request("screen").then(
      function (lock) {
        wake = lock;
      },
      function () {
        wake = null;
      },
    );
  }
  function letSleep() {
    if (wake) {
      wake.release().catch(function () {});
      wake = null;
    }
  }

  var active = null; // {sheet, view, run, codes, timer, shown}

  function openRun(sheet, fullscreen) {
    if (active) return;
    var fragment = sheet.el.querySelector("[data-cpp-run-template]").content.cloneNode(true);
    var view = fragment.querySelector("dialog"),
      codes = {};
    $$("[data-cpp-run-code]", fragment).forEach(function (fig) {
      codes[fig.getAttribute("data-cpp-run-code")] = fig;
    });
    var run = S.readRun(read(S.runKey(sheet.id)), sheet.plan().blocks.length) || S.newRun(sheet.plan().blocks.length);
    run.open = true;
    sheet.el.appendChild(view);
    active = { sheet: sheet, view: view, run: run, codes: codes, shown: -1, level: "" };
    view.addEventListener("click", onClick);
    view.addEventListener("keydown", onKey);
    view.addEventListener("cancel", function (event) {
      event.preventDefault();
      closeRun(false);
    });
    document.documentElement.classList.add("cpp-running");
    view.showModal();
    if (fullscreen && document.documentElement.requestFullscreen && !document.fullscreenElement) {
      document.documentElement.requestFullscreen().catch(function () {
        /* the window-filling screen stays */
      });
    }
    keepAwake();
    store();
    draw();
    view.querySelector('[data-cpp-run-act="toggle"]').focus();
    active.timer = setInterval(function () {
      if (!active || !active.view.isConnected) {
        stopTimer();
        return;
      }
      draw();
    }, 250);
  }
  function stopTimer() {
    if (active && active.timer) clearInterval(active.timer);
    if (active && !active.view.isConnected) {
      active = null;
      letSleep();
      document.documentElement.classList.remove("cpp-running");
    }
  }

  function closeRun(end) {
    if (!active) return;
    var a = active;
    clearInterval(a.timer);
    active = null;
    if (end) {
      write(S.runKey(a.sheet.id), null);
    } else {
      a.run.open = false;
      write(S.runKey(a.sheet.id), S.writeRun(a.run));
    }
    labelRun(a.sheet, end ? null : a.run);
    if (a.view.open) a.view.close();
    a.view.remove();
    document.documentElement.classList.remove("cpp-running");
    if (document.fullscreenElement && document.exitFullscreen) document.exitFullscreen().catch(function () {});
    letSleep();
    a.sheet.el.querySelector("[data-cpp-run]").focus();
  }

  function store() {
    write(S.runKey(active.sheet.id), S.writeRun(active.run));
  }

  function act(name) {
    var a = active,
      t = now(),
      count = a.sheet.plan().blocks.length;
    if (name === "toggle") a.run = S.toggle(a.run, t);
    else if (name === "plus1") a.run = S.addMinutes(a.run, 1);
    else if (name === "plus5") a.run = S.addMinutes(a.run, 5);
    else if (name === "next") a.run = S.go(a.run, Math.min(count - 1, a.run.block + 1), t);
    else if (name === "previous") a.run = S.go(a.run, Math.max(0, a.run.block - 1), t);
    else if (name === "close") {
      closeRun(false);
      return;
    } else if (name === "end") {
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
  var KEYS = {
    " ": "toggle",
    k: "toggle",
    ArrowRight: "next",
    n: "next",
    PageDown: "next",
    ArrowLeft: "previous",
    p: "previous",
    PageUp: "previous",
    1: "plus1",
    "+": "plus1",
    5: "plus5",
    e: "end",
  };
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
    var a = active,
      view = a.view,
      sheet = a.sheet,
      plan = sheet.plan(),
      run = a.run,
      t = now(),
      fmt = format();
    var i = run.block,
      block = plan.blocks[i],
      count = plan.blocks.length;
    if (a.shown !== i) {
      a.shown = i;
      view.querySelector("[data-cpp-run-step]").textContent = "Block " + (i + 1) + " of " + count;
      view.querySelector("[data-cpp-run-title]").textContent = block.title;
      var body = view.querySelector("[data-cpp-run-body]"),
        li = sheet.lis[block.id];
      body.textContent = "";
      $$("[data-cpp-run-purpose], [data-cpp-run-steps]", li).forEach(function (dd) {
        var part = document.createElement("div");
        part.className = dd.hasAttribute("data-cpp-run-purpose") ? "cpp-run__purpose" : "cpp-run__steps";
        Array.prototype.forEach.call(dd.childNodes, function (n) {
          part.appendChild(n.cloneNode(true));
        });
        body.appendChild(part);
      });
      var slot = view.querySelector("[data-cpp-run-qr]");
      slot.textContent = "";
      if (a.codes[block.id]) slot.appendChild(a.codes[block.id].cloneNode(true));
      slot.hidden = !a.codes[block.id];
      view.querySelector('[data-cpp-run-act="previous"]').disabled = i === 0;
      view.querySelector('[data-cpp-run-act="next"]').disabled = i === count - 1;
    }
    var left = S.remaining(run, plan, t),
      length = S.length(run, plan),
      level = S.level(left, length);
    var times = S.reflow(run, plan, t);
    var clock = function (ms) {
      return S.formatClock(S.minutesOf(ms), fmt);
    };
    setText(view.querySelector("[data-cpp-run-clock]"), S.countdown(left));
    view.querySelector("[data-cpp-run-when]").textContent =
      clock(times[i].start) +
      "–" +
      clock(times[i].end) +
      " · " +
      (plan.blocks[i].minutes + run.extra[i]) +
      " min" +
      (run.extra[i] ? " (" + run.extra[i] + " added)" : "");
    var next = view.querySelector("[data-cpp-run-next]");
    if (i + 1 < count)
      next.textContent =
        "Next at " +
        clock(times[i + 1].start) +
        ": " +
        plan.blocks[i + 1].title +
        " · Ends at " +
        clock(times[count - 1].end);
    else next.textContent = "Last block · Ends at " + clock(times[i].end);
    var state = run.running ? LABELS[level] : "Paused · " + LABELS[level];
    if (view.getAttribute("data-level") !== level) view.setAttribute("data-level", level);
    setText(view.querySelector("[data-cpp-run-state]"), state);
    setText(view.querySelector('[data-cpp-run-act="toggle"]'), run.running ? "Pause" : run.done ? "Resume" : "Start");
  }
  function setText(el, text) {
    if (el.textContent !== text) el.textContent = text;
  }

  /* Sleep and wake: the screen lock is let go when the tab hides; take it again. */
  document.addEventListener("visibilitychange", function () {
    if (!active) return;
    if (document.visibilityState === "visible") {
      keepAwake();
      draw();
    }
  });

  R.openRun = openRun;
  /* A session under way, as stored: its button says so, and its screen opens if it was open. */
  R.resume = function (sheet) {
    var stored = S.readRun(read(S.runKey(sheet.id)), sheet.plan().blocks.length);
    if (stored) labelRun(sheet, stored);
    if (stored && stored.open) openRun(sheet, false);
  };
  R.stale = function () {
    if (active && !active.view.isConnected) stopTimer(); // an instant page change took it away
  };
  R.ready("run");
})();
