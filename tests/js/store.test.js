/* The store: per-answer times, undo of Clear and Delete, history points, change events,
   and a browser that refuses storage. */
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { C, FakeStorage, at, later, MANIFEST } = require("./helpers.js");

function fresh(ls = new FakeStorage()) {
  return C.openStore(C.kv(ls), MANIFEST, null);
}

test("every answer keeps its own time", () => {
  at("2026-01-01T09:00:00Z");
  const s = fresh();
  s.setItem("stakeholder-map", "goal", "one");
  later(60);
  s.setItem("stakeholder-map", "met", "yes");
  assert.equal(s.raw("stakeholder-map").goal.at, "2026-01-01T09:00:00.000Z");
  assert.equal(s.raw("stakeholder-map").met.at, "2026-01-01T10:00:00.000Z");
  assert.equal(s.get("stakeholder-map").updated, "2026-01-01T10:00:00.000Z");
  s.setItem("stakeholder-map", "met", undefined);
  assert.deepEqual(s.get("stakeholder-map").items, { goal: "one" });
  assert.equal(s.raw("stakeholder-map").met.value, null); // the clearing is remembered, for merges
});

test("Clear, with today's history point, and undo brings both back", () => {
  at("2026-02-01T09:00:00Z");
  const s = fresh();
  for (const [k, v] of Object.entries({ a1: 4, a2: 5 })) s.setItem("act-assessment", k, v);
  s.snap("act-assessment", C.sums(s.man.tools["act-assessment"], s.get("act-assessment").items));
  assert.deepEqual(s.history()[0].scores, { access: 9 });
  const undo = s.clear("act-assessment", null, true);
  assert.equal(s.get("act-assessment"), null);
  assert.equal(s.history().length, 0);
  later(1);
  s.unclear(undo);
  assert.deepEqual(s.get("act-assessment").items, { a1: 4, a2: 5 });
  assert.equal(s.history().length, 1);
  // without the history point
  s.clear("act-assessment", null, false);
  assert.equal(s.history().length, 1);
});

test("delete a workspace, then undo; delete one history point", () => {
  at("2026-02-01T09:00:00Z");
  const s = fresh();
  const acme = s.create("Acme").id;
  s.setItem("first-meeting", "agenda", true, acme);
  s.use(acme);
  const undo = s.drop(acme);
  assert.deepEqual(
    s.spaces.map((w) => w.name),
    ["My answers"],
  );
  assert.notEqual(s.workspace, acme);
  s.restore(undo);
  assert.deepEqual(
    s.spaces.map((w) => w.name),
    ["My answers", "Acme"],
  );
  assert.deepEqual(s.get("first-meeting", acme).items, { agenda: true });
  // the last workspace: an empty one takes its place, and undo puts it back alone
  const only = fresh();
  const first = only.spaces[0];
  only.setItem("first-meeting", "owner", true);
  const u2 = only.drop(first.id);
  assert.equal(only.spaces.length, 1);
  only.restore(u2);
  assert.deepEqual(
    only.spaces.map((w) => w.id),
    [first.id],
  );
  // history points
  s.snap("act-assessment", { access: 6 }, acme);
  at("2026-03-01T09:00:00Z");
  s.snap("act-assessment", { access: 8 }, acme);
  const gone = s.unsnap("act-assessment", "2026-02-01", acme);
  assert.equal(gone.scores.access, 6);
  assert.deepEqual(
    s.history(acme).map((h) => h.day),
    ["2026-03-01"],
  );
  s.putSnap(gone, acme);
  assert.deepEqual(
    s.history(acme).map((h) => h.day),
    ["2026-02-01", "2026-03-01"],
  );
});

test("every saved change fires the change listeners, with the time; lastChange follows", () => {
  at("2026-04-01T09:00:00Z");
  const s = fresh(),
    seen = [];
  s.onChange((e) => seen.push([e.kind, e.tool || "", e.at]));
  s.setItem("first-meeting", "agenda", true);
  s.create("Beta");
  assert.deepEqual(
    seen.map((x) => x[0]),
    ["answer", "create"],
  );
  assert.equal(seen[0][2], "2026-04-01T09:00:00.000Z");
  assert.equal(s.lastChange(), "2026-04-01T09:00:00.000Z");
  later(5);
  s.use(s.named("Beta").id); // not a change to the data
  assert.equal(s.lastChange(), "2026-04-01T09:00:00.000Z");
  s.drop(s.named("Beta").id); // a deletion is
  assert.equal(s.lastChange(), "2026-04-01T09:05:00.000Z");
  assert.equal(seen.at(-1)[0], "drop");
});

test("two tabs: a change re-reads the store first, so neither overwrites the other", () => {
  at("2026-04-01T09:00:00Z");
  const ls = new FakeStorage();
  const one = fresh(ls),
    two = fresh(ls);
  one.setItem("stakeholder-map", "goal", "from one");
  two.setItem("stakeholder-map", "met", "yes");
  assert.deepEqual(fresh(ls).get("stakeholder-map").items, { goal: "from one", met: "yes" });
});

test("storage refused: everything works in memory for the page view, and says so", () => {
  const ls = new FakeStorage();
  ls.blocked = true;
  const s = fresh(ls);
  s.setItem("first-meeting", "agenda", true);
  assert.equal(s.broken, true);
  assert.deepEqual(s.get("first-meeting").items, { agenda: true });
});

test("scoring: the sum per dimension, then the band that holds it", () => {
  const act = C.readManifest(MANIFEST).tools["act-assessment"];
  const r = C.score(act, { a1: 1, a2: 2, c1: 5, c2: 5, t1: 3 });
  assert.deepEqual(
    r.map((x) => [x.dim.id, x.sum, x.band && x.band.label, x.rated]),
    [
      ["access", 3, "Weak", 2],
      ["credibility", 10, "Strong", 2],
      ["trust", null, null, 1],
    ],
  );
  assert.deepEqual(C.sums(act, { a1: 1, a2: 2 }), { access: 3 });
});

test("a store written by a newer script is read, never overwritten, and says so", () => {
  const ls = new FakeStorage();
  ls.setItem(
    "cpp:v3",
    JSON.stringify({
      schema: "cpp-store",
      version: 4,
      active: "a",
      workspaces: [
        {
          id: "a",
          name: "Acme",
          created: "2026-01-01T00:00:00Z",
          updated: "2026-01-01T00:00:00Z",
          answers: {},
          history: [],
        },
      ],
      future: true,
    }),
  );
  const before = ls.getItem("cpp:v3");
  const s = fresh(ls);
  s.setItem("first-meeting", "agenda", true);
  assert.equal(ls.getItem("cpp:v3"), before);
  assert.match(C.describe(s.notices), /saved by a newer version of the playbook/);
});
