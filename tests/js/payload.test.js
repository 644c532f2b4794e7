/* Links and small files between two people (core/payload.js): the consultant's question,
   the client's answers, a participant's scores. Each reader either returns the whole,
   cleaned, or a sentence saying why nothing was read. */
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
const { C, at, MANIFEST } = require("./helpers.js");
const CORE = path.join(__dirname, "..", "..", "overrides", "assets", "playbook", "core");
require(path.join(CORE, "room.js"));
require(path.join(CORE, "payload.js"));

const VIEW = {
  id: "client-view",
  kind: "assessment",
  title: "How is working with us going?",
  items: ["cv-time", "cv-direct", "cv-trust"].map((id) => ({ id, type: "rating" })),
  scale: { min: 1, max: 5 },
  dimensions: [
    { id: "access", title: "Access", statements: [{ id: "cv-time" }, { id: "cv-direct" }], min: 2, max: 10, bands: [] },
    { id: "trust", title: "Trust", statements: [{ id: "cv-trust" }], min: 1, max: 5, bands: [] },
  ],
};
const man = C.readManifest({ ...MANIFEST, tools: [...MANIFEST.tools, VIEW] });
const P = C.payload;

/* Change one character of the base64 part of a fragment, keeping its checksum. */
function edit(frag) {
  const [head, b64, sum] = frag.split(".");
  const i = Math.floor(b64.length / 2);
  return [head, b64.slice(0, i) + (b64[i] === "A" ? "B" : "A") + b64.slice(i + 1), sum].join(".");
}

