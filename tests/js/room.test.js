/* Room results (core/room.js): participants' files in, the room's statistics out, and the
   "Share my scores" file (core/transfer.js) that holds ratings only. */
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
const { C, at, MANIFEST } = require("./helpers.js");
require(path.join(__dirname, "..", "..", "overrides", "assets", "playbook", "core", "room.js"));

const man = C.readManifest(MANIFEST);
const R = C.room;
const T = "2025-10-01T08:30:00.000Z";
const ITEMS = ["a1", "a2", "c1", "c2", "t1", "t2"];
const text = (x) => JSON.stringify(x);
/* A workspace as the store keeps it: the ACT ratings given, a text answer, a name. */
function workspace(name, ratings, created = T) {
  const act = {};
  ITEMS.forEach((k, i) => { if (ratings[i] != null) act[k] = { value: ratings[i], at: T }; });
  return { id: "w" + name.length, name, created, updated: T, history: [], skipped: [],
    answers: { "act-assessment": act, "stakeholder-map": { goal: { value: "Win over Dana at Acme", at: T } } } };
}
const share = (ws) => text(C.shareData(ws, man));
const full = (spaces) => text(C.exportData({ workspaces: spaces }));

test("a share file holds the ratings, the day and a fingerprint: no name, no text, no time", () => {
  at("2026-03-04T15:16:17Z");
  const ws = workspace("Acme <b>plant</b>", [4, 5, 2, 3, 1, 2]);
  const data = C.shareData(ws, man);
  assert.deepEqual(Object.keys(data).sort(), ["day", "participant", "schema", "tools", "version"]);
  assert.deepEqual(data.tools, { "act-assessment": { a1: 4, a2: 5, c1: 2, c2: 3, t1: 1, t2: 2 } });
  assert.equal(data.day, "2026-03-04");
  assert.match(data.participant, /^[0-9a-f]{14}$/);
  const all = text(data);
  assert.ok(!/acme|plant|dana|T\d\d:/i.test(all), all);
  assert.ok(!C.shareName(data).toLowerCase().includes("acme"));
  assert.match(C.shareName(data), /^playbook-scores-2026-03-04-[0-9a-f]{4}\.json$/);
  // The same workspace, whatever the spacing or case of its name, is the same participant.
  assert.equal(C.fingerprint(" ACME  <b>plant</b>", T), data.participant);
  assert.notEqual(C.fingerprint("Acme <b>plant</b>", "2025-10-01T08:30:00.001Z"), data.participant);
});

test("counts, medians, ranges, band counts and the widest statements of a room", () => {
  const room = R.newRoom();
  //            a1 a2 c1 c2 t1 t2   access credibility trust
  const rows = [[4, 4, 3, 3, 1, 1], // 8 6 2
    [5, 5, 2, 2, 2, 2], //           10 4 4
    [3, 3, 4, 4, 5, 1], //            6 8 6
    [2, 2, 5, 5, 3, 3]]; //           4 10 6
  rows.forEach((r, i) => R.add(room, "p" + i + ".json", share(workspace("P" + i, r)), man));
  const [act] = R.summary(room, man);
  assert.equal(act.n, 4);
  const dim = (id) => act.dims.find((d) => d.id === id);
  assert.deepEqual(dim("access").sums, [4, 6, 8, 10]);
  assert.equal(dim("access").median, 7);
  assert.deepEqual([dim("trust").low, dim("trust").high, dim("trust").median], [2, 6, 5]);
  assert.deepEqual(dim("trust").bands.map((b) => [b.label, b.n]), [["Weak", 2], ["Strong", 2]]);
  assert.deepEqual(dim("access").counts, { 4: 1, 6: 1, 8: 1, 10: 1 });
  // t1 ranges 1..5 (the widest), then a1 and c1 (2..5, 3 points) by their spread.
  assert.equal(act.widest[0].id, "t1");
  assert.deepEqual([act.widest[0].min, act.widest[0].max, act.widest[0].spread], [1, 5, 4]);
  assert.equal(act.widest.length, 3);
  // Trust is lowest for P0, P1 and P2, access for P3; P1's trust ties with credibility and
  // P2's with access: both count, and the two ties are named, not hidden.
  assert.deepEqual(act.lowest, { ids: ["trust"], n: 3, of: 4, tied: [2] });
});

test("the ONE scoring rule: a dimension with an unrated statement has no score", () => {
  const room = R.newRoom();
  R.add(room, "a.json", share(workspace("A", [4, null, 3, 3, 2, 2])), man);
  R.add(room, "b.json", share(workspace("B", [4, 4, 3, 3, 2, 2])), man);
  const [act] = R.summary(room, man);
  assert.equal(act.n, 2);
  assert.deepEqual(act.dims[0].sums, [8]);
  assert.equal(act.dims[0].complete, 1);
  assert.deepEqual(act.dims[1].sums, [6, 6]);
  assert.equal(act.lowest.of, 1);
});

