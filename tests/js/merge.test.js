/* Merging answers, question by question: the newer answer wins, and the counts say
   what happened. Includes the randomized check that no newest answer is ever lost. */
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { C, FakeStorage, at, prng, MANIFEST } = require("./helpers.js");

const man = C.readManifest(MANIFEST);
function ws(name, answers, history = []) {
  const w = C.newWorkspace(name, "2025-09-01T00:00:00.000Z");
  for (const [tool, items] of Object.entries(answers)) {
    w.answers[tool] = C.dict();
    for (const [k, a] of Object.entries(items)) w.answers[tool][k] = a;
  }
  w.history = history;
  return w;
}

test("the issue's case: the other device's Nov 10 answer beats this browser's Oct 1 one; Nov 20 stays", () => {
  const mine = ws("Acme", { "stakeholder-map": { goal: { value: "Oct 1 text", at: "2025-10-01T09:00:00Z" }, met: { value: "yes", at: "2025-11-20T09:00:00Z" } } });
  const theirs = ws("Acme", { "stakeholder-map": { goal: { value: "Nov 10 text", at: "2025-11-10T09:00:00Z" }, met: { value: "no", at: "2025-10-01T09:00:00Z" } } });
  const n = C.mergeWorkspace(mine, theirs);
  assert.equal(mine.answers["stakeholder-map"].goal.value, "Nov 10 text");
  assert.equal(mine.answers["stakeholder-map"].met.value, "yes");
  assert.equal(n.replaced, 1);
  assert.equal(n.kept, 1); // "kept 1 answer that was newer in this browser" is now true
  assert.equal(n.added, 0);
});

test("a newer clearing wins over an older answer, and is counted as cleared", () => {
  const mine = ws("A", { "first-meeting": { agenda: { value: true, at: "2025-10-01T09:00:00Z" } } });
  const theirs = ws("A", { "first-meeting": { agenda: { value: null, at: "2025-10-02T09:00:00Z" }, owner: { value: true, at: "2025-10-02T09:00:00Z" } } });
  const n = C.mergeWorkspace(mine, theirs);
  assert.equal(mine.answers["first-meeting"].agenda.value, null);
  assert.deepEqual([n.cleared, n.added], [1, 1]);
});

test("history points: one per tool and day, the later one wins", () => {
  const p = (day, at, access) => ({ component: "act-assessment", day, at, scores: { access } });
  const mine = ws("A", {}, [p("2025-10-01", "2025-10-01T09:00:00Z", 4), p("2025-11-01", "2025-11-01T20:00:00Z", 8)]);
  const theirs = ws("A", {}, [p("2025-10-01", "2025-10-01T18:00:00Z", 6), p("2025-11-01", "2025-11-01T08:00:00Z", 2), p("2025-12-01", "2025-12-01T08:00:00Z", 10)]);
  const n = C.mergeWorkspace(mine, theirs);
  assert.deepEqual(mine.history.map((h) => [h.day, h.scores.access]), [["2025-10-01", 6], ["2025-11-01", 8], ["2025-12-01", 10]]);
  assert.equal(n.points, 2);
});

