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
  ITEMS.forEach((k, i) => {
    if (ratings[i] != null) act[k] = { value: ratings[i], at: T };
  });
  // its participant code: random in the app (C.newCode); here fixed per name, for the tests
  return {
    id: "w" + name.length,
    code: "00" + C.fingerprint(name, created),
    name,
    created,
    updated: T,
    history: [],
    skipped: [],
    answers: { "act-assessment": act, "stakeholder-map": { goal: { value: "Win over Dana at Acme", at: T } } },
  };
}
const share = (ws) => text(C.shareData(ws, man));
const full = (spaces) => text(C.exportData({ workspaces: spaces }));

test("a share file holds the ratings, the day and the workspace's random code: no name, no text, no time", () => {
  at("2026-03-04T15:16:17Z");
  const ws = workspace("Acme <b>plant</b>", [4, 5, 2, 3, 1, 2]);
  const data = C.shareData(ws, man);
  assert.deepEqual(Object.keys(data).sort(), ["day", "participant", "schema", "tools", "version"]);
  assert.deepEqual(data.tools, { "act-assessment": { a1: 4, a2: 5, c1: 2, c2: 3, t1: 1, t2: 2 } });
  assert.equal(data.day, "2026-03-04");
  assert.equal(data.participant, ws.code);
  const all = text(data);
  assert.ok(!/acme|plant|dana|T\d\d:/i.test(all), all);
  assert.ok(!C.shareName(data).toLowerCase().includes("acme"));
  assert.match(C.shareName(data), /^playbook-scores-2026-03-04-[0-9a-f]{4}\.json$/);
});

test("issue 29 #12: the participant code is random and stored, never derived from the name or the creation time", () => {
  const named = (code) => ({ ...workspace("Acme plant", [4, 5, 2, 3, 1, 2]), code });
  const codes = new Set(Array.from({ length: 200 }, () => C.newCode()));
  assert.equal(codes.size, 200);
  for (const c of codes) assert.ok(C.isCode(c), c);
  // two workspaces with the same name and the same creation time are different participants
  const [a, b] = [named(C.newCode()), named(C.newCode())];
  assert.notEqual(C.shareData(a, man).participant, C.shareData(b, man).participant);
  // the same workspace shared twice is one participant; the code was never the old hash
  assert.equal(C.shareData(a, man).participant, C.shareData(a, man).participant);
  assert.ok(!C.shareData(a, man).participant.includes(C.fingerprint(a.name, a.created)));
  // a workspace without a stored code gets a fresh one, not one worked out from it
  const bare = named(undefined);
  assert.notEqual(C.shareData(bare, man).participant, C.shareData(bare, man).participant);
  // the code lives with the workspace: kept on load, in exports, and through an import
  const cleaned = C.cleanWorkspace(a, man).w;
  assert.equal(cleaned.code, a.code);
  assert.equal(C.cleanWorkspace({ ...a, code: "Acme plant" }, man).w.code, undefined); // only a code is a code
  const exported = C.exportData({ workspaces: [cleaned] });
  assert.equal(exported.workspaces[0].code, a.code);
  const state = { workspaces: [] };
  C.applyImport(state, C.planImport(state, null, C.parseImport(text(exported), man).workspaces));
  assert.equal(state.workspaces[0].code, a.code);
});

test("issue 29 #12: every share file holds nothing a person typed", () => {
  const typed = ["Dana Whitfield", "Acme Plant 7", "renewal at risk", "CFO", "budget owner"];
  const ws = {
    id: "wx",
    code: C.newCode(),
    name: typed[1],
    created: T,
    updated: T,
    history: [{ component: "act-assessment", day: "2025-10-01", at: T, scores: { access: 8 } }],
    skipped: [],
    answers: {
      "act-assessment": { a1: { value: 4, at: T }, zz: { value: typed[2], at: T } },
      "stakeholder-map": {
        goal: { value: typed[2], at: T },
        people: { value: [{ name: typed[0], role: typed[3] }], at: T },
      },
      "first-meeting": { agenda: { value: true, at: T } },
    },
  };
  const shared = [C.shareData(ws, man), C.shareData({ ...ws, code: undefined }, man)];
  for (const data of shared) {
    const all = text(data) + C.shareName(data);
    typed.concat([T, T.slice(0, 10), ws.id, C.fingerprint(ws.name, ws.created)]).forEach((x) => {
      assert.ok(!all.includes(x), x + " in " + all);
    });
    assert.deepEqual(data.tools, { "act-assessment": { a1: 4 } });
  }
});

