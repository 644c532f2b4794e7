/* Client Partnering Playbook, DOM-free core: what travels in a link's fragment or a
   small file between two people, with no server between them. Needs core/schema.js.
   Three kinds, each a plain object that is also its file's content:

   ask     consultant -> client: {schema: "cpp-client-ask", version: 1, tool, day,
           note, askedBy}; the link opens the client page (docs/client/).
   answers client -> consultant: {schema: "cpp-client-answers", version: 1, tool, day,
           name, askedBy, answers: {statement id: rating}}; the link opens My relationships.
   scores  participant -> facilitator: core/transfer.js's share file ("cpp-scores":
           {day, participant, tools: {tool: {statement id: rating}}}); the link opens
           Room results.

   Ratings are always keyed by statement id, never by position, so a reworded or
   reordered questionnaire still reads an older link. In a link the object is JSON,
   UTF-8, base64url, after "<kind>=1." and followed by "." and a checksum of the rest
   (FNV-1a): a link cut short or edited by hand is caught before anything is read. The
   fragment (after #) is never sent to any server by a browser. Every value read here
   is hostile: each reader returns {error: a sentence for the person} or the cleaned
   object, and never a half-read one. Plain classic script; under Node also
   module.exports. */
(function (root) {
  "use strict";
  root.cppCore = root.cppCore || {};
  var C = root.cppCore;
  C.payload = {};
  var P = C.payload;
  P.KINDS = { ask: "cpp-client-ask", answers: "cpp-client-answers", scores: "cpp-scores" };
  P.MAX_FILE = 200000; // characters: a client's answers are a few hundred
  P.MAX_LINK = 8000;
  var TEXT_MAX = { note: 600, askedBy: 80, name: 80 };

  function sum(s) {
    // FNV-1a, 32 bits, as 8 hex digits
    var h = 0x811c9dc5;
    for (var i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 16777619);
    }
    return ("0000000" + (h >>> 0).toString(16)).slice(-8);
  }
  function toB64(text) {
    var bytes = new TextEncoder().encode(text),
      bin = "";
    for (var i = 0; i < bytes.length; i++) bin += String.fromCharCode(bytes[i]);
    return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }
  function fromB64(b64) {
    var bin = atob(b64.replace(/-/g, "+").replace(/_/g, "/")),
      bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  }
  /* Plain text of at most `max` characters, without control characters. */
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what clean() removes
  var CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;
  function clean(s, max) {
    return typeof s === "string" ? s.replace(CONTROL, "").trim().slice(0, max) : "";
  }

  /* The fragment (without "#") that carries `obj`, of this kind. */
  P.fragment = function (kind, obj) {
    var b64 = toB64(JSON.stringify(obj));
    return kind + "=1." + b64 + "." + sum(kind + "=1." + b64);
  };
  /* Which of our kinds a fragment (with or without "#") carries, or "". */
  P.kindOf = function (hash) {
    var m = /^#?([a-z]+)=1\./.exec(String(hash || ""));
    return m && P.KINDS[m[1]] ? m[1] : "";
  };
  /* A fragment -> {data} (the parsed object, not yet checked) or {error}. */
  P.unwrap = function (hash, kind) {
    var s = String(hash || "").replace(/^#/, "");
    var what = kind === "scores" ? "This scores link" : "This link";
    if (s.length > P.MAX_LINK)
      return { error: what + " is far longer than any the playbook makes, so nothing was read." };
    var m = /^([a-z]+)=1\.([A-Za-z0-9_-]+)\.([0-9a-f]{8})$/.exec(s);
    if (!m || m[1] !== kind) {
      return {
        error:
          s.indexOf(kind + "=") === 0
            ? what + " is damaged (cut short or changed), so nothing was read. Ask for the link again, or for the file."
            : what + " does not hold what this page reads, so nothing was read.",
      };
    }
    if (sum(m[1] + "=1." + m[2]) !== m[3])
      return {
        error:
          what + " is damaged (cut short or changed), so nothing was read. Ask for the link again, or for the file.",
      };
    var data;
    try {
      data = JSON.parse(fromB64(m[2]));
    } catch (_e) {
      return { error: what + " is damaged (cut short or changed), so nothing was read." };
    }
    return { data: data };
  };

  /* ---- ask: consultant -> client ------------------------------------------------- */
  P.ask = function (tool, note, askedBy, day) {
    return {
      schema: P.KINDS.ask,
      version: 1,
      tool: tool,
      day: day,
      note: clean(note, TEXT_MAX.note),
      askedBy: clean(askedBy, TEXT_MAX.askedBy),
    };
  };
  /* `tools`: the ids this page can ask about. */
  P.readAsk = function (hash, tools) {
    var r = P.unwrap(hash, "ask"),
      d = r.data;
    if (r.error) return r;
    if (!C.isObj(d) || d.schema !== P.KINDS.ask || d.version !== 1)
      return { error: "This link does not hold a question from the playbook, so the form opens without a note." };
    if (tools.indexOf(d.tool) < 0)
      return { error: "This link asks about a form this page does not have, so the form opens without a note." };
    return {
      ask: {
        tool: d.tool,
        day: C.isDay(d.day) ? d.day : "",
        note: clean(d.note, TEXT_MAX.note),
        askedBy: clean(d.askedBy, TEXT_MAX.askedBy),
      },
    };
  };

  /* ---- answers: client -> consultant --------------------------------------------- */
  /* `ratings`: {statement id: rating}; only the tool's statements with a valid rating go. */
  P.answers = function (tool, ratings, man, meta) {
    var t = man.tools[tool],
      out = {};
    C.keys(ratings).forEach(function (k) {
      if (t && t.items[k] && typeof ratings[k] === "number" && !C.checkValue(ratings[k], t, k)) out[k] = ratings[k];
    });
    meta = meta || {};
    return {
      schema: P.KINDS.answers,
      version: 1,
      tool: tool,
      day: meta.day || C.localDay(C.now()),
      name: clean(meta.name, TEXT_MAX.name),
      askedBy: clean(meta.askedBy, TEXT_MAX.askedBy),
      answers: out,
    };
  };
  P.answersName = function (data) {
    return "client-answers-" + data.tool + "-" + data.day + ".json";
  };

  /* Ratings of one tool from a link or a file made before the site renamed or retired
     some of its ids (links/answer-renames.json, as C.applyRenames reads it for saved
     answers): a renamed tool or statement is read under its new id; a retired
     statement's rating is left out and counted. Any other id stays as it is, for the
     caller to refuse. -> {tool: the id now, ratings: {id: rating}, retired: n}, or
     null when the tool itself is retired. */
  P.current = function (tool, ratings, man) {
    var r = man.renames,
      to = C.has(r.components, tool) ? r.components[tool] : tool,
      out = C.dict(),
      retired = 0;
    if (to === null) return null;
    if (typeof to !== "string" || !C.isId(to)) to = tool;
    C.keys(ratings).forEach(function (k) {
      var key = to + "/" + k,
        moved = C.has(r.items, key) ? r.items[key] : undefined,
        p = typeof moved === "string" ? moved.split("/") : [];
      if (moved === null) retired++;
      else if (p.length === 2 && p[0] === to && C.isId(p[1])) out[p[1]] = ratings[k];
      else out[k] = ratings[k];
    });
    return { tool: to, ratings: out, retired: retired };
  };
  /* What a reader says of the ratings P.current left out ("" when none were). */
  function leftOut(n) {
    if (!n) return "";
    return n === 1
      ? "1 rating of a statement this version of the playbook no longer asks was left out."
      : n + " ratings of statements this version of the playbook no longer asks were left out.";
  }

  var OTHER = {
    "cpp-answers":
      "This is a backup or export of a workspace, not a client's answers. Import it with Import from a file instead; nothing was imported here.",
    "cpp-scores": "This is a participant's scores for Room results, not a client's answers, so nothing was imported.",
    "cpp-client-ask": "This is the link you send to your client, not their answers, so nothing was imported.",
  };
  /* The object from a link or a file -> {answers: cleaned} or {error}. All or nothing:
     one rating out of range or one unknown statement rejects the whole. `tool`: the id
     this page takes answers for. */
  P.checkAnswers = function (d, man, tool) {
    var title = function (id) {
      return man.tools[id] ? "“" + man.tools[id].title + "”" : "“" + id + "”";
    };
    if (!C.isObj(d)) return { error: "This does not hold a client's answers, so nothing was imported." };
    if (d.schema !== P.KINDS.answers)
      return { error: OTHER[d.schema] || "This does not hold a client's answers, so nothing was imported." };
    if (typeof d.version === "number" && d.version > 1)
      return { error: "These answers come from a newer version of the playbook, so nothing was imported." };
    if (d.version !== 1 || !C.isObj(d.answers) || typeof d.tool !== "string")
      return { error: "These answers are damaged (cut short or edited), so nothing was imported." };
    var now = P.current(d.tool, d.answers, man);
    if (!now)
      return {
        error: "These are answers to a form this version of the playbook no longer has, so nothing was imported.",
      };
    if (now.tool !== tool)
      return {
        error: "These are answers to " + title(now.tool) + ", not to " + title(tool) + ", so nothing was imported.",
      };
    var t = man.tools[tool],
      out = {},
      bad = "";
    C.keys(now.ratings).forEach(function (k) {
      if (bad) return;
      var v = now.ratings[k];
      if (!t.items[k]) bad = "they rate a statement this version of the playbook does not ask (“" + clean(k, 40) + "”)";
      else if (C.checkValue(v, t, k) || typeof v !== "number")
        bad =
          "the rating of “" +
          k +
          "” is " +
          clean(JSON.stringify(v), 20) +
          ", outside " +
          t.scale.min +
          " to " +
          t.scale.max;
      else out[k] = v;
    });
    if (bad) return { error: "These answers cannot be used: " + bad + ". Nothing was imported." };
    if (!C.keys(out).length)
      return {
        error: now.retired
          ? "These answers rate only statements this version of the playbook no longer asks, so nothing was imported."
          : "These answers hold no ratings, so nothing was imported.",
      };
    return {
      answers: {
        tool: tool,
        day: C.isDay(d.day) ? d.day : "",
        name: clean(d.name, TEXT_MAX.name),
        askedBy: clean(d.askedBy, TEXT_MAX.askedBy),
        answers: out,
      },
      // ratings of statements this version no longer asks: left out, and said so
      retired: leftOut(now.retired),
    };
  };
  P.readAnswersLink = function (hash, man, tool) {
    var r = P.unwrap(hash, "answers");
    return r.error ? r : P.checkAnswers(r.data, man, tool);
  };
  /* A file's size and text (size first: a huge file is never read). */
  P.tooLarge = function (bytes) {
    return bytes > P.MAX_FILE
      ? "This file is " +
          (bytes >= 1e6 ? (bytes / 1e6).toFixed(1) + " MB" : Math.round(bytes / 1e3) + " kB") +
          ", far larger than any answers file the playbook makes, so it was not opened."
      : "";
  };
  P.readAnswersFile = function (text, man, tool) {
    if (typeof text !== "string" || !text.trim()) return { error: "This file is empty, so nothing was imported." };
    var big = P.tooLarge(text.length);
    if (big) return { error: big };
    var d;
    try {
      d = JSON.parse(text);
    } catch (_e) {
      return {
        error: /"cpp-client-answers"/.test(text)
          ? "These answers are damaged (cut short or edited), so nothing was imported."
          : "This is not a file of a client's answers, so nothing was imported.",
      };
    }
    return P.checkAnswers(d, man, tool);
  };

  /* ---- scores: participant -> facilitator ---------------------------------------- */
  /* A scores link -> {data: the share object, text: as a file would hold it} or {error}.
     Stricter than a file (core/room.js keeps a file's valid part): a link is checked
     whole, and one bad rating rejects it. */
  P.readScoresLink = function (hash, man) {
    var r = P.unwrap(hash, "scores"),
      d = r.data;
    if (r.error) return r;
    if (!C.isObj(d) || d.schema !== P.KINDS.scores || d.version !== 1 || !C.isObj(d.tools))
      return { error: "This scores link does not hold a participant's scores, so nothing was read." };
    if (!C.isDay(d.day)) return { error: "This scores link has no readable day, so it was not counted." };
    if (typeof d.participant !== "string" || !/^[0-9A-Za-z_-]{6,40}$/.test(d.participant))
      return { error: "This scores link has no readable participant code, so it was not counted." };
    var bad = "",
      n = 0,
      retired = 0,
      tools = C.dict();
    C.keys(d.tools).forEach(function (id) {
      if (bad) return;
      var items = d.tools[id],
        now = P.current(id, C.isObj(items) ? items : {}, man),
        t = now ? man.tools[now.tool] : null;
      if (!now) {
        if (C.isObj(items)) retired += C.keys(items).length; // a self-assessment this version no longer has
        return;
      }
      if (!t || t.kind !== "assessment") {
        bad = "this site has no self-assessment “" + clean(id, 40) + "”";
        return;
      }
      if (!C.isObj(items)) {
        bad = "the ratings of " + t.title + " are unreadable";
        return;
      }
      retired += now.retired;
      tools[now.tool] = tools[now.tool] || C.dict();
      C.keys(now.ratings).forEach(function (k) {
        var v = now.ratings[k];
        if (bad) return;
        if (!t.items[k]) bad = t.title + " has no statement “" + clean(k, 40) + "”";
        else if (typeof v !== "number" || C.checkValue(v, t, k))
          bad =
            "a rating in " +
            t.title +
            " is " +
            clean(JSON.stringify(v), 20) +
            ", outside " +
            t.scale.min +
            " to " +
            t.scale.max;
        else {
          tools[now.tool][k] = v;
          n++;
        }
      });
    });
    if (bad) return { error: "This scores link was not counted: " + bad + "." };
    if (!n)
      return {
        error: retired
          ? "This scores link rates only statements this version of the playbook no longer asks, so it was not counted."
          : "This scores link holds no ratings, so it was not counted.",
      };
    var data = { schema: P.KINDS.scores, version: 1, day: d.day, participant: d.participant, tools: tools };
    return {
      data: data,
      text: JSON.stringify(data),
      retired: leftOut(retired),
    };
  };
  /* Would these scores (from readScoresLink) be new to the room (core/room.js)? "" if
     so, else why not. `day`: the room's workshop day ("" until the first response). */
  P.roomRefuses = function (room, data, day) {
    if (day && data.day !== day)
      return (
        "These scores are from " +
        data.day +
        ", another workshop day than this room's (" +
        day +
        "), so they were not counted."
      );
    var seen = C.keys(data.tools).some(function (t) {
      return room.people[t] && room.people[t][data.participant];
    });
    return seen
      ? "Participant code " +
          data.participant.slice(0, 4) +
          "… is already counted, so these scores were not added again."
      : "";
  };

  if (typeof module !== "undefined" && module.exports) module.exports = C;
})(typeof window !== "undefined" ? window : globalThis);