test("randomized: two devices' histories merged either way give the same result and lose no newest answer", () => {
  const tools = MANIFEST.tools.filter((t) => t.id !== "new-name");
  for (let seed = 1; seed <= 200; seed++) {
    const rnd = prng(seed), pick = (a) => a[Math.floor(rnd() * a.length)];
    // a shared start, then each device edits on its own clock
    const base = {};
    const device = () => JSON.parse(JSON.stringify(base));
    const start = Date.UTC(2025, 0, 1);
    for (const t of tools) for (const it of t.items) if (rnd() < 0.5) (base[t.id] ||= {})[it.id] = { value: value(t, it), at: new Date(start).toISOString() };
    function value(t, it) {
      if (rnd() < 0.15) return null;
      return t.kind === "assessment" ? 1 + Math.floor(rnd() * 5) : t.kind === "checklist" ? true : it.type === "table" ? [{ name: "n" + Math.floor(rnd() * 9) }] : "t" + Math.floor(rnd() * 9);
    }
    const a = device(), b = device();
    for (const d of [a, b]) {
      for (let i = 0, n = Math.floor(rnd() * 15); i < n; i++) {
        const t = pick(tools), it = pick(t.items);
        // coarse times, so that ties happen too
        (d[t.id] ||= {})[it.id] = { value: value(t, it), at: new Date(start + Math.floor(rnd() * 20) * 86400000).toISOString() };
      }
    }
    const A = () => ws("W", JSON.parse(JSON.stringify(a))), B = () => ws("W", JSON.parse(JSON.stringify(b)));
    const ab = A(); C.mergeWorkspace(ab, B());
    const ba = B(); C.mergeWorkspace(ba, A());
    assert.deepEqual(JSON.parse(JSON.stringify(ab.answers)), JSON.parse(JSON.stringify(ba.answers)), `seed ${seed}: symmetric`);
    for (const t of new Set([...Object.keys(a), ...Object.keys(b)])) {
      for (const k of new Set([...Object.keys(a[t] || {}), ...Object.keys(b[t] || {})])) {
        const x = (a[t] || {})[k], y = (b[t] || {})[k];
        const newest = [x, y].filter(Boolean).reduce((m, v) => (v.at > m.at ? v : m)).at;
        const got = ab.answers[t][k];
        assert.equal(got.at, newest, `seed ${seed}: ${t}/${k} keeps the newest time`);
        assert.ok([x, y].some((v) => v && v.at === got.at && JSON.stringify(v.value) === JSON.stringify(got.value)), `seed ${seed}: ${t}/${k} is one of the inputs`);
      }
    }
    // merging the result again changes nothing
    const again = JSON.parse(JSON.stringify(ab.answers));
    C.mergeWorkspace(ab, B());
    assert.deepEqual(JSON.parse(JSON.stringify(ab.answers)), again, `seed ${seed}: idempotent`);
  }
});

test("a full round trip through the store: export, wipe, restore, merge a copy from another device", () => {
  const ls = new FakeStorage();
  at("2025-09-01T09:00:00Z");
  let s = C.openStore(C.kv(ls), MANIFEST, null);
  s.setItem("first-meeting", "agenda", true);
  at("2025-10-01T09:00:00Z");
  s.setItem("stakeholder-map", "goal", "Oct 1");
  const file = JSON.stringify(C.exportData(s.state));
  // the other device imports the file and edits one answer later
  const other = C.openStore(C.kv(new FakeStorage()), MANIFEST, null);
  other.change((st) => C.applyImport(st, C.planImport(st, other.workspace, C.parseImport(file, other.man).workspaces)));
  at("2025-11-10T09:00:00Z");
  other.setItem("stakeholder-map", "goal", "Nov 10", other.workspace);
  const otherFile = JSON.stringify(C.exportData(other.state));
  // here: a later answer, then wipe and restore from the first file
  at("2025-11-20T09:00:00Z");
  s.setItem("stakeholder-map", "met", "yes");
  const backup = JSON.stringify(C.exportData(s.state));
  s.forget();
  assert.equal(s.get("stakeholder-map"), null);
  s.change((st) => C.applyImport(st, C.planImport(st, s.workspace, C.parseImport(backup, s.man).workspaces)));
  assert.deepEqual(s.get("stakeholder-map").items, { goal: "Oct 1", met: "yes" });
  // the other device's copy: same name, not empty here, so the reader would choose merge
  const plan = C.planImport(s.state, s.workspace, C.parseImport(otherFile, s.man).workspaces);
  assert.equal(plan[0].ask.name, "My answers");
  plan[0].into = plan[0].ask.id;
  const sum = s.change((st) => C.applyImport(st, plan));
  assert.deepEqual(s.get("stakeholder-map").items, { goal: "Nov 10", met: "yes" });
  assert.deepEqual(s.get("first-meeting").items, { agenda: true });
  assert.deepEqual([sum.replaced, sum.kept, sum.added], [1, 0, 0]);
  assert.equal(s.spaces.length, 1);
});
