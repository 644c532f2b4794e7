/* Run sheets and run mode: clock times, 12/24-hour formats, the plan with the reader's
   settings, the timer's warning levels, reflow, and stored states that are damaged. */
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
const CORE = path.join(__dirname, "..", "..", "overrides", "assets", "playbook", "core");
const S = require(path.join(CORE, "schedule.js"));
// the edits and run mode's timer load later in the browser; they extend the same object
assert.equal(require(path.join(CORE, "schedule-edit.js")), S);
assert.equal(require(path.join(CORE, "schedule-run.js")), S);

const HALF = {
  start: "09:00",
  blocks: [
    { id: "opening", minutes: 15 },
    { id: "talk", minutes: 20 },
    { id: "break", minutes: 15 },
    { id: "close", minutes: 10 },
  ],
};
const MIN = 60000;
const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);

test("clock times parse from what people type and print in both formats", () => {
  assert.equal(S.parseClock("09:30"), 570);
  assert.equal(S.parseClock("9:30"), 570);
  assert.equal(S.parseClock("930"), 570);
  assert.equal(S.parseClock("1:30 PM"), 810);
  assert.equal(S.parseClock("12 am"), 0);
  assert.equal(S.parseClock("12:15 p.m."), 735);
  for (const bad of ["", "25:00", "9:75", "13:00 pm", "noon", null, "0:00 am"])
    assert.equal(S.parseClock(bad), null, bad);
  assert.equal(S.formatClock(570, "24"), "09:30");
  assert.equal(S.formatClock(570, "12"), "9:30 AM");
  assert.equal(S.formatClock(0, "12"), "12:00 AM");
  assert.equal(S.formatClock(720, "12"), "12:00 PM");
  assert.equal(S.formatClock(1380 + 190, "24"), "02:10"); // past midnight
  assert.equal(S.formatClock(-30, "24"), "23:30");
  assert.equal(S.readFormat("12"), "12");
  assert.equal(S.readFormat("garbage"), "24");
  assert.equal(S.readFormat(null), "24");
  assert.equal(S.duration(210), "3 h 30 min");
  assert.equal(S.duration(45), "45 min");
  assert.equal(S.duration(240), "4 h");
});

test("the plan follows the start time and the lengths the reader set", () => {
  const base = S.plan(HALF, null);
  assert.deepEqual(
    base.blocks.map((b) => [b.start, b.end]),
    [
      [540, 555],
      [555, 575],
      [575, 590],
      [590, 600],
    ],
  );
  assert.equal(base.total, 60);
  const moved = S.plan(HALF, { ...S.setMinutes(HALF, null, 1, 30).settings, start: 13 * 60 + 30 });
  assert.deepEqual(
    moved.blocks.map((b) => S.formatClock(b.start, "24")),
    ["13:30", "13:45", "14:15", "14:30"],
  );
  assert.equal(moved.total, 70);
  assert.equal(S.formatClock(moved.end, "12"), "2:40 PM");
  assert.ok(S.isDefault(null, HALF));
  assert.ok(
    S.isDefault(
      {
        start: 540,
        blocks: [
          { id: "opening", minutes: 15 },
          { id: "talk", minutes: 20 },
          { id: "break", minutes: 15 },
          { id: "close", minutes: 10 },
        ],
      },
      HALF,
    ),
  );
  assert.ok(!S.isDefault({ start: 540, blocks: [{ id: "talk", minutes: 20 }] }, HALF));
});

const NAMED = {
  start: "09:00",
  blocks: HALF.blocks.map((b) => ({ ...b, title: b.id[0].toUpperCase() + b.id.slice(1) })),
};
const ids = (settings) => S.plan(NAMED, settings).blocks.map((b) => b.id);

