/* Storage migrations: every format that shipped (cpp:v1 answers, cpp:v2 index and
   history) into cpp:v3, with no answer lost. */
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { C, FakeStorage, at, prng, MANIFEST } = require("./helpers.js");

function legacy(ls, entries) {
  for (const [k, v] of Object.entries(entries)) ls.setItem(k, typeof v === "string" ? v : JSON.stringify(v));
}
function stored(ls) {
  return JSON.parse(ls.getItem("cpp:v3"));
}
function open(ls) {
  return C.openStore(C.kv(ls), MANIFEST, null);
}

test("answers saved before workspaces existed become the workspace My answers, each with its record's time", () => {
  at("2026-03-01T10:00:00Z");
  const ls = new FakeStorage();
  legacy(ls, {
    "cpp:v1:default:first-meeting": { v: 1, items: { agenda: true, owner: true }, updated: "2025-10-01T08:00:00.000Z" },
    "cpp:v1:default:stakeholder-map": {
      v: 1,
      items: { goal: "Grow the account", people: [{ name: "Ana", role: "CFO" }] },
      updated: "2025-11-20T08:00:00.000Z",
    },
  });
  const s = open(ls);
  assert.deepEqual(
    s.spaces.map((w) => w.name),
    ["My answers"],
  );
  assert.equal(s.workspace, "default");
  assert.deepEqual(s.get("first-meeting").items, { agenda: true, owner: true });
  assert.equal(s.raw("first-meeting").agenda.at, "2025-10-01T08:00:00.000Z");
  assert.equal(s.raw("stakeholder-map").people.at, "2025-11-20T08:00:00.000Z");
  assert.deepEqual(s.get("stakeholder-map").items.people, [{ name: "Ana", role: "CFO" }]);
  // written and verified, so the old keys are gone; only cpp:v3 is left
  assert.deepEqual([...ls.map.keys()], ["cpp:v3"]);
  assert.equal(s.migration.answers, 4);
  assert.equal(s.migration.removed, true);
  assert.equal(stored(ls).version, 3);
});

test("the v2 index, history and a workspace known only from its keys all come across", () => {
  at("2026-03-01T10:00:00Z");
  const ls = new FakeStorage();
  legacy(ls, {
    "cpp:v2:workspaces": {
      v: 2,
      active: "wacme",
      list: [
        { id: "default", name: "My answers", created: "2025-09-01T08:00:00Z", updated: "2025-09-02T08:00:00Z" },
        { id: "wacme", name: "Acme", created: "2025-10-01T08:00:00Z", updated: "2025-11-01T08:00:00Z" },
      ],
    },
    "cpp:v1:wacme:act-assessment": { v: 1, items: { a1: 4, a2: 5 }, updated: "2025-11-01T08:00:00Z" },
    "cpp:v2:history:wacme": {
      v: 2,
      snaps: [{ component: "act-assessment", day: "2025-11-01", at: "2025-11-01T08:00:00Z", scores: { access: 9 } }],
    },
    "cpp:v1:wlost:first-meeting": { v: 1, items: { next: true }, updated: "2025-12-01T08:00:00Z" },
    "cpp:v2:tab": "not ours to touch",
  });
  const s = open(ls);
  assert.deepEqual(
    s.spaces.map((w) => [w.id, w.name]),
    [
      ["default", "My answers"],
      ["wacme", "Acme"],
      ["wlost", "Recovered answers"],
    ],
  );
  assert.equal(s.last, "wacme");
  assert.equal(s.find("wacme").created, "2025-10-01T08:00:00Z");
  assert.equal(s.history("wacme")[0].scores.access, 9);
  assert.deepEqual(s.get("first-meeting", "wlost").items, { next: true });
  assert.deepEqual([...ls.map.keys()].sort(), ["cpp:v2:tab", "cpp:v3"]);
});

test("a bad record is set aside with a notice naming workspace and tool, and hides nothing else", () => {
  at("2026-03-01T10:00:00Z");
  const ls = new FakeStorage();
  legacy(ls, {
    "cpp:v2:workspaces": {
      v: 2,
      active: "wacme",
      list: [{ id: "wacme", name: "Acme", created: 12345, updated: "2025-11-01T08:00:00Z" }],
    },
    "cpp:v1:wacme:act-assessment": { v: 1, items: { a1: 999, a2: 4 }, updated: "2025-11-01T08:00:00Z" },
    "cpp:v1:wacme:first-meeting": "{ not json",
    "cpp:v1:wacme:stakeholder-map": { v: 1, items: { goal: "Still here" }, updated: "2025-11-02T08:00:00Z" },
  });
  const s = open(ls);
  assert.deepEqual(s.get("act-assessment", "wacme").items, { a2: 4 });
  assert.deepEqual(s.get("stakeholder-map", "wacme").items, { goal: "Still here" });
  assert.equal(s.find("wacme").created, "2026-03-01T10:00:00.000Z"); // repaired, with a notice
  const text = C.describe(s.notices, C.readManifest(MANIFEST));
  assert.match(
    text,
    /In “Acme”, “ACT self-assessment” had an answer set aside: the rating 999 is not a whole number from 1 to 5 \(question “a1”\)/,
  );
  assert.match(text, /In “Acme”, the workspace had unreadable dates/);
  assert.match(text, /In “Acme”, “First meeting” had an answer set aside: its saved record could not be read\./);
  // nothing is dropped: both bad records are kept (and exported) under `skipped`
  const skipped = stored(ls).workspaces[0].skipped;
  assert.deepEqual(
    skipped.map((x) => [x.tool, x.item]),
    [
      ["act-assessment", "a1"],
      ["first-meeting", "(unreadable record)"],
    ],
  );
  assert.equal(skipped[1].value.value, "{ not json");
  assert.equal(ls.getItem("cpp:v1:wacme:act-assessment"), null);
});

