/* Every value from storage or a file is hostile (issue 29, failures 8, 9 and 11): objects
   where text belongs, text past its limit, times in the future, look-alike names, files
   in another encoding, and ids long enough to flood a message. */
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { C, FakeStorage, at, MANIFEST } = require("./helpers.js");

const man = C.readManifest(MANIFEST);
const text = (x) => JSON.stringify(x);
const T = "2026-01-01T00:00:00.000Z";
// JSON can make an object that no string conversion survives ("Cannot convert object to primitive value")
const POISON = JSON.parse('{"toString": 1, "valueOf": 1}');

function storeWith(ws) {
  const ls = new FakeStorage();
  ls.setItem("cpp:v3", text({ schema: "cpp-store", version: 3, active: "a", workspaces: [ws] }));
  return { ls, s: C.openStore(C.kv(ls), MANIFEST, null) };
}

test("a skipped reason, a skipped tool or a history component that is an object: every message still reads", () => {
  at("2026-02-01T00:00:00Z");
  const { ls, s } = storeWith({
    id: "a",
    name: "Acme",
    created: T,
    updated: T,
    answers: { "first-meeting": { agenda: { value: true, at: T } } },
    history: [{ component: POISON, day: "2026-01-01", at: T, scores: { access: 4 } }],
    skipped: [{ tool: POISON, item: "x", value: 1, reason: POISON }],
  });
  assert.deepEqual(s.get("first-meeting").items, { agenda: true });
  const said = C.describe(s.notices, man); // threw before: TypeError
  assert.match(said, /had a score history point set aside: an unreadable shape/);
  assert.match(said, /keeps an answer set aside earlier: no reason given/);
  assert.equal(C.unknownIn(s.spaces, man).tools.length, 0);
  // nothing is dropped on the next write
  s.setItem("first-meeting", "owner", true);
  const w = JSON.parse(ls.getItem("cpp:v3")).workspaces[0];
  assert.equal(w.skipped.length, 2);
});

test("an import with such a history point next to good answers: its notices are decided, short, and say what was left out", () => {
  at("2026-02-01T00:00:00Z");
  const file = {
    schema: "cpp-answers",
    version: 3,
    exported: T,
    workspaces: [
      {
        name: "Acme",
        created: T,
        updated: T,
        answers: { "first-meeting": { agenda: { value: true, at: T } } },
        history: [
          { component: POISON, day: "2026-01-01", at: T, scores: {} },
          { component: "x".repeat(1000000), day: "2026-01-01", at: T, scores: {} },
        ],
      },
    ],
  };
  const r = C.parseImport(text(file), man);
  assert.equal(r.workspaces.length, 1);
  const said = C.describe(r.notices, man);
  assert.ok(said.length < 1000, said.length); // was 1,000,162 characters
  assert.match(said, /score history point left out/);
  // a file holding only such points: an error, and nothing to apply
  const bad = { ...file, workspaces: [{ ...file.workspaces[0], answers: {} }] };
  assert.match(C.parseImport(text(bad), man).error, /^Nothing in this file could be imported/);
});

test("ten thousand bad records make a message of bounded length", () => {
  const answers = {};
  for (let i = 0; i < 10000; i++) answers["tool-" + i] = "not a record";
  answers["first-meeting"] = { agenda: { value: true, at: T } };
  const r = C.parseImport(
    text({ schema: "cpp-answers", version: 3, exported: T, workspaces: [{ name: "Acme", answers, history: [] }] }),
    man,
  );
  const said = C.describe(r.notices, man);
  assert.ok(said.length < 5000, said.length);
  assert.match(said, /And 9988 more like these\./);
  assert.ok(C.listOf(Array.from({ length: 500 }, (_, i) => "tool-" + i)).length < 1000);
});