test("counts, medians, ranges, band counts and the widest statements of a room", () => {
  const room = R.newRoom();
  //            a1 a2 c1 c2 t1 t2   access credibility trust
  const rows = [
    [4, 4, 3, 3, 1, 1], // 8 6 2
    [5, 5, 2, 2, 2, 2], //           10 4 4
    [3, 3, 4, 4, 5, 1], //            6 8 6
    [2, 2, 5, 5, 3, 3],
  ]; //           4 10 6
  rows.forEach((r, i) => {
    R.add(room, share(workspace("P" + i, r)), man);
  });
  const [act] = R.summary(room, man);
  assert.equal(act.n, 4);
  const dim = (id) => act.dims.find((d) => d.id === id);
  assert.deepEqual(dim("access").sums, [4, 6, 8, 10]);
  assert.equal(dim("access").median, 7);
  assert.deepEqual([dim("trust").low, dim("trust").high, dim("trust").median], [2, 6, 5]);
  assert.deepEqual(
    dim("trust").bands.map((b) => [b.label, b.n]),
    [
      ["Weak", 2],
      ["Strong", 2],
    ],
  );
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
  R.add(room, share(workspace("A", [4, null, 3, 3, 2, 2])), man);
  R.add(room, share(workspace("B", [4, 4, 3, 3, 2, 2])), man);
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
  R.add(room, share(p), man);
  R.add(room, share(p), man);
  R.add(room, full([p]), man);
  R.add(room, full([workspace("Someone else", [5, 5, 5, 5, 5, 5])]), man);
  const [act] = R.summary(room, man);
  assert.equal(act.n, 2);
  assert.equal(room.same.length, 2);
  assert.deepEqual(
    room.files.map((f) => f.counted),
    [1, 0, 0, 1],
  );
  // A later, fuller share of the same workspace replaces the partial one.
  const room2 = R.newRoom();
  R.add(room2, share(workspace("X", [2, 2, null, null, null, null])), man);
  R.add(room2, share(workspace("X", [3, 3, 3, 3, 3, 3])), man);
  assert.deepEqual(
    room2.files.map((f) => f.counted),
    [0, 1],
  );
  assert.deepEqual(R.summary(room2, man)[0].dims[0].sums, [6]);
});

test("bad and foreign files are skipped with a reason; the rest still count", () => {
  const room = R.newRoom();
  const good = share(workspace("Good", [3, 3, 3, 3, 3, 3]));
  const shareOf = (tools, extra = {}) =>
    text({ schema: "cpp-scores", version: 1, day: "2026-01-05", participant: "abcdef0123", tools, ...extra });
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
    "no-ratings.json": full([
      { ...workspace("Only text", []), answers: { "stakeholder-map": { goal: { value: "x", at: T } } } },
    ]),
    "good.json": good,
  };
  for (const t of Object.values(files)) R.add(room, t, man);
  const names = Object.keys(files);
  const why = Object.fromEntries(room.files.map((f, i) => [names[i], f.reasons.map((r) => r.reason).join("; ")]));
  assert.deepEqual(
    room.files.map((f) => f.label),
    names.map((_n, i) => "file " + (i + 1)),
  ); // never the file's name
  assert.match(why["empty.json"], /empty/);
  assert.match(why["notes.txt"], /not a JSON file/);
  assert.match(why["cut.json"], /damaged/);
  assert.match(why["foreign.json"], /not a file from this playbook/);
  assert.match(why["newer.json"], /newer version/);
  assert.match(why["newer-export.json"], /newer version/);
  assert.match(why["range.json"], /rating 9 is not a whole number from 1 to 5/);
  assert.match(why["tool.json"], /is not a tool id/);
  assert.match(why["unknown.json"], /no self-assessment with this id/);
  assert.equal(room.files[names.indexOf("tool.json")].reasons[0].tool, "<img src=x onerror=alert(1)>");
  assert.match(why["item.json"], /question “zz” is not in this site's version/);
  assert.match(why["no-ratings.json"], /no self-assessment ratings/);
  assert.equal(why["good.json"], "");
  assert.deepEqual(room.files.map((f, i) => (f.counted ? names[i] : "")).filter(Boolean), ["good.json"]);
  assert.equal(R.summary(room, man)[0].n, 1);
});

