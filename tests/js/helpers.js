/* Loads the browser's DOM-free core (classic scripts) into Node, with a fake
   localStorage and a clock the tests move. */
"use strict";
const path = require("node:path");
const CORE = path.join(__dirname, "..", "..", "overrides", "assets", "playbook", "core");
for (const f of ["schema.js", "store.js", "transfer.js"]) require(path.join(CORE, f));
const C = globalThis.cppCore;

/* A localStorage with a quota in characters (like a browser's 5 MB). */
class FakeStorage {
  constructor(quota = Infinity) {
    this.map = new Map();
    this.quota = quota;
    this.blocked = false;
  }
  get length() {
    return this.map.size;
  }
  key(i) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(k) {
    if (this.blocked) throw new Error("SecurityError");
    return this.map.has(k) ? this.map.get(k) : null;
  }
  setItem(k, v) {
    if (this.blocked) throw new Error("SecurityError");
    const size =
      [...this.map].reduce((n, [a, b]) => n + (a === k ? 0 : a.length + b.length), 0) + k.length + String(v).length;
    if (size > this.quota) throw new Error("QuotaExceededError");
    this.map.set(k, String(v));
  }
  removeItem(k) {
    if (this.blocked) throw new Error("SecurityError");
    this.map.delete(k);
  }
}

/* The clock: C.now() returns `clock.t`, which tests set or advance. */
const clock = { t: Date.parse("2026-01-05T09:00:00Z") };
C.now = () => new Date(clock.t);
function at(iso) {
  clock.t = Date.parse(iso);
}
function later(minutes) {
  clock.t += minutes * 60000;
}

/* A seeded PRNG (mulberry32): the same seed, the same run. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/* A manifest like the site's components.json (macros/render/manifest.py). */
const MANIFEST = {
  version: 1,
  tools: [
    {
      id: "act-assessment",
      kind: "assessment",
      title: "ACT self-assessment",
      items: ["a1", "a2", "c1", "c2", "t1", "t2"].map((id) => ({ id, type: "rating" })),
      scale: { min: 1, max: 5 },
      dimensions: [
        {
          id: "access",
          title: "Access",
          statements: [{ id: "a1" }, { id: "a2" }],
          min: 2,
          max: 10,
          bands: [
            { min: 2, max: 5, label: "Weak" },
            { min: 6, max: 10, label: "Strong" },
          ],
        },
        {
          id: "credibility",
          title: "Credibility",
          statements: [{ id: "c1" }, { id: "c2" }],
          min: 2,
          max: 10,
          bands: [
            { min: 2, max: 5, label: "Weak" },
            { min: 6, max: 10, label: "Strong" },
          ],
        },
        {
          id: "trust",
          title: "Trust",
          statements: [{ id: "t1" }, { id: "t2" }],
          min: 2,
          max: 10,
          bands: [
            { min: 2, max: 5, label: "Weak" },
            { min: 6, max: 10, label: "Strong" },
          ],
        },
      ],
    },
    {
      id: "first-meeting",
      kind: "checklist",
      title: "First meeting",
      items: ["agenda", "owner", "next"].map((id) => ({ id, type: "tick" })),
    },
    {
      id: "stakeholder-map",
      kind: "worksheet",
      title: "Stakeholder map",
      items: [
        { id: "goal", type: "long_text" },
        { id: "people", type: "table", columns: ["name", "role"] },
        { id: "met", type: "yes_no" },
      ],
    },
    { id: "new-name", kind: "checklist", title: "Renamed checklist", items: [{ id: "fresh", type: "tick" }] },
  ],
  renames: {
    components: { "old-name": "new-name", "gone-tool": null },
    items: { "new-name/stale": "new-name/fresh", "first-meeting/retired": null },
  },
};

module.exports = { C, FakeStorage, clock, at, later, prng, MANIFEST };
