/* Client Partnering Playbook, DOM-free core: run mode's timer and its warning levels,
   and its stored state (read back with validation: a damaged one is dropped, never
   trusted). The timer keeps wall-clock timestamps, never a ticking counter, so a laptop
   that slept or a reloaded page shows the right time left. It extends core/schedule.js
   (window.cppSchedule) and loads with run mode (runsheet-run.js). */
(function (root) {
  "use strict";
  var S = root.cppSchedule || require("./schedule.js");
  var isInt = S.isInt,
    pad = S.pad,
    MINUTE = 60000,
    MAX_BLOCK = S.MAX_BLOCK;
  S.AMBER = 0.2; // the share of a block left when the clock turns amber
  S.RED = 0.05; //  ... and red
  S.VERSION = 1;

  /* The local clock time of a timestamp (ms), in minutes after midnight. */
  S.minutesOf = function (ms) {
    var d = new Date(ms);
    return d.getHours() * 60 + d.getMinutes() + d.getSeconds() / 60;
  };

  /* --- run mode ---------------------------------------------------------------------
     The state: {v, block: index, running, since: ms when the current stretch of running
     began (null when paused), done: ms run on this block before that, extra: [minutes
     added per block], open: whether run mode is on screen}. */
  S.newRun = function (count) {
    var extra = [];
    for (var i = 0; i < count; i++) extra.push(0);
    return { v: S.VERSION, block: 0, running: false, since: null, done: 0, extra: extra, open: true };
  };

  S.readRun = function (raw, count) {
    var data;
    try {
      data = typeof raw === "string" ? JSON.parse(raw) : null;
    } catch (_e) {
      return null;
    }
    if (!data || typeof data !== "object" || data.v !== S.VERSION) return null;
    if (!isInt(data.block, 0, count - 1) || typeof data.running !== "boolean" || typeof data.open !== "boolean")
      return null;
    if (!isInt(data.done, 0, MAX_BLOCK * 2 * MINUTE)) return null;
    if (data.running ? !isInt(data.since, 0, 8.64e15) : data.since !== null) return null;
    if (
      !Array.isArray(data.extra) ||
      data.extra.length !== count ||
      !data.extra.every(function (x) {
        return isInt(x, 0, MAX_BLOCK);
      })
    )
      return null;
    return {
      v: S.VERSION,
      block: data.block,
      running: data.running,
      since: data.since,
      done: data.done,
      extra: data.extra.slice(),
      open: data.open,
    };
  };
  S.writeRun = function (run) {
    return JSON.stringify(run);
  };

  /* Milliseconds run on the current block at `now` (a clock set back counts as none). */
  S.elapsed = function (run, now) {
    return run.done + (run.running ? Math.max(0, now - run.since) : 0);
  };
  /* The current block's length in ms, with the minutes added to it. */
  S.length = function (run, plan) {
    return (plan.blocks[run.block].minutes + run.extra[run.block]) * MINUTE;
  };
  /* Milliseconds left on the current block (negative when it runs over). */
  S.remaining = function (run, plan, now) {
    return S.length(run, plan) - S.elapsed(run, now);
  };

  /* "ok", "amber" (20 % or less left), "red" (5 % or less) or "over". */
  S.level = function (remaining, length) {
    if (remaining <= 0) return "over";
    if (remaining <= length * S.RED) return "red";
    if (remaining <= length * S.AMBER) return "amber";
    return "ok";
  };

  /* ms -> "mm:ss" (minutes may pass 59), rounded up so that 00:00 means time is up;
     over time counts up with a minus sign. */
  S.countdown = function (ms) {
    var over = ms < 0,
      s = over ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
    return (over && s ? "\u2212" : "") + pad(Math.floor(s / 60)) + ":" + pad(s % 60);
  };

  /* Start or pause; +minutes; move to another block. Each returns a new state. */
  function copy(run) {
    return JSON.parse(JSON.stringify(run));
  }
  S.toggle = function (run, now) {
    var r = copy(run);
    if (r.running) {
      r.done = S.elapsed(run, now);
      r.running = false;
      r.since = null;
    } else {
      r.running = true;
      r.since = now;
    }
    return r;
  };
  S.addMinutes = function (run, minutes) {
    var r = copy(run);
    r.extra[r.block] = Math.min(MAX_BLOCK, r.extra[r.block] + minutes);
    return r;
  };
  S.go = function (run, index, now) {
    var r = copy(run);
    if (index < 0 || index >= r.extra.length || index === r.block) return r;
    r.block = index;
    r.done = 0;
    r.since = r.running ? now : null;
    return r;
  };

  /* The projected clock times from now on: the current block ends when its time is up
     (or now, if it ran over), and every later block follows it. A block that runs long,
     a pause or added minutes move all of them. -> [{start, end}] in ms, per block
     (null for blocks already done). */
  S.reflow = function (run, plan, now) {
    var out = [],
      t = now + Math.max(0, S.remaining(run, plan, now));
    plan.blocks.forEach(function (b, i) {
      if (i < run.block) out.push(null);
      else if (i === run.block) out.push({ start: now - S.elapsed(run, now), end: t });
      else {
        var s = t;
        t += (b.minutes + run.extra[i]) * MINUTE;
        out.push({ start: s, end: t });
      }
    });
    return out;
  };

  if (typeof module !== "undefined" && module.exports) module.exports = S;
})(typeof window !== "undefined" ? window : globalThis);
