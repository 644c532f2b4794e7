/* Stored answers under every fault (issue 29, failures 1-7): stores of the wrong shape,
   copies set aside once, no room to set aside, a store from a newer version, two tabs
   writing at once, a workspace deleted in another tab, and large stores written later. */
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { C, FakeStorage, at, later, prng, MANIFEST } = require("./helpers.js");

const T = "2026-01-01T00:00:00.000Z";
const open = (ls) => C.openStore(C.kv(ls), MANIFEST, null);
const ws = (over = {}) => ({
  id: "acme",
  name: "Acme",
  created: T,
  updated: T,
  answers: { "stakeholder-map": { goal: { value: "Grow the account", at: T } } },
  history: [],
  skipped: [],
  ...over,
});
const storeText = (over = {}) =>
  JSON.stringify({ schema: "cpp-store", version: 3, active: "acme", workspaces: [ws()], ...over });

/* A tab's view of localStorage as Chromium keeps it: its own copy, which learns of the
   other tabs' writes only when their storage events are delivered. */
class Shared {
  constructor() {
    this.map = new Map();
    this.tabs = [];
  }
}
class TabStorage {
  constructor(shared) {
    this.shared = shared;
    this.cache = new Map(shared.map);
    this.inbox = [];
    shared.tabs.push(this);
  }
  get length() {
    return this.cache.size;
  }
  key(i) {
    return [...this.cache.keys()][i] ?? null;
  }
  getItem(k) {
    return this.cache.has(k) ? this.cache.get(k) : null;
  }
  setItem(k, v) {
    this.put(k, String(v));
  }
  removeItem(k) {
    this.put(k, null);
  }
  put(k, v) {
    if (v === null) {
      this.cache.delete(k);
      this.shared.map.delete(k);
    } else {
      this.cache.set(k, v);
      this.shared.map.set(k, v);
    }
    for (const t of this.shared.tabs) if (t !== this) t.inbox.push([k, v]);
  }
  deliver() {
    // true when there was news: the page then handles the storage event
    const news = this.inbox.length > 0;
    for (const [k, v] of this.inbox)
      if (v === null) this.cache.delete(k);
      else this.cache.set(k, v);
    this.inbox = [];
    return news;
  }
}
const heard = (s) => (s.refresh ? s.refresh() : s.load()); // what playbook.js does on a storage event
function settle(tabs) {
  for (let round = 0, news = true; news && round < 20; round++) {
    news = false;
    tabs.forEach(([ls, s]) => {
      if (ls.deliver()) {
        news = true;
        heard(s);
      }
    });
  }
}
const stored = (map) => JSON.parse(map.get("cpp:v3"));

test("a store of the right version but the wrong shape is set aside before anything is written, and what can be read is shown", () => {
  at("2026-02-01T00:00:00Z");
  const shapes = {
    "workspaces as an object": storeText({ workspaces: { acme: ws() } }),
    "answers as an array": storeText({
      workspaces: [ws({ answers: [["stakeholder-map", "goal", "x"]] }), ws({ id: "b", name: "Beta" })],
    }),
    "history as an object": storeText({ workspaces: [ws({ history: { act: 1 } })] }),
    "skipped not a list": storeText({ workspaces: [ws({ skipped: "x" })] }),
    "a name that is an object": storeText({ workspaces: [ws({ name: { first: "Acme" } })] }),
    "a version that is text": storeText({ version: "3" }),
  };
  let held = 0;
  for (const [what, text] of Object.entries(shapes)) {
    const ls = new FakeStorage();
    ls.setItem("cpp:v3", text);
    const s = open(ls);
    assert.deepEqual(
      s.asides().map((k) => s.kv.get(k)),
      [text],
      what,
    );
    assert.match(
      C.describe(s.notices),
      /could not fully read \(.+\) was kept as it was: download the copy from the workspace menu/,
      what,
    );
    // the first keystroke, and three more loads: the original is still there, once
    s.setItem("first-meeting", "agenda", true);
    for (let i = 0; i < 3; i++) open(ls);
    assert.deepEqual(
      s.asides().map((k) => s.kv.get(k)),
      [text],
      what,
    );
    held++;
  }
  assert.equal(held, 6);
  // what could be read is shown: workspaces given as an object are read one by one
  const ls = new FakeStorage();
  ls.setItem("cpp:v3", shapes["workspaces as an object"]);
  assert.equal(open(ls).get("stakeholder-map", "acme").items.goal, "Grow the account");
  // a store that is fine is never copied
  const ok = new FakeStorage();
  ok.setItem("cpp:v3", storeText());
  assert.deepEqual(open(ok).asides(), []);
});

