/* How the messages write a day (C.dayText): the words of the browser's en-US short date,
   without asking the browser's locale data for them. */
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { C } = require("./helpers.js");

test("every day of two years reads as toLocaleDateString's en-US short date", () => {
  const words = { month: "short", day: "numeric", year: "numeric", timeZone: "UTC" };
  let checked = 0;
  for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2026, 0, 1); t += 864e5) {
    const day = new Date(t).toISOString().slice(0, 10);
    assert.equal(C.dayText(day), new Date(t).toLocaleDateString("en-US", words), day);
    checked++;
  }
  assert.equal(checked, 731);
});

test("anything but a day reads as nothing", () => {
  for (const x of [
    undefined,
    null,
    7,
    {},
    ["2025-01-10"],
    "",
    "2025-1-10",
    "2025-13-01",
    "10/01/2025",
    "2025-01-10T00:00",
  ])
    assert.equal(C.dayText(x), "", JSON.stringify(x));
});