test("the same participant opened twice counts once; a share file and a full export of one workspace too", () => {
  const room = R.newRoom();
  const p = workspace("Same person", [1, 1, 1, 1, 1, 1]);
  R.add(room, "one.json", share(p), man);
  R.add(room, "one again.json", share(p), man);
  R.add(room, "backup.json", full([p]), man);
  R.add(room, "other.json", full([workspace("Someone else", [5, 5, 5, 5, 5, 5])]), man);
  const [act] = R.summary(room, man);
  assert.equal(act.n, 2);
  assert.equal(room.same.length, 2);
  assert.deepEqual(room.files.map((f) => f.counted), [1, 0, 0, 1]);
  // A later, fuller share of the same workspace replaces the partial one.
  const room2 = R.newRoom();
  R.add(room2, "partial.json", share(workspace("X", [2, 2, null, null, null, null])), man);
  R.add(room2, "full.json", share(workspace("X", [3, 3, 3, 3, 3, 3])), man);
  assert.deepEqual(room2.files.map((f) => f.counted), [0, 1]);
  assert.deepEqual(R.summary(room2, man)[0].dims[0].sums, [6]);
});

test("bad and foreign files are skipped with a reason; the rest still count", () => {
  const room = R.newRoom();
  const good = share(workspace("Good", [3, 3, 3, 3, 3, 3]));
  const shareOf = (tools, extra = {}) => text({ schema: "cpp-scores", version: 1, day: "2026-01-05", participant: "abcdef0123", tools, ...extra });
  const files = {
    "empty.json": "",
    "notes.txt": "hello, not JSON",
    "cut.json": good.slice(0, 40),
    "foreign.json": text({ type: "FeatureCollection", features: [] }),
    "newer.json": shareOf({}, { version: 2 }),
    "newer-export.json": text({ schema: "cpp-answers", version: 99, workspaces: [] }),
    "range.json": shareOf({ "act-assessment": { a1: 9 } }),
    "tool.json": shareOf({ "<img src=x onerror=alert(1)>": { a1: 3 } }),
    "unknown.json": shareOf({ "sales-quiz": { q1: 3 } }),
    "item.json": shareOf({ "act-assessment": { a1: 3, zz: 4 } }),
    "no-ratings.json": full([{ ...workspace("Only text", []), answers: { "stakeholder-map": { goal: { value: "x", at: T } } } }]),
    "good.json": good,
  };
  Object.entries(files).forEach(([name, t]) => R.add(room, name, t, man));
  const why = Object.fromEntries(room.files.map((f) => [f.name, f.reasons.map((r) => r.reason).join("; ")]));
  assert.match(why["empty.json"], /empty/);
  assert.match(why["notes.txt"], /not a JSON file/);
  assert.match(why["cut.json"], /damaged/);
  assert.match(why["foreign.json"], /not a file from this playbook/);
  assert.match(why["newer.json"], /newer version/);
  assert.match(why["newer-export.json"], /newer version/);
  assert.match(why["range.json"], /rating 9 is not a whole number from 1 to 5/);
  assert.match(why["tool.json"], /is not a tool id/);
  assert.match(why["unknown.json"], /no self-assessment with this id/);
  assert.equal(room.files.find((f) => f.name === "tool.json").reasons[0].tool, "<img src=x onerror=alert(1)>");
  assert.match(why["item.json"], /question “zz” is not in this site's version/);
  assert.match(why["no-ratings.json"], /no self-assessment ratings/);
  assert.equal(why["good.json"], "");
  assert.deepEqual(room.files.filter((f) => f.counted).map((f) => f.name), ["good.json"]);
  assert.equal(R.summary(room, man)[0].n, 1);
});

test("a full export gives ratings only, one per file: the workspace changed last", () => {
  const a = workspace("Older relationship", [1, 1, 1, 1, 1, 1]);
  const b = { ...workspace("Newer relationship", [5, 5, 5, 5, 5, 5]), updated: "2025-12-24T10:00:00.000Z" };
  const r = R.read(full([a, b]), man);
  assert.equal(r.parts.length, 1);
  assert.deepEqual(r.parts[0].values, { a1: 5, a2: 5, c1: 5, c2: 5, t1: 5, t2: 5 });
  assert.equal(r.parts[0].day, "2025-12-24");
  assert.ok(!/relationship|Dana/.test(JSON.stringify(r)), JSON.stringify(r));
});

test("median of an even count is the mean of the middle two; of nothing, null", () => {
  assert.equal(R.median([3, 1, 4, 2]), 2.5);
  assert.equal(R.median([]), null);
});