test("a table cell of 3,000,000 characters is left out, like any text past 100,000", () => {
  at("2026-02-01T00:00:00Z");
  const rows = [{ name: "x".repeat(3000000), role: "Sponsor" }];
  const file = {
    schema: "cpp-answers",
    version: 3,
    exported: T,
    workspaces: [
      {
        name: "Acme",
        answers: {
          "stakeholder-map": { people: { value: rows, at: T }, goal: { value: "kept", at: T } },
        },
        history: [],
      },
    ],
  };
  const r = C.parseImport(text(file), man);
  assert.equal(r.workspaces[0].answers["stakeholder-map"].people, undefined);
  assert.equal(r.workspaces[0].answers["stakeholder-map"].goal.value, "kept");
  assert.match(C.describe(r.notices, man), /a table cell longer than 100,000 characters/);
  // a column that is not an id is not a column
  assert.match(
    C.checkValue([{ __proto__x: "a", "no such col!": "b" }], man.tools["stakeholder-map"], "people"),
    /not text/,
  );
});

test("a time in the future is clamped to now, so it cannot win every later merge", () => {
  at("2026-02-01T00:00:00Z");
  const file = {
    schema: "cpp-answers",
    version: 3,
    exported: "9999-12-31T00:00:00.000Z",
    workspaces: [
      {
        name: "Acme",
        created: "9999-12-31T00:00:00.000Z",
        updated: "9999-12-31T00:00:00.000Z",
        answers: { "stakeholder-map": { goal: { value: "from the future", at: "9999-12-31T23:59:59.000Z" } } },
        history: [],
      },
    ],
  };
  const r = C.parseImport(text(file), man);
  const a = r.workspaces[0].answers["stakeholder-map"].goal;
  assert.equal(a.at, "2026-02-01T00:00:00.000Z");
  assert.equal(r.workspaces[0].updated, "2026-02-01T00:00:00.000Z");
  // imported, then typed over a minute later: the typing wins
  const s = C.openStore(C.kv(new FakeStorage()), MANIFEST, null);
  s.change((st) => C.applyImport(st, C.planImport(st, s.workspace, r.workspaces)), { kind: "import" });
  const id = s.named("Acme").id;
  at("2026-02-01T00:01:00Z");
  s.setItem("stakeholder-map", "goal", "typed later", id);
  assert.equal(s.get("stakeholder-map", id).items.goal, "typed later");
});

test("a Cyrillic look-alike of “My answers” is the same name", () => {
  const cyr = "\u041cy \u0430nswers"; // Cyrillic Em and a
  assert.equal(C.nameKey(cyr), C.nameKey("My answers"));
  assert.equal(C.nameKey("\u0391\u0441m\u0435"), C.nameKey("Acme")); // Greek Alpha, Cyrillic es and ie
  assert.notEqual(C.nameKey("Acme"), C.nameKey("Acne"));
  const s = C.openStore(C.kv(new FakeStorage()), MANIFEST, null);
  assert.match(s.create(cyr).error, /already have a workspace called “My answers”/);
  const plan = C.planImport(s.state, s.workspace, [{ name: cyr, answers: {}, history: [] }]);
  assert.equal(plan[0].into, s.workspace); // the empty one of the same name, not a second “My answers”
});

test("a file's encoding: UTF-8 with or without its mark and UTF-16 with one are read; Latin-1 is refused", () => {
  const json = text({
    schema: "cpp-answers",
    version: 3,
    exported: T,
    workspaces: [
      {
        name: "Café",
        answers: {
          "first-meeting": { agenda: { value: true, at: T } },
        },
        history: [],
      },
    ],
  });
  const utf8 = Buffer.from(json, "utf8");
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, "utf16le")]);
  const be = Buffer.from(le.subarray(2)).swap16();
  for (const bytes of [
    utf8,
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]),
    le,
    Buffer.concat([Buffer.from([0xfe, 0xff]), be]),
  ]) {
    const r = C.decodeFile(bytes);
    assert.equal(r.text, json);
    assert.equal(C.parseImport(r.text, man).workspaces[0].name, "Café");
  }
  const latin1 = C.decodeFile(Buffer.from(json, "latin1"));
  assert.equal(latin1.text, undefined);
  assert.match(latin1.error, /not saved as UTF-8 or UTF-16/);
});