test("renames move answers to new ids; retired ids are kept and reported", () => {
  at("2026-03-01T10:00:00Z");
  const ls = new FakeStorage();
  legacy(ls, {
    "cpp:v1:default:old-name": { v: 1, items: { stale: true }, updated: "2025-11-01T08:00:00Z" },
    "cpp:v1:default:gone-tool": { v: 1, items: { x: "kept" }, updated: "2025-11-01T08:00:00Z" },
    "cpp:v1:default:first-meeting": { v: 1, items: { retired: true, agenda: true }, updated: "2025-11-01T08:00:00Z" },
  });
  const s = open(ls),
    man = C.readManifest(MANIFEST);
  assert.deepEqual(s.get("new-name").items, { fresh: true });
  assert.equal(s.get("old-name"), null);
  assert.deepEqual(s.get("gone-tool").items, { x: "kept" });
  assert.deepEqual(s.get("first-meeting").items, { retired: true, agenda: true });
  const u = C.unknownIn(s.spaces, man);
  assert.deepEqual(u.retired.sort(), ["first-meeting/retired", "gone-tool"]);
});

test("no room to write: the old keys stay, and the answers still show", () => {
  at("2026-03-01T10:00:00Z");
  const ls = new FakeStorage(400);
  legacy(ls, {
    "cpp:v1:default:stakeholder-map": { v: 1, items: { goal: "x".repeat(150) }, updated: "2025-11-01T08:00:00Z" },
  });
  const s = open(ls);
  assert.equal(s.broken, true);
  assert.equal(s.get("stakeholder-map").items.goal.length, 150);
  assert.ok(ls.getItem("cpp:v1:default:stakeholder-map"));
  assert.equal(ls.getItem("cpp:v3"), null);
});

test("a tab still running the old script writes old keys later: new answers are taken, ones over the store's are set aside, none lost", () => {
  at("2026-03-01T10:00:00Z");
  const ls = new FakeStorage();
  const long = "A seventy-seven character answer typed long ago, that a blank old form hid...";
  legacy(ls, {
    "cpp:v1:default:stakeholder-map": { v: 1, items: { goal: long, met: "no" }, updated: "2026-02-01T08:00:00Z" },
  });
  let s = open(ls);
  at("2026-03-01T11:00:00Z");
  s.setItem("stakeholder-map", "met", "yes");
  // the old tab's form went blank when its keys were removed; one letter typed there, and a new answer
  legacy(ls, {
    "cpp:v1:default:stakeholder-map": {
      v: 1,
      items: { goal: "a", people: [{ name: "Ann" }] },
      updated: "2026-03-01T11:30:00Z",
    },
  });
  s = open(ls);
  assert.deepEqual(s.get("stakeholder-map").items, { goal: long, met: "yes", people: [{ name: "Ann" }] });
  const aside = s.find("default").skipped;
  assert.deepEqual(
    aside.map((x) => [x.item, x.value.value]),
    [["goal", "a"]],
  );
  assert.match(C.describe(s.notices), /typed in a tab still running an older version of the playbook/);
  assert.deepEqual([...ls.map.keys()], ["cpp:v3"]);
  // the old tab goes on typing: one set-aside answer per question, the latest
  legacy(ls, { "cpp:v1:default:stakeholder-map": { v: 1, items: { goal: "ab" }, updated: "2026-03-01T11:31:00Z" } });
  s = open(ls);
  assert.deepEqual(
    s.find("default").skipped.map((x) => x.value.value),
    ["ab"],
  );
  assert.equal(s.get("stakeholder-map").items.goal, long);
});

test("an old tab's empty default index next to the store brings back no deleted workspace", () => {
  at("2026-03-01T10:00:00Z");
  const ls = new FakeStorage();
  let s = open(ls);
  const acme = s.create("Acme").id;
  s.drop("default");
  legacy(ls, {
    "cpp:v2:workspaces": {
      v: 2,
      active: "default",
      list: [{ id: "default", name: "My answers", created: "2026-03-01T10:00:00Z", updated: "2026-03-01T10:00:00Z" }],
    },
  });
  s = open(ls);
  assert.deepEqual(
    s.spaces.map((w) => w.id),
    [acme],
  );
  assert.deepEqual([...ls.map.keys()], ["cpp:v3"]);
});

