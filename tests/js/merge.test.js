/* Merging answers, question by question: the newer answer wins, and the counts say
   what happened. Includes the randomized check that no newest answer is ever lost. */
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { C, FakeStorage, at, prng, MANIFEST } = require("./helpers.js");

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
  const mine = ws("Acme", {
    "stakeholder-map": {
      goal: { value: "Oct 1 text", at: "2025-10-01T09:00:00Z" },
      met: { value: "yes", at: "2025-11-20T09:00:00Z" },
    },
  });
  const theirs = ws("Acme", {
    "stakeholder-map": {
      goal: { value: "Nov 10 text", at: "2025-11-10T09:00:00Z" },
      met: { value: "no", at: "2025-10-01T09:00:00Z" },
    },
  });
  const n = C.mergeWorkspace(mine, theirs);
  assert.equal(mine.answers["stakeholder-map"].goal.value, "Nov 10 text");
  assert.equal(mine.answers["stakeholder-map"].met.value, "yes");
  assert.equal(n.replaced, 1);
  assert.equal(n.kept, 1); // "kept 1 answer that was newer in this browser" is now true
  assert.equal(n.added, 0);
});

test("a newer clearing wins over an older answer, and is counted as cleared", () => {
  const mine = ws("A", { "first-meeting": { agenda: { value: true, at: "2025-10-01T09:00:00Z" } } });
  const theirs = ws("A", {
    "first-meeting": {
      agenda: { value: null, at: "2025-10-02T09:00:00Z" },
      owner: { value: true, at: "2025-10-02T09:00:00Z" },
    },
  });
  const n = C.mergeWorkspace(mine, theirs);
  assert.equal(mine.answers["first-meeting"].agenda.value, null);
  assert.deepEqual([n.cleared, n.added], [1, 1]);
});

test("history points: one per tool and day, the later one wins", () => {
  const p = (day, at, access) => ({ component: "act-assessment", day, at, scores: { access } });
  const mine = ws("A", {}, [p("2025-10-01", "2025-10-01T09:00:00Z", 4), p("2025-11-01", "2025-11-01T20:00:00Z", 8)]);
  const theirs = ws("A", {}, [
    p("2025-10-01", "2025-10-01T18:00:00Z", 6),
    p("2025-11-01", "2025-11-01T08:00:00Z", 2),
    p("2025-12-01", "2025-12-01T08:00:00Z", 10),
  ]);
  const n = C.mergeWorkspace(mine, theirs);
  assert.deepEqual(
    mine.history.map((h) => [h.day, h.scores.access]),
    [
      ["2025-10-01", 6],
      ["2025-11-01", 8],
      ["2025-12-01", 10],
    ],
  );
  assert.equal(n.points, 2);
});

