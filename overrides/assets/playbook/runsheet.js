/* Client Partnering Playbook: workshop run sheets (agenda()) in the browser, what a sheet
   needs when its page opens: the facilitator's version (start time, block lengths, names,
   order, blocks added or removed; remembered per format; what differs from the format is
   marked) applied to the clock times and to the duration words in the page's prose; the
   start time, the clock format and the block lengths as typed; "Reset" and "Print this
   run sheet". The rest loads where it is used, each part a classic script beside this
   one (from file:// too, with its `?v=`): the block editor (runsheet-edit.js: add,
   rename, move, remove) at the first press of "Edit the blocks"; run mode
   (runsheet-run.js: the projector screen, countdown, next block) when the session runs,
   or at once where one is under way; a pack page's workbook and print buttons
   (runsheet-pack.js) on the pack pages. A press before its part is here is kept: the
   part loads, then acts. The arithmetic is core/schedule.js (window.cppSchedule); this
   file only reads and writes the page. Runs again after each of Material's instant page
   changes (document$). Only pages with a run sheet load it (runsheet.min.js, from the
   sheet itself), and instant navigation loads it again with each of them: the first
   copy does the work. */
(function () {
  "use strict";
  var D = window.cppDom,
    $$ = D.$$;
  if (window.cppRunSheets) return;
  var S = window.cppSchedule;
  var FORMAT_KEY = "cpp-timeformat"; // outside "cpp:": not answers, never exported
  var own = document.querySelector("script[src*='runsheet.min.js']"),
    src = own && own.src; // kept: instant navigation replaces the element

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
  function make(tag, cls, text) {
    var el = document.createElement(tag);
    if (cls) el.className = cls;
    if (text != null) el.textContent = text; // user text only ever as text
    return el;
  }

  /* --- the parts loaded on first use ---------------------------------------------- */

  var parts = {}; // name -> {ready, script, waiting: [functions to run once it is there]}
  function part(name) {
    if (!parts[name]) parts[name] = { waiting: [] };
    return parts[name];
  }
  /* Runs `then` once the part `name` (runsheet-<name>.min.js) has run, loading it first. */
  function load(name, sheet, then) {
    var p = part(name);
    if (p.ready) return then();
    p.waiting.push(then);
    if (p.script || !src) return;
    p.script = D.script(src.replace(/runsheet\.min\.js(?=[?#]|$)/, "runsheet-" + name + ".min.js"), null, function () {
      p.script = null; // the next press tries again
      p.waiting = [];
      sheet.say("That part of the run sheet could not be loaded. Try again, or reload the page.", true);
    });
  }
  // What the parts share; each says ready(name) when it has run.
  var R = {
    read: read,
    write: write,
    format: format,
    make: make,
    ready: function (name) {
      var p = part(name);
      p.ready = true;
      p.waiting.splice(0).forEach(function (fn) {
        fn();
      });
    },
  };
  window.cppRunSheets = R;

  /* --- the sheet ------------------------------------------------------------------ */

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
  R.Sheet = Sheet; // the editor adds its methods (runsheet-edit.js)
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

  /* What a block shows beside its own controls: what changed, and a problem with its
     length (the editor adds its name, moves and Remove: runsheet-edit.js). */
  function marks(li) {
    var changed = make("p", "cpp-agenda__changed"),
      error = make("p", "cpp-agenda__error");
    changed.setAttribute("data-cpp-agenda-changed", "");
    li.querySelector(".cpp-agenda__title").insertAdjacentElement("afterend", changed);
    error.id = li.id + "-error";
    error.hidden = true;
    error.setAttribute("data-cpp-agenda-error", "");
    li.querySelector("[data-cpp-agenda-minutes]").setAttribute("aria-describedby", error.id);
    li.appendChild(error);
  }
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
    marks(li);
    this.lis[b.id] = li;
    return li;
  };

  /* Everything from the plan: the blocks in their order, their names, clock times and
     lengths, what differs from the format's own version, the words in the prose and the
     pack page's agenda, in the reader's clock format (and the editor's controls, once it
     is there: `row`). */
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
      if (self.row) self.row(li, b, i, plan.blocks.length);
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
    if (R.drawPack) R.drawPack(this, plan, diff, fmt); // a pack page's (runsheet-pack.js)
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
    $$(".cpp-agenda__length", el).forEach(function (s) {
      s.hidden = false;
    });
    sheet.defaults.blocks.forEach(function (b) {
      marks(sheet.lis[b.id]);
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
    /* Block lengths: one listener for all blocks, added ones too. */
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
      if (!input.hasAttribute || !input.hasAttribute("data-cpp-agenda-minutes")) return;
      // a length left unfinished shows the one in use again
      var at = sheet.index(input.closest(".cpp-agenda__block"));
      if (at >= 0) input.value = sheet.plan().blocks[at].minutes;
      input.removeAttribute("aria-invalid");
    });
    // a pack page: its workbook and cover follow the sheet, and it prints them
    if (el.closest("[data-cpp-workshop-pack]"))
      load("pack", sheet, function () {
        sheet.draw(true);
      });
    // a session under way: run mode comes back (labelled, or on screen if it was)
    if (read(S.runKey(sheet.id)) !== null)
      load("run", sheet, function () {
        R.resume(sheet);
      });
  }

  /* --- buttons and start-up ------------------------------------------------------- */

  document.addEventListener("click", function (event) {
    var target = event.target.closest ? event.target : null;
    var button =
      target &&
      target.closest(
        "[data-cpp-agenda-edit], [data-cpp-agenda-add-button], [data-cpp-agenda-move], [data-cpp-agenda-remove], " +
          "[data-cpp-agenda-print], [data-cpp-agenda-reset], [data-cpp-run]",
      );
    if (!button) return;
    var el = button.closest("[data-cpp-agenda]"),
      sheet = el && el.cppSheet;
    if (button.hasAttribute("data-cpp-agenda-print")) {
      var root = document.documentElement;
      root.classList.add("cpp-print-agenda");
      window.addEventListener("afterprint", function off() {
        root.classList.remove("cpp-print-agenda");
        window.removeEventListener("afterprint", off);
      });
      window.print();
      return;
    }
    if (!sheet) return;
    if (button.hasAttribute("data-cpp-run")) {
      load("run", sheet, function () {
        R.openRun(sheet, true);
      });
      return;
    }
    if (button.hasAttribute("data-cpp-agenda-reset")) {
      sheet.settings = S.emptySettings();
      sheet.save();
      sheet.draw();
      sheet.say("Back to the format's own start time and blocks.");
      return;
    }
    // Edit, add, move, remove: the editor's (loaded at the first press of "Edit the blocks")
    load("edit", sheet, function () {
      R.onSheetButton(sheet, button);
    });
  });

  function init() {
    if (R.stale) R.stale(); // run mode's: an instant page change may have taken its screen away
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