test("data this script cannot read is set aside, never overwritten", () => {
  at("2026-03-01T10:00:00Z");
  const ls = new FakeStorage();
  ls.setItem("cpp:v3", "{broken");
  const s = open(ls);
  assert.deepEqual(
    s.asides().map((k) => s.kv.get(k)),
    ["{broken"],
  );
  assert.equal(s.spaces.length, 1);
  assert.match(s.notices[0].text, /could not fully read \(it is not readable JSON\) was kept as it was/);
});

test("randomized: any legacy profile migrates with every answer in place or set aside (seeded)", () => {
  const man = C.readManifest(MANIFEST);
  const tools = MANIFEST.tools;
  for (let seed = 1; seed <= 60; seed++) {
    const rnd = prng(seed),
      pick = (a) => a[Math.floor(rnd() * a.length)];
    const ls = new FakeStorage(),
      want = [];
    const wsIds = ["default", "w1", "w2", "w3"].slice(0, 1 + Math.floor(rnd() * 4));
    if (rnd() < 0.7) {
      ls.setItem(
        "cpp:v2:workspaces",
        JSON.stringify({
          v: 2,
          active: pick(wsIds),
          list: wsIds
            .filter(() => rnd() < 0.8)
            .map((id) => ({
              id,
              name: pick(["Acme", " Beta ", "Gamma\u00a0Co", ""]),
              created: rnd() < 0.9 ? "2025-01-01T00:00:00Z" : 7,
              updated: "2025-01-02T00:00:00Z",
            })),
        }),
      );
    }
    for (const ws of wsIds) {
      for (const t of tools) {
        if (rnd() < 0.4) continue;
        const items = {},
          updated = new Date(Date.UTC(2025, Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28))).toISOString();
        for (const it of t.items) {
          if (rnd() < 0.3) continue;
          const bad = rnd() < 0.1;
          const v =
            t.kind === "assessment"
              ? bad
                ? pick([0, 999, "4", 2.5])
                : 1 + Math.floor(rnd() * 5)
              : t.kind === "checklist"
                ? bad
                  ? "yes"
                  : true
                : it.type === "table"
                  ? bad
                    ? "rows"
                    : [{ name: "P" + seed, role: "R" }]
                  : bad
                    ? { x: 1 }
                    : "text " + rnd();
          items[it.id] = v;
          want.push({ ws, tool: t.id === "new-name" ? t.id : t.id, item: it.id, v, bad });
        }
        ls.setItem(`cpp:v1:${ws}:${t.id}`, JSON.stringify({ v: 1, items, updated }));
      }
      if (rnd() < 0.5)
        ls.setItem(
          `cpp:v2:history:${ws}`,
          JSON.stringify({
            v: 2,
            snaps: [
              {
                component: "act-assessment",
                day: "2025-05-05",
                at: "2025-05-05T10:00:00Z",
                scores: { access: rnd() < 0.8 ? 6 : 99 },
              },
            ],
          }),
        );
    }
    at("2026-01-01T00:00:00Z");
    const s = open(ls),
      st = stored(ls);
    for (const w of want) {
      const ws = st.workspaces.find((x) => x.id === w.ws);
      assert.ok(ws, `seed ${seed}: workspace ${w.ws}`);
      if (w.bad)
        assert.ok(
          ws.skipped.some(
            (x) => x.tool === w.tool && x.item === w.item && JSON.stringify(x.value.value) === JSON.stringify(w.v),
          ),
          `seed ${seed}: set aside ${w.tool}/${w.item}`,
        );
      else assert.deepEqual(ws.answers[w.tool][w.item].value, w.v, `seed ${seed}: ${w.ws} ${w.tool}/${w.item}`);
    }
    assert.deepEqual([...ls.map.keys()], ["cpp:v3"], `seed ${seed}: old keys removed`);
    for (const w of st.workspaces)
      assert.ok(C.cleanName(w.name) && C.isTime(w.created) && C.isTime(w.updated), `seed ${seed}: clean workspace`);
    // loading again changes nothing
    const again = open(ls);
    assert.deepEqual(
      JSON.parse(JSON.stringify(again.spaces)),
      JSON.parse(JSON.stringify(s.spaces)),
      `seed ${seed}: stable`,
    );
    // the store it wrote passes the shape check: nothing set aside, on this load or the next
    assert.equal(C.storeProblem(stored(ls)), "", `seed ${seed}: a store this version wrote is understood`);
    assert.deepEqual([...ls.map.keys()], ["cpp:v3"], `seed ${seed}: no copy set aside`);
    void man;
  }
});