test("a full export gives ratings only, one per file: the workspace changed last", () => {
  const a = workspace("Older relationship", [1, 1, 1, 1, 1, 1]);
  const b = { ...workspace("Newer relationship", [5, 5, 5, 5, 5, 5]), updated: "2025-12-24T10:00:00.000Z" };
  const r = R.parse(full([a, b]), man);
  assert.equal(r.ok, true);
  assert.deepEqual(r.ratings, { "act-assessment": { a1: 5, a2: 5, c1: 5, c2: 5, t1: 5, t2: 5 } });
  assert.equal(r.days["act-assessment"], "2025-12-24");
  assert.equal(r.participant, b.code);
  assert.ok(!/relationship|Dana/.test(JSON.stringify(r)), JSON.stringify(r));
});

test("median of an even count is the mean of the middle two; of nothing, null", () => {
  assert.equal(R.median([3, 1, 4, 2]), 2.5);
  assert.equal(R.median([]), null);
});

/* issue 29 #10 and the Room results part of #9: each file on its own. */
const RETIRED = {
  ...MANIFEST,
  renames: { ...MANIFEST.renames, items: { ...MANIFEST.renames.items, "act-assessment/a0": null } },
};

test("issue 29 #10: intact files are never called cut short; a bad history point or rating never costs valid ratings", () => {
  const base = C.exportData({ workspaces: [workspace("Full", [4, 4, 4, 4, 4, 4])] });
  const mutate = (fn) => {
    const d = JSON.parse(text(base));
    fn(d);
    return text(d);
  };
  const scores = { schema: "cpp-scores", version: 1, day: "2026-01-05", participant: "abcdef0123" };
  const intact = [
    // well-formed JSON that says it comes from the playbook, but that this page cannot use
    text({ ...scores, version: 0 }),
    text({ ...scores, version: "1" }),
    text({ ...scores, version: 1.5 }),
    text({ ...scores, version: null }),
    text({ ...scores, tools: [] }),
    text({ ...scores, tools: "x" }),
    text({ ...scores, tools: null }),
    text({ ...scores }),
    text({ ...scores, tools: { "act-assessment": [] } }),
    text({ ...scores, tools: { "act-assessment": "5" } }),
    mutate((d) => {
      d.version = 0;
    }),
    mutate((d) => {
      d.version = "three";
    }),
    mutate((d) => {
      d.version = -1;
    }),
    mutate((d) => {
      d.version = 2.5;
    }),
    mutate((d) => {
      delete d.version;
    }),
    mutate((d) => {
      d.workspaces = {};
    }),
    mutate((d) => {
      d.workspaces = "x";
    }),
    mutate((d) => {
      delete d.workspaces;
    }),
    mutate((d) => {
      d.workspaces = [1, 2];
    }),
    mutate((d) => {
      d.workspaces = [null];
    }),
    mutate((d) => {
      d.workspaces = [[]];
    }),
    mutate((d) => {
      d.workspaces[0].answers = [];
    }),
    mutate((d) => {
      d.workspaces[0].answers = { "act-assessment": [] };
    }),
    mutate((d) => {
      d.workspaces[0].answers = { "act-assessment": { a1: 4 } };
    }),
    mutate((d) => {
      d.workspaces[0].answers["act-assessment"].a1 = { value: 4 };
    }),
    mutate((d) => {
      d.workspaces = [];
    }),
    mutate((d) => {
      d.version = 1;
      delete d.workspaces;
      d.components = "x";
    }),
  ];
  intact.forEach((t) => {
    const r = R.parse(t, man);
    assert.ok(r.notices.length || r.ok, t);
    for (const n of r.notices) assert.ok(!/cut short|edited|damaged/.test(n.reason), t + " -> " + n.reason);
  });
  // really cut short: said so
  assert.match(R.parse(text(base).slice(0, 80), man).notices[0].reason, /cut short/);

  // 15 valid ratings next to one history point out of range, one with an object for a
  // tool id, and one bad rating: the 15 count, the bad rating is named and left out
  const fifteen = (n) => Object.fromEntries(ITEMS.map((k, i) => [k, { value: 1 + ((i + n) % 5), at: T }]));
  const d = C.exportData({ workspaces: [] });
  d.workspaces = [0, 1].map((n) => ({
    ...workspace("W" + n, []),
    updated: "2025-11-0" + (n + 1) + "T00:00:00.000Z",
    answers: { "act-assessment": fifteen(n) },
  }));
  d.workspaces[1].answers["act-assessment"].a1 = { value: 99, at: T };
  d.workspaces[0].history = [{ component: "act-assessment", day: "2025-10-01", at: T, scores: { access: 500 } }];
  d.workspaces[1].history = [
    { component: { toString: 1 }, day: "2025-10-01", at: T, scores: { access: 1 } },
    "x",
    null,
  ];
  d.workspaces[1].skipped = [{ tool: { toString: 1 }, reason: { toString: 1 } }];
  const r = R.parse(text(d), man);
  assert.equal(r.ok, true);
  assert.deepEqual(Object.keys(r.ratings["act-assessment"]).sort(), ["a2", "c1", "c2", "t1", "t2"]); // the later workspace, without its bad rating
  assert.deepEqual(
    r.notices.map((n) => n.reason),
    ["the rating 99 is not a whole number from 1 to 5 (question “a1”)"],
  );
  const room = R.newRoom();
  R.add(room, text(d), man);
  assert.equal(room.files[0].counted, 1);
});

