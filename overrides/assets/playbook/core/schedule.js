/* Client Partnering Playbook, DOM-free core: the arithmetic of run sheets, what a run
   sheet needs when its page opens. Clock times (minutes after midnight), 24- and 12-hour
   formatting, the facilitator's version of a format (start time; blocks added, renamed,
   moved, removed, lengthened) as stored, read back with validation (a damaged one is
   dropped, never trusted), and its plan, what differs from the format, a block's length
   checked, and the length and time of day in words (the same rules as render/agenda.py:
   length_words, part_words). The other edits are core/schedule-edit.js, run mode's timer
   core/schedule-run.js: loaded when they are used. runsheet.js does the DOM. */
(function (root) {
  "use strict";
  root.cppSchedule = root.cppSchedule || {};
  var S = root.cppSchedule;
  var own = Object.prototype.hasOwnProperty;
  var DAY = 24 * 60,
    MAX_BLOCK = 480;

  function isInt(n, lo, hi) {
    return typeof n === "number" && n === Math.floor(n) && n >= lo && n <= hi;
  }
  function pad(n) {
    return (n < 10 ? "0" : "") + n;
  }

  /* "9:30", "09:30", "930", "0930", "9:30 pm", "12 am" -> minutes after midnight, or null. */
  S.parseClock = function (text) {
    var m = /^\s*(\d{1,2})(?:[:.h]?(\d{2}))?\s*(?:([ap])\.?\s*m?\.?)?\s*$/i.exec(String(text == null ? "" : text));
    if (!m) return null;
    var h = Number(m[1]),
      min = m[2] ? Number(m[2]) : 0,
      half = m[3] && m[3].toLowerCase();
    if (min > 59) return null;
    if (half) {
      if (h < 1 || h > 12) return null;
      h = (h % 12) + (half === "p" ? 12 : 0);
    } else if (h > 23) return null;
    return h * 60 + min;
  };

  /* Minutes after midnight (wrapping past midnight) -> "13:05" or "1:05 PM". */
  S.formatClock = function (minutes, format) {
    var t = ((Math.round(minutes) % DAY) + DAY) % DAY,
      h = Math.floor(t / 60),
      m = t % 60;
    if (format === "12") return (h % 12 || 12) + ":" + pad(m) + (h < 12 ? " AM" : " PM");
    return pad(h) + ":" + pad(m);
  };

  /* The reader's time format as stored: "12" only when picked, else "24". */
  S.readFormat = function (raw) {
    return raw === "12" ? "12" : "24";
  };

  /* 90 -> "1 h 30 min", 45 -> "45 min", 240 -> "4 h" (as agenda.py's duration()). */
  S.duration = function (minutes) {
    var h = Math.floor(minutes / 60),
      rest = minutes % 60;
    if (!h) return rest + " min";
    return h + " h" + (rest ? " " + rest + " min" : "");
  };

  /* --- the facilitator's version of a format ----------------------------------------
     The defaults come from the page: {start: "09:00", blocks: [{id, minutes, title}]}.
     The settings are what the facilitator changed: {v: 2, start: minutes or null,
     blocks: null (the format's own blocks) or [{id, minutes, title?}] in their order}.
     A block of the format keeps its id (a title only when renamed, a block left out is
     removed); a block the facilitator added has an id "own-<n>" and always a title. */
  S.SHEET_VERSION = 2;
  S.MAX_BLOCKS = 30; //     more blocks than any day holds
  S.MAX_NAME = 80; //       characters in a block's name
  S.MAX_TOTAL = 16 * 60; // a session longer than this is a typing mistake
  S.MAX_BLOCK = MAX_BLOCK;
  var OWN = /^own-\d{1,6}$/;

  /* The one place the storage keys of run sheets are made (the format id is the page's). */
  S.storageKey = function (formatId) {
    return "cpp-runsheet:" + String(formatId).slice(0, 80);
  };
  S.runKey = function (formatId) {
    return "cpp-run:" + String(formatId).slice(0, 80);
  };

  S.emptySettings = function () {
    return { v: S.SHEET_VERSION, start: null, blocks: null };
  };

  /* A block's name as typed -> {name} (spaces tidied) or {error} in plain words. */
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what a name loses
  var CONTROL = /[\u0000-\u001f\u007f]/g;
  S.checkName = function (text) {
    var name = String(text == null ? "" : text)
      .replace(CONTROL, " ")
      .replace(/\s+/g, " ")
      .trim();
    if (!name) return { error: "Give the block a name." };
    if (name.length > S.MAX_NAME)
      return { error: "Keep the name to " + S.MAX_NAME + " characters (this one has " + name.length + ")." };
    return { name: name };
  };
  /* Minutes as typed -> {minutes} or {error}. */
  S.checkMinutes = function (value) {
    var text = String(value == null ? "" : value).trim(),
      n = Number(text);
    if (!text || !isInt(n, -1e9, 1e9)) return { error: "Type the length in whole minutes, for example 20." };
    if (n < 1) return { error: "A block needs at least 1 minute." };
    if (n > MAX_BLOCK)
      return { error: "A block can be at most " + MAX_BLOCK + " minutes (8 hours); split a longer one." };
    return { minutes: n };
  };
  /* The facilitator's blocks in order: [{id, minutes, title, own, renamed, def}] where
     def is the format's block (null for one added). */
  S.blocks = function (defaults, settings) {
    var byId = {};
    defaults.blocks.forEach(function (b) {
      byId[b.id] = b;
    });
    var list =
      settings && settings.blocks
        ? settings.blocks
        : defaults.blocks.map(function (b) {
            return { id: b.id, minutes: b.minutes };
          });
    return list.map(function (b) {
      var def = byId[b.id] || null,
        title = b.title || (def ? def.title : b.id);
      return {
        id: b.id,
        minutes: b.minutes,
        title: title,
        own: !def,
        renamed: !!def && !!b.title && b.title !== def.title,
        def: def,
      };
    });
  };

  /* The plan: {start, total, end, blocks: [{id, minutes, title, own, offset, start, end}]}
     (clock times in minutes after midnight). */
  S.plan = function (defaults, settings) {
    var start = settings && settings.start != null ? settings.start : S.parseClock(defaults.start),
      offset = 0;
    var blocks = S.blocks(defaults, settings).map(function (b) {
      var out = {
        id: b.id,
        minutes: b.minutes,
        title: b.title,
        own: b.own,
        offset: offset,
        start: start + offset,
        end: start + offset + b.minutes,
      };
      offset += b.minutes;
      return out;
    });
    return { start: start, total: offset, end: start + offset, blocks: blocks };
  };

  /* Settings from a list of blocks: the list is dropped when it is the format's own. */
  function settle(defaults, start, list) {
    var same =
      list.length === defaults.blocks.length &&
      list.every(function (b, i) {
        var d = defaults.blocks[i];
        return b.id === d.id && b.minutes === d.minutes && (!b.title || b.title === d.title);
      });
    var blocks = same
      ? null
      : list.map(function (b) {
          var out = { id: b.id, minutes: b.minutes };
          if (b.own || b.renamed) out.title = b.title;
          return out;
        });
    return { v: S.SHEET_VERSION, start: start, blocks: blocks };
  }
  function listOf(defaults, settings) {
    return S.blocks(defaults, settings);
  }
  function total(list) {
    return list.reduce(function (t, b) {
      return t + b.minutes;
    }, 0);
  }
  function tooLong(list) {
    var t = total(list);
    return t > S.MAX_TOTAL
      ? {
          error:
            "That makes the session " +
            S.duration(t) +
            " long; the most a run sheet holds is " +
            S.duration(S.MAX_TOTAL) +
            ".",
        }
      : null;
  }
  // for the other edits (core/schedule-edit.js) and run mode's timer (core/schedule-run.js)
  S.isInt = isInt;
  S.pad = pad;
  S.settle = settle;
  S.tooLong = tooLong;
  S.OWN = OWN;

  /* A block's length, as typed beside it (the other edits: core/schedule-edit.js). Each
     edit takes the defaults, the settings and an index in the facilitator's order and
     returns {settings} or {error} (the settings unchanged). */
  S.setMinutes = function (defaults, settings, index, value) {
    var list = listOf(defaults, settings),
      m = S.checkMinutes(value);
    if (m.error) return m;
    if (!isInt(index, 0, list.length - 1)) return { error: "There is no such block." };
    list[index].minutes = m.minutes;
    return tooLong(list) || { settings: settle(defaults, settings ? settings.start : null, list) };
  };

  /* What differs from the format's own version: {start, blocks: {id: {own, renamed,
     minutes (the default length, when changed), moved}}, removed: [titles], count}. */
  S.differences = function (defaults, settings) {
    var list = listOf(defaults, settings),
      base = S.parseClock(defaults.start);
    var kept = list
      .filter(function (b) {
        return !b.own;
      })
      .map(function (b) {
        return b.id;
      });
    var order = defaults.blocks
      .map(function (b) {
        return b.id;
      })
      .filter(function (id) {
        return kept.indexOf(id) >= 0;
      });
    var out = {
      start: !!settings && settings.start != null && settings.start !== base,
      blocks: {},
      removed: [],
      count: 0,
    };
    list.forEach(function (b) {
      var d = {
        own: b.own,
        renamed: b.renamed,
        minutes: !b.own && b.minutes !== b.def.minutes ? b.def.minutes : null,
        moved: !b.own && kept.indexOf(b.id) !== order.indexOf(b.id),
      };
      if (d.own || d.renamed || d.minutes !== null || d.moved) {
        out.blocks[b.id] = d;
        out.count++;
      }
    });
    defaults.blocks.forEach(function (b) {
      if (kept.indexOf(b.id) < 0) out.removed.push(b.title);
    });
    out.count += out.removed.length + (out.start ? 1 : 0);
    return out;
  };
  S.isDefault = function (settings, defaults) {
    return S.differences(defaults, settings).count === 0;
  };

  /* The settings as stored (a JSON string, hostile) -> {settings, damaged}: settings are
     always usable (the format's own when nothing is stored); damaged says that something
     stored had to be dropped, so the page can say so. Version 1 (start and lengths only)
     is read too. */
  S.readSettings = function (raw, defaults) {
    var out = S.emptySettings(),
      data;
    if (raw == null) return { settings: out, damaged: false };
    if (typeof raw !== "string" || raw.length > 20000) return { settings: out, damaged: true };
    try {
      data = JSON.parse(raw);
    } catch (_e) {
      return { settings: out, damaged: true };
    }
    if (!data || typeof data !== "object" || Array.isArray(data) || (data.v !== 1 && data.v !== S.SHEET_VERSION))
      return { settings: out, damaged: true };
    var damaged = false,
      byId = {},
      seen = {},
      list = [];
    defaults.blocks.forEach(function (b) {
      byId[b.id] = b;
    });
    if (isInt(data.start, 0, DAY - 1)) out.start = data.start;
    else if (data.start != null) damaged = true;
    if (data.v === 1) {
      var lengths = data.lengths && typeof data.lengths === "object" ? data.lengths : {};
      list = defaults.blocks.map(function (b) {
        var ok = own.call(lengths, b.id) && isInt(lengths[b.id], 1, MAX_BLOCK);
        return { id: b.id, minutes: ok ? lengths[b.id] : b.minutes };
      });
    } else if (data.blocks != null) {
      if (!Array.isArray(data.blocks) || data.blocks.length > S.MAX_BLOCKS || !data.blocks.length)
        return { settings: out, damaged: true };
      data.blocks.forEach(function (b) {
        var ok =
          b &&
          typeof b === "object" &&
          typeof b.id === "string" &&
          !seen[b.id] &&
          (byId[b.id] || OWN.test(b.id)) &&
          isInt(b.minutes, 1, MAX_BLOCK);
        var title = ok && b.title != null ? S.checkName(typeof b.title === "string" ? b.title : "") : null;
        if (ok && title && (title.error || title.name !== b.title)) ok = false; // a stored name is kept exactly or not at all
        if (ok && !byId[b.id] && !title) ok = false; // a block of one's own needs its name
        if (!ok) {
          damaged = true;
          return;
        }
        seen[b.id] = true;
        var clean = { id: b.id, minutes: b.minutes };
        if (title) clean.title = title.name;
        list.push(clean);
      });
      if (!list.length || total(list) > S.MAX_TOTAL)
        return { settings: { v: S.SHEET_VERSION, start: out.start, blocks: null }, damaged: true };
    } else list = null;
    if (list) out = settle(defaults, out.start, S.blocks(defaults, { blocks: list }));
    return { settings: out, damaged: damaged };
  };
  S.writeSettings = function (settings) {
    return JSON.stringify({ v: S.SHEET_VERSION, start: settings.start, blocks: settings.blocks });
  };

  /* --- the length and time of day in words, for the format pages' prose -------------- */
  var NUMBERS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
  ];
  /* 210 -> "three and a half hours", 90 -> "an hour and a half", 225 -> "three and
     three-quarter hours", 200 -> "about three and a quarter hours", 45 -> "45 minutes". */
  S.lengthWords = function (minutes) {
    if (minutes < 60) return minutes + " minutes";
    var q = Math.round(minutes / 15) * 15,
      h = Math.floor(q / 60),
      r = q % 60,
      about = q !== minutes ? "about " : "";
    var frac = { 15: "a quarter", 30: "a half", 45: "three-quarter" }[r];
    if (h === 1) return about + (r ? "an hour and " + (r === 45 ? "three-quarters" : frac) : "an hour");
    var n = NUMBERS[h] || String(h);
    return about + n + (r ? " and " + frac : "") + " hours";
  };
  /* When the session runs, as a phrase: "all morning", "part of the afternoon", "all
     day", "the morning and the afternoon". A morning may run to 13:00. */
  S.partWords = function (start, minutes) {
    var s = ((start % DAY) + DAY) % DAY,
      e = s + minutes;
    function part(t, end) {
      if (t < (end ? 13 * 60 : 12 * 60)) return "morning";
      if (t < (end ? 18 * 60 : 17 * 60)) return "afternoon";
      return "evening";
    }
    if (minutes >= 6 * 60) return "all day";
    var a = part(s, false),
      b = part(e, true);
    if (a === b || e > DAY) return (minutes >= 150 ? "all " : "part of the ") + a;
    return "the " + a + " and the " + b;
  };
  S.words = function (kind, start, minutes) {
    var text = kind === "part" ? S.partWords(start, minutes) : S.lengthWords(minutes);
    return text;
  };
  S.capitalize = function (text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
  };

  if (typeof module !== "undefined" && module.exports) module.exports = S;
})(typeof window !== "undefined" ? window : globalThis);
