// Backup decisions (overrides/assets/playbook/backup-core.js) with a fake clock: every
// "now" is passed in, so these run the same on any day and in any time zone.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
const C = require(path.join(__dirname, "../../overrides/assets/playbook/backup-core.js"));

const DAY = 86400000;
const T0 = new Date(2026, 0, 10, 9, 0).getTime(); // Jan 10 2026, 09:00 local
const at = (days, hours = 0) => new Date(T0 + days * DAY + hours * 3600000).toISOString();

function exportOf(...answered) {
  // an export file whose answers were saved at these times
  return {
    schema: "cpp-answers",
    version: 2,
    exported: at(99),
    workspaces: [
      {
        name: "Acme",
        created: at(-30),
        updated: at(-30),
        components: Object.fromEntries(
          answered.map((t, i) => [`tool-${i}`, { items: { a: true, b: "x" }, updated: t }]),
        ),
        history: [],
      },
    ],
  };
}
const EMPTY = {
  schema: "cpp-answers",
  version: 2,
  workspaces: [{ name: "My answers", created: at(-40), updated: at(-40), components: {}, history: [] }],
};

test("the age of the last backup reads as a person would say it", () => {
  assert.equal(C.ageText(null, T0), "never");
  assert.equal(C.ageText("not a date", T0), "never");
  assert.equal(C.ageText(at(0, -2), T0), "today");
  assert.equal(C.ageText(at(-1), T0), "yesterday");
  assert.equal(C.ageText(at(-12), T0), "12 days ago");
  // by the calendar, not by 24-hour blocks: 23:30 yesterday is "yesterday" at 00:30
  const late = new Date(2026, 0, 9, 23, 30).getTime(),
    early = new Date(2026, 0, 10, 0, 30).getTime();
  assert.equal(C.ageText(new Date(late).toISOString(), early), "yesterday");
});

test("no reminder for a reader with no answers, however old the workspace", () => {
  const r = C.reminder({}, EMPTY, T0 + 100 * DAY);
  assert.equal(r.show, false);
  assert.equal(r.never, true);
});

test("never backed up: a reminder once the first answer is over 6 days old, before Safari's 7 days", () => {
  const data = exportOf(at(0));
  assert.equal(C.reminder({ firstSaved: at(0) }, data, T0 + 6 * DAY).show, false);
  assert.equal(C.reminder({ firstSaved: at(0) }, data, T0 + 6 * DAY + 3600000).show, true);
  assert.equal(C.reminder({ firstSaved: at(0) }, data, T0 + 7 * DAY).show, true);
  // answers saved before this feature shipped: the oldest answer's time stands in
  assert.equal(C.reminder({}, data, T0 + 7 * DAY).show, true);
  assert.equal(C.reminder({}, data, T0 + 3 * DAY).show, false);
});

test("a recent backup: no reminder, even with changes since", () => {
  const r = C.reminder({ lastBackup: at(0) }, exportOf(at(2)), T0 + 5 * DAY);
  assert.equal(r.unsaved, true);
  assert.equal(r.show, false);
  assert.equal(r.age, "5 days ago");
});

test("an old backup: no reminder while nothing changed after it", () => {
  const r = C.reminder({ lastBackup: at(5) }, exportOf(at(1), at(4)), T0 + 40 * DAY);
  assert.equal(r.unsaved, false);
  assert.equal(r.show, false);
});

test("an old backup and a newer change: the reminder shows", () => {
  const r = C.reminder({ lastBackup: at(0) }, exportOf(at(-3), at(20)), T0 + 21 * DAY);
  assert.deepEqual([r.show, r.never, r.age, r.answers], [true, false, "21 days ago", 4]);
});

test("a change to the score history counts as a change", () => {
  const data = exportOf(at(-5));
  data.workspaces[0].history.push({ component: "act", day: "2026-01-30", at: at(20), scores: { access: 7 } });
  assert.equal(C.reminder({ lastBackup: at(0) }, data, T0 + 21 * DAY).show, true);
});

test("Not now hides the reminder for 3 days, then it comes back if still due", () => {
  const data = exportOf(at(20)),
    state = { lastBackup: at(0), snoozed: at(21) };
  assert.equal(C.reminder(state, data, T0 + 22 * DAY).show, false);
  assert.equal(C.reminder(state, data, T0 + 23.9 * DAY).show, false);
  assert.equal(C.reminder(state, data, T0 + 24.1 * DAY).show, true);
});

test("damaged or foreign data never throws and never reminds", () => {
  for (const bad of [null, 7, "x", {}, { workspaces: "no" }, { workspaces: [null, 3, { components: [] }] }]) {
    assert.equal(C.reminder({ lastBackup: "garbage" }, bad, T0).show, false);
    assert.equal(C.summary(bad).answers, 0);
  }
});

test("summary counts answers and history points across workspaces", () => {
  const data = exportOf(at(1), at(3));
  data.workspaces.push({
    name: "Beta",
    components: { t: { items: { q: 2 }, updated: at(7) } },
    history: [{ at: at(2) }],
  });
  const s = C.summary(data);
  assert.deepEqual([s.answers, s.points, s.latest, s.oldest], [5, 1, Date.parse(at(7)), Date.parse(at(1))]);
});

test("summary reads today's export files (version 3: a time on every answer)", () => {
  const data = {
    schema: "cpp-answers",
    version: 3,
    exported: at(99),
    workspaces: [
      {
        name: "Acme",
        created: at(-30),
        updated: at(4),
        history: [{ at: at(1) }],
        answers: {
          "act-assessment": { "access-1": { value: 3, at: at(2) }, "trust-1": { value: 4, at: at(3) } },
          "trust-builders": { "tell-early": { value: true, at: at(-2) } },
        },
      },
      { name: "Beta", created: at(-30), updated: at(-5), answers: {}, history: [] },
    ],
  };
  const s = C.summary(data);
  assert.deepEqual([s.answers, s.points, s.latest, s.oldest], [3, 1, Date.parse(at(4)), Date.parse(at(-5))]);
});

test("the kept file: never written empty, and held when the answers shrink by half", () => {
  assert.equal(C.keepWrite(0, 0), "empty");
  assert.equal(C.keepWrite(0, 40), "empty");
  assert.equal(C.keepWrite(3, 0), "write");
  assert.equal(C.keepWrite(39, 40), "write");
  assert.equal(C.keepWrite(19, 40), "shrunk");
  assert.equal(C.keepWrite(1, 4), "write"); // a handful of answers: deleting most of them is ordinary
});

test("the backup file name carries the local date and time and this browser's id, so two devices' files differ", () => {
  const t = new Date(2026, 2, 5, 23, 59).getTime();
  assert.equal(C.fileName(t), "playbook-backup-2026-03-05-2359.json");
  assert.equal(C.fileName(t, "k3f9"), "playbook-backup-2026-03-05-2359-k3f9.json");
  assert.notEqual(C.fileName(t, "k3f9"), C.fileName(t, "ab2c"));
  assert.equal(C.fileName(t, "../x"), "playbook-backup-2026-03-05-2359.json"); // a hostile tag is left out
});

test("as a classic script (no module system) it defines window.cppBackupCore", () => {
  const vm = require("node:vm"),
    fs = require("node:fs");
  const window = {};
  vm.runInNewContext(fs.readFileSync(path.join(__dirname, "../../overrides/assets/playbook/backup-core.js"), "utf8"), {
    window,
  });
  assert.equal(window.cppBackupCore.ageText(null, T0), "never");
});