test("blocks can be added, renamed, moved and removed; each edit is checked", () => {
  let s = S.emptySettings();
  const r = S.add(NAMED, s, "  Energizer\n game ", 10, 1);
  assert.equal(r.id, "own-1");
  s = r.settings;
  assert.deepEqual(ids(s), ["opening", "talk", "own-1", "break", "close"]);
  assert.equal(S.plan(NAMED, s).blocks[2].title, "Energizer game", "spaces and line breaks tidied");
  s = S.move(NAMED, s, 2, 0).settings; // by keyboard: "Move up" twice is the same as this
  s = S.rename(NAMED, s, 2, "Why clients matter").settings;
  s = S.remove(NAMED, s, 3).settings; // the break
  s = S.setMinutes(NAMED, s, 3, "20").settings;
  const plan = S.plan(NAMED, { ...s, start: 13 * 60 + 30 });
  assert.deepEqual(
    plan.blocks.map((b) => [b.id, b.title, S.formatClock(b.start, "24")]),
    [
      ["own-1", "Energizer game", "13:30"],
      ["opening", "Opening", "13:40"],
      ["talk", "Why clients matter", "13:55"],
      ["close", "Close", "14:15"],
    ],
  );
  assert.equal(plan.total, 65);
  const diff = S.differences(NAMED, s);
  assert.deepEqual(diff.removed, ["Break"]);
  assert.deepEqual(diff.blocks["own-1"], { own: true, renamed: false, minutes: null, moved: false });
  assert.deepEqual(diff.blocks.talk, { own: false, renamed: true, minutes: null, moved: false });
  assert.deepEqual(diff.blocks.close, { own: false, renamed: false, minutes: 10, moved: false });
  assert.equal(diff.blocks.opening, undefined, "a block only pushed down by an added one is not 'moved'");
  assert.equal(diff.count, 4);
  const swapped = S.move(NAMED, null, 0, 1).settings;
  assert.deepEqual(Object.keys(S.differences(NAMED, swapped).blocks).sort(), ["opening", "talk"]);
  // undoing every edit by hand gives the format's own version back (nothing stored)
  assert.equal(S.move(NAMED, swapped, 1, 0).settings.blocks, null);
  assert.equal(S.rename(NAMED, S.rename(NAMED, null, 0, "Hello").settings, 0, "Opening").settings.blocks, null);
  // a second added block gets the next id
  assert.equal(S.add(NAMED, s, "Lunch", 45).id, "own-2");
});

test("bad edits get a plain message and change nothing", () => {
  const long = "x".repeat(S.MAX_NAME + 1);
  assert.match(S.add(NAMED, null, "   ", 10).error, /name/);
  assert.match(S.add(NAMED, null, long, 10).error, /80 characters \(this one has 81\)/);
  assert.match(S.rename(NAMED, null, 0, "").error, /name/);
  for (const bad of ["", "abc", "2.5", "-3", "0", null])
    assert.ok(S.setMinutes(NAMED, null, 0, bad).error, String(bad));
  assert.match(S.setMinutes(NAMED, null, 0, "9999").error, /at most 480 minutes/);
  assert.match(S.setMinutes(NAMED, null, 0, 480).settings ? "ok" : "", /ok/);
  let s = null;
  for (let i = 0; i < S.MAX_BLOCKS - 4; i++) s = S.add(NAMED, s, "Block " + i, 5).settings;
  assert.match(S.add(NAMED, s, "One too many", 5).error, /at most 30 blocks/);
  let big = null;
  for (let i = 0; i < 3; i++) big = S.add(NAMED, big, "Long " + i, 300).settings;
  assert.match(S.add(NAMED, big, "Longer", 100).error, /16 h/, "a session past 16 hours is refused");
  assert.match(
    S.remove(NAMED, { v: 2, start: null, blocks: [{ id: "talk", minutes: 5 }] }, 0).error,
    /at least one block/,
  );
  assert.ok(S.move(NAMED, null, 0, -1).error && S.move(NAMED, null, 3, 4).error, "no move past either end");
});

