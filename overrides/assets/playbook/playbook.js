/* Client Partnering Playbook: saves, counts and scores the checklists, worksheets and
   self-assessments rendered by macros/templates/. Plain JS, no framework, no requests
   beyond this site's own components.json. Answers stay in this browser's localStorage. */
(function () {
  "use strict";
  var SCHEMA = "cpp-answers", VERSION = 2; // export files; version 1 had no workspaces
  var ANSWERS = "cpp:v1:", INDEX = "cpp:v2:workspaces", HISTORY = "cpp:v2:history:", TAB = "cpp:v2:tab";
  var FIRST = "My answers"; // the workspace everyone starts with
  var script = document.currentScript;
  var manifestUrl = script ? new URL("components.json", script.src).href : null;

  /* Storage: the only code that knows keys or localStorage.
       cpp:v2:workspaces        {v: 2, active: id, list: [{id, name, created, updated}]}
       cpp:v1:<workspace>:<id>  {v: 1, items: {itemId: answer}, updated: ISO time}
       cpp:v2:history:<ws>      {v: 2, snaps: [{component, day, at, scores: {dimension: sum}}]}
     Answers saved before workspaces existed are under the workspace id "default", so the
     first load only writes the index. A workspace id found in keys but missing from the
     index is added back to it: no answers are ever left without a workspace.
     Each tab keeps its own active workspace (sessionStorage); `active` in the index is the
     last one chosen, which a new tab starts with. Every write re-reads what it changes, so
     two tabs never write back stale copies. If the browser refuses storage, everything
     lives in `mem` for this page view. */
  var Store = {
    workspace: null,
    spaces: [],
    last: null,
    broken: false,
    mem: {},
    journal: null, // during an import: the original value of every key written
    fail: function () { this.broken = true; return false; },
    raw: function (k) {
      if (k in this.mem) return this.mem[k];
      try { return window.localStorage.getItem(k); } catch (e) { this.fail(); return null; }
    },
    put: function (k, v) { // v null: remove
      if (this.journal && !(k in this.journal)) this.journal[k] = this.raw(k);
      if (v == null) {
        delete this.mem[k];
        try { window.localStorage.removeItem(k); } catch (e) { this.fail(); }
        return true;
      }
      try { window.localStorage.setItem(k, v); delete this.mem[k]; return true; } catch (e) { this.mem[k] = v; return this.fail(); }
    },
    obj: function (k) {
      try { var x = JSON.parse(this.raw(k)); return isObj(x) ? x : null; } catch (e) { return null; }
    },
    keys: function (prefix) {
      var out = Object.keys(this.mem), i, k;
      try {
        for (i = 0; i < localStorage.length; i++) { k = localStorage.key(i); if (out.indexOf(k) < 0) out.push(k); }
      } catch (e) { this.fail(); }
      return out.filter(function (x) { return x.indexOf(prefix) === 0; });
    },
    tab: function (id) {
      try {
        if (id) window.sessionStorage.setItem(TAB, id);
        return window.sessionStorage.getItem(TAB);
      } catch (e) { return id || null; }
    },
    key: function (id, ws) { return ANSWERS + (ws || this.workspace) + ":" + id; },
    get: function (id, ws) {
      var rec = this.obj(this.key(id, ws));
      return rec && isObj(rec.items) ? rec : null;
    },
    set: function (id, items, ws, updated) {
      ws = ws || this.workspace;
      var ok = this.put(this.key(id, ws), JSON.stringify({ v: 1, items: items, updated: updated || new Date().toISOString() }));
      this.touch(ws);
      return ok;
    },
    remove: function (id, ws) { this.put(this.key(id, ws), null); },
    listAll: function (ws) {
      var p = this.key("", ws), out = {}, self = this;
      this.keys(p).forEach(function (k) { var id = k.slice(p.length), r = self.get(id, ws); if (r) out[id] = r; });
      return out;
    },

    /* Workspaces. `load` reads the index (and is the migration: it creates the index and
       adopts workspace ids that only exist in keys); `edit` re-reads it before a change. */
    load: function () {
      var idx = this.obj(INDEX), list = [], seen = {}, changed = !idx, t = new Date().toISOString();
      (idx && Array.isArray(idx.list) ? idx.list : []).forEach(function (w) {
        if (isObj(w) && typeof w.id === "string" && /^[\w-]+$/.test(w.id) && typeof w.name === "string" && !seen[w.id]) {
          seen[w.id] = true;
          list.push({ id: w.id, name: w.name, created: w.created || t, updated: w.updated || t });
        }
      });
      this.keys(ANSWERS).concat(this.keys(HISTORY)).map(function (k) {
        return k.indexOf(HISTORY) === 0 ? k.slice(HISTORY.length) : k.slice(ANSWERS.length).split(":")[0];
      }).sort(function (a, b) { return (b === "default") - (a === "default") || (a < b ? -1 : a > b ? 1 : 0); }).forEach(function (id) {
        if (id && !seen[id]) {
          seen[id] = changed = true;
          list.push({ id: id, name: id === "default" ? FIRST : "Recovered answers", created: t, updated: t });
        }
      });
      if (!list.length) { list.push({ id: "default", name: FIRST, created: t, updated: t }); seen["default"] = changed = true; }
      this.spaces = list;
      this.last = idx && seen[idx.active] ? idx.active : list[0].id;
      if (changed) this.saveIndex();
      if (!seen[this.workspace]) { var mine = this.tab(); this.workspace = seen[mine] ? mine : this.last; this.tab(this.workspace); }
      return list;
    },
    saveIndex: function () {
      if (!this.find(this.last)) this.last = this.spaces.length ? this.spaces[0].id : null;
      return this.put(INDEX, JSON.stringify({ v: 2, active: this.last, list: this.spaces }));
    },
    edit: function (change) { this.load(); change(this.spaces); this.saveIndex(); this.load(); },
    find: function (id) { return this.spaces.filter(function (w) { return w.id === id; })[0] || null; },
    named: function (name) {
      name = name.trim().toLowerCase();
      return this.spaces.filter(function (w) { return w.name.trim().toLowerCase() === name; })[0] || null;
    },
    use: function (id) {
      var self = this;
      this.workspace = id;
      this.tab(id);
      this.edit(function () { self.last = id; });
    },
    create: function (name) {
      var id = "w" + Date.now().toString(36) + Math.random().toString(36).slice(2, 6), t = new Date().toISOString();
      this.edit(function (list) { list.push({ id: id, name: name, created: t, updated: t }); });
      return id;
    },
    rename: function (id, name) { this.edit(function (list) { list.forEach(function (w) { if (w.id === id) w.name = name; }); }); },
    drop: function (id) { // the data first, the index entry last (see `load`)
      var self = this;
      this.keys(this.key("", id)).forEach(function (k) { self.put(k, null); });
      this.put(HISTORY + id, null);
      this.edit(function (list) { var at = list.indexOf(self.find(id)); if (at >= 0) list.splice(at, 1); });
    },
    touch: function (ws) { // the workspace's `updated`, at most once a minute
      var w = this.find(ws), t = new Date().toISOString();
      if (w && !(Date.parse(t) - Date.parse(w.updated) < 60000)) this.edit(function (list) { list.forEach(function (x) { if (x.id === ws) x.updated = t; }); });
    },
    isEmpty: function (ws) { return !Object.keys(this.listAll(ws)).length && !this.history(ws).length; },
    forget: function () {
      var self = this;
      this.keys("cpp:").forEach(function (k) { self.put(k, null); });
      this.mem = {};
      try { window.sessionStorage.removeItem(TAB); } catch (e) { /* nothing stored there */ }
      this.workspace = null;
      this.load();
    },

    /* Score history: one snapshot per assessment per day, the day's last scores. */
    history: function (ws) {
      var h = this.obj(HISTORY + (ws || this.workspace));
      return h && Array.isArray(h.snaps) ? h.snaps.filter(isSnap) : [];
    },
    saveHistory: function (ws, list) {
      list.sort(function (a, b) { return a.at < b.at ? -1 : a.at > b.at ? 1 : 0; });
      return this.put(HISTORY + ws, list.length ? JSON.stringify({ v: 2, snaps: list }) : null);
    },
    snap: function (cid, scores, ws) {
      ws = ws || this.workspace;
      var t = new Date(), day = localDay(t);
      var list = this.history(ws).filter(function (s) { return !(s.component === cid && s.day === day); });
      list.push({ component: cid, day: day, at: t.toISOString(), scores: scores });
      var ok = this.saveHistory(ws, list);
      this.touch(ws);
      return ok;
    }
  };

  function isObj(x) { return !!x && typeof x === "object" && !Array.isArray(x); }
  function isSnap(s) { return isObj(s) && typeof s.component === "string" && /^\d{4}-\d\d-\d\d$/.test(s.day) && typeof s.at === "string" && isObj(s.scores); }
  function localDay(d) { return new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 10); }
  function dayText(day) { return new Date(day + "T12:00:00").toLocaleDateString("en-US", { month: "short", day: "numeric", year: "numeric" }); }
  function $$(sel, el) { return Array.prototype.slice.call((el || document).querySelectorAll(sel)); }
  function empty(v) { return v === undefined || v === null || v === false || v === "" || (Array.isArray(v) && !v.length); }

  /* Reading and writing a component's controls. */
  function readRow(tr) {
    var row = {};
    $$("[data-col]", tr).forEach(function (el) { if (el.value.trim()) row[el.getAttribute("data-col")] = el.value; });
    return row;
  }
  function value(root, id) { // the answer to one item, or undefined
    var els = $$('[data-item="' + id + '"]', root), el = els[0], v;
    if (el.tagName === "TABLE") {
      var rows = $$("tbody > tr", el).map(readRow);
      while (rows.length && !Object.keys(rows[rows.length - 1]).length) rows.pop();
      return rows.length ? rows : undefined;
    }
    els.forEach(function (x) {
      if (x.type === "checkbox") { if (x.checked) v = true; }
      else if (x.type === "radio") { if (x.checked) v = root.getAttribute("data-kind") === "assessment" ? Number(x.value) : x.value; }
      else if (x.value.trim()) v = x.value;
    });
    return v;
  }
  function read(root) { // {items: answers shown, known: every item id on the page}
    var items = {}, known = {};
    $$("[data-item]", root).forEach(function (el) {
      var id = el.getAttribute("data-item");
      if (known[id]) return;
      known[id] = true;
      var v = value(root, id);
      if (v !== undefined) items[id] = v;
    });
    return { items: items, known: known };
  }
  function addRow(table) {
    var tbody = table.tBodies[0], n = tbody.rows.length + 1;
    var tpl = table.closest(".cpp-field").querySelector("template");
    tbody.insertAdjacentHTML("beforeend", tpl.innerHTML.split("__ROW__").join(String(n)));
    return tbody.rows[tbody.rows.length - 1];
  }
  function setValue(el, v) { if (el.value !== v) el.value = v; } // an unchanged value keeps the caret
  function write(root, items) {
    $$("[data-item]", root).forEach(function (el) {
      var v = items[el.getAttribute("data-item")];
      if (el.tagName === "TABLE") {
        var rows = Array.isArray(v) ? v : [], tbody = el.tBodies[0];
        var want = Math.max(Number(el.getAttribute("data-rows")) || 1, rows.length);
        while (tbody.rows.length > want) tbody.deleteRow(-1);
        while (tbody.rows.length < want) addRow(el);
        $$("tbody > tr", el).forEach(function (tr, i) {
          var row = isObj(rows[i]) ? rows[i] : {};
          $$("[data-col]", tr).forEach(function (c) { var x = row[c.getAttribute("data-col")]; setValue(c, x == null ? "" : String(x)); });
        });
      } else if (el.type === "checkbox") {
        el.checked = !empty(v);
      } else if (el.type === "radio") {
        el.checked = v != null && String(v) === el.value;
      } else {
        setValue(el, v == null || typeof v === "object" ? "" : String(v));
      }
    });
  }

  /* Saving touches only the item the reader changed, on a fresh read of the stored record:
     answers to other items (another tab's newer ones, or ones this page no longer asks)
     are kept. A change to an assessment's ratings also updates today's snapshot. */
  function save(root, target) {
    var el = target.closest("[data-item]");
    if (!el) return;
    var id = root.getAttribute("data-component"), item = el.getAttribute("data-item");
    var rec = Store.get(id), items = rec ? rec.items : {}, v = value(root, item);
    if (v === undefined) delete items[item]; else items[item] = v;
    if (Object.keys(items).length) Store.set(id, items); else Store.remove(id);
    if (root.getAttribute("data-kind") === "assessment") autoSnap(root, items);
    if (Store.broken) notifyBroken();
    document.dispatchEvent(new CustomEvent("cpp:saved")); // answers-offline hook: backup.js listens
    update(root);
  }

  function update(root) {
    var now = read(root);
    var total = Number(root.getAttribute("data-total")), done = Object.keys(now.items).length;
    var bar = root.querySelector(".cpp-toolbar");
    var progress = root.querySelector(".cpp-toolbar__progress");
    if (progress) progress.textContent = done + " of " + total + " " + bar.getAttribute("data-done-word");
    $$(".cpp-dimension", root).forEach(function (dim) { score(dim, now.items); });
  }

  function tally(dim, items) { // {sum, rated, count} of one dimension
    var t = { sum: 0, rated: 0, count: Number(dim.getAttribute("data-count")) }, seen = {};
    $$("input[data-item]", dim).forEach(function (el) {
      var id = el.getAttribute("data-item");
      if (!seen[id] && typeof items[id] === "number") { seen[id] = true; t.rated++; t.sum += items[id]; }
    });
    return t;
  }
  function sums(root, items) { // {dimension: score} of every fully rated dimension
    var out = {};
    $$(".cpp-dimension", root).forEach(function (dim) {
      var t = tally(dim, items);
      if (t.rated === t.count) out[dim.getAttribute("data-dimension")] = t.sum;
    });
    return out;
  }
  function autoSnap(root, items) {
    var id = root.getAttribute("data-component"), scores = sums(root, items), day = localDay(new Date());
    if (!Object.keys(scores).length) return;
    var today = Store.history().filter(function (s) { return s.component === id && s.day === day; })[0];
    if (!today || JSON.stringify(today.scores) !== JSON.stringify(scores)) Store.snap(id, scores);
  }

  function score(dim, items) {
    var t = tally(dim, items), count = t.count, rated = t.rated, sum = t.sum;
    var min = Number(dim.getAttribute("data-min")), max = Number(dim.getAttribute("data-max"));
    var out = dim.querySelector(".cpp-score"), text = out.querySelector(".cpp-score__text");
    var band = out.querySelector(".cpp-score__band"), fill = out.querySelector(".cpp-score__fill");
    var match = null, complete = rated === count;
    $$(".cpp-band", dim).forEach(function (row) {
      var hit = complete && sum >= Number(row.getAttribute("data-band-min")) && sum <= Number(row.getAttribute("data-band-max"));
      row.classList.toggle("cpp-band--current", hit);
      if (hit) { match = row; row.setAttribute("aria-current", "true"); } else row.removeAttribute("aria-current");
    });
    fill.setAttribute("width", complete ? String(Math.max(1, (sum - min) / ((max - min) || 1) * 100)) : "0");
    band.textContent = "";
    if (!complete) {
      text.textContent = rated + " of " + count + " rated. Rate them all to see your score.";
      return;
    }
    text.textContent = "Score: " + sum + " (range " + min + "–" + max + ")";
    var p1 = document.createElement("p"), strong = document.createElement("strong"), p2 = document.createElement("p");
    strong.textContent = match.querySelector(".cpp-band__label").textContent + ". ";
    p1.appendChild(strong);
    p1.appendChild(document.createTextNode(match.querySelector(".cpp-band__meaning").textContent));
    p2.textContent = "Next step: " + match.querySelector(".cpp-band__next").textContent;
    band.appendChild(p1);
    band.appendChild(p2);
  }

  /* Messages. */
  function say(scope, message, isAlert) {
    var status = scope.querySelector(".cpp-toolbar__status"), alert = scope.querySelector(".cpp-toolbar__alert");
    status.textContent = isAlert ? "" : message;
    alert.textContent = isAlert ? message : "";
  }
  var BROKEN = "This browser is blocking storage or is out of room, so your answers will be lost when you leave this page. " +
    "Use Export my answers to keep a copy.";
  function notifyBroken() {
    $$(".cpp-component .cpp-toolbar__status").forEach(function (el) { el.textContent = BROKEN; });
    if (!notifyBroken.told) { notifyBroken.told = true; changed(); }
  }
  function changed() { document.dispatchEvent(new CustomEvent("cpp:workspaces")); }
  function wsName(id) { var w = Store.find(id || Store.workspace); return w ? w.name : ""; }

  /* A question with more than two answers, in a modal <dialog>; resolves to the value
     of the button pressed, or "" when dismissed (Escape). */
  function ask(message, choices) {
    return new Promise(function (resolve) {
      var d = document.createElement("dialog"), form = document.createElement("form"), p = document.createElement("p");
      d.className = "cpp-dialog";
      d.setAttribute("aria-labelledby", "cpp-dialog-text");
      p.id = "cpp-dialog-text";
      p.textContent = message;
      form.method = "dialog";
      form.className = "cpp-dialog__actions";
      choices.forEach(function (c, i) {
        var b = document.createElement("button");
        b.className = "cpp-button";
        b.value = c[0];
        b.textContent = c[1];
        if (i === 0) b.autofocus = true;
        form.appendChild(b);
      });
      d.appendChild(p);
      d.appendChild(form);
      d.addEventListener("close", function () { resolve(d.returnValue); d.remove(); });
      document.body.appendChild(d);
      d.showModal();
    });
  }

  /* Export files: {schema, version: 2, exported, workspaces: [{name, created, updated,
     components: {id: {items, updated}}, history: [...]}]}. Version 1 files (no workspaces:
     `components` at the top) still import, into the active workspace. */
  function pack(w) {
    var all = Store.listAll(w.id), components = {}, id;
    for (id in all) components[id] = { items: all[id].items, updated: all[id].updated };
    return { name: w.name, created: w.created, updated: w.updated, components: components, history: Store.history(w.id) };
  }
  /* answers-offline hook: exportData (the file's data, no download) for backup.js. */
  function exportData(ids) { // the workspaces with these ids, or all of them
    var list = Store.spaces.filter(function (w) { return !ids || ids.indexOf(w.id) >= 0; });
    return { schema: SCHEMA, version: VERSION, exported: new Date().toISOString(), workspaces: list.map(pack) };
  }
  function exportFile(ids) {
    var data = exportData(ids), list = data.workspaces;
    var slug = ids && list.length === 1 ? list[0].name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 40) : "";
    var url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: "application/json" }));
    var a = document.createElement("a");
    a.href = url;
    a.download = "playbook-answers-" + (slug ? slug + "-" : "") + data.exported.slice(0, 10) + ".json";
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
    return data;
  }
  function tools(n) { return n + " tool" + (n === 1 ? "" : "s"); }
  function countTools(data) { return data.workspaces.reduce(function (n, w) { return n + Object.keys(w.components).length; }, 0); }

  function parseExport(text) { // [{name (null: the active workspace), components, history}] or a message
    var data, spaces, i, id, w;
    var NOT = "This file is not an export of playbook answers, so nothing was imported.";
    try { data = JSON.parse(text); } catch (e) { data = null; }
    if (!isObj(data) || data.schema !== SCHEMA) return NOT;
    if (typeof data.version !== "number" || data.version > VERSION) {
      return "This export comes from a newer version of the playbook, so nothing was imported.";
    }
    spaces = data.version < 2 ? (isObj(data.components) ? [{ name: null, components: data.components }] : null) : data.workspaces;
    if (!Array.isArray(spaces)) return NOT;
    for (i = 0; i < spaces.length; i++) {
      w = spaces[i];
      if (!isObj(w) || !isObj(w.components) || (w.name !== null && typeof w.name !== "string")) {
        return "This export is damaged (workspace " + (i + 1) + " is unreadable), so nothing was imported.";
      }
      for (id in w.components) {
        if (!isObj(w.components[id]) || !isObj(w.components[id].items)) {
          return "This export is damaged (the answers for “" + id + "” are unreadable), so nothing was imported.";
        }
      }
      w.history = Array.isArray(w.history) ? w.history.filter(isSnap) : [];
    }
    return spaces;
  }

  function known() {
    var pageKnown = {};
    $$(".cpp-component[data-component]").forEach(function (root) {
      pageKnown[root.getAttribute("data-component")] = Object.keys(read(root).known);
    });
    if (!manifestUrl) return Promise.resolve(pageKnown);
    return fetch(manifestUrl).then(function (r) { return r.ok ? r.json() : pageKnown; })
      .then(function (m) { return isObj(m) ? m : pageKnown; }, function () { return pageKnown; });
  }

  /* Where each workspace of a file goes: a version 1 file into the active workspace; a
     new name into a new workspace; a name that exists into that workspace when it holds
     nothing yet, otherwise the reader chooses: merge, or keep both. */
  function plan(spaces) {
    var steps = [], taken = Store.spaces.map(function (w) { return w.name.toLowerCase(); });
    function free(name) {
      for (var n = 1, x = name; ; n++, x = name + " (" + n + ")") if (taken.indexOf(x.toLowerCase()) < 0) { taken.push(x.toLowerCase()); return x; }
    }
    return spaces.reduce(function (chain, w) {
      return chain.then(function (go) {
        if (!go) return false;
        if (w.name === null) { steps.push({ into: Store.workspace, w: w }); return true; }
        var name = w.name.trim() || "Imported answers", same = Store.named(name);
        if (!same) { steps.push({ name: free(name), w: w }); return true; }
        if (Store.isEmpty(same.id)) { steps.push({ into: same.id, w: w }); return true; }
        return ask("You already have a workspace called “" + same.name + "”. Merge the file's answers into it, " +
          "or keep both as separate workspaces? Merging adds the file's answers to it; where both have answered " +
          "the same question, the more recent answer is kept.", [["both", "Keep both"], ["merge", "Merge"], ["", "Cancel import"]])
          .then(function (choice) {
            if (choice === "merge") steps.push({ into: same.id, w: w });
            else if (choice === "both") steps.push({ name: free(name), w: w });
            return !!choice;
          });
      });
    }, Promise.resolve(true)).then(function (go) { return go ? steps : null; });
  }

  function merge(ws, w) { // per item: keep the newer of the two records' answers
    var ok = true, kept = 0, hist = Store.history(ws);
    Object.keys(w.components).forEach(function (id) {
      var inc = w.components[id], mine = Store.get(id, ws), items = {}, k;
      var theirs = !mine || typeof inc.updated !== "string" || !(mine.updated > inc.updated);
      if (mine) for (k in mine.items) items[k] = mine.items[k];
      for (k in inc.items) {
        if (!(k in items) || theirs) items[k] = inc.items[k];
        else if (JSON.stringify(items[k]) !== JSON.stringify(inc.items[k])) kept++;
      }
      var when = [mine && mine.updated, inc.updated].filter(function (x) { return typeof x === "string"; }).sort().pop();
      ok = Store.set(id, items, ws, when) && ok;
    });
    w.history.forEach(function (s) {
      var same = hist.filter(function (h) { return h.component === s.component && h.day === s.day; })[0];
      if (!same) hist.push(s); else if (s.at > same.at) hist[hist.indexOf(same)] = s;
    });
    if (w.history.length) ok = Store.saveHistory(ws, hist) && ok;
    return { ok: ok, kept: kept };
  }

  function importText(text, scope) {
    var spaces = parseExport(text);
    if (typeof spaces === "string") { say(scope, spaces, true); return Promise.resolve(false); }
    return plan(spaces).then(function (steps) {
      if (!steps) { say(scope, "Nothing was imported.", false); return false; }
      var blocked = Store.broken, kept = 0, into = [], fresh = [], ok = true;
      Store.journal = {};
      steps.forEach(function (s) {
        var ws = s.into || Store.create(s.name), r = merge(ws, s.w);
        (s.into ? into : fresh).push(ws);
        kept += r.kept;
        ok = r.ok && ok;
      });
      var journal = Store.journal;
      Store.journal = null;
      if (!ok && !blocked) { // storage full: put back what was there
        Object.keys(journal).forEach(function (k) { Store.put(k, journal[k]); });
        Store.broken = false;
        Store.load();
        say(scope, "This browser has no room for these answers, so nothing was imported.", true);
        return false;
      }
      var before = Store.workspace, n = 0, target = steps.length === 1 ? fresh[0] || into[0] :
        Store.isEmpty(before) && into.indexOf(before) < 0 ? fresh[0] : null; // from an unused workspace to the first new one
      steps.forEach(function (s) { n += Object.keys(s.w.components).length; });
      if (target && target !== before) Store.use(target);
      refresh();
      return known().then(function (site) {
        var unknownComponents = [], unknownItems = [];
        steps.forEach(function (s) {
          Object.keys(s.w.components).forEach(function (id) {
            if (!site[id]) { if (unknownComponents.indexOf(id) < 0) unknownComponents.push(id); return; }
            Object.keys(s.w.components[id].items).forEach(function (item) {
              if (site[id].indexOf(item) < 0 && unknownItems.indexOf(id + ": " + item) < 0) unknownItems.push(id + ": " + item);
            });
          });
        });
        var msg = steps.length > 1 ? "Imported " + steps.length + " workspaces, with answers for " + tools(n) + "." +
          (target && target !== before ? " Now filling in “" + wsName() + "”." : "")
          : "Imported answers for " + tools(n) + (target === before ? "" : " into the " + (fresh.length ? "new " : "") +
            "workspace “" + wsName() + "”, now active") + ".";
        if (kept) msg += " Kept " + kept + (kept === 1 ? " answer that was" : " answers that were") + " newer in this browser.";
        if (unknownComponents.length) msg += " Kept, though this site has no such tool: " + unknownComponents.join(", ") + ".";
        if (unknownItems.length) msg += " Kept, though no longer asked: " + unknownItems.join("; ") + ".";
        say(scope, msg, false);
        return true;
      });
    });
  }

  /* Wiring: `scope` holds the buttons and messages; `root` is the component, if any. */
  function bind(scope, root) {
    var box = root ? root.querySelector(".cpp-toolbar") : scope;
    scope.addEventListener("click", function (e) {
      var btn = e.target.closest("[data-action]"), action = btn && btn.getAttribute("data-action");
      if (action === "export") { // a component: its workspace; the tools page: every workspace
        var data = exportFile(root ? [Store.workspace] : null), n = data.workspaces.length;
        say(box, "Exported " + (n > 1 ? n + " workspaces, with " : "") + "answers for " + tools(countTools(data)) + ".", false);
      } else if (action === "import") {
        box.querySelector("[data-action=import-file]").click();
      } else if (action === "clear") {
        var title = root.querySelector(".cpp-component__title").firstChild.textContent;
        if (!window.confirm("Clear all your answers in “" + title + "” in the workspace “" + wsName() + "”? This cannot be undone.")) return;
        Store.remove(root.getAttribute("data-component"));
        write(root, {});
        update(root);
        say(box, "Cleared.", false);
      } else if (action === "snapshot") {
        var id = root.getAttribute("data-component"), rec = Store.get(id), scores = sums(root, rec ? rec.items : {});
        if (!Object.keys(scores).length) {
          say(box, "Rate every statement in at least one part first: a snapshot keeps finished scores only.", false);
          return;
        }
        Store.snap(id, scores);
        if (Store.broken) return notifyBroken();
        say(box, "Snapshot saved for " + dayText(localDay(new Date())) + " in “" + wsName() + "”. " +
          "My relationships shows how your scores move over time.", false);
        changed();
      } else if (action === "add-row") {
        addRow(btn.closest(".cpp-field").querySelector("table")).querySelector("[data-col]").focus();
      }
    });
    scope.addEventListener("change", function (e) {
      var input = e.target;
      if (input.getAttribute("data-action") !== "import-file" || !input.files.length) return;
      input.files[0].text().then(function (text) { return importText(text, box); })
        .then(null, function () { say(box, "This file could not be read, so nothing was imported.", true); })
        .then(function () { input.value = ""; });
    });
  }

  function setup(root) {
    root.setAttribute("data-cpp-ready", "");
    var rec = Store.get(root.getAttribute("data-component"));
    write(root, rec ? rec.items : {});
    $$("[hidden]:not([type=file])", root).forEach(function (el) { el.hidden = false; });
    $$("details.cpp-bands", root).forEach(function (d) { d.open = false; });
    root.classList.add("cpp-js");
    root.addEventListener("input", function (e) { save(root, e.target); });
    root.addEventListener("change", function (e) { save(root, e.target); });
    bind(root, root);
    update(root);
  }

  function showIndexProgress() {
    $$("[data-progress-for]").forEach(function (el) {
      var rec = Store.get(el.getAttribute("data-progress-for")), items = rec ? rec.items : {};
      var ids = el.getAttribute("data-items").split(" ");
      var n = ids.filter(function (id) { return !empty(items[id]); }).length;
      el.textContent = n ? "· " + n + " of " + ids.length + " answered" : "";
      el.hidden = !n;
    });
  }

  /* refresh === true: show the stored answers again (after a switch, an import or a
     change made in another tab). */
  function init(refresh) {
    $$(".cpp-component[data-component]").forEach(function (root) {
      if (!root.hasAttribute("data-cpp-ready")) setup(root);
      else if (refresh === true) { var rec = Store.get(root.getAttribute("data-component")); write(root, rec ? rec.items : {}); update(root); }
    });
    $$(".cpp-answers:not([data-cpp-ready])").forEach(function (panel) {
      panel.setAttribute("data-cpp-ready", "");
      panel.hidden = false;
      bind(panel, null);
    });
    $$(".cpp-component__ws-name").forEach(function (el) { el.textContent = wsName(); });
    showIndexProgress();
    if (Store.broken) notifyBroken();
  }
  function refresh() { init(true); changed(); }

  /* Another tab changed something: read it again. Our own writes re-read first, so
     nothing this tab shows can overwrite the other tab's newer answers. */
  var pending = 0;
  window.addEventListener("storage", function (e) {
    if (e.key !== null && e.key.indexOf("cpp:") !== 0) return;
    clearTimeout(pending);
    pending = setTimeout(function () {
      var was = Store.workspace, name = wsName();
      Store.load();
      init(true);
      document.dispatchEvent(new CustomEvent("cpp:workspaces", { detail: { gone: was !== Store.workspace ? name : "" } }));
    }, 50);
  });

  /* Paper gets the score tables even when they are folded on screen. */
  var folded = [];
  window.addEventListener("beforeprint", function () {
    folded = $$("details.cpp-bands:not([open])");
    folded.forEach(function (d) { d.open = true; });
  });
  window.addEventListener("afterprint", function () { folded.forEach(function (d) { d.open = false; }); });

  try { var probe = "cpp-probe"; localStorage.setItem(probe, probe); localStorage.removeItem(probe); } catch (e) { Store.broken = true; }
  Store.load();

  /* For workspaces.js (the header switcher and the My relationships page). */
  window.cppWorkspaces = {
    store: Store, refresh: refresh, ask: ask, exportFile: exportFile, importText: importText,
    exportData: exportData, // answers-offline hook
    countTools: countTools, tools: tools, dayText: dayText, broken: BROKEN
  };

  function boot() {
    /* Material's document$ fires on every instant navigation, but never on file://
       (the offline bundle), so also run once now: init() skips what is set up. */
    if (window.document$ && window.document$.subscribe) window.document$.subscribe(function () { init(); });
    init();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", boot); else boot();
})();
