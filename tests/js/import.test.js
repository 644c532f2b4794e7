/* Reading an import file: the right message for each kind of bad file, and nothing
   created from a file that holds nothing valid. */
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { C, FakeStorage, at, MANIFEST } = require("./helpers.js");

const man = C.readManifest(MANIFEST);
const good = {
  schema: "cpp-answers",
  version: 3,
  exported: "2025-12-01T00:00:00.000Z",
  workspaces: [
    {
      name: "Acme",
      created: "2025-10-01T00:00:00.000Z",
      updated: "2025-11-01T00:00:00.000Z",
      answers: { "first-meeting": { agenda: { value: true, at: "2025-10-01T00:00:00.000Z" } } },
      history: [],
    },
  ],
};
const text = (x) => JSON.stringify(x, null, 2);

test("a file cut short is damaged; a different file is not an export", () => {
  const full = text(good);
  assert.match(C.parseImport(full.slice(0, full.length / 2), man).error, /damaged/);
  assert.match(C.parseImport("hello", man).error, /not an export/);
  assert.match(C.parseImport(text({ schema: "other" }), man).error, /not an export/);
  assert.match(C.parseImport(text({ ...good, workspaces: "x" }), man).error, /damaged/);
});

test('"version": "2" as text is read as version 2, not as a newer version; 9 is newer', () => {
  const v2 = {
    schema: "cpp-answers",
    version: "2",
    exported: "2025-12-01T00:00:00Z",
    workspaces: [
      {
        name: "Beta",
        components: { "first-meeting": { items: { owner: true }, updated: "2025-11-05T00:00:00Z" } },
        history: [],
      },
    ],
  };
  const r = C.parseImport(text(v2), man);
  assert.equal(r.error, undefined);
  assert.deepEqual(r.workspaces[0].answers["first-meeting"].owner, { value: true, at: "2025-11-05T00:00:00Z" });
  assert.match(C.parseImport(text({ ...good, version: 9 }), man).error, /newer version/);
  assert.match(C.parseImport(text({ ...good, version: "two" }), man).error, /damaged/);
});

test("a version 1 file goes into the active workspace", () => {
  const v1 = {
    schema: "cpp-answers",
    version: 1,
    exported: "2025-01-01T00:00:00Z",
    components: { "first-meeting": { items: { next: true } } },
  };
  const r = C.parseImport(text(v1), man);
  assert.equal(r.workspaces[0].name, null);
  assert.equal(r.workspaces[0].answers["first-meeting"].next.at, "2025-01-01T00:00:00Z");
  const ls = new FakeStorage();
  const s = C.openStore(C.kv(ls), MANIFEST, null);
  assert.deepEqual(
    C.planImport(s.state, s.workspace, r.workspaces).map((p) => p.into),
    [s.workspace],
  );
});

test("tool ids __proto__ and constructor import nothing and create no workspace", () => {
  const bad =
    '{"schema":"cpp-answers","version":3,"workspaces":[{"name":"Evil","answers":{"__proto__":{"x":{"value":"1","at":"2025-01-01T00:00:00Z"}},' +
    '"constructor":{"y":{"value":"2","at":"2025-01-01T00:00:00Z"}}}}]}';
  const r = C.parseImport(bad, man);
  assert.match(
    r.error,
    /Nothing in this file could be imported: In “Evil”, the tool “__proto__” had answers left out: “__proto__” is not a tool id\./,
  );
  assert.equal({}.x, undefined);
  const v2 =
    '{"schema":"cpp-answers","version":2,"workspaces":[{"name":"Evil","components":{"__proto__":{"items":{"a":"1"}},"constructor":{"items":{"a":"1"}}}}]}';
  assert.ok(C.parseImport(v2, man).error);
});

test("bad answers are left out with a notice naming workspace and tool; the rest imports", () => {
  const f = JSON.parse(text(good));
  f.workspaces[0].answers["act-assessment"] = {
    a1: { value: 999, at: "2025-10-01T00:00:00Z" },
    a2: { value: 3, at: "2025-10-01T00:00:00Z" },
  };
  f.workspaces[0].created = 5;
  f.workspaces[0].history = [
    { component: "act-assessment", day: "2025-10-01", at: "2025-10-01T00:00:00Z", scores: { access: 999 } },
  ];
  const r = C.parseImport(text(f), man);
  assert.deepEqual(C.values(r.workspaces[0].answers["act-assessment"]), { a2: 3 });
  assert.deepEqual(C.values(r.workspaces[0].answers["first-meeting"]), { agenda: true });
  assert.equal(r.workspaces[0].history.length, 0);
  const said = C.describe(r.notices, man);
  assert.match(said, /In “Acme”, “ACT self-assessment” had an answer left out: the rating 999/);
  assert.match(said, /score history point left out: the score 999 outside 2–10/);
});

test("names, ids and answers carrying HTML stay plain data", () => {
  const f = JSON.parse(text(good));
  f.workspaces[0].name = '<img src=x onerror="window.pwned=1">';
  f.workspaces[0].answers["stakeholder-map"] = {
    goal: { value: "<script>window.pwned=1</script>", at: "2025-10-01T00:00:00Z" },
  };
  f.workspaces[0].answers['<b onmouseover="x">'] = { a: { value: "1", at: "2025-10-01T00:00:00Z" } };
  const r = C.parseImport(text(f), man);
  assert.equal(r.workspaces[0].name, '<img src=x onerror="window.pwned=1">');
  assert.equal(r.workspaces[0].answers["stakeholder-map"].goal.value, "<script>window.pwned=1</script>");
  assert.equal(r.workspaces[0].answers['<b onmouseover="x">'], undefined); // not an id: left out, with a notice
  assert.equal(r.notices.length, 1);
});

test("workspace names: trimmed, blank refused, look-alikes are the same name", () => {
  at("2026-01-01T00:00:00Z");
  const s = C.openStore(C.kv(new FakeStorage()), MANIFEST, null);
  assert.match(s.create("   ").error, /needs a name/);
  assert.match(s.create("\u00a0\u2003").error, /needs a name/);
  assert.equal(s.create("  Acme  Corp ").name, "Acme Corp");
  assert.match(s.create("acme\u00a0corp").error, /already have a workspace called “Acme Corp”/);
  assert.match(s.create("ＡＣＭＥ Corp").error, /already have/); // full-width letters (NFKC)
  assert.match(s.create("My\u00a0Answers").error, /already have a workspace called “My answers”/);
  const id = s.named("Acme Corp").id;
  assert.equal(s.rename(id, " acme corp ").name, "acme corp"); // its own name, new case: fine
  // an import named like an existing empty workspace goes into it, not a look-alike copy
  const plan = C.planImport(s.state, s.workspace, [
    Object.assign(C.newWorkspace("ACME\u00a0CORP", "2025-01-01T00:00:00Z"), {}),
  ]);
  assert.equal(plan[0].into, id);
});
