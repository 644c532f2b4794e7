/* Client Partnering Playbook: workshop run sheets (agenda()) in the browser. The start
   time, block lengths, names, order, blocks added or removed (the facilitator's version,
   remembered per format; what differs from the format is marked) and clock format, the
   duration words in the page's prose and the pack page's workbook (printed from here with
   these times), the
   "Print this run sheet" button, and run mode: the projector screen with the current
   block, a countdown and the next block. The arithmetic is core/schedule.js
   (window.cppSchedule); this file only reads and writes the page. Runs again after each
   of Material's instant page changes (document$). Only pages with a run sheet load it
   (runsheet.min.js, from the sheet itself), and instant navigation loads it again with
   each of them: the first copy does the work. */
(function () {
  "use strict";
  var D = window.cppDom,
    $$ = D.$$;
  if (window.cppRunSheets) return;
  window.cppRunSheets = true;
  var S = window.cppSchedule;
  var FORMAT_KEY = "cpp-timeformat"; // outside "cpp:": not answers, never exported
  var LABELS = {
    ok: "On time",
    amber: "Under a fifth left: start wrapping up",
    red: "Almost out of time",
    over: "Over time",
  };

  function read(key) {
    try {
      return window.localStorage.getItem(key);
    } catch (_e) {
      return null;
    }
  }
  function write(key, value) {
    try {
      if (value === null) window.localStorage.removeItem(key);
      else window.localStorage.setItem(key, value);
    } catch (_e) {
      /* private mode: works for this visit */
    }
  }
  function format() {
    return S.readFormat(read(FORMAT_KEY));
  }
  function now() {
    return Date.now();
  }

  /* --- the sheet ------------------------------------------------------------------ */

  function make(tag, cls, text) {
    var el = document.createElement(tag);
    if (cls) el.className = cls;
    if (text != null) el.textContent = text; // user text only ever as text
    return el;
  }
  function button(text, attr, value) {
    var b = make("button", "cpp-button cpp-agenda__small", text);
    b.type = "button";
    b.setAttribute(attr, value || "");
    return b;
  }

  function Sheet(el) {
    this.el = el;
    this.id = el.id.replace(/^agenda-/, "");
    this.list = el.querySelector(".cpp-agenda__blocks");
    this.lis = {}; // block id -> its <li> (the format's, and those added)
    var lis = this.lis;
    this.defaults = {
      start: el.getAttribute("data-start"),
      blocks: $$(".cpp-agenda__block", el).map(function (li) {
        var id = li.getAttribute("data-block");
        lis[id] = li;
        return {
          id: id,
          minutes: Number(li.getAttribute("data-minutes")),
          title: li.querySelector(".cpp-agenda__title").firstChild.textContent,
        };
      }),
    };
    var title = el.querySelector(".cpp-agenda__title");
    this.level = title ? title.tagName : "H3";
    var stored = S.readSettings(read(S.storageKey(this.id)), this.defaults);
    this.settings = stored.settings;
    this.damaged = stored.damaged;
    this.start = el.querySelector("[data-cpp-agenda-start]");
    this.format = el.querySelector("[data-cpp-agenda-format]");
    this.message = el.querySelector("[data-cpp-agenda-message]");
  }
  Sheet.prototype.plan = function () {
    return S.plan(this.defaults, this.settings);
  };
  Sheet.prototype.save = function () {
    write(S.storageKey(this.id), S.isDefault(this.settings, this.defaults) ? null : S.writeSettings(this.settings));
  };
  /* Said in the sheet's live region (read out); a problem is also shown next to the
     control it concerns (`near`: a block's <li> or the add form), which may be far below. */
  Sheet.prototype.say = function (text, problem, near) {
    this.message.textContent = text;
    this.message.classList.toggle("cpp-agenda__message--problem", !!problem);
    $$("[data-cpp-agenda-error]", this.el).forEach(function (p) {
      p.textContent = "";
      p.hidden = true;
    });
    var here = problem && near && near.querySelector("[data-cpp-agenda-error]");
    if (here) {
      here.textContent = text;
      here.hidden = false;
    }
  };
  /* An edit from the core: {settings} is kept and saved, {error} is said. */
  Sheet.prototype.apply = function (result, done, near) {
    if (result.error) {
      this.say(result.error, true, near);
      return false;
    }
    this.settings = { v: result.settings.v, start: this.settings.start, blocks: result.settings.blocks };
    this.save();
    this.draw();
    if (done) this.say(done, false);
    return true;
  };
  Sheet.prototype.index = function (li) {
    var id = li.getAttribute("data-block"),
      found = -1;
    this.plan().blocks.forEach(function (b, i) {
      if (b.id === id) found = i;
    });
    return found;
  };

  /* The controls of one block, shown while "Edit the blocks" is on. */
  Sheet.prototype.editRow = function (li) {
    var row = make("div", "cpp-agenda__edit"),
      id = li.id + "-name";
    row.setAttribute("data-cpp-agenda-edit-row", "");
    var field = make("span", "cpp-agenda__field"),
      label = make("label", "", "Name");
    label.htmlFor = id;
    var input = make("input");
    input.type = "text";
    input.id = id;
    input.maxLength = S.MAX_NAME;
    input.autocomplete = "off";
    input.setAttribute("data-cpp-agenda-name", "");
    field.appendChild(label);
    field.appendChild(input);
    row.appendChild(field);
    row.appendChild(button("Move up", "data-cpp-agenda-move", "-1"));
    row.appendChild(button("Move down", "data-cpp-agenda-move", "1"));
    row.appendChild(button("Remove", "data-cpp-agenda-remove"));
    var error = make("p", "cpp-agenda__error");
    error.id = li.id + "-error";
    error.hidden = true;
    error.setAttribute("data-cpp-agenda-error", "");
    input.setAttribute("aria-describedby", error.id);
    li.querySelector("[data-cpp-agenda-minutes]").setAttribute("aria-describedby", error.id);
    var changed = make("p", "cpp-agenda__changed");
    changed.setAttribute("data-cpp-agenda-changed", "");
    li.querySelector(".cpp-agenda__title").insertAdjacentElement("afterend", changed);
    li.appendChild(row);
    li.appendChild(error);
  };
  /* The <li> of a block the facilitator added. */
  Sheet.prototype.ownBlock = function (b) {
    var li = make("li", "cpp-agenda__block cpp-agenda__block--own");
    li.id = "agenda-" + this.id + "-" + b.id;
    li.setAttribute("data-block", b.id);
    var h = make(this.level, "cpp-agenda__title", b.title);
    h.id = li.id + "-title";
    var when = make("p", "cpp-agenda__when"),
      t1 = make("time", "cpp-agenda__clock"),
      t2 = make("time", "cpp-agenda__clock");
    var length = make("span", "cpp-agenda__length"),
      minutes = make("input");
    minutes.type = "number";
    minutes.min = "1";
    minutes.max = String(S.MAX_BLOCK);
    minutes.step = "1";
    minutes.setAttribute("data-cpp-agenda-minutes", "");
    length.appendChild(minutes);
    length.appendChild(document.createTextNode(" min"));
    when.appendChild(t1);
    when.appendChild(document.createTextNode("\u2013"));
    when.appendChild(t2);
    when.appendChild(document.createTextNode(" "));
    when.appendChild(make("span", "cpp-agenda__minutes"));
    when.appendChild(document.createTextNode(" "));
    when.appendChild(length);
    when.appendChild(document.createTextNode(" "));
    when.appendChild(make("span", "cpp-agenda__type", "Your own block"));
    li.appendChild(h);
    li.appendChild(when);
    this.editRow(li);
    this.lis[b.id] = li;
    return li;
  };

  /* Everything from the plan: the blocks in their order, their names, clock times and
     lengths, what differs from the format's own version, the words in the prose and the
     pack page's agenda, in the reader's clock format. */
  Sheet.prototype.draw = function (keepInput) {
    var self = this,
      plan = this.plan(),
      fmt = format(),
      el = this.el,
      list = this.list;
    var diff = S.differences(this.defaults, this.settings),
      used = {},
      focus = document.activeElement,
      titles = {};
    this.defaults.blocks.forEach(function (b) {
      titles[b.id] = b.title;
    });
    plan.blocks.forEach(function (b, i) {
      var li = self.lis[b.id] || self.ownBlock(b);
      used[b.id] = true;
      if (list.children[i] !== li) list.insertBefore(li, list.children[i] || null);
      li.hidden = false;
      var times = li.querySelectorAll(".cpp-agenda__when time");
      times[0].setAttribute("data-offset", b.offset);
      times[1].setAttribute("data-offset", b.offset + b.minutes);
      li.querySelector(".cpp-agenda__title").firstChild.textContent = b.title;
      li.querySelector(".cpp-agenda__minutes").textContent = b.minutes + " min";
      var input = li.querySelector("[data-cpp-agenda-minutes]");
      input.setAttribute("aria-label", "Minutes for " + b.title);
      if (document.activeElement !== input) {
        input.value = b.minutes;
        input.removeAttribute("aria-invalid");
      }
      var name = li.querySelector("[data-cpp-agenda-name]");
      if (document.activeElement !== name) name.value = b.title;
      $$("[data-cpp-agenda-move]", li).forEach(function (m) {
        var up = m.getAttribute("data-cpp-agenda-move") === "-1";
        m.setAttribute("aria-label", (up ? "Move up: " : "Move down: ") + b.title);
        m.disabled = up ? i === 0 : i === plan.blocks.length - 1;
      });
      li.querySelector("[data-cpp-agenda-remove]").setAttribute("aria-label", "Remove: " + b.title);
      li.querySelector("[data-cpp-agenda-remove]").disabled = plan.blocks.length === 1;
      var d = diff.blocks[b.id],
        notes = [];
      if (d && d.own) notes.push("Added by you");
      if (d && d.renamed) notes.push("Renamed (the format calls it \u201c" + titles[b.id] + "\u201d)");
      if (d && d.minutes !== null) notes.push("Length changed (the format gives it " + d.minutes + " min)");
      if (d && d.moved) notes.push("Moved");
      var changed = li.querySelector("[data-cpp-agenda-changed]");
      changed.textContent = notes.length ? "Changed: " + notes.join("; ") : "";
      changed.hidden = !notes.length;
      li.classList.toggle("cpp-agenda__block--changed", !!notes.length);
    });
    Object.keys(this.lis).forEach(function (id) {
      if (used[id]) return;
      var li = self.lis[id];
      if (li.classList.contains("cpp-agenda__block--own")) {
        li.remove();
        delete self.lis[id];
      } else {
        li.hidden = true;
        list.appendChild(li);
      }
    });
    if (focus && focus !== document.activeElement && el.contains(focus) && !focus.disabled) focus.focus(); // a moved block keeps the focus
    $$("time[data-cpp-total]", el).forEach(function (t) {
      t.setAttribute("data-offset", plan.total);
    });
    $$("time[data-offset]", el).forEach(function (t) {
      var at = plan.start + Number(t.getAttribute("data-offset"));
      t.textContent = S.formatClock(at, fmt);
      t.setAttribute("datetime", S.formatClock(at, "24"));
    });
    el.querySelector("[data-cpp-agenda-length]").textContent = S.duration(plan.total);
    el.querySelector("[data-cpp-agenda-count]").textContent = plan.blocks.length;
    var summary = el.querySelector("[data-cpp-agenda-diff]"),
      parts = [];
    if (diff.start) parts.push("start time");
    var own = Object.keys(diff.blocks).filter(function (id) {
      return diff.blocks[id].own;
    }).length;
    var edited = Object.keys(diff.blocks).length - own;
    if (edited) parts.push(edited + (edited === 1 ? " block changed" : " blocks changed"));
    if (own) parts.push(own + (own === 1 ? " block added" : " blocks added"));
    if (diff.removed.length) parts.push("removed: " + diff.removed.join(", "));
    summary.textContent = parts.length
      ? "Your version of this format (saved in this browser): " +
        parts.join("; ") +
        ". Reset to go back to the format's own."
      : "";
    summary.hidden = !parts.length;
    el.classList.toggle("cpp-agenda--edited", diff.count > 0);
    $$("[data-cpp-agenda-words]").forEach(function (w) {
      if (w.getAttribute("data-agenda") !== self.id) return;
      var text = S.words(w.getAttribute("data-cpp-agenda-words"), plan.start, plan.total);
      w.textContent = w.hasAttribute("data-capital") ? S.capitalize(text) : text;
    });
    if (!keepInput) this.start.value = S.formatClock(plan.start, fmt);
    this.start.removeAttribute("aria-invalid");
    this.format.value = fmt;
    el.classList.toggle("cpp-agenda--12h", fmt === "12"); // a wider time column
    drawPack(this, plan, diff, fmt);
  };
  Sheet.prototype.setStart = function (minutes, keepInput) {
    this.settings.start = minutes;
    this.save();
    this.draw(keepInput);
  };

  /* The pack page (facilitator/packs/<id>/): the workbook's agenda and the cover follow
     the facilitator's version; the buttons print one part from the browser. */
  function drawPack(sheet, plan, diff, fmt) {
    var pack = sheet.el.closest("[data-cpp-workshop-pack]");
    if (!pack) return;
    var rows = pack.querySelector("[data-cpp-pack-rows]");
    if (rows) {
      rows.textContent = "";
      plan.blocks.forEach(function (b) {
        var tr = make("tr"),
          li = sheet.lis[b.id],
          type = li && li.querySelector(".cpp-agenda__type");
        tr.appendChild(make("td", "", S.formatClock(b.start, fmt) + "\u2013" + S.formatClock(b.end, fmt)));
        tr.appendChild(make("td", "", b.title));
        tr.appendChild(make("td", "", (type ? type.textContent : "Your own block") + ", " + b.minutes + " min"));
        rows.appendChild(tr);
      });
    }
    $$("[data-cpp-pack-length]", pack).forEach(function (s) {
      s.textContent = S.duration(plan.total);
    });
    var actions = pack.querySelector("[data-cpp-pack-actions]");
    if (!actions) return;
    actions.hidden = false;
    var span = S.formatClock(plan.start, fmt) + "\u2013" + S.formatClock(plan.end, fmt);
    actions.querySelector("[data-cpp-pack-note]").textContent = diff.count
      ? "These pages show your version of this format, " +
        span +
        " with " +
        plan.blocks.length +
        " blocks, as saved in this browser. Printing them here keeps your times; the PDFs to download keep the format's own."
      : "These pages show the format's own times, " +
        span +
        ". Change the start time or the blocks on the run sheet below, and print here to get your times.";
  }

  function setupSheet(el) {
    var sheet = new Sheet(el);
    el.cppSheet = sheet;
    el.classList.add("cpp-agenda--live");
    el.querySelector("[data-cpp-agenda-controls]").hidden = false;
    $$(".cpp-agenda__length", el).forEach(function (s) {
      s.hidden = false;
    });
    sheet.defaults.blocks.forEach(function (b) {
      sheet.editRow(sheet.lis[b.id]);
    });
    sheet.draw();
    if (sheet.damaged) {
      sheet.say(
        "Some of your saved changes to this run sheet could not be read (the browser's copy was damaged or edited), so they were left out. Check the blocks below.",
        true,
      );
      sheet.save(); // keep only what could be read
    }
    sheet.start.addEventListener("input", function () {
      var m = S.parseClock(sheet.start.value);
      if (m === null) {
        sheet.start.setAttribute("aria-invalid", "true");
        return;
      }
      sheet.setStart(m, true);
    });
    sheet.start.addEventListener("change", function () {
      sheet.draw();
    });
    sheet.start.addEventListener("keydown", function (event) {
      if (event.key !== "ArrowUp" && event.key !== "ArrowDown") return;
      event.preventDefault();
      var step = (event.shiftKey ? 60 : 5) * (event.key === "ArrowUp" ? 1 : -1);
      var at = sheet.plan().start + step;
      sheet.setStart((((Math.round(at / 5) * 5) % 1440) + 1440) % 1440);
    });
    sheet.format.addEventListener("change", function () {
      write(FORMAT_KEY, sheet.format.value === "12" ? "12" : null);
      $$("[data-cpp-agenda][data-cpp-ready]").forEach(function (other) {
        if (other.cppSheet) other.cppSheet.draw();
      });
    });
    /* Block lengths and names: one listener each for all blocks, added ones too. */
    el.addEventListener("input", function (event) {
      var input = event.target;
      if (!input.hasAttribute || !input.hasAttribute("data-cpp-agenda-minutes")) return;
      var li = input.closest(".cpp-agenda__block"),
        result = S.setMinutes(sheet.defaults, sheet.settings, sheet.index(li), input.value);
      if (result.error) {
        input.setAttribute("aria-invalid", "true");
        sheet.say(result.error, true, li);
        return;
      }
      input.removeAttribute("aria-invalid");
      sheet.apply(result);
      sheet.say("");
    });
    el.addEventListener("change", function (event) {
      var input = event.target;
      if (!input.hasAttribute) return;
      if (input.hasAttribute("data-cpp-agenda-minutes")) {
        // a length left unfinished shows the one in use again
        var at = sheet.index(input.closest(".cpp-agenda__block"));
        if (at >= 0) input.value = sheet.plan().blocks[at].minutes;
        input.removeAttribute("aria-invalid");
        return;
      }
      if (!input.hasAttribute("data-cpp-agenda-name")) return;
      var li = input.closest(".cpp-agenda__block"),
        i = sheet.index(li),
        before = sheet.plan().blocks[i].title;
      if (S.checkName(input.value).name === before) {
        input.removeAttribute("aria-invalid");
        input.value = before;
        return;
      }
      var result = S.rename(sheet.defaults, sheet.settings, i, input.value);
      if (result.error) {
        input.setAttribute("aria-invalid", "true");
        sheet.say(result.error + " The block keeps its name \u201c" + before + "\u201d.", true, li);
        return;
      }
      input.removeAttribute("aria-invalid");
      sheet.apply(result, "Renamed \u201c" + before + "\u201d to \u201c" + S.checkName(input.value).name + "\u201d.");
    });
    el.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && event.target.hasAttribute && event.target.hasAttribute("data-cpp-agenda-add-name")) {
        event.preventDefault();
        addBlock(sheet);
      }
    });
    var stored = S.readRun(read(S.runKey(sheet.id)), sheet.plan().blocks.length);
    if (stored) labelRun(sheet, stored);
    if (stored && stored.open) openRun(sheet, false);
  }

  function addBlock(sheet) {
    var name = sheet.el.querySelector("[data-cpp-agenda-add-name]"),
      minutes = sheet.el.querySelector("[data-cpp-agenda-add-minutes]");
    var result = S.add(sheet.defaults, sheet.settings, name.value, minutes.value);
    [
      [name, S.checkName(name.value)],
      [minutes, S.checkMinutes(minutes.value)],
    ].forEach(function (pair) {
      if (pair[1].error) pair[0].setAttribute("aria-invalid", "true");
      else pair[0].removeAttribute("aria-invalid");
    });
    if (result.error) {
      sheet.say(result.error, true, sheet.el.querySelector("[data-cpp-agenda-add]"));
      return;
    }
    var title = S.checkName(name.value).name;
    sheet.apply(result);
    var b = sheet.plan().blocks.filter(function (x) {
      return x.id === result.id;
    })[0];
    sheet.say(
      "Added \u201c" +
        title +
        "\u201d, " +
        b.minutes +
        " min, at " +
        S.formatClock(b.start, format()) +
        ". The session now ends at " +
        S.formatClock(sheet.plan().end, format()) +
        ".",
    );
    name.value = "";
    name.focus();
  }

  /* Edit, move, remove, add and reset, by mouse or keyboard (they are buttons). */
  function onSheetButton(sheet, button) {
    var li = button.closest(".cpp-agenda__block");
    if (button.hasAttribute("data-cpp-agenda-edit")) {
      var on = button.getAttribute("aria-pressed") !== "true";
      button.setAttribute("aria-pressed", on ? "true" : "false");
      sheet.el.classList.toggle("cpp-agenda--editing", on);
      sheet.el.querySelector("[data-cpp-agenda-add]").hidden = !on;
      return;
    }
    if (button.hasAttribute("data-cpp-agenda-add-button")) {
      addBlock(sheet);
      return;
    }
    if (button.hasAttribute("data-cpp-agenda-move")) {
      var i = sheet.index(li),
        to = i + Number(button.getAttribute("data-cpp-agenda-move")),
        count = sheet.plan().blocks.length;
      var title = sheet.plan().blocks[i].title;
      if (sheet.apply(S.move(sheet.defaults, sheet.settings, i, to), "", li)) {
        sheet.say(
          "Moved \u201c" +
            title +
            "\u201d to place " +
            (to + 1) +
            " of " +
            count +
            "; it now starts at " +
            S.formatClock(sheet.plan().blocks[to].start, format()) +
            ".",
        );
        var next = button.disabled
          ? li.querySelector('[data-cpp-agenda-move="' + -Number(button.getAttribute("data-cpp-agenda-move")) + '"]')
          : button;
        next.focus();
      }
      return;
    }
    if (button.hasAttribute("data-cpp-agenda-remove")) {
      var at = sheet.index(li),
        gone = sheet.plan().blocks[at].title;
      if (
        sheet.apply(
          S.remove(sheet.defaults, sheet.settings, at),
          "Removed \u201c" +
            gone +
            "\u201d. The session now ends at " +
            S.formatClock(sheet.plan().end, format()) +
            ". Reset brings the format's own blocks back.",
        )
      ) {
        var blocks = sheet.plan().blocks,
          near = blocks[Math.min(at, blocks.length - 1)];
        sheet.lis[near.id].querySelector("[data-cpp-agenda-remove]").focus();
      }
    }
  }

  /* --- run mode ------------------------------------------------------------------- */

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

  /* --- buttons and start-up ------------------------------------------------------- */

  document.addEventListener("click", function (event) {
    var target = event.target.closest ? event.target : null;
    var packButton = target && target.closest("[data-cpp-pack-print]");
    if (packButton) {
      printPack(packButton.getAttribute("data-cpp-pack-print"));
      return;
    }
    var edit =
      target &&
      target.closest(
        "[data-cpp-agenda-edit], [data-cpp-agenda-add-button], [data-cpp-agenda-move], [data-cpp-agenda-remove]",
      );
    var owner = edit && edit.closest("[data-cpp-agenda]");
    if (owner && owner.cppSheet) {
      onSheetButton(owner.cppSheet, edit);
      return;
    }
    var button = target && target.closest("[data-cpp-agenda-print], [data-cpp-agenda-reset], [data-cpp-run]");
    if (!button) return;
    var el = button.closest("[data-cpp-agenda]"),
      sheet = el && el.cppSheet;
    if (button.hasAttribute("data-cpp-run")) {
      if (sheet) openRun(sheet, true);
      return;
    }
    if (button.hasAttribute("data-cpp-agenda-reset")) {
      if (!sheet) return;
      sheet.settings = S.emptySettings();
      sheet.save();
      sheet.draw();
      sheet.say("Back to the format's own start time and blocks.");
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

  /* One part of a pack page, printed from the browser with the facilitator's times. */
  function printPack(part) {
    var root = document.documentElement;
    root.setAttribute("data-pack-print", part === "facilitator" ? "facilitator" : "workbook");
    window.addEventListener("afterprint", function off() {
      root.removeAttribute("data-pack-print");
      window.removeEventListener("afterprint", off);
    });
    window.print();
  }

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
    if (window.document$ && window.document$.subscribe)
      window.document$.subscribe(function () {
        init();
      });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", boot);
  else boot();
})();