test("an unreadable store is set aside once however often the page loads; with no room for the copy, nothing is written and every page is told", () => {
  at("2026-02-01T00:00:00Z");
  const ls = new FakeStorage();
  ls.setItem("cpp:v3", "{cut short");
  for (let i = 0; i < 4; i++) {
    open(ls);
    later(1);
  }
  assert.equal([...ls.map.keys()].filter((k) => k !== "cpp:v3").length, 1);
  // copies an earlier version made on every load: one of each text is kept
  const old = new FakeStorage();
  for (let i = 0; i < 4; i++) old.setItem("cpp:v3:unreadable:2026-01-0" + (i + 1), i < 3 ? "{same" : "{other");
  const tidy = open(old);
  assert.deepEqual(
    tidy
      .asides()
      .map((k) => old.getItem(k))
      .sort(),
    ["{other", "{same"],
  );
  // a 1.3 MB store, in a browser with room for it but not for a copy
  const big = storeText().replace("Grow the account", "x".repeat(1300000)).slice(0, -3);
  const full = new FakeStorage(big.length + 1000);
  full.setItem("cpp:v3", big);
  const s = open(full);
  assert.match(s.stopped, /could not be copied aside.*will not save here/);
  assert.equal(s.setItem("first-meeting", "agenda", true), true); // kept in memory for the page
  s.create("Beta");
  assert.equal(full.getItem("cpp:v3"), big); // the original, never overwritten
  assert.equal(open(full).stopped.length > 0, true);
});

test("a store from a newer version: read, never written, and the tab says to reload, also when the newer tab writes after this one opened", () => {
  at("2026-02-01T00:00:00Z");
  const ls = new FakeStorage();
  const s = open(ls);
  s.setItem("stakeholder-map", "goal", "typed in the old tab");
  const newer = storeText({ version: 4, future: true });
  ls.setItem("cpp:v3", newer); // the newer tab, after a deploy
  later(1);
  s.setItem("stakeholder-map", "goal", "typed in the old tab again");
  assert.equal(ls.getItem("cpp:v3"), newer);
  assert.match(s.stopped, /saved by a newer version of the playbook\. Reload the page/);
  assert.match(C.describe(open(ls).notices), /newer version/);
});

test("two tabs saving at once, each reading a copy of storage that lags: every one of 900 saves survives, in storage and in both tabs", () => {
  at("2026-02-01T00:00:00Z");
  const shared = new Shared();
  const la = new TabStorage(shared);
  const a = open(la);
  const lb = new TabStorage(shared);
  const b = open(lb);
  const tabs = [
      [la, a],
      [lb, b],
    ],
    rnd = prng(29);
  for (let i = 0; i < 900; i++) {
    const [ls, s] = tabs[i % 2];
    if (rnd() < 0.3 && ls.deliver()) heard(s); // storage events arrive late, or not before the next save
    later(0.01);
    s.setItem("stakeholder-map", "q" + i, "save " + i);
  }
  settle(tabs);
  const got = stored(shared.map).workspaces[0].answers["stakeholder-map"];
  const held = Object.keys(got).filter((k) => got[k].value === "save " + k.slice(1)).length;
  assert.equal(held, 900, `held ${held} of 900`);
  for (const [, s] of tabs) assert.equal(Object.keys(s.get("stakeholder-map").items).length, 900);
});

test("two tabs typing in different fields of one workspace, one character at a time: no character is lost", () => {
  at("2026-02-01T00:00:00Z");
  const shared = new Shared();
  const la = new TabStorage(shared),
    a = open(la),
    lb = new TabStorage(shared),
    b = open(lb);
  let ta = "",
    tb = "";
  for (let i = 0; i < 30; i++) {
    ta += "a";
    later(0.001);
    a.setItem("stakeholder-map", "goal", ta);
    tb += "b";
    later(0.001);
    b.setItem("stakeholder-map", "met", tb);
    if (i % 3 === 0) {
      if (la.deliver()) heard(a);
      if (lb.deliver()) heard(b);
    }
  }
  settle([
    [la, a],
    [lb, b],
  ]);
  const got = stored(shared.map).workspaces[0].answers["stakeholder-map"];
  assert.equal(got.goal.value, ta);
  assert.equal(got.met.value, tb);
});

