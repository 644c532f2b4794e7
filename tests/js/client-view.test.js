// The DOM-free part of overrides/assets/playbook/client-view.js: pairing the practitioner's
// ratings with the client's, per dimension. Run: node --test tests/js/
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { pairs } = require("../../overrides/assets/playbook/client-view.js");

const meta = {
  view: { component: "client-view", mirrors: ["act-assessment", "moments-of-truth-review"] },
  tools: [
    {
      id: "act-assessment",
      dims: [
        { id: "access", title: "Access", items: ["a1", "a2"] },
        { id: "trust", title: "Trust", items: ["t1", "t2"] },
      ],
    },
    { id: "moments-of-truth-review", dims: [{ id: "keep-informed", title: "Keep Informed", items: ["k1"] }] },
    {
      id: "client-view",
      dims: [
        { id: "access", title: "Access: time together", items: ["c1", "c2", "c3"] },
        { id: "trust", title: "Trust: how", items: ["c4"] },
        { id: "keep-informed", title: "Keep Informed", items: ["c5"] },
      ],
    },
  ],
};

test("each dimension pairs your average rating with your client's", () => {
  const rows = pairs(meta, {
    "act-assessment": { items: { a1: 4, a2: 5, t1: 2 } },
    "client-view": { items: { c1: 2, c2: 3, c3: 1, c5: 5 } },
  });
  assert.deepEqual(
    rows.map((r) => r.id),
    ["access", "trust", "keep-informed"],
  );
  assert.deepEqual(rows[0], { id: "access", title: "Access", mine: 4.5, theirs: 2 });
  assert.equal(rows[1].mine, 2); // a skipped statement does not count as zero
  assert.equal(rows[1].theirs, null);
  assert.deepEqual([rows[2].mine, rows[2].theirs], [null, 5]);
});

test("no answers, or no client's view on the site, gives nothing to chart", () => {
  assert.ok(pairs(meta, {}).every((r) => r.mine === null && r.theirs === null));
  assert.deepEqual(pairs({ view: meta.view, tools: meta.tools.slice(0, 2) }, {}), []);
});

test("a reverse-keyed rating is turned round and 'does not apply' left out, on both sides", () => {
  const scale = { min: 1, max: 5 };
  const m = {
    view: { component: "client-view", mirrors: ["act-assessment"] },
    tools: [
      { id: "act-assessment", scale, dims: [{ id: "access", title: "Access", items: ["a1", "a2"], reverse: ["a2"] }] },
      {
        id: "client-view",
        scale,
        dims: [{ id: "access", title: "Access: time together", items: ["c1", "c2"], reverse: ["c2"] }],
      },
    ],
  };
  const rows = pairs(m, {
    "act-assessment": { items: { a1: 4, a2: 2 } },
    "client-view": { items: { c1: "na", c2: 5 } },
  });
  assert.deepEqual([rows[0].mine, rows[0].theirs], [4, 1]); // 4 and (6 - 2); the client's 5 on a reverse-keyed statement is 1
});
