/* Client Partnering Playbook: saves, counts and scores the checklists, worksheets and
   self-assessments rendered by macros/templates/. Plain JS, no framework, no requests
   beyond this site's own components.json. Answers stay in this browser's localStorage. */
(function () {
  "use strict";
  var SCHEMA = "cpp-answers", VERSION = 1;
  var script = document.currentScript;
  var manifestUrl = script ? new URL("components.json", script.src).href : null;

  /* Storage: the only code that knows keys or localStorage. Key: cpp:v1:<workspace>:<id>,
     value: {v: 1, items: {itemId: answer}, updated: ISO time}. Named workspaces later
     change only `workspace`. If the browser blocks storage, answers live in memory. */
  var Store = {
    workspace: "default",
    broken: false,
    mem: {}, // answers the browser refused to store: kept for this page view
    key: function (id) { return "cpp:v" + VERSION + ":" + this.workspace + ":" + id; },
    fail: function () { this.broken = true; return false; },
    read: function (k) {
      if (k in this.mem) return this.mem[k];
      try { return window.localStorage.getItem(k); } catch (e) { this.fail(); return null; }
    },
    get: function (id) {
      try {
        var rec = JSON.parse(this.read(this.key(id)));
        return rec && isObj(rec.items) ? rec : null;
      } catch (e) { return null; }
    },
    set: function (id, items) {
      var k = this.key(id), v = JSON.stringify({ v: VERSION, items: items, updated: new Date().toISOString() });
      try { window.localStorage.setItem(k, v); delete this.mem[k]; return true; } catch (e) { this.mem[k] = v; return this.fail(); }
    },
    remove: function (id) {
      var k = this.key(id);
      delete this.mem[k];
      try { window.localStorage.removeItem(k); } catch (e) { this.fail(); }
    },
    listAll: function () {
      var p = this.key(""), keys = Object.keys(this.mem), out = {}, i, k;
      try {
        for (i = 0; i < localStorage.length; i++) { k = localStorage.key(i); if (k.indexOf(p) === 0) keys.push(k); }
      } catch (e) { this.fail(); }
      for (i = 0; i < keys.length; i++) {
        k = keys[i].slice(p.length);
        if (!out[k] && keys[i].indexOf(p) === 0) { var r = this.get(k); if (r) out[k] = r; }
      }
      return out;
    }
  };

  function isObj(x) { return !!x && typeof x === "object" && !Array.isArray(x); }
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
          $$("[data-col]", tr).forEach(function (c) { var x = row[c.getAttribute("data-col")]; c.value = x == null ? "" : String(x); });
        });
      } else if (el.type === "checkbox") {
        el.checked = !empty(v);
      } else if (el.type === "radio") {
        el.checked = v != null && String(v) === el.value;
      } else {
        el.value = v == null || typeof v === "object" ? "" : String(v);
      }
    });
  }

  /* Saving touches only the item the reader changed: stored answers to other items,
     including ones this page no longer asks or can no longer show, are kept. */
  function save(root, target) {
    var el = target.closest("[data-item]");
    if (!el) return;
    var id = root.getAttribute("data-component"), item = el.getAttribute("data-item");
    var rec = Store.get(id), items = rec ? rec.items : {}, v = value(root, item);
    if (v === undefined) delete items[item]; else items[item] = v;
    if (Object.keys(items).length) Store.set(id, items); else Store.remove(id);
    if (Store.broken) notifyBroken();
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

  function score(dim, items) {
    var count = Number(dim.getAttribute("data-count")), min = Number(dim.getAttribute("data-min"));
    var max = Number(dim.getAttribute("data-max")), sum = 0, rated = 0, seen = {};
    $$("input[data-item]", dim).forEach(function (el) {
      var id = el.getAttribute("data-item");
      if (!seen[id] && typeof items[id] === "number") { seen[id] = true; rated++; sum += items[id]; }
    });
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
  function notifyBroken() {
    $$(".cpp-component .cpp-toolbar__status").forEach(function (el) {
      el.textContent = "This browser is blocking storage, so your answers will be lost when you leave this page. " +
        "Use Export my answers to keep a copy.";
    });
  }

  /* Export and import. */
  function exportAll() {
    var all = Store.listAll(), components = {}, id;
    for (id in all) components[id] = { items: all[id].items, updated: all[id].updated };
    var data = { schema: SCHEMA, version: VERSION, exported: new Date().toISOString(), workspace: Store.workspace, components: components };
    var url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: "application/json" }));
    var a = document.createElement("a");
    a.href = url;
    a.download = "playbook-answers-" + data.exported.slice(0, 10) + ".json";
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
    return Object.keys(components).length;
  }

  function parseExport(text) {
    var data;
    try { data = JSON.parse(text); } catch (e) { data = null; }
    if (!isObj(data) || data.schema !== SCHEMA || !isObj(data.components)) {
      return "This file is not an export of playbook answers, so nothing was imported.";
    }
    if (typeof data.version !== "number" || data.version > VERSION) {
      return "This export comes from a newer version of the playbook, so nothing was imported.";
    }
    for (var id in data.components) {
      if (!isObj(data.components[id]) || !isObj(data.components[id].items)) {
        return "This export is damaged (the answers for “" + id + "” are unreadable), so nothing was imported.";
      }
    }
    return data;
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

  function importText(text, scope) {
    var data = parseExport(text);
    if (typeof data === "string") { say(scope, data, true); return Promise.resolve(false); }
    var before = Store.listAll(), ids = Object.keys(data.components), blocked = Store.broken;
    var ok = ids.every(function (id) { return Store.set(id, data.components[id].items); });
    if (!ok && !blocked) { // storage full: put back what was there
      ids.forEach(function (id) { if (before[id]) Store.set(id, before[id].items); else Store.remove(id); });
      Store.broken = false;
      say(scope, "This browser has no room for these answers, so nothing was imported.", true);
      return Promise.resolve(false);
    }
    init(true);
    return known().then(function (site) {
      var unknownComponents = [], unknownItems = [];
      ids.forEach(function (id) {
        if (!site[id]) { unknownComponents.push(id); return; }
        Object.keys(data.components[id].items).forEach(function (item) {
          if (site[id].indexOf(item) < 0) unknownItems.push(id + ": " + item);
        });
      });
      var msg = "Imported answers for " + ids.length + " tool" + (ids.length === 1 ? "" : "s") + ".";
      if (unknownComponents.length) msg += " Kept, though this site has no such tool: " + unknownComponents.join(", ") + ".";
      if (unknownItems.length) msg += " Kept, though no longer asked: " + unknownItems.join("; ") + ".";
      say(scope, msg, false);
      return true;
    });
  }

  /* Wiring: `scope` holds the buttons and messages; `root` is the component, if any. */
  function bind(scope, root) {
    var box = root ? root.querySelector(".cpp-toolbar") : scope;
    scope.addEventListener("click", function (e) {
      var btn = e.target.closest("[data-action]"), action = btn && btn.getAttribute("data-action");
      if (action === "export") {
        var n = exportAll();
        say(box, "Exported answers for " + n + " tool" + (n === 1 ? "" : "s") + ".", false);
      } else if (action === "import") {
        box.querySelector("[data-action=import-file]").click();
      } else if (action === "clear") {
        var title = root.querySelector(".cpp-component__title").firstChild.textContent;
        if (!window.confirm("Clear all your answers in “" + title + "”? This cannot be undone.")) return;
        Store.remove(root.getAttribute("data-component"));
        write(root, {});
        update(root);
        say(box, "Cleared.", false);
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
    showIndexProgress();
    if (Store.broken) notifyBroken();
  }

  /* Paper gets the score tables even when they are folded on screen. */
  var folded = [];
  window.addEventListener("beforeprint", function () {
    folded = $$("details.cpp-bands:not([open])");
    folded.forEach(function (d) { d.open = true; });
  });
  window.addEventListener("afterprint", function () { folded.forEach(function (d) { d.open = false; }); });

  function boot() {
    try { var k = "cpp:probe"; localStorage.setItem(k, k); localStorage.removeItem(k); } catch (e) { Store.broken = true; }
    /* Material's document$ fires on every instant navigation, but never on file://
       (the offline bundle), so also run once now: init() skips what is set up. */
    if (window.document$ && window.document$.subscribe) window.document$.subscribe(function () { init(); });
    init();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", boot); else boot();
})();
