/* Client Partnering Playbook, DOM-free core of the Room results page: participants'
   files in, the room's self-assessment statistics out. Needs core/schema.js (scoring:
   C.score, the one place it happens; validation: C.cleanWorkspace) and core/transfer.js
   (the two file formats it reads: "Share my scores" files, C.shareData, and full
   exports, C.parseImport). Plain classic script; under Node also module.exports.

   A room:   {files: [{label, counted, reasons}], people: {tool: {key: response}},
              same: [{tool, kept, dropped}]}
   response: {key, file (index), values: {item: rating}, day, n (ratings)}
   Only ratings are kept: names, text answers, times and file names are read past and
   dropped (a file is "file 3": copies of a file often carry a client's name). Each file
   is read on its own: whatever one holds, the others still count. */
(function (root) {
  "use strict";
  root.cppCore = root.cppCore || {};
  var C = root.cppCore;
  C.room = {};
  var R = C.room;
  var DAMAGED = "the file is damaged (cut short or edited)",
    LAYOUT = "it is not laid out the way this playbook writes its files";

  R.newRoom = function () {
    return { files: [], people: C.dict(), same: [] };
  };

  function code(x) {
    return typeof x === "string" && /^[0-9a-f]{6,32}$/.test(x) ? x : "";
  }
  function clip(s) {
    s = String(s);
    return s.length > 200 ? s.slice(0, 199) + "…" : s;
  }

  /* One file's text (or a payload of the same shape) -> {ok, participant, day, ratings:
     {tool: {item: rating}}, keys: {tool: participant}, days: {tool: day}, notices:
     [{tool, reason}]} (a full export's tools can come from different workspaces: keys
     and days say whose and when, per tool).
     `participant`: who the ratings are from (a share file's random code, a workspace's
     code, or for an older export a fingerprint that is compared and never shown), ""
     when the file cannot tell. `ok`: some ratings count. Never throws. */
  R.parse = function (text, man) {
    var out;
    try {
      // the file's text, or what C.readFile made of its bytes: {text}, or {error} when it
      // is in no encoding the playbook reads
      if (C.isObj(text) && typeof text.error === "string") out = { error: "it is not saved as UTF-8 or UTF-16 text" };
      else out = readFile(C.isObj(text) ? text.text : text, man);
    } catch (_e) {
      out = { error: "it could not be read" };
    }
    if (out.error)
      return {
        ok: false,
        participant: "",
        day: "",
        ratings: {},
        keys: {},
        days: {},
        notices: [{ tool: "", reason: out.error }],
      };
    var ratings = {},
      keys = {},
      days = {},
      participant = "";
    out.parts.forEach(function (p) {
      ratings[p.tool] = p.values;
      keys[p.tool] = p.key;
      days[p.tool] = p.day;
      participant = participant || p.key;
    });
    return {
      ok: out.parts.length > 0,
      participant: participant,
      day: out.parts.length ? out.parts[0].day : "",
      ratings: ratings,
      keys: keys,
      days: days,
      notices: out.skipped.map(function (s) {
        return { tool: s.tool.length > 80 ? s.tool.slice(0, 79) + "…" : s.tool, reason: clip(s.reason) };
      }),
    };
  };

  function readFile(text, man) {
    if (typeof text !== "string" || !text.trim()) return { error: "the file is empty" };
    var data;
    try {
      data = JSON.parse(text);
    } catch (_e) {
      return { error: /^\s*\{/.test(text) && /"cpp-(scores|answers)"/.test(text) ? DAMAGED : "not a JSON file" };
    }
    // From here on the file is intact JSON: whatever is wrong, it was not cut short.
    if (!C.isObj(data) || (data.schema !== C.SHARE_SCHEMA && data.schema !== "cpp-answers"))
      return { error: "not a file from this playbook" };
    var share = data.schema === C.SHARE_SCHEMA,
      newest = share ? C.SHARE_VERSION : C.EXPORT_VERSION;
    if (typeof data.version === "number" && data.version > newest)
      return { error: "made by a newer version of the playbook" };
    var spaces = [];
    if (share) {
      if (data.version !== 1) return { error: "its version is not one this page reads" };
      if (!C.isObj(data.tools)) return { error: LAYOUT };
      var at = (C.isDay(data.day) ? data.day : "2000-01-01") + "T12:00:00.000Z",
        answers = C.dict();
      C.keys(data.tools).forEach(function (t) {
        var items = data.tools[t],
          out = C.dict();
        if (!C.isObj(items)) {
          answers[t] = items;
          return;
        }
        C.keys(items).forEach(function (k) {
          out[k] = { value: items[k], at: at };
        });
        answers[t] = out;
      });
      var r = C.cleanWorkspace({ id: "x", name: "x", created: at, updated: at, answers: answers }, man, at);
      r.w.key = code(data.participant);
      r.w.day = C.isDay(data.day) ? data.day : "";
      r.w.notices = r.notices;
      spaces.push(r.w);
    } else {
      // Score history and set-aside records are no use here: read past them, so that a
      // bad one can never cost the ratings next to it.
      (Array.isArray(data.workspaces) ? data.workspaces : []).forEach(function (w) {
        if (C.isObj(w)) {
          delete w.history;
          delete w.skipped;
        }
      });
      var imp = C.parseImport(JSON.stringify(data), man);
      if (imp.error) {
        return {
          error: /holds no answers/.test(imp.error)
            ? "it holds no answers"
            : /newer version/.test(imp.error)
              ? "made by a newer version of the playbook"
              : /^Nothing in this file/.test(imp.error)
                ? "nothing in it could be read"
                : LAYOUT,
        };
      }
      var codes = (Array.isArray(data.workspaces) ? data.workspaces : []).filter(C.isObj);
      imp.workspaces.forEach(function (w, i) {
        var own = codes.length === imp.workspaces.length ? code(codes[i].code) : "";
        w.key = own || C.fingerprint(w.name === null ? "" : w.name, w.created);
        w.day = C.isTime(w.updated) ? w.updated.slice(0, 10) : "";
        w.notices = i === 0 ? imp.notices : [];
        w.name = null; // read past: never kept
      });
      spaces = imp.workspaces;
    }
    return R.parts(spaces, man);
  }

  /* Workspaces (cleaned by the core) -> the ratings of each assessment, or why a part is
     skipped. A rating that is not valid is left out and named; the file's other ratings
     still count. Of several workspaces in one full export holding the same assessment,
     the one changed last counts: one file, one participant. */
  R.parts = function (spaces, man) {
    var parts = [],
      skipped = [],
      bad = C.dict(),
      u = C.unknownIn(spaces, man);
    function skip(t, reason) {
      if (!man.tools[t] || man.tools[t].kind === "assessment") skipped.push({ tool: t, reason: reason });
    }
    spaces.forEach(function (w) {
      (w.notices || []).forEach(function (n) {
        if (typeof n.tool !== "string" || !/^had (an answer|answers) (left out|set aside): /.test(n.text)) return;
        skip(n.tool, n.text.replace(/^had (an answer|answers) (left out|set aside): /, ""));
      });
    });
    u.tools.forEach(function (t) {
      bad[t] = true;
      skip(t, "this site has no self-assessment with this id");
    });
    u.items.forEach(function (k) {
      // another version of the assessment: its scores would not compare
      var t = k.split("/")[0];
      if (!bad[t]) skip(t, "the question “" + k.split("/")[1] + "” is not in this site's version");
      bad[t] = true;
    });
    u.retired.forEach(function (k) {
      if (k.indexOf("/") > 0) skip(k.split("/")[0], "the question “" + k.split("/")[1] + "” is no longer asked");
    });
    var best = C.dict();
    spaces.forEach(function (w) {
      C.keys(w.answers).forEach(function (t) {
        var tool = man.tools[t];
        if (!tool || tool.kind !== "assessment" || bad[t]) return;
        var all = C.values(w.answers[t]),
          values = {};
        C.keys(all).forEach(function (k) {
          if (tool.items[k] && !C.checkValue(all[k], tool, k)) values[k] = all[k];
        });
        var n = C.keys(values).length;
        if (!n) return; // retired or unknown statements only: no one to count
        var p = { tool: t, key: w.key, values: values, day: w.day, n: n };
        if (!best[t] || p.day > best[t].day) best[t] = p;
      });
    });
    C.keys(best).forEach(function (t) {
      parts.push(best[t]);
    });
    if (!parts.length && !skipped.length) return { error: "it holds no self-assessment ratings" };
    return { parts: parts, skipped: skipped };
  };

  /* Adds one file to the room (the label is the file's place in the room, never its
     name). The same participant (same key) for the same assessment counts once: the
     response with more ratings, then the later day, then the first. */
  R.add = function (room, text, man, older) {
    if (older !== undefined) {
      text = man;
      man = older;
    } // (room, name, text, man), as older callers wrote: the name is not used
    var r = R.parse(text, man),
      i = room.files.length,
      file = { label: "file " + (i + 1), counted: 0, reasons: r.notices };
    room.files.push(file);
    C.keys(r.ratings).forEach(function (t) {
      var values = r.ratings[t],
        p = { tool: t, key: r.keys[t], values: values, day: r.days[t], n: C.keys(values).length, file: i };
      var slot = C.dictAt(room.people, t);
      var key = p.key || "file:" + i,
        prev = slot[key];
      if (prev) {
        var wins = p.n > prev.n || (p.n === prev.n && p.day > prev.day);
        room.same.push({ tool: t, kept: wins ? i : prev.file, dropped: wins ? prev.file : i });
        if (!wins) return;
        room.files[prev.file].counted--;
      }
      slot[key] = p;
      file.counted++;
    });
    return file;
  };

  R.median = function (xs) {
    var s = xs.slice().sort(function (a, b) {
        return a - b;
      }),
      m = s.length >> 1;
    return !s.length ? null : s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
  };
  function sd(xs) {
    var mean =
      xs.reduce(function (a, b) {
        return a + b;
      }, 0) / xs.length;
    return Math.sqrt(
      xs.reduce(function (a, b) {
        return a + (b - mean) * (b - mean);
      }, 0) / xs.length,
    );
  }

  /* The statistics of each assessment in the room, in the manifest's order:
     {tool, title, n, dims: [{id, title, min, max, sums, median, low, high, complete,
     counts: {sum: n}, bands: [{label, min, max, n}]}], widest: [{id, dim, ratings, min,
     max, median, spread}], lowest: {ids, n, of}}. */
  R.summary = function (room, man) {
    var out = [];
    C.keys(man.tools).forEach(function (t) {
      var tool = man.tools[t],
        slot = room.people[t];
      if (!slot || tool.kind !== "assessment") return;
      var rs = C.keys(slot).map(function (k) {
        return slot[k];
      });
      if (!rs.length) return;
      var scored = rs.map(function (r) {
        return C.score(tool, r.values);
      });
      var dims = tool.dims.map(function (d, j) {
        var sums = [],
          counts = {},
          bands = d.bands.map(function (b) {
            return { label: b.label, min: b.min, max: b.max, n: 0 };
          });
        scored.forEach(function (s) {
          var x = s[j];
          if (x.sum === null) return;
          sums.push(x.sum);
          counts[x.sum] = (counts[x.sum] || 0) + 1;
          bands.forEach(function (b) {
            if (x.band && b.min === x.band.min) b.n++;
          });
        });
        sums.sort(function (a, b) {
          return a - b;
        });
        return {
          id: d.id,
          title: d.title,
          min: d.min,
          max: d.max,
          sums: sums,
          counts: counts,
          bands: bands,
          complete: sums.length,
          median: R.median(sums),
          low: sums.length ? sums[0] : null,
          high: sums.length ? sums[sums.length - 1] : null,
        };
      });
      var statements = [];
      tool.dims.forEach(function (d) {
        d.items.forEach(function (item) {
          var ratings = rs
            .map(function (r) {
              return r.values[item];
            })
            .filter(function (v) {
              return typeof v === "number";
            });
          if (ratings.length < 2) return;
          var lo = Math.min.apply(null, ratings),
            hi = Math.max.apply(null, ratings);
          statements.push({
            id: item,
            dim: d.id,
            ratings: ratings,
            min: lo,
            max: hi,
            median: R.median(ratings),
            spread: hi - lo,
            sd: sd(ratings),
          });
        });
      });
      statements.sort(function (a, b) {
        return b.spread - a.spread || b.sd - a.sd;
      });
      var lowest = C.dict(),
        tied = C.dict(),
        of = 0;
      scored.forEach(function (s) {
        if (
          !s.length ||
          s.some(function (x) {
            return x.sum === null;
          })
        )
          return;
        of++;
        var pos = s.map(function (x) {
            return (x.sum - x.dim.min) / (x.dim.max - x.dim.min || 1);
          }),
          m = Math.min.apply(null, pos);
        var ties =
          pos.filter(function (p) {
            return p === m;
          }).length > 1; // this person's lowest is shared by two parts or more
        s.forEach(function (x, j) {
          if (pos[j] !== m) return;
          lowest[x.dim.id] = (lowest[x.dim.id] || 0) + 1;
          if (ties) tied[x.dim.id] = (tied[x.dim.id] || 0) + 1;
        });
      });
      var top = Math.max.apply(
        null,
        [0].concat(
          C.keys(lowest).map(function (k) {
            return lowest[k];
          }),
        ),
      );
      out.push({
        tool: t,
        title: tool.title,
        n: rs.length,
        dims: dims,
        widest: statements
          .filter(function (s) {
            return s.spread > 0;
          })
          .slice(0, 3),
        lowest: lowestOf(tool, lowest, tied, top, of),
      });
    });
    return out;
  };

  /* The part(s) most often lowest: {ids, n, of, tied: for each id, how many of its n had
     another part tied as their lowest}, so that a count never hides a tie. */
  function lowestOf(tool, lowest, tied, top, of) {
    var ids = top
      ? tool.dims
          .map(function (d) {
            return d.id;
          })
          .filter(function (id) {
            return lowest[id] === top;
          })
      : [];
    return {
      ids: ids,
      n: top,
      of: of,
      tied: ids.map(function (id) {
        return tied[id] || 0;
      }),
    };
  }

  if (typeof module !== "undefined" && module.exports) module.exports = C;
})(typeof window !== "undefined" ? window : globalThis);