test("stored settings round-trip; damaged ones are cleaned, and the page is told", () => {
  const s = S.add(NAMED, S.rename(NAMED, null, 1, "Ideas").settings, "Lunch", 45).settings;
  const back = S.readSettings(S.writeSettings({ ...s, start: 600 }), NAMED);
  assert.equal(back.damaged, false);
  assert.deepEqual(back.settings, { ...s, start: 600 });
  assert.deepEqual(S.readSettings(null, NAMED), { settings: S.emptySettings(), damaged: false });
  // version 1 (start and lengths only) still reads
  assert.deepEqual(
    S.readSettings('{"v":1,"start":600,"lengths":{"talk":25,"gone":3}}', NAMED).settings.blocks.map((b) => b.minutes),
    [15, 25, 15, 10],
  );
  for (const bad of [
    "",
    "{",
    "[]",
    "42",
    '{"v":3,"start":600}',
    '{"start":600}',
    "x".repeat(30000),
    '{"v":2,"blocks":[]}',
    '{"v":2,"blocks":"talk"}',
  ]) {
    const r = S.readSettings(bad, NAMED);
    assert.ok(r.damaged, bad.slice(0, 30));
    assert.deepEqual(
      S.plan(NAMED, r.settings).blocks.map((b) => b.id),
      ["opening", "talk", "break", "close"],
      bad.slice(0, 30),
    );
  }
  const tooMany = JSON.stringify({
    v: 2,
    start: 600,
    blocks: Array.from({ length: 31 }, (_, i) => ({ id: "own-" + i, minutes: 5, title: "B" })),
  });
  assert.ok(S.readSettings(tooMany, NAMED).damaged);
  const tooLong = JSON.stringify({
    v: 2,
    start: 600,
    blocks: [
      { id: "talk", minutes: 480 },
      { id: "own-1", minutes: 480, title: "A" },
      { id: "own-2", minutes: 480, title: "B" },
    ],
  });
  const r = S.readSettings(tooLong, NAMED);
  assert.ok(r.damaged);
  assert.equal(r.settings.blocks, null, "a 24-hour session falls back to the format's blocks");
  assert.equal(r.settings.start, 600, "the good start time is kept");
  const mixed = S.readSettings(
    JSON.stringify({
      v: 2,
      start: 9999,
      blocks: [
        { id: "talk", minutes: 25 },
        { id: "talk", minutes: 30 },
        { id: "gone", minutes: 5 },
        { id: "own-1", minutes: 5 },
        { id: "own-2", minutes: 5, title: "<img src=x onerror=alert(1)>" },
        { id: "own-3", minutes: 1.5, title: "Half" },
        { id: "own-4", minutes: 5, title: "y".repeat(81) },
        { id: "close", minutes: 10, title: 42 },
        { id: "break", minutes: "15" },
        { id: "__proto__", minutes: 5, title: "P" },
        { id: "opening", minutes: 15, title: " Hi " },
        null,
      ],
    }),
    NAMED,
  );
  assert.ok(mixed.damaged);
  assert.equal(mixed.settings.start, null, "a bad start falls back to the format's own");
  assert.deepEqual(
    mixed.settings.blocks,
    [
      { id: "talk", minutes: 25 },
      { id: "own-2", minutes: 5, title: "<img src=x onerror=alert(1)>" },
    ],
    "a name is kept as text (the page escapes it); everything else that is wrong is dropped",
  );
  assert.ok(S.validLength(90) && !S.validLength(0) && !S.validLength(481) && !S.validLength(2.5));
  assert.equal(S.storageKey("half-day"), "cpp-runsheet:half-day");
});

test("the length and the time of day in words follow the real total and start", () => {
  assert.equal(S.lengthWords(210), "three and a half hours");
  assert.equal(S.lengthWords(225), "three and three-quarter hours");
  assert.equal(S.lengthWords(90), "an hour and a half");
  assert.equal(S.lengthWords(60), "an hour");
  assert.equal(S.lengthWords(105), "an hour and three-quarters");
  assert.equal(S.lengthWords(75), "an hour and a quarter");
  assert.equal(S.lengthWords(200), "about three and a quarter hours");
  assert.equal(S.lengthWords(450), "seven and a half hours");
  assert.equal(S.lengthWords(45), "45 minutes");
  assert.equal(S.partWords(9 * 60, 210), "all morning", "09:00-12:30");
  assert.equal(S.partWords(13 * 60 + 30, 225), "all afternoon", "13:30-17:15");
  assert.equal(S.partWords(9 * 60, 90), "part of the morning");
  assert.equal(S.partWords(10 * 60 + 30, 210), "the morning and the afternoon");
  assert.equal(S.partWords(9 * 60, 450), "all day");
  assert.equal(S.partWords(18 * 60, 120), "part of the evening");
  assert.equal(S.capitalize(S.words("length", 540, 210)), "Three and a half hours");
});