test("a workspace deleted in another tab while this one types: its fields freeze, nothing typed is lost, and Undo there brings it back with them", () => {
  at("2026-02-01T00:00:00Z");
  const shared = new Shared();
  const la = new TabStorage(shared),
    a = open(la);
  const acme = a.create("Acme").id;
  a.use(acme);
  const lb = new TabStorage(shared),
    b = open(lb);
  let typed = "";
  for (let i = 0; i < 20; i++) {
    typed += "x";
    later(0.001);
    a.setItem("stakeholder-map", "goal", typed);
  }
  const undo = b.drop(acme); // B has not seen A's last characters yet
  for (let i = 0; i < 7; i++) {
    typed += "y";
    later(0.001);
    a.setItem("stakeholder-map", "goal", typed);
  }
  settle([
    [la, a],
    [lb, b],
  ]);
  assert.equal(a.gone && a.gone.name, "Acme"); // frozen, not switched to “My answers”
  assert.equal(a.workspace, acme);
  assert.equal(a.get("stakeholder-map").items.goal, typed); // the field keeps what was typed
  assert.equal(a.setItem("stakeholder-map", "goal", typed + "z"), false); // and takes no more
  assert.equal(
    stored(shared.map).workspaces.some((w) => w.id === acme),
    false,
  );
  b.restore(undo);
  settle([
    [la, a],
    [lb, b],
  ]);
  assert.equal(a.gone, null);
  const back = stored(shared.map).workspaces.find((w) => w.id === acme);
  assert.equal(back.answers["stakeholder-map"].goal.value, typed); // all 27 characters
  assert.equal(b.get("stakeholder-map", acme).items.goal, typed);
  // or the typing tab keeps its copy itself: it stays, though the deleting tab hears of it
  const undo2 = b.drop(acme);
  settle([
    [la, a],
    [lb, b],
  ]);
  assert.equal(a.gone.name, "Acme");
  a.keepGone();
  settle([
    [la, a],
    [lb, b],
  ]);
  const kept = stored(shared.map).workspaces.filter((w) => w.name === "Acme");
  assert.equal(kept.length, 1);
  assert.equal(kept[0].answers["stakeholder-map"].goal.value, typed);
  assert.equal(a.workspace, kept[0].id);
  assert.equal(b.named("Acme").id, kept[0].id);
  b.restore(undo2); // Undo in the deleting tab after that: still one “Acme”, with everything
  settle([
    [la, a],
    [lb, b],
  ]);
  assert.equal(stored(shared.map).workspaces.filter((w) => w.name === "Acme").length, 1);
  assert.equal(a.get("stakeholder-map").items.goal, typed);
});

test("a large store is written a little later, not on every keystroke; a flush stores it, merged with what another tab wrote", () => {
  at("2026-02-01T00:00:00Z");
  const ls = new FakeStorage();
  const spaces = Array.from({ length: 300 }, (_, i) =>
    ws({
      id: "w" + i,
      name: "Client " + i,
      answers: { "stakeholder-map": { goal: { value: "y".repeat(16000), at: T } } },
    }),
  );
  ls.setItem("cpp:v3", JSON.stringify({ schema: "cpp-store", version: 3, active: "w0", workspaces: spaces }));
  const s = open(ls);
  let waiting = null;
  s.defer = (run) => {
    waiting = run;
    return 1;
  };
  const before = ls.getItem("cpp:v3");
  for (const ch of "hello") s.setItem("stakeholder-map", "met", ch);
  assert.ok(ls.getItem("cpp:v3") === before, "nothing written yet");
  assert.equal(s.get("stakeholder-map").items.met, "o"); // but the page reads it
  const other = open(ls); // another tab writes meanwhile
  other.setItem("first-meeting", "agenda", true, "w1");
  waiting();
  const back = open(ls);
  assert.equal(back.get("stakeholder-map", "w0").items.met, "o");
  assert.equal(back.get("first-meeting", "w1").items.agenda, true);
  // a structural change is written at once
  s.setItem("stakeholder-map", "met", "again");
  s.create("Now");
  assert.ok(open(ls).named("Now"));
  assert.equal(open(ls).get("stakeholder-map", "w0").items.met, "again");
});
