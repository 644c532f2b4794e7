/* Two playbooks on one origin (issue 29 #15): each site keeps its own keys
   (core/store.js C.sitePrefix, C.scopeStorage), and the first run of a site at a path
   copies the origin's unscoped keys, checked, without removing them. */
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { C, FakeStorage, at, MANIFEST } = require("./helpers.js");

const open = (ls, base) => C.openStore(C.kv(C.scopeStorage(ls, base)), MANIFEST, null);
const answersIn = (s) =>
  s.spaces.reduce((n, w) => n + Object.values(w.answers).reduce((m, a) => m + Object.keys(C.values(a)).length, 0), 0);

/* An origin where the builds before this one kept answers under the unscoped key. */
function origin(quota) {
  at("2026-01-05T09:00:00Z");
  const ls = new FakeStorage(quota);
  const s = C.openStore(C.kv(ls), MANIFEST, null);
  s.create("Acme");
  for (let i = 0; i < 40; i++) s.setItem("stakeholder-map", "goal", "goal " + i);
  ["a1", "a2", "c1", "c2", "t1", "t2"].forEach((k, i) => {
    s.setItem("act-assessment", k, 1 + (i % 5));
  });
  s.setItem("act-assessment", "a1", 5, s.spaces[0].id);
  return { ls, before: ls.getItem("cpp:v3"), answers: answersIn(C.openStore(C.kv(ls), MANIFEST, null)) };
}

test("the key of each site: one place, by the site's path", () => {
  assert.equal(C.sitePrefix("/"), "cpp:");
  assert.equal(C.sitePrefix(""), "cpp:"); // file:// and unknown: as always
  assert.equal(C.sitePrefix("/a/"), "cpp@/a/:");
  assert.equal(C.sitePrefix("/team/playbook/"), "cpp@/team/playbook/:");
  assert.equal(C.sitePrefix("/a"), "cpp:"); // not a folder path: never guessed
  const ls = new FakeStorage();
  assert.equal(C.scopeStorage(ls, "/"), ls); // a site at the root keeps the unscoped keys
});

test("issue 29 #15: two playbooks on one origin keep their answers apart, and each keeps every answer it had", () => {
  const { ls, before, answers } = origin();
  assert.equal(answers, 7); // a goal and six ratings
  const a = open(ls, "/a/"),
    b = open(ls, "/b/");
  assert.equal(answersIn(a), answers); // both migrated with every answer
  assert.equal(answersIn(b), answers);
  assert.equal(ls.getItem("cpp@/a/:v3"), before); // a byte-for-byte copy
  assert.equal(ls.getItem("cpp:v3"), before); // the original stays
  // A's answers are A's: B never sees them, and A never lists B's keys
  a.setItem("stakeholder-map", "met", "only in A", a.spaces[1].id);
  assert.equal(open(ls, "/b/").get("stakeholder-map", b.spaces[1].id), null);
  assert.equal(open(ls, "/a/").get("stakeholder-map", a.spaces[1].id).items.met, "only in A");
  assert.deepEqual(
    C.kv(C.scopeStorage(ls, "/a/"))
      .keys()
      .filter((k) => k.startsWith("cpp"))
      .sort(),
    ["cpp:scope-copy", "cpp:v3"],
  ); // A's own, under their usual names
  // "forget" in A wipes A only
  a.forget();
  assert.equal(answersIn(open(ls, "/a/")), 0);
  assert.equal(answersIn(open(ls, "/b/")), answers);
  assert.equal(ls.getItem("cpp:v3"), before);
  // a second visit copies nothing again: A stays forgotten
  assert.equal(answersIn(open(ls, "/a/")), 0);
});

test("issue 29 #15: a copy that does not fit changes nothing; the site keeps using the answers where they are", () => {
  const { ls, before, answers } = origin(Infinity);
  ls.quota = [...ls.map].reduce((n, [k, v]) => n + k.length + v.length, 0) + 100; // room for no copy
  const a = open(ls, "/a/");
  assert.equal(answersIn(a), answers);
  assert.equal(ls.getItem("cpp@/a/:v3"), null); // no half copy left behind
  assert.equal(ls.getItem("cpp:v3"), before);
  // room again: the next visit copies
  ls.quota = Infinity;
  assert.equal(answersIn(open(ls, "/a/")), answers);
  assert.equal(ls.getItem("cpp@/a/:v3"), before);
});

test("issue 29 #15: older formats' keys come along too, and migrate inside the site", () => {
  at("2026-01-05T09:00:00Z");
  const ls = new FakeStorage();
  ls.setItem(
    "cpp:v1:default:stakeholder-map",
    JSON.stringify({ v: 1, items: { goal: "from v1" }, updated: "2025-01-01T00:00:00Z" }),
  );
  const a = open(ls, "/a/");
  assert.equal(a.get("stakeholder-map").items.goal, "from v1");
  assert.ok(ls.getItem("cpp:v1:default:stakeholder-map")); // the original stays for the other site
  assert.equal(open(ls, "/b/").get("stakeholder-map").items.goal, "from v1");
  assert.deepEqual([...ls.map.keys()].filter((k) => k.startsWith("cpp@")).sort(), ["cpp@/a/:v3", "cpp@/b/:v3"]);
});

test("issue 29 #15: a tab left open across the deploy keeps saving under the old key; the site takes in what it saved", () => {
  const { ls, answers } = origin();
  at("2026-01-06T09:00:00Z");
  const oldTab = C.openStore(C.kv(ls), MANIFEST, null); // the older script, still open
  const a = open(ls, "/a/"); // the new build, in another tab: copies
  const gone = a.create("Deleted here").id;
  a.drop(gone);
  at("2026-01-06T09:05:00Z");
  oldTab.setItem("stakeholder-map", "met", "typed in the old tab");
  oldTab.snap("act-assessment", { access: 6 });
  const again = open(ls, "/a/");
  assert.equal(again.get("stakeholder-map").items.met, "typed in the old tab");
  assert.equal(again.get("stakeholder-map").items.goal, "goal 39");
  assert.equal(again.history().length, 1);
  assert.equal(answersIn(again), answers + 1);
  assert.equal(again.find(gone), null); // nothing the old tab did not touch comes back
  assert.equal(open(ls, "/a/").history().length, 1); // taken in once
  // a store in the old key that is not fully understood is never merged
  ls.setItem("cpp:v3", JSON.stringify({ schema: "cpp-store", version: 3, workspaces: "broken" }));
  const before = ls.getItem("cpp@/a/:v3");
  open(ls, "/a/");
  assert.equal(ls.getItem("cpp@/a/:v3"), before);
  // after "forget", nothing from the old key comes back
  again.forget();
  oldTab.load();
  at("2026-01-06T10:00:00Z");
  oldTab.setItem("stakeholder-map", "met", "later still");
  assert.equal(answersIn(open(ls, "/a/")), 0);
});
