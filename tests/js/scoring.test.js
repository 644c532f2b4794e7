// The scoring rule of core/schema.js (C.score, C.average): reverse-keyed statements
// turned round, "does not apply" (C.NA) left out and the rest scaled to the full range,
// and a score only once enough statements are rated. The rule's numbers (which
// statements are reverse-keyed, how many must be rated) come from the manifest, written
// by macros/content/scoring.py; tests/test_js_core.py checks both give the same scores
// on the real tools. Run: node --test tests/js/
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { C } = require("./helpers.js");

const man = C.readManifest({
  tools: [
    {
      id: "self",
      kind: "assessment",
      na: "na",
      scale: { min: 1, max: 5 },
      items: ["a", "b", "c", "d", "e"].map((id) => ({ id, type: "rating" })),
      dimensions: [
        {
          id: "access",
          title: "Access",
          need: 3,
          min: 5,
          max: 25,
          statements: [{ id: "a" }, { id: "b" }, { id: "c" }, { id: "d" }, { id: "e", reverse: true }],
          bands: [
            { min: 5, max: 13, label: "Weak" },
            { min: 14, max: 21, label: "Developing" },
            { min: 22, max: 25, label: "Strong" },
          ],
        },
      ],
    },
    {
      id: "habits",
      kind: "checklist",
      na: "na",
      items: [{ id: "x", type: "tick" }],
    },
    {
      id: "plain",
      kind: "checklist",
      items: [{ id: "x", type: "tick" }],
    },
  ],
});
const tool = man.tools.self;
const score = (values) => C.score(tool, values)[0];

test("a reverse-keyed rating counts the other way round", () => {
  const x = score({ a: 4, b: 4, c: 4, d: 4, e: 4 });
  assert.equal(x.sum, 18); // 4 + 4 + 4 + 4 + (6 - 4)
  assert.equal(x.band.label, "Developing"); // agreeing with everything is not Strong
  assert.equal(score({ a: 5, b: 5, c: 5, d: 5, e: 1 }).band.label, "Strong");
  assert.equal(score({ a: 5, b: 5, c: 5, d: 5, e: 5 }).band.label, "Developing");
});

test("a part with a 'does not apply' answer still gets a score, scaled to all its statements", () => {
  const x = score({ a: 4, b: C.NA, c: 4, d: 4, e: 2 });
  assert.deepEqual([x.rated, x.na, x.count, x.sum], [4, 1, 5, 20]); // 16 from four, times 5/4
  assert.equal(x.band.label, "Developing");
  assert.equal(score({ a: 5, b: 4, c: C.NA, d: C.NA, e: 2 }).sum, 22); // 13 * 5 / 3 = 21.67, half up
});

test("no score while a statement is unanswered or too few are rated", () => {
  assert.equal(score({ a: 4, b: 4, c: 4, d: 4 }).sum, null);
  const few = score({ a: 5, b: 5, c: C.NA, d: C.NA, e: C.NA });
  assert.deepEqual([few.sum, few.band, few.need], [null, null, 3]);
  assert.deepEqual(C.sums(tool, { a: 5, b: 5, c: C.NA, d: C.NA, e: C.NA }), {}); // no history point either
});

test("the average the client's-view chart compares turns reverse-keyed ratings round and skips 'does not apply'", () => {
  assert.equal(C.average(tool, tool.dims[0], { a: 4, b: C.NA, e: 1 }), 4.5);
  assert.equal(C.average(tool, tool.dims[0], { b: C.NA }), null);
});

test("'does not apply' / 'did not arise' is a valid answer only where the tool offers it", () => {
  assert.equal(C.checkValue(C.NA, tool, "a"), "");
  assert.equal(C.checkValue(C.NA, man.tools.habits, "x"), "");
  assert.notEqual(C.checkValue(C.NA, man.tools.plain, "x"), "");
  assert.notEqual(C.checkValue("n/a", tool, "a"), "");
  const { w } = C.cleanWorkspace(
    { id: "w1", name: "Plant", answers: { habits: { x: { value: C.NA, at: "2026-01-05T09:00:00Z" } } } },
    man,
  );
  assert.deepEqual(w.answers.habits.x.value, C.NA);
  assert.equal(w.skipped.length, 0);
});