test("issue 29 #10: a file holding only a retired statement is no participant", () => {
  const man2 = C.readManifest(RETIRED);
  const only = text({
    schema: "cpp-scores",
    version: 1,
    day: "2026-01-05",
    participant: "abcdef0123",
    tools: { "act-assessment": { a0: 3 } },
  });
  const r = R.parse(only, man2);
  assert.equal(r.ok, false);
  assert.match(r.notices[0].reason, /“a0” is no longer asked/);
  const room = R.newRoom();
  R.add(room, only, man2);
  R.add(room, share(workspace("Real", [3, 3, 3, 3, 3, 3])), man2);
  assert.deepEqual(
    room.files.map((f) => f.counted),
    [0, 1],
  );
  assert.equal(R.summary(room, man2)[0].n, 1);
  // next to real ratings, the retired one is named and the rest count
  const mixed = R.parse(
    text({
      schema: "cpp-scores",
      version: 1,
      day: "2026-01-05",
      participant: "abcdef0124",
      tools: { "act-assessment": { a0: 3, a1: 2 } },
    }),
    man2,
  );
  assert.deepEqual([mixed.ok, mixed.ratings], [true, { "act-assessment": { a1: 2 } }]);
});

test("issue 29 #9: one file that breaks the reader never stops the others", () => {
  const room = R.newRoom();
  const hostile = [
    undefined,
    null,
    42,
    { toString: 1 },
    "[]",
    "null",
    '{"schema":"cpp-answers","version":3,"workspaces":[{"name":{"toString":1},"created":{"toString":1},"answers":{"act-assessment":{"a1":{"value":3,"at":{"toString":1}}}}}]}',
  ];
  for (const t of hostile) R.add(room, t, man);
  R.add(room, share(workspace("Counted", [2, 2, 2, 2, 2, 2])), man);
  assert.equal(room.files.length, hostile.length + 1);
  room.files.slice(0, -1).forEach((f) => {
    assert.equal(f.counted, 0);
    assert.ok(f.reasons.length);
  });
  assert.equal(room.files.at(-1).counted, 1);
  assert.equal(R.summary(room, man)[0].n, 1);
});