test("randomized: two devices' histories merged either way give the same result and lose no newest answer", () => {
  const tools = MANIFEST.tools.filter((t) => t.id !== "new-name");
  for (let seed = 1; seed <= 200; seed++) {
    const rnd = prng(seed),
      pick = (a) => a[Math.floor(rnd() * a.length)];
    // a shared start, then each device edits on its own clock
    const base = {};
    const device = () => JSON.parse(JSON.stringify(base));
    const start = Date.UTC(2025, 0, 1);
    for (const t of tools) {
      for (const it of t.items) {
        if (rnd() < 0.5) {
          base[t.id] ||= {};
          base[t.id][it.id] = { value: value(t, it), at: new Date(start).toISOString() };
        }
      }
    }
    function value(t, it) {
      if (rnd() < 0.15) return null;
      return t.kind === "assessment"
        ? 1 + Math.floor(rnd() * 5)
        : t.kind === "checklist"
          ? true
          : it.type === "table"
            ? [{ name: "n" + Math.floor(rnd() * 9) }]
            : "t" + Math.floor(rnd() * 9);
    }
    const a = device(),
      b = device();
    for (const d of [a, b]) {
      for (let i = 0, n = Math.floor(rnd() * 15); i < n; i++) {
        const t = pick(tools),
          it = pick(t.items);
        // coarse times, so that ties happen too
        d[t.id] ||= {};
        d[t.id][it.id] = { value: value(t, it), at: new Date(start + Math.floor(rnd() * 20) * 86400000).toISOString() };
      }
    }
    const A = () => ws("W", JSON.parse(JSON.stringify(a))),
      B = () => ws("W", JSON.parse(JSON.stringify(b)));
    const ab = A();
    C.mergeWorkspace(ab, B());
    const ba = B();
    C.mergeWorkspace(ba, A());
    assert.deepEqual(
      JSON.parse(JSON.stringify(ab.answers)),
      JSON.parse(JSON.stringify(ba.answers)),
      `seed ${seed}: symmetric`,
    );
    for (const t of new Set([...Object.keys(a), ...Object.keys(b)])) {
      for (const k of new Set([...Object.keys(a[t] || {}), ...Object.keys(b[t] || {})])) {
        const x = (a[t] || {})[k],
          y = (b[t] || {})[k];
        const newest = [x, y].filter(Boolean).reduce((m, v) => (v.at > m.at ? v : m)).at;
        const got = ab.answers[t][k];
        assert.equal(got.at, newest, `seed ${seed}: ${t}/${k} keeps the newest time`);
        assert.ok(
          [x, y].some((v) => v && v.at === got.at && JSON.stringify(v.value) === JSON.stringify(got.value)),
          `seed ${seed}: ${t}/${k} is one of the inputs`,
        );
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
  const s = C.openStore(C.kv(ls), MANIFEST, null);
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

test("a workspace with no answers yet survives a backup and its import, and a merge never asks about it", () => {
  at("2026-02-01T09:00:00Z");
  const s = C.openStore(C.kv(new FakeStorage()), MANIFEST, null);
  s.setItem("first-meeting", "agenda", true);
  for (const name of ["Acme", "Bank", "Not begun"]) s.create(name);
  s.setItem("first-meeting", "agenda", true, s.named("Acme").id);
  s.setItem("first-meeting", "agenda", true, s.named("Bank").id);
  const file = JSON.stringify(C.exportData(s.state));
  assert.equal(JSON.parse(file).workspaces.length, 4);
  // a fresh browser: all four come back, the empty one included
  const fresh = C.openStore(C.kv(new FakeStorage()), MANIFEST, null);
  const parsed = C.parseImport(file, fresh.man);
  assert.deepEqual(
    parsed.workspaces.map((w) => w.name),
    ["My answers", "Acme", "Bank", "Not begun"],
  );
  fresh.change((st) => C.applyImport(st, C.planImport(st, fresh.workspace, parsed.workspaces)));
  assert.deepEqual(
    fresh.spaces.map((w) => w.name),
    ["My answers", "Acme", "Bank", "Not begun"],
  );
  // merged into a browser that has "Not begun" with answers: no question, nothing lost, no copy
  const other = C.openStore(C.kv(new FakeStorage()), MANIFEST, null);
  other.create("Not begun");
  other.setItem("first-meeting", "owner", true, other.named("Not begun").id);
  const plan = C.planImport(other.state, other.workspace, C.parseImport(file, other.man).workspaces);
  const step = plan.find((p) => p.w.name === "Not begun");
  assert.equal(step.ask, undefined);
  assert.equal(step.into, other.named("Not begun").id);
  other.change((st) =>
    C.applyImport(
      st,
      plan.filter((p) => !p.ask),
    ),
  );
  assert.equal(other.spaces.filter((w) => w.name === "Not begun").length, 1);
  assert.deepEqual(other.get("first-meeting", other.named("Not begun").id).items, { owner: true });
  // a workspace whose every answer is invalid still creates nothing
  const bad = {
    schema: "cpp-answers",
    version: 3,
    workspaces: [{ name: "Evil", answers: { "no-such-tool!": { a: { value: 1, at: "2026-01-01T00:00:00Z" } } } }],
  };
  assert.ok(C.parseImport(JSON.stringify(bad), other.man).error);
});

test("backup file names differ by device and time; one workspace's export keeps its name and day", () => {
  at("2026-03-05T12:34:00Z");
  const s = C.openStore(C.kv(new FakeStorage()), MANIFEST, null);
  const data = C.exportData(s.state);
  const local = C.stamp(new Date("2026-03-05T12:34:00Z"));
  assert.match(local, /^2026-03-0[456]-\d{4}$/);
  assert.equal(C.exportName(data, false, "k3f9"), `playbook-answers-${local}-k3f9.json`);
  assert.notEqual(C.exportName(data, false, "k3f9"), C.exportName(data, false, "ab2c"));
  assert.equal(C.exportName(data, false, "<x>"), `playbook-answers-${local}.json`);
  assert.equal(C.exportName(data, true, "k3f9"), "playbook-answers-my-answers-2026-03-05.json");
  // the tag: made once per browser, kept outside the answers, a hostile value replaced
  const ls = new FakeStorage(),
    kv = C.kv(ls);
  const tag = C.deviceTag(kv);
  assert.match(tag, /^[a-z0-9]{4}$/);
  assert.equal(C.deviceTag(kv), tag);
  ls.setItem("cpp-device", '"><img>');
  assert.match(C.deviceTag(kv), /^[a-z0-9]{4}$/);
  const store = C.openStore(kv, MANIFEST, null);
  store.forget();
  assert.notEqual(ls.getItem("cpp-device"), null);
});
