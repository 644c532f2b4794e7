/* Run sheets and run mode: clock times, 12/24-hour formats, the plan with the reader's
   settings, the timer's warning levels, reflow, and stored states that are damaged. */
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
const S = require(path.join(__dirname, "..", "..", "overrides", "assets", "playbook", "core", "schedule.js"));

const HALF = { start: "09:00", blocks: [{ id: "opening", minutes: 15 }, { id: "talk", minutes: 20 }, { id: "break", minutes: 15 }, { id: "close", minutes: 10 }] };
const MIN = 60000;
const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);

test("clock times parse from what people type and print in both formats", () => {
  assert.equal(S.parseClock("09:30"), 570);
  assert.equal(S.parseClock("9:30"), 570);
  assert.equal(S.parseClock("930"), 570);
  assert.equal(S.parseClock("1:30 PM"), 810);
  assert.equal(S.parseClock("12 am"), 0);
  assert.equal(S.parseClock("12:15 p.m."), 735);
  for (const bad of ["", "25:00", "9:75", "13:00 pm", "noon", null, "0:00 am"]) assert.equal(S.parseClock(bad), null, bad);
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
  assert.deepEqual(base.blocks.map((b) => [b.start, b.end]), [[540, 555], [555, 575], [575, 590], [590, 600]]);
  assert.equal(base.total, 60);
  const moved = S.plan(HALF, { start: 13 * 60 + 30, lengths: { talk: 30 } });
  assert.deepEqual(moved.blocks.map((b) => S.formatClock(b.start, "24")), ["13:30", "13:45", "14:15", "14:30"]);
  assert.equal(moved.total, 70);
  assert.equal(S.formatClock(moved.end, "12"), "2:40 PM");
  assert.ok(S.isDefault(null, HALF));
  assert.ok(S.isDefault({ start: 540, lengths: { talk: 20 } }, HALF));
  assert.ok(!S.isDefault({ start: 540, lengths: { talk: 25 } }, HALF));
});

test("stored settings round-trip; damaged ones are dropped or cleaned", () => {
  const saved = S.writeSettings({ start: 600, lengths: { talk: 25 } });
  assert.deepEqual(S.readSettings(saved, HALF), { v: 1, start: 600, lengths: { talk: 25 } });
  for (const bad of [null, "", "{", "[]", "42", '{"v":2,"start":600}', '{"start":600}']) assert.equal(S.readSettings(bad, HALF), null, String(bad));
  const cleaned = S.readSettings('{"v":1,"start":9999,"lengths":{"talk":-5,"close":12,"gone":30,"opening":1.5,"break":"15"}}', HALF);
  assert.deepEqual(cleaned, { v: 1, start: null, lengths: { close: 12 } });
  assert.equal(S.plan(HALF, cleaned).start, 540, "a bad start falls back to the format's own");
  assert.ok(S.validLength(90) && !S.validLength(0) && !S.validLength(481) && !S.validLength(2.5));
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
  const at = (r, now) => S.reflow(r, plan, now).map((x) => x && [S.formatClock(S.minutesOf(x.start), "24"), S.formatClock(S.minutesOf(x.end), "24")]);
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
    null, "", "not json", "[]", "{}",
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