test("the parsing API a QR payload reader calls: one payload -> {ok, participant, ratings, notices}", () => {
  const ws = workspace("Phone", [1, 2, 3, 4, 5, 1]);
  const r = R.parse(share(ws), man);
  assert.deepEqual(
    [r.ok, r.participant, r.ratings, r.notices],
    [true, ws.code, { "act-assessment": { a1: 1, a2: 2, c1: 3, c2: 4, t1: 5, t2: 1 } }, []],
  );
  const bad = R.parse("{nope", man);
  assert.deepEqual([bad.ok, bad.participant, bad.ratings, bad.notices.length], [false, "", {}, 1]);
  const long = R.parse(
    text({ schema: "cpp-scores", version: 1, participant: "abcdef0123", tools: { ["x".repeat(70000)]: { a1: 1 } } }),
    man,
  );
  assert.ok(long.notices.every((n) => n.reason.length <= 200 && n.tool.length <= 80)); // bounded messages
  // a caller written for the older R.add(room, name, text, man) still works; the name is not kept
  const room = R.newRoom();
  R.add(room, "Acme (1).json", share(ws), man);
  assert.deepEqual([room.files[0].label, room.files[0].counted], ["file 1", 1]);
  assert.ok(!JSON.stringify(room).includes("Acme"));
});

test("issue 29 #9/#10 fuzz: 600 files with one value swapped for a hostile one; the ratings beside it always count", () => {
  const { prng } = require("./helpers.js");
  const rnd = prng(29);
  const HOSTILE = [
    null,
    0,
    -1,
    1e308,
    "",
    "x".repeat(5000),
    [],
    [1, [2]],
    {},
    { toString: 1 },
    { valueOf: {} },
    { __proto__: { a: 1 } },
    true,
    "2999-01-01T00:00:00Z",
    "<img src=x onerror=alert(1)>",
  ];
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  let tried = 0,
    held = 0;
  for (let i = 0; i < 600; i++) {
    const ws = workspace("Fuzz " + i, [1, 2, 3, 4, 5, 1]);
    ws.history = [{ component: "act-assessment", day: "2025-10-01", at: T, scores: { access: 3 } }];
    ws.skipped = [{ tool: "x", item: "y", value: 1, reason: "old" }];
    const d = JSON.parse(full([ws]));
    // one hostile value somewhere the ratings are not: the history, set-aside records, name, dates, other tools
    const w = d.workspaces[0];
    const spots = [
      () => {
        w.history[0].component = pick(HOSTILE);
      },
      () => {
        w.history[0].scores = pick(HOSTILE);
      },
      () => {
        w.history[0] = pick(HOSTILE);
      },
      () => {
        w.history = pick(HOSTILE);
      },
      () => {
        w.skipped[0].reason = pick(HOSTILE);
      },
      () => {
        w.skipped[0] = pick(HOSTILE);
      },
      () => {
        w.skipped = pick(HOSTILE);
      },
      () => {
        w.name = pick(HOSTILE);
      },
      () => {
        w.created = pick(HOSTILE);
      },
      () => {
        w.updated = pick(HOSTILE);
      },
      () => {
        d.exported = pick(HOSTILE);
      },
      () => {
        w.answers["stakeholder-map"] = pick(HOSTILE);
      },
      () => {
        w.answers["stakeholder-map"].goal = pick(HOSTILE);
      },
      () => {
        w.code = pick(HOSTILE);
      },
    ];
    pick(spots)();
    const r = R.parse(JSON.stringify(d), man);
    tried++;
    assert.ok(
      r.notices.every((n) => !/cut short/.test(n.reason)),
      JSON.stringify(r.notices),
    );
    if (r.ok && Object.keys(r.ratings["act-assessment"] || {}).length === 6) held++;
  }
  assert.equal(held, tried); // tried 600, held 600, lost 0
});

test("room files are read as every other file: UTF-16 with its mark counts, Latin-1 is refused with a reason", async () => {
  const ws = workspace("U", [4, 4, 3, 3, 2, 2]);
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(share(ws), "utf16le")]);
  const latin1 = Buffer.from(share(workspace("Zoë", [4, 4, 3, 3, 2, 2])).replace("}", ',"note":"café"}'), "latin1");
  const room = R.newRoom();
  for (const bytes of [utf16, latin1]) R.add(room, await C.readFile(new Blob([bytes])), man);
  assert.equal(room.files[0].counted, 1, "the UTF-16 file counts");
  assert.deepEqual(
    room.files[1].reasons.map((r) => r.reason),
    ["it is not saved as UTF-8 or UTF-16 text"],
  );
  assert.equal(room.files[1].counted, 0);
});
