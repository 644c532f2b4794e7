/* Client Partnering Playbook, DOM-free core (1 of 3): the shape of saved answers.
   Plain classic script: in a page it adds to window.cppCore; under Node (tests) it is
   also module.exports. No DOM, no storage, no clock of its own (C.now can be replaced).

   One answer:      {value, at}   value: true (a ticked item), text, a rating, table rows
                                  ([{column: text}]), or null (cleared at `at`, so that a
                                  merge knows the clearing is newer than an old answer)
   One workspace:   {id, name, created, updated, answers: {tool: {item: answer}},
                     history: [{component, day, at, scores: {dimension: sum}}],
                     skipped: [{tool, item, value, reason}]}  (records that failed
                     validation: kept, never used, never dropped)
   The manifest (assets/playbook/components.json, macros/render/manifest.py) says which tools
   and items exist, their kinds, the rating scale, the score bands and the renames. */
(function (root) {
  "use strict";
  root.cppCore = root.cppCore || {};
  var C = root.cppCore;
  var own = Object.prototype.hasOwnProperty;

  C.now = function () {
    return new Date();
  };
  C.NA = "na"; // the stored answer "does not apply" / "did not arise" (macros/content/model.py NOT_APPLICABLE)
  C.UNREADABLE = "(unreadable record)"; // the item id under which a record that is not JSON is kept
  C.has = function (o, k) {
    return o != null && own.call(o, k);
  };
  C.dict = function () {
    return Object.create(null);
  }; // no __proto__ or constructor surprises
  /* o[k], first set to a new C.dict() when it is not there (any falsy value). */
  C.dictAt = function (o, k) {
    if (!o[k]) o[k] = C.dict();
    return o[k];
  };
  C.isObj = function (x) {
    return !!x && typeof x === "object" && !Array.isArray(x);
  };
  C.keys = function (o) {
    return C.isObj(o) ? Object.keys(o) : [];
  };
  C.isTime = function (t) {
    return typeof t === "string" && /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(t) && !Number.isNaN(Date.parse(t));
  };
  C.isDay = function (d) {
    return typeof d === "string" && /^\d{4}-\d\d-\d\d$/.test(d) && !Number.isNaN(Date.parse(d));
  };
  /* A workspace's participant code (core/transfer.js C.newCode): random, never derived. */
  C.isCode = function (x) {
    return typeof x === "string" && /^[0-9a-f]{16}$/.test(x);
  };
  C.isId = function (id) {
    return typeof id === "string" && /^[A-Za-z0-9_-]{1,80}$/.test(id) && !C.has(Object.prototype, id);
  };
  /* A day as the messages write it ("Jan 10, 2025"): the words of toLocaleDateString's
     en-US short date, written out, as its first call on a page sets up the browser's
     locale data (about 20 ms of a start-up task on My relationships). "" for anything
     but a day. */
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  C.dayText = function (day) {
    if (!C.isDay(day)) return "";
    return MONTHS[+day.slice(5, 7) - 1] + " " + +day.slice(8) + ", " + day.slice(0, 4);
  };
  C.localDay = function (d) {
    return new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
  };
  C.later = function (a, b) {
    // biome-ignore lint/complexity/useMathMinMax: ISO time strings, which Math.max would make NaN
    return !C.isTime(a) ? b : !C.isTime(b) ? a : a > b ? a : b;
  };

  /* Workspace names: what the reader typed, trimmed, any run of Unicode spaces (the
     non-breaking one too) as one space. Two names are the same name when they match
     ignoring case and look-alike forms (NFKC). */
  var SPACES = /[\s\u00a0\u1680\u180e\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]+/g;
  C.cleanName = function (s) {
    return typeof s === "string" ? s.replace(SPACES, " ").trim().slice(0, 120) : "";
  };
  // biome-ignore lint/suspicious/noControlCharactersInRegex: every character outside ASCII, a range that starts at NUL
  var NON_ASCII = /[^\x00-\x7f]/g;
  C.nameKey = function (s) {
    var x = C.cleanName(s);
    if (x.normalize) x = x.normalize("NFKC");
    return x.toLowerCase().replace(NON_ASCII, function (ch) {
      return LOOKALIKE[ch] || ch;
    });
  };
  /* Cyrillic and Greek letters that look like Latin ones (after lower-casing): "Мy аnswers"
     in Cyrillic is the same name as "My answers". */
  var LOOKALIKE = (function (pairs) {
    var m = Object.create(null);
    pairs.split(" ").forEach(function (p) {
      m[p.charAt(0)] = p.charAt(1);
    });
    return m;
  })(
    "аa вb еe ѐe ёe кk мm нh оo рp сc тt уy хx ѕs іi їi јj һh ԁd ԛq ԝw ӏl үy ьb " +
      "αa βb εe ζz ηn ιi κk μu νv οo ρp τt υu χx γy ϲc ϳj",
  );

  /* Text from storage or a file, for a message: a string, at most `max` characters (an
     object, a number or a very long id never breaks or floods a message). */
  C.text = function (x, max) {
    var s = typeof x === "string" ? x : typeof x === "number" && Number.isFinite(x) ? String(x) : "";
    max = max || 80;
    return s.length > max ? s.slice(0, max - 1) + "…" : s;
  };
  C.MAX_TEXT = 100000; // the longest answer, table cell or name part kept
  /* A time no later than now: a file or a tab with a clock far ahead must not win every
     merge for ever. */
  C.notAfterNow = function (t) {
    var now = C.now().toISOString();
    return C.isTime(t) && t > now ? now : t;
  };

  /* The manifest, read once: tools by id, with items by id (kind, type, range). */
  C.readManifest = function (m) {
    var out = { tools: C.dict(), renames: { components: C.dict(), items: C.dict() } };
    if (!C.isObj(m)) return out;
    (Array.isArray(m.tools) ? m.tools : []).forEach(function (t) {
      if (!C.isObj(t) || !C.isId(t.id)) return;
      var tool = { id: t.id, kind: t.kind, title: String(t.title || t.id), items: C.dict(), order: [], dims: [] };
      (Array.isArray(t.items) ? t.items : []).forEach(function (i) {
        if (C.isObj(i) && C.isId(i.id)) {
          tool.items[i.id] = i;
          tool.order.push(i.id);
        }
      });
      if (C.isObj(t.scale)) tool.scale = { min: t.scale.min, max: t.scale.max };
      if (t.na === C.NA) tool.na = C.NA;
      tool.dims = (Array.isArray(t.dimensions) ? t.dimensions : []).map(function (d) {
        var ids = (d.statements || []).map(function (s) {
          return s.id;
        });
        return {
          id: d.id,
          title: d.title,
          items: ids,
          // min and max as the build worked them out (macros/content/scoring.py sum_range)
          min: d.min,
          max: d.max,
          bands: (d.bands || []).slice(),
          need: typeof d.need === "number" ? d.need : ids.length,
          reverse: (d.statements || [])
            .filter(function (s) {
              return s.reverse === true;
            })
            .map(function (s) {
              return s.id;
            }),
        };
      });
      out.tools[t.id] = tool;
    });
    var r = C.isObj(m.renames) ? m.renames : {};
    ["components", "items"].forEach(function (k) {
      C.keys(r[k]).forEach(function (old) {
        out.renames[k][old] = r[k][old];
      });
    });
    return out;
  };

  /* Is `v` an answer this item can hold? "" when it is, else why not (for the notice). */
  C.checkValue = function (v, tool, item) {
    if (v === null) return "";
    var spec = tool && tool.items[item],
      kind = tool && tool.kind;
    if (Array.isArray(v)) {
      if (spec && spec.type !== "table") return "a table where one answer belongs";
      if (v.length > 1000) return "a table of more than 1000 rows";
      for (var i = 0; i < v.length; i++) {
        if (!C.isObj(v[i])) return "a table row that is not a row";
        for (var c in v[i]) {
          if (typeof v[i][c] !== "string" || !C.isId(c)) return "a table cell that is not text";
          if (v[i][c].length > C.MAX_TEXT) return "a table cell longer than 100,000 characters";
        }
      }
      return "";
    }
    if (spec && spec.type === "table") return "not a table";
    if (v === C.NA && spec && tool.na === C.NA) return ""; // "does not apply" / "did not arise"
    if (kind === "assessment" && spec) {
      var s = tool.scale;
      return typeof v === "number" && v % 1 === 0 && v >= s.min && v <= s.max
        ? ""
        : "the rating " + JSON.stringify(v) + " is not a whole number from " + s.min + " to " + s.max;
    }
    if (kind === "checklist" && spec) return v === true ? "" : "a tick that is not a tick";
    if (typeof v === "string") return v.length <= C.MAX_TEXT ? "" : "a text longer than 100,000 characters";
    if (v === true || (typeof v === "number" && Number.isFinite(v))) return "";
    return "an answer of an unknown kind";
  };

  /* A rename map applied to one workspace's answers: old tool and item ids move to their
     new ids (the newer answer wins where both exist); retired ids (null) stay where
     they are, and are reported as kept. */
  C.applyRenames = function (answers, man) {
    var r = man.renames,
      moved = 0;
    C.keys(answers).forEach(function (tool) {
      var to = C.has(r.components, tool) ? r.components[tool] : undefined;
      if (typeof to === "string" && to !== tool && C.isId(to)) {
        answers[to] = C.mergeItems(answers[to] || C.dict(), answers[tool]).items;
        delete answers[tool];
        moved++;
      }
    });
    C.keys(answers).forEach(function (tool) {
      C.keys(answers[tool]).forEach(function (item) {
        var key = tool + "/" + item,
          to = C.has(r.items, key) ? r.items[key] : undefined;
        if (typeof to !== "string") return;
        var p = to.split("/"),
          target = p[0],
          newItem = p[1];
        if (!C.isId(target) || !C.isId(newItem) || to === key) return;
        var a = answers[tool][item];
        delete answers[tool][item];
        if (!answers[target]) answers[target] = C.dict();
        answers[target][newItem] = C.newer(answers[target][newItem], a);
        moved++;
      });
    });
    C.keys(answers).forEach(function (tool) {
      if (!C.keys(answers[tool]).length) delete answers[tool];
    });
    return moved;
  };

  /* The newer of two answers; equal times: the larger value, so merging is symmetric. */
  C.newer = function (a, b) {
    if (!a) return b;
    if (!b) return a;
    if (a.at !== b.at) return a.at > b.at ? a : b;
    return JSON.stringify(a.value) >= JSON.stringify(b.value) ? a : b;
  };
  /* Per item: the newer answer wins. Counts what happened to `mine`. */
  C.mergeItems = function (mine, theirs) {
    var out = C.dict(),
      n = { added: 0, replaced: 0, kept: 0, same: 0, cleared: 0 };
    C.keys(mine).forEach(function (k) {
      out[k] = mine[k];
    });
    C.keys(theirs).forEach(function (k) {
      var a = out[k],
        b = theirs[k],
        win = C.newer(a, b),
        equal = a && JSON.stringify(a.value) === JSON.stringify(b.value);
      out[k] = win;
      if (equal) n.same++;
      else if (!a) {
        if (b.value !== null) n.added++;
      } else if (win === b) {
        if (b.value === null) n.cleared++;
        else n.replaced++;
      } else if (a.value !== null || b.value !== null) n.kept++;
    });
    return { items: out, n: n };
  };

  /* One workspace record, from storage or from a file, made safe to use: returns
     {w, notices}. Bad answers and history points go to w.skipped (kept, not used) with a
     notice naming the workspace and the tool; nothing else is affected. */
  C.cleanWorkspace = function (raw, man, fallbackTime) {
    var notices = [],
      t = fallbackTime || C.now().toISOString();
    var name = C.cleanName(raw && raw.name);
    var w = {
      id: raw && C.isId(raw.id) ? raw.id : "",
      name: name || "Unnamed workspace",
      created: raw && raw.created,
      updated: raw && raw.updated,
      answers: C.dict(),
      history: [],
      skipped: [],
    };
    if (raw && C.isCode(raw.code)) w.code = raw.code;
    function note(tool, text) {
      notices.push({ workspace: w.name, tool: C.text(tool) || null, text: text });
    }
    if (!name) note(null, "had no readable name, so it is called “Unnamed workspace”");
    if (!C.isTime(w.created) || !C.isTime(w.updated)) {
      if (raw && (raw.created !== undefined || raw.updated !== undefined))
        note(null, "had unreadable dates, which were reset");
      w.created = C.isTime(w.created) ? w.created : t;
      w.updated = C.isTime(w.updated) ? w.updated : w.created;
    }
    w.created = C.notAfterNow(w.created);
    w.updated = C.notAfterNow(w.updated);
    var src = raw && C.isObj(raw.answers) ? raw.answers : {};
    C.keys(src).forEach(function (tool) {
      var items = src[tool];
      if (!C.isId(tool) || !C.isObj(items)) {
        var bad = !C.isId(tool) ? "“" + C.text(tool, 60) + "” is not a tool id" : "they could not be read";
        w.skipped.push({ tool: String(tool), value: items, reason: bad });
        note(String(tool), "had answers set aside: " + bad);
        return;
      }
      C.keys(items).forEach(function (item) {
        var a = items[item],
          why =
            item === C.UNREADABLE
              ? "its saved record could not be read"
              : !C.isId(item)
                ? "an unreadable question id"
                : !C.isObj(a) || !C.has(a, "value")
                  ? "an unreadable answer"
                  : !C.isTime(a.at)
                    ? "an answer with no readable time"
                    : C.checkValue(a.value, man.tools[tool], item);
        if (why) {
          w.skipped.push({ tool: tool, item: String(item), value: a, reason: why });
          note(
            tool,
            "had an answer set aside: " + why + (item === C.UNREADABLE ? "" : " (question “" + C.text(item) + "”)"),
          );
          return;
        }
        if (!w.answers[tool]) w.answers[tool] = C.dict();
        w.answers[tool][item] = { value: a.value, at: C.notAfterNow(a.at) };
      });
    });
    (raw && Array.isArray(raw.history) ? raw.history : []).forEach(function (s) {
      var why = C.checkSnap(s, man);
      if (why) {
        w.skipped.push({ tool: s && typeof s.component === "string" ? s.component : "", value: s, reason: why });
        note(s && s.component, "had a score history point set aside: " + why);
      } else w.history.push({ component: s.component, day: s.day, at: C.notAfterNow(s.at), scores: s.scores });
    });
    w.history.sort(function (a, b) {
      return a.at < b.at ? -1 : a.at > b.at ? 1 : 0;
    });
    (raw && Array.isArray(raw.skipped) ? raw.skipped : []).forEach(function (x) {
      if (C.isObj(x)) {
        w.skipped.push(x);
        note(
          typeof x.tool === "string" ? x.tool : null,
          "keeps an answer set aside earlier: " +
            (C.text(x.reason, 200) || "no reason given") +
            " (exports keep it too)",
        );
        notices[notices.length - 1].earlier = true; // said once already: My relationships lists it, the tool's page does not
      }
    });
    C.applyRenames(w.answers, man);
    return { w: w, notices: notices };
  };

  C.checkSnap = function (s, man) {
    if (!C.isObj(s) || !C.isId(s.component) || !C.isDay(s.day) || !C.isTime(s.at) || !C.isObj(s.scores))
      return "an unreadable shape";
    var tool = man.tools[s.component],
      ids = C.keys(s.scores);
    if (!ids.length) return "no scores";
    for (var i = 0; i < ids.length; i++) {
      var v = s.scores[ids[i]],
        d =
          tool &&
          tool.dims.filter(function (x) {
            return x.id === ids[i];
          })[0];
      if (typeof v !== "number" || v % 1 !== 0) return "a score that is not a whole number";
      if (d && (v < d.min || v > d.max)) return "the score " + v + " outside " + d.min + "–" + d.max;
    }
    return "";
  };

  /* Scoring, the one place it happens in the browser (the rule and its numbers are
     macros/content/scoring.py's, read from the manifest): per dimension the sum of its
     ratings, reverse-keyed ones turned round; "does not apply" answers left out and the
     sum scaled up to every statement (half up); a score only when every statement has an
     answer and at least `need` are rated; then the band that holds it. */
  C.score = function (tool, values) {
    return (tool ? tool.dims : []).map(function (d) {
      var rated = 0,
        na = 0,
        sum = 0,
        n = d.items.length,
        s = tool.scale;
      d.items.forEach(function (i) {
        var v = values[i];
        if (v === C.NA) na++;
        else if (typeof v === "number") {
          rated++;
          sum += (d.reverse || []).indexOf(i) >= 0 ? s.min + s.max - v : v;
        }
      });
      var done = rated + na === n && rated > 0 && rated >= (d.need || n);
      var total = done ? Math.floor((2 * sum * n + rated) / (2 * rated)) : null;
      var band = done
        ? d.bands.filter(function (b) {
            return total >= b.min && total <= b.max;
          })[0] || null
        : null;
      return { dim: d, rated: rated, na: na, count: n, need: d.need || n, sum: total, band: band };
    });
  };
  /* The average of one dimension's rated statements, reverse-keyed ones turned round, or
     null: what the client's-view chart compares (1 to 5, like the ratings). */
  C.average = function (tool, d, values) {
    var got = d.items.filter(function (i) {
        return typeof values[i] === "number";
      }),
      s = tool.scale;
    if (!got.length) return null;
    return (
      got.reduce(function (t, i) {
        var v = values[i];
        return t + ((d.reverse || []).indexOf(i) >= 0 ? s.min + s.max - v : v);
      }, 0) / got.length
    );
  };
  /* {dimension: sum} of the fully rated dimensions: what a history point keeps. */
  C.sums = function (tool, values) {
    var out = {};
    C.score(tool, values).forEach(function (x) {
      if (x.sum !== null) out[x.dim.id] = x.sum;
    });
    return out;
  };

  /* The answers of one tool as plain values (cleared ones left out). */
  C.values = function (items) {
    var out = {};
    C.keys(items).forEach(function (k) {
      if (items[k].value !== null) out[k] = items[k].value;
    });
    return out;
  };

  if (typeof module !== "undefined" && module.exports) module.exports = C;
})(typeof window !== "undefined" ? window : globalThis);