test("the timer counts from wall-clock times, so a sleep or a reload does not freeze it", () => {
  const plan = S.plan(HALF, null);
  let run = S.newRun(4);
  assert.equal(S.remaining(run, plan, T0), 15 * MIN);
  run = S.toggle(run, T0); // start
  assert.equal(S.countdown(S.remaining(run, plan, T0 + 61500)), "13:59");
  // a laptop asleep for ten minutes: nothing ticked, the time left is still right
  const back = S.readRun(S.writeRun(run), 4);
  assert.deepEqual(back, run);
  assert.equal(S.countdown(S.remaining(back, plan, T0 + 10 * MIN)), "05:00");
  // pause keeps the time run; resuming later continues from it
  run = S.toggle(run, T0 + 5 * MIN);
  assert.equal(run.done, 5 * MIN);
  assert.equal(S.remaining(run, plan, T0 + 60 * MIN), 10 * MIN);
  run = S.toggle(run, T0 + 60 * MIN);
  assert.equal(S.remaining(run, plan, T0 + 62 * MIN), 8 * MIN);
  assert.equal(S.remaining(run, plan, T0 + 59 * MIN), 10 * MIN, "a clock set back counts as no time");
});

test("amber at 20 % left, red at 5 %, then over time", () => {
  const len = 15 * MIN;
  assert.equal(S.level(len * 0.2 + 1, len), "ok");
  assert.equal(S.level(len * 0.2, len), "amber");
  assert.equal(S.level(len * 0.05 + 1, len), "amber");
  assert.equal(S.level(len * 0.05, len), "red");
  assert.equal(S.level(1, len), "red");
  assert.equal(S.level(0, len), "over");
  assert.equal(S.countdown(0), "00:00");
  assert.equal(S.countdown(999), "00:01");
  assert.equal(S.countdown(-999), "00:00");
  assert.equal(S.countdown(-61000), "\u221201:01");
  assert.equal(S.countdown(75 * MIN), "75:00");
});

test("added minutes and a block that runs long reflow the clock times of the rest", () => {
  const plan = S.plan(HALF, null);
  let run = S.toggle(S.newRun(4), T0);
  const at = (r, now) =>
    S.reflow(r, plan, now).map(
      (x) => x && [S.formatClock(S.minutesOf(x.start), "24"), S.formatClock(S.minutesOf(x.end), "24")],
    );
  // minutes after T0, so that the test holds in any time zone
  const ends = (r, now) => S.reflow(r, plan, now).map((x) => x && (x.end - T0) / MIN);
  assert.deepEqual(ends(run, T0 + MIN), [15, 35, 50, 60]);
  run = S.addMinutes(run, 5);
  assert.deepEqual(ends(run, T0 + MIN), [20, 40, 55, 65]);
  assert.equal(S.level(S.remaining(run, plan, T0 + 16 * MIN), S.length(run, plan)), "amber", "20 min block, 4 left");
  // running over: the rest start from now
  assert.deepEqual(ends(run, T0 + 23 * MIN), [23, 43, 58, 68]);
  run = S.go(run, 1, T0 + 23 * MIN);
  assert.equal(run.done, 0);
  assert.deepEqual(ends(run, T0 + 23 * MIN), [null, 43, 58, 68]);
  assert.equal(at(run, T0 + 23 * MIN)[0], null);
  // back: the earlier block starts again, with the minutes it was given
  run = S.go(run, 0, T0 + 24 * MIN);
  assert.equal(S.remaining(run, plan, T0 + 24 * MIN), 20 * MIN);
  assert.deepEqual(S.go(run, 9, T0), run, "no block 9: nothing changes");
});

test("a damaged run state is dropped, never trusted", () => {
  const good = S.toggle(S.newRun(4), T0);
  assert.deepEqual(S.readRun(S.writeRun(good), 4), good);
  const broken = [
    null,
    "",
    "not json",
    "[]",
    "{}",
    JSON.stringify({ ...good, v: 2 }),
    JSON.stringify({ ...good, block: 4 }),
    JSON.stringify({ ...good, block: -1 }),
    JSON.stringify({ ...good, running: "yes" }),
    JSON.stringify({ ...good, since: null }),
    JSON.stringify({ ...good, running: false }), // paused with a start time
    JSON.stringify({ ...good, done: -1 }),
    JSON.stringify({ ...good, extra: [0, 0, 0] }),
    JSON.stringify({ ...good, extra: [0, 0, "5", 0] }),
    JSON.stringify({ ...good, open: 1 }),
  ];
  for (const raw of broken) assert.equal(S.readRun(raw, 4), null, String(raw));
  assert.equal(S.readRun(S.writeRun(good), 5), null, "a format that gained a block starts afresh");
});