test("a question to the client goes there and back, with its note in any language", () => {
  const frag = P.fragment("ask", P.ask("client-view", "Hi Ana, ça va? <b>10 minutes</b>", "Sam Lee", "2026-12-07"));
  assert.equal(P.kindOf("#" + frag), "ask");
  assert.match(frag, /^ask=1\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
  const r = P.readAsk("#" + frag, ["client-view"]);
  assert.deepEqual(r.ask, {
    tool: "client-view",
    day: "2026-12-07",
    note: "Hi Ana, ça va? <b>10 minutes</b>",
    askedBy: "Sam Lee",
  });
  assert.match(P.readAsk("#" + frag, ["act-assessment"]).error, /form this page does not have/);
});

test("the client's answers carry statement ids and survive the link and the file", () => {
  at("2026-12-08T10:00:00Z");
  const data = P.answers("client-view", { "cv-time": 4, "cv-trust": 2, "cv-direct": 9, "act-x": 3 }, man, {
    name: "Ana\u0007 Ruiz",
    askedBy: "Sam",
  });
  assert.deepEqual(data.answers, { "cv-time": 4, "cv-trust": 2 }, "out-of-range and foreign ratings are not sent");
  assert.equal(data.day, "2026-12-08");
  assert.equal(data.name, "Ana Ruiz", "control characters are dropped");
  const byLink = P.readAnswersLink("#" + P.fragment("answers", data), man, "client-view");
  const byFile = P.readAnswersFile(JSON.stringify(data, null, 1), man, "client-view");
  assert.deepEqual(byLink.answers, {
    tool: "client-view",
    day: "2026-12-08",
    name: "Ana Ruiz",
    askedBy: "Sam",
    answers: { "cv-time": 4, "cv-trust": 2 },
  });
  assert.deepEqual(byFile, byLink);
  assert.equal(P.answersName(data), "client-answers-client-view-2026-12-08.json");
});

test("a damaged or edited link is refused whole, with a reason", () => {
  const frag = P.fragment("answers", P.answers("client-view", { "cv-time": 4 }, man));
  assert.match(P.readAnswersLink("#" + edit(frag), man, "client-view").error, /damaged \(cut short or changed\)/);
  assert.match(P.readAnswersLink("#" + frag.slice(0, -12), man, "client-view").error, /damaged/);
  assert.match(
    P.readAnswersLink("#" + frag.replace(/\.[0-9a-f]{8}$/, ".00000000"), man, "client-view").error,
    /damaged/,
  );
  assert.match(
    P.readAnswersLink("#ask=1.e30.00000000", man, "client-view").error,
    /does not hold what this page reads/,
  );
  assert.match(
    P.readAnswersLink("#" + "answers=1." + "A".repeat(9000) + ".00000000", man, "client-view").error,
    /far longer/,
  );
  // a hand-made link with a valid checksum is still checked like a file
  const forged = P.fragment("answers", {
    schema: "cpp-client-answers",
    version: 1,
    tool: "client-view",
    answers: { "cv-time": 6 },
  });
  assert.match(
    P.readAnswersLink("#" + forged, man, "client-view").error,
    /rating of “cv-time” is 6, outside 1 to 5. Nothing was imported/,
  );
});

test("answers for another tool, another kind of file, junk or a huge file are refused", () => {
  const other = { ...P.answers("client-view", { "cv-time": 3 }, man), tool: "act-assessment" };
  assert.match(
    P.checkAnswers(other, man, "client-view").error,
    /answers to “ACT self-assessment”, not to “How is working with us going\?”/,
  );
  assert.match(
    P.readAnswersFile(JSON.stringify({ schema: "cpp-answers", version: 3, workspaces: [] }), man, "client-view").error,
    /backup or export of a workspace/,
  );
  assert.match(
    P.readAnswersFile(JSON.stringify({ schema: "cpp-scores", version: 1 }), man, "client-view").error,
    /participant's scores/,
  );
  assert.match(P.readAnswersFile('{"schema":"cpp-client-answers","ver', man, "client-view").error, /damaged/);
  assert.match(P.readAnswersFile("hello", man, "client-view").error, /not a file of a client's answers/);
  assert.match(P.readAnswersFile("", man, "client-view").error, /empty/);
  assert.match(P.readAnswersFile(" ".repeat(10e6) + "{}", man, "client-view").error, /10\.0 MB, far larger/);
  assert.match(P.tooLarge(10 * 1024 * 1024), /10\.5 MB/);
  assert.equal(P.tooLarge(900), "");
  const unknown = { ...P.answers("client-view", { "cv-time": 3 }, man), answers: { "cv-time": 3, "cv-gone": 2 } };
  assert.match(P.checkAnswers(unknown, man, "client-view").error, /does not ask \(“cv-gone”\)/);
  assert.match(P.checkAnswers({ ...unknown, version: 2 }, man, "client-view").error, /newer version/);
  assert.match(P.checkAnswers({ ...unknown, answers: {} }, man, "client-view").error, /no ratings/);
});

function scores(participant, day, ratings) {
  return { schema: "cpp-scores", version: 1, day, participant, tools: { "act-assessment": ratings } };
}

test("a scores link reads into the room like a file, and the room refuses a second or another day's", () => {
  const room = C.room.newRoom();
  const a = P.readScoresLink(
    "#" + P.fragment("scores", scores("a1b2c3d4", "2026-12-07", { a1: 4, a2: 2, c1: 5, c2: 5, t1: 1, t2: 2 })),
    man,
  );
  assert.equal(P.roomRefuses(room, a.data, ""), "");
  C.room.add(room, "link 1", a.text, man);
  assert.equal(C.room.summary(room, man)[0].n, 1);
  assert.match(P.roomRefuses(room, a.data, "2026-12-07"), /a1b2… is already counted/);
  const b = P.readScoresLink("#" + P.fragment("scores", scores("ffee0011", "2026-12-06", { a1: 3 })), man);
  assert.match(
    P.roomRefuses(room, b.data, "2026-12-07"),
    /from 2026-12-06, another workshop day than this room's \(2026-12-07\)/,
  );
});

test("a scores link with a rating out of range, a foreign tool or no code is refused whole", () => {
  const read = (d) => P.readScoresLink("#" + P.fragment("scores", d), man).error;
  assert.match(
    read(scores("a1b2c3d4", "2026-12-07", { a1: 4, a2: 0 })),
    /a rating in ACT self-assessment is 0, outside 1 to 5/,
  );
  assert.match(read(scores("a1b2c3d4", "2026-12-07", { a1: "5" })), /is "5", outside/);
  assert.match(read(scores("a1b2c3d4", "2026-12-07", { zz: 5 })), /has no statement “zz”/);
  assert.match(
    read({ ...scores("a1b2c3d4", "2026-12-07", {}), tools: { "first-meeting": { agenda: 1 } } }),
    /no self-assessment “first-meeting”/,
  );
  assert.match(read(scores("", "2026-12-07", { a1: 4 })), /no readable participant code/);
  assert.match(read(scores("a1b2c3d4", "07/12/2026", { a1: 4 })), /no readable day/);
  assert.match(read(scores("a1b2c3d4", "2026-12-07", {})), /holds no ratings/);
  assert.match(
    P.readScoresLink("#" + edit(P.fragment("scores", scores("a1b2c3d4", "2026-12-07", { a1: 4 }))), man).error,
    /scores link is damaged/,
  );
});

/* Links made before a deploy that renamed or retired ids (links/answer-renames.json):
   what is still asked is read under today's ids, what was retired is left out and said. */
const RENAMED = C.readManifest({
  ...MANIFEST,
  tools: [...MANIFEST.tools, VIEW],
  renames: {
    components: { "old-view": "client-view", "gone-view": null },
    items: {
      "client-view/cv-old-trust": "client-view/cv-trust",
      "client-view/cv-gone": null,
      "act-assessment/a9": null,
    },
  },
});

test("a client's answers from before a rename import under today's ids, a retired statement left out", () => {
  const old = { schema: "cpp-client-answers", version: 1, tool: "old-view", day: "2026-11-02", answers: {} };
  const r = P.checkAnswers(
    { ...old, answers: { "cv-time": 4, "cv-old-trust": 2, "cv-gone": 5 } },
    RENAMED,
    "client-view",
  );
  assert.deepEqual({ ...r.answers.answers }, { "cv-time": 4, "cv-trust": 2 });
  assert.equal(r.answers.tool, "client-view");
  assert.equal(r.retired, "1 rating of a statement this version of the playbook no longer asks was left out.");
  const none = P.checkAnswers({ ...old, tool: "client-view", answers: { "cv-time": 4 } }, RENAMED, "client-view");
  assert.equal(none.retired, "");
  // only retired ones: nothing to import, and why
  assert.match(
    P.checkAnswers({ ...old, answers: { "cv-gone": 5 } }, RENAMED, "client-view").error,
    /only statements this version of the playbook no longer asks/,
  );
  // a retired form, an unknown statement, a rating out of range: refused whole, as before
  assert.match(
    P.checkAnswers({ ...old, tool: "gone-view" }, RENAMED, "client-view").error,
    /form this version of the playbook no longer has/,
  );
  assert.match(
    P.checkAnswers({ ...old, answers: { "cv-time": 4, "cv-nope": 3 } }, RENAMED, "client-view").error,
    /does not ask \(“cv-nope”\)/,
  );
  assert.match(
    P.checkAnswers({ ...old, answers: { "cv-old-trust": 9 } }, RENAMED, "client-view").error,
    /“cv-trust” is 9, outside 1 to 5/,
  );
  assert.match(P.checkAnswers({ ...old, tool: 7 }, RENAMED, "client-view").error, /damaged/);
});

test("a participant's scores link from before a rename is counted under today's ids, a retired statement left out", () => {
  const link = (tools) =>
    P.readScoresLink(
      "#" +
        P.fragment("scores", { schema: "cpp-scores", version: 1, day: "2026-12-07", participant: "a1b2c3d4", tools }),
      RENAMED,
    );
  const r = link({ "act-assessment": { a1: 4, a9: 2 }, "gone-view": { x: 3 } });
  assert.deepEqual(JSON.parse(r.text).tools, { "act-assessment": { a1: 4 } });
  assert.equal(r.retired, "2 ratings of statements this version of the playbook no longer asks were left out.");
  const room = C.room.newRoom();
  C.room.add(room, "link 1", r.text, RENAMED);
  assert.equal(C.room.summary(room, RENAMED)[0].n, 1);
  assert.match(
    link({ "act-assessment": { a9: 2 } }).error,
    /rates only statements this version of the playbook no longer asks/,
  );
  assert.match(link({ "act-assessment": { a1: 4, zz: 2 } }).error, /has no statement “zz”/);
  assert.equal(link({ "act-assessment": { a1: 4 } }).retired, "");
});
