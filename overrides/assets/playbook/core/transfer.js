/* Client Partnering Playbook, DOM-free core (3 of 3): export files, reading an import,
   and the plan and merge of one.
   Export files: {schema: "cpp-answers", version: 3, exported, workspaces: [{name, created,
   updated, answers: {tool: {item: {value, at}}}, history, skipped}]}. Older files still
   import: version 2 ({workspaces: [{name, components: {tool: {items, updated}}, history}]})
   and version 1 ({components} at the top: into the active workspace). Every answer of an
   older file takes its tool's `updated` time (else the file's `exported` time). */
(function (root) {
  "use strict";
  root.cppCore = root.cppCore || {};
  var C = root.cppCore;
  var SCHEMA = "cpp-answers",
    VERSION = 3;
  C.EXPORT_VERSION = VERSION;

  function copy(x) {
    return JSON.parse(JSON.stringify(x));
  }

  /* The export of these workspaces (ids), or of all of them: a plain object. */
  C.exportData = function (state, ids) {
    return {
      schema: SCHEMA,
      version: VERSION,
      exported: C.now().toISOString(),
      workspaces: state.workspaces
        .filter(function (w) {
          return !ids || ids.indexOf(w.id) >= 0;
        })
        .map(function (w) {
          var out = {
            name: w.name,
            created: w.created,
            updated: w.updated,
            answers: copy(w.answers),
            history: copy(w.history),
          };
          if (w.skipped.length) out.skipped = copy(w.skipped);
          if (C.isCode(w.code)) out.code = w.code;
          return out;
        }),
    };
  };
  /* One workspace: its name and the day. Every workspace (a backup): the local day and
     time and this browser's short id (C.deviceTag), so that two devices' backups, or two
     of the same day, never get the same name. */
  C.exportName = function (data, single, device) {
    var slug =
      single && data.workspaces.length === 1
        ? C.cleanName(data.workspaces[0].name)
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, "-")
            .replace(/^-|-$/g, "")
            .slice(0, 40)
        : "";
    if (slug) return "playbook-answers-" + slug + "-" + data.exported.slice(0, 10) + ".json";
    return "playbook-answers-" + C.stamp(new Date(data.exported), device) + ".json";
  };
  /* "2026-03-05-2359-k3f9": the local day and time, then the device tag if any. */
  C.stamp = function (d, device) {
    var hm = new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(11, 16).replace(":", "");
    var tag = typeof device === "string" && /^[a-z0-9]{1,8}$/.test(device) ? "-" + device : "";
    return C.localDay(d) + "-" + hm + tag;
  };
  /* A browser's short random id, kept in `kv` outside the answers ("cpp-device": not in
     exports, not wiped by "forget"); hostile values are replaced. */
  C.deviceTag = function (kv) {
    var t = kv.get("cpp-device");
    if (typeof t === "string" && /^[a-z0-9]{4}$/.test(t)) return t;
    t = "";
    while (t.length < 4) t += "abcdefghjkmnpqrstuvwxyz23456789".charAt(Math.floor(Math.random() * 31));
    kv.set("cpp-device", t);
    return t;
  };
  C.countTools = function (data) {
    return data.workspaces.reduce(function (n, w) {
      return (
        n +
        C.keys(w.answers).filter(function (t) {
          return C.keys(C.values(w.answers[t])).length;
        }).length
      );
    }, 0);
  };

  /* "Share my scores with the facilitator": one workspace's self-assessment ratings and
     nothing else (no name, no text, no times; the day only), for the Room results page
     (core/room.js). {schema: "cpp-scores", version: 1, day, participant, tools: {tool:
     {item: rating}}}. `participant` is the workspace's code (w.code): 64 random bits,
     made once and stored with the workspace (and its exports), so that the same
     workspace shared twice counts once. It is derived from nothing: a hash of the name
     and the creation time could be guessed back in a minute. The page stores a code
     (C.newCode) before it shares; without one, the file gets a fresh code. */
  C.SHARE_SCHEMA = "cpp-scores";
  C.SHARE_VERSION = 1;
  C.newCode = function () {
    var b = new Uint8Array(8),
      out = "",
      i;
    if (root.crypto && root.crypto.getRandomValues) root.crypto.getRandomValues(b);
    else for (i = 0; i < 8; i++) b[i] = Math.floor(Math.random() * 256);
    for (i = 0; i < 8; i++) out += (b[i] < 16 ? "0" : "") + b[i].toString(16);
    return out;
  };
  /* Room results only: a full export from before codes existed counts once per workspace
     by this hash of its name and creation time, compared in memory and never shown or
     written anywhere. */
  C.fingerprint = function (name, created) {
    // cyrb53: a 53-bit string hash, as 14 hex digits
    var s = C.nameKey(name) + "|" + String(created || ""),
      h1 = 0xdeadbeef,
      h2 = 0x41c6ce57;
    for (var i = 0; i < s.length; i++) {
      var ch = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    var n = 4294967296 * (2097151 & h2) + (h1 >>> 0);
    return ("00000000000000" + n.toString(16)).slice(-14);
  };
  C.shareData = function (w, man) {
    var tools = {};
    C.keys(w.answers).forEach(function (t) {
      var tool = man.tools[t],
        v = C.values(w.answers[t]),
        out = {};
      if (!tool || tool.kind !== "assessment") return;
      C.keys(v).forEach(function (k) {
        if (tool.items[k] && !C.checkValue(v[k], tool, k)) out[k] = v[k];
      });
      if (C.keys(out).length) tools[t] = out;
    });
    return {
      schema: C.SHARE_SCHEMA,
      version: C.SHARE_VERSION,
      day: C.localDay(C.now()),
      participant: C.isCode(w.code) ? w.code : C.newCode(),
      tools: tools,
    };
  };
  C.shareName = function (data) {
    return "playbook-scores-" + data.day + "-" + data.participant.slice(0, 4) + ".json";
  };

  var NOT = "This file is not an export of playbook answers, so nothing was imported.";
  var DAMAGED = "This export is damaged (it is cut short or has been edited), so nothing was imported.";

  /* The text of a file -> {workspaces: [workspace, name null = the active one], notices}
     or {error: message}. Records that fail validation are left out, with a notice. */
  C.parseImport = function (text, manifest) {
    var man = manifest && manifest.tools ? manifest : C.readManifest(manifest),
      data;
    try {
      data = JSON.parse(text);
    } catch (_e) {
      return { error: /^\s*\{/.test(text) && text.indexOf('"' + SCHEMA + '"') >= 0 ? DAMAGED : NOT };
    }
    if (!C.isObj(data) || data.schema !== SCHEMA) return { error: NOT };
    var v = typeof data.version === "string" && /^\d+$/.test(data.version.trim()) ? Number(data.version) : data.version;
    if (typeof v !== "number" || v % 1 !== 0 || v < 1) return { error: DAMAGED };
    if (v > VERSION)
      return { error: "This export comes from a newer version of the playbook, so nothing was imported." };
    var fileTime = C.isTime(data.exported) ? C.notAfterNow(data.exported) : C.now().toISOString();
    var spaces =
      v < 2 ? (C.isObj(data.components) ? [{ name: null, components: data.components }] : null) : data.workspaces;
    if (!Array.isArray(spaces)) return { error: DAMAGED };
    var out = [],
      notices = [];
    spaces.forEach(function (w, i) {
      if (!C.isObj(w)) {
        notices.push({ workspace: "workspace " + (i + 1), tool: null, text: "is unreadable and was left out" });
        return;
      }
      var raw = {
        id: "x",
        code: w.code,
        name: w.name === null ? "(this one)" : w.name,
        created: w.created,
        updated: w.updated,
        history: w.history,
        answers: C.dict(),
      };
      if (v < 3) {
        // tools' records -> answers with the tool's time
        C.keys(w.components).forEach(function (tool) {
          var rec = w.components[tool],
            at = rec && C.isTime(rec.updated) ? rec.updated : fileTime,
            items = C.dict();
          if (!C.isObj(rec) || !C.isObj(rec.items)) {
            raw.answers[tool] = "unreadable";
            return;
          }
          C.keys(rec.items).forEach(function (k) {
            items[k] = { value: rec.items[k], at: at };
          });
          raw.answers[tool] = items;
        });
      } else raw.answers = w.answers;
      var r = C.cleanWorkspace(raw, man, fileTime);
      r.w.skipped = []; // not imported: they stay in the file
      r.notices.forEach(function (n) {
        n.text = n.text.replace(/ set aside:/, " left out:");
      });
      if (w.name === null) r.w.name = null;
      // no answers in the file at all (not: every answer left out): a client not begun yet
      else if (!C.keys(v < 3 ? w.components : w.answers).length && !(Array.isArray(w.history) && w.history.length))
        r.w.unbegun = true;
      notices = notices.concat(
        r.notices.filter(function (n) {
          return !/unreadable dates|no readable name|set aside earlier/.test(n.text);
        }),
      );
      out.push(r.w);
    });
    /* A named workspace with no answers yet is kept too: it is a client relationship. */
    var useful = out.filter(function (w) {
      var keep = w.unbegun || !C.isEmpty(w) || C.keys(w.answers).length;
      delete w.unbegun;
      return keep;
    });
    if (!useful.length)
      return {
        error: notices.length
          ? "Nothing in this file could be imported: " + C.describe(notices)
          : "This export holds no answers, so nothing was imported.",
      };
    return { workspaces: useful, notices: notices };
  };

  /* Notices as one sentence each: In “Acme”, ACT self-assessment had ... At most
     DESCRIBED of them, each of bounded length: a file with 10,000 bad records or a
     1,000,000-character id makes a short message. */
  var DESCRIBED = 12;
  C.describe = function (notices, man) {
    var said = notices.slice(0, DESCRIBED).map(function (n) {
      var text = C.text(n.text, 400),
        id = C.text(n.tool),
        ws = C.text(n.workspace, 120);
      if (!ws) return text + ".";
      var tool =
        id && man && C.has(man.tools, id)
          ? "“" + man.tools[id].title + "”"
          : id
            ? "the tool “" + id + "”"
            : "the workspace";
      return "In “" + ws + "”, " + tool + " " + text + ".";
    });
    if (notices.length > DESCRIBED) said.push("And " + (notices.length - DESCRIBED) + " more like these.");
    return said.join(" ");
  };
  /* A list of ids for a message: the first few, then how many more. */
  C.listOf = function (ids, sep) {
    var shown = ids
      .slice(0, DESCRIBED)
      .map(function (x) {
        return C.text(x);
      })
      .join(sep || ", ");
    return ids.length > DESCRIBED ? shown + " and " + (ids.length - DESCRIBED) + " more" : shown;
  };

  /* The bytes of a file -> {text} or {error}. UTF-8 (with or without its mark) and UTF-16
     with a byte-order mark are read; anything else (a Latin-1 file, say) is refused
     rather than read with replacement characters. */
  C.ENCODING =
    "This file is not saved as UTF-8 or UTF-16 text, so it could not be read and nothing was imported. " +
    "Export it again from the playbook, or save it as UTF-8.";
  C.decodeFile = function (buf) {
    var b = new Uint8Array(buf),
      enc = "utf-8",
      skip = 0;
    if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) skip = 3;
    else if (b[0] === 0xff && b[1] === 0xfe) {
      enc = "utf-16le";
      skip = 2;
    } else if (b[0] === 0xfe && b[1] === 0xff) {
      enc = "utf-16be";
      skip = 2;
    }
    try {
      return { text: new TextDecoder(enc, { fatal: true }).decode(b.subarray(skip)) };
    } catch (_e) {
      return { error: C.ENCODING };
    }
  };

  /* A chosen file (a Blob) -> a promise of {text} or {error}, as decodeFile says: the one
     way the playbook reads a file a reader opens (import, a client's answers, Room
     results), so every one of them is read in the same encodings and refused alike. */
  C.readFile = function (file) {
    return file.arrayBuffer().then(C.decodeFile);
  };

  /* Where each workspace of a file goes: {w, into: id} or {w, name: new name}; {w, ask:
     existing} when a non-empty workspace has the same name (the reader chooses). */
  C.planImport = function (state, activeId, spaces) {
    var taken = state.workspaces.map(function (w) {
      return C.nameKey(w.name);
    });
    function free(name) {
      for (var n = 1, x = name; ; n++, x = name + " (" + n + ")")
        if (taken.indexOf(C.nameKey(x)) < 0) {
          taken.push(C.nameKey(x));
          return x;
        }
    }
    return spaces.map(function (w) {
      if (w.name === null) return { w: w, into: activeId };
      var name = C.cleanName(w.name) || "Imported answers",
        key = C.nameKey(name);
      var same = state.workspaces.filter(function (x) {
        return C.nameKey(x.name) === key;
      })[0];
      if (!same) return { w: w, name: free(name) };
      if (C.isEmpty(same) || C.isEmpty(w)) return { w: w, into: same.id }; // nothing to choose
      return {
        w: w,
        ask: same,
        name: name,
        free: function () {
          return free(name);
        },
      };
    });
  };

  /* Carries out a plan on `state` (in place). Returns the counts and where things went. */
  C.applyImport = function (state, steps) {
    var sum = { added: 0, replaced: 0, kept: 0, same: 0, cleared: 0, points: 0, tools: 0, into: [], fresh: [] };
    steps.forEach(function (s) {
      var target =
        s.into &&
        state.workspaces.filter(function (w) {
          return w.id === s.into;
        })[0];
      if (!target) {
        target = C.newWorkspace(s.name, s.w.created);
        target.updated = s.w.updated;
        state.workspaces.push(target);
        sum.fresh.push(target.id);
      } else sum.into.push(target.id);
      var n = C.mergeWorkspace(target, s.w);
      C.keys(n).forEach(function (k) {
        sum[k] += n[k];
      });
      sum.tools += C.keys(s.w.answers).length;
    });
    return sum;
  };

  /* Tools and items of a file this site does not have, or has retired. */
  C.unknownIn = function (spaces, man) {
    var tools = [],
      items = [],
      retired = [];
    spaces.forEach(function (w) {
      C.keys(w.answers).forEach(function (t) {
        var tool = man.tools[t];
        if (C.has(man.renames.components, t) && man.renames.components[t] === null) {
          if (retired.indexOf(t) < 0) retired.push(t);
          return;
        }
        if (!tool) {
          if (tools.indexOf(t) < 0) tools.push(t);
          return;
        }
        C.keys(w.answers[t]).forEach(function (i) {
          var k = t + "/" + i;
          if (C.has(man.renames.items, k) && man.renames.items[k] === null) {
            if (retired.indexOf(k) < 0) retired.push(k);
          } else if (!tool.items[i] && items.indexOf(k) < 0 && w.answers[t][i].value !== null) items.push(k);
        });
      });
    });
    return { tools: tools, items: items, retired: retired };
  };

  if (typeof module !== "undefined" && module.exports) module.exports = C;
})(typeof window !== "undefined" ? window : globalThis);
