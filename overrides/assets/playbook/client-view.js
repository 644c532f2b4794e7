/* Client Partnering Playbook: "Your view and your client's" on My relationships.
   The client's view form (client-view) asks the statements of the practitioner's ACT
   assessment and Moments of Truth review, worded for the client, on the same scale
   (macros/render/relationships.py stops the build otherwise), so one chart can show both.
   It reads window.cppWorkspaces (playbook.js), the core's C.average (reverse-keyed ratings
   turned round, "does not apply" left out) and the page's tool data; `pairs` is DOM-free
   and unit-tested with node --test. */
(function (root) {
  "use strict";
  var C = typeof module !== "undefined" && module.exports ? require("./core/schema.js") : root.cppCore;

  /* The average rating of the statements rated so far in one dimension, or null. */
  function average(tool, dim, items) {
    return C.average(tool, dim, items);
  }

  /* One row per dimension of the client's view: the practitioner's and the client's
     average rating (1 to 5, null when nothing is rated yet). `answers`: {tool id: {items}}. */
  function pairs(meta, answers) {
    var byId = {},
      view = null;
    meta.tools.forEach(function (t) {
      byId[t.id] = t;
    });
    view = byId[meta.view.component];
    if (!view || !view.dims) return [];
    function items(id) {
      return answers[id] && answers[id].items ? answers[id].items : {};
    }
    return view.dims.map(function (d) {
      var mine = null,
        title = d.title;
      meta.view.mirrors.forEach(function (id) {
        var t = byId[id],
          same =
            t && t.dims
              ? t.dims.filter(function (x) {
                  return x.id === d.id;
                })[0]
              : null;
        if (same) {
          mine = average(t, same, items(id));
          title = same.title;
        }
      });
      return { id: d.id, title: title, mine: mine, theirs: average(view, d, items(view.id)) };
    });
  }

  var api = { pairs: pairs };
  if (typeof module !== "undefined" && module.exports) {
    module.exports = api;
    return;
  }
  root.cppClientView = api;

  /* ---- DOM wiring ------------------------------------------------------------------ */
  var P = root.cppWorkspaces,
    picked = null,
    meta = null;
  if (!P) return;
  var S = P.store;
  var D = root.cppDom,
    esc = D.esc;
  function num(x) {
    return x === null ? "not rated" : x.toFixed(1);
  }

  function chart(rows) {
    var W = 340,
      L = 8,
      R = 8,
      ROW = 40,
      H = rows.length * ROW + 22,
      span = W - L - R,
      out = "";
    function x(v) {
      return L + ((v - 1) / 4) * span;
    }
    [1, 2, 3, 4, 5].forEach(function (v) {
      out +=
        '<line class="cpp-chart__grid" x1="' +
        x(v).toFixed(1) +
        '" x2="' +
        x(v).toFixed(1) +
        '" y1="0" y2="' +
        (H - 16) +
        '"></line>' +
        '<text class="cpp-chart__tick" x="' +
        x(v).toFixed(1) +
        '" y="' +
        (H - 4) +
        '" text-anchor="middle">' +
        v +
        "</text>";
    });
    rows.forEach(function (r, i) {
      var y = i * ROW;
      out += '<text class="cpp-view__label" x="' + L + '" y="' + (y + 11) + '">' + esc(r.title) + "</text>";
      [
        ["mine", 0],
        ["theirs", 1],
      ].forEach(function (k) {
        var v = r[k[0]],
          w = v === null ? 0 : Math.max(1.5, x(v) - L);
        out +=
          '<rect class="cpp-view__bar cpp-view__bar--' +
          k[0] +
          '" x="' +
          L +
          '" y="' +
          (y + 15 + k[1] * 10) +
          '" width="' +
          w.toFixed(1) +
          '" height="8" data-dimension="' +
          esc(r.id) +
          '" data-who="' +
          k[0] +
          '"' +
          (v === null ? "" : ' data-average="' + v.toFixed(2) + '"') +
          "></rect>";
        // A missing bar says so: an empty row must not read as a rating of zero.
        if (v === null)
          out +=
            '<text class="cpp-view__none" x="' +
            (L + 3) +
            '" y="' +
            (y + 22 + k[1] * 10) +
            '" data-none="' +
            esc(r.id) +
            '">' +
            (k[0] === "mine" ? "you: not rated" : "your client: not rated") +
            "</text>";
      });
    });
    var said = rows
      .map(function (r) {
        return r.title + ": you " + num(r.mine) + ", your client " + num(r.theirs);
      })
      .join("; ");
    return (
      '<svg class="cpp-view" viewBox="0 0 ' +
      W +
      " " +
      H +
      '" role="img" aria-label="' +
      esc("Average ratings from 1 to 5. " + said + ".") +
      '">' +
      out +
      "</svg>"
    );
  }

  function draw(host) {
    var sel = host.querySelector("#cpp-rel-view-ws"),
      out = host.querySelector(".cpp-rel-view__out");
    var ids = S.spaces.map(function (w) {
      return w.id;
    });
    if (ids.indexOf(picked) < 0) picked = S.workspace;
    sel.innerHTML = S.spaces
      .map(function (w) {
        return '<option value="' + esc(w.id) + '">' + esc(w.name) + "</option>";
      })
      .join("");
    sel.value = picked;
    host.hidden = false;
    var answers = S.listAll(picked),
      rows = pairs(meta, answers);
    var form = meta.tools.filter(function (t) {
      return t.id === meta.view.component;
    })[0];
    var link = form ? '<a href="' + esc(form.href) + '">' + esc(form.title) + "</a>" : "the client's view form";
    if (
      !rows.some(function (r) {
        return r.theirs !== null;
      })
    ) {
      out.innerHTML =
        '<p class="cpp-rel__empty">No client ratings in this workspace yet. Enter your client\'s answers to ' +
        link +
        " while this workspace is selected, and they appear here next to yours.</p>";
      return;
    }
    var both = rows.filter(function (r) {
      return r.mine !== null && r.theirs !== null;
    });
    var gap = both.slice().sort(function (a, b) {
      return Math.abs(b.mine - b.theirs) - Math.abs(a.mine - a.theirs);
    })[0];
    var note = gap
      ? "The largest gap is on <strong>" +
        esc(gap.title) +
        "</strong>: you " +
        num(gap.mine) +
        ", your client " +
        num(gap.theirs) +
        ". Start the conversation there."
      : "Rate yourself on the ACT self-assessment and the Moments of Truth review to see the gaps.";
    var table =
      '<table><thead><tr><th scope="col">Part</th><th scope="col">You</th><th scope="col">Your client</th></tr></thead><tbody>' +
      rows
        .map(function (r) {
          return (
            '<tr><th scope="row">' +
            esc(r.title) +
            "</th><td>" +
            num(r.mine) +
            "</td><td>" +
            num(r.theirs) +
            "</td></tr>"
          );
        })
        .join("") +
      "</tbody></table>";
    var scale =
      form && form.scale && form.scale.labels
        ? '<p class="cpp-rel-view__scale">You and your client rate the same statements on one scale: ' +
          esc(form.scale.min + " " + form.scale.labels[0]) +
          " to " +
          esc(form.scale.max + " " + form.scale.labels[form.scale.labels.length - 1]) +
          ".</p>"
        : "";
    out.innerHTML =
      scale +
      '<ul class="cpp-legend"><li><svg viewBox="0 0 24 8" aria-hidden="true" focusable="false"><rect class="cpp-view__bar cpp-view__bar--mine" width="24" height="8"></rect></svg>You</li>' +
      '<li><svg viewBox="0 0 24 8" aria-hidden="true" focusable="false"><rect class="cpp-view__bar cpp-view__bar--theirs" width="24" height="8"></rect></svg>Your client</li></ul>' +
      chart(rows) +
      '<p class="cpp-rel-view__note">' +
      note +
      "</p>" +
      '<details class="cpp-rel__table"><summary>Average ratings as a table</summary>' +
      table +
      "</details>";
  }

  function drawPage() {
    var host = document.querySelector("[data-cpp-rel=client-view]"),
      src = document.querySelector("[data-cpp-rel=overview]");
    if (!host || !src) return;
    if (!meta)
      try {
        meta = JSON.parse(src.getAttribute("data-cpp-meta"));
      } catch (_e) {
        return;
      }
    if (!meta.view) return;
    draw(host);
  }

  document.addEventListener("change", function (e) {
    if (e.target.id !== "cpp-rel-view-ws") return;
    picked = e.target.value;
    drawPage();
    document.getElementById("cpp-rel-view-ws").focus();
  });
  document.addEventListener("cpp:workspaces", drawPage);
  if (root.document$ && root.document$.subscribe) root.document$.subscribe(drawPage);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", drawPage);
  else drawPage();
})(typeof window !== "undefined" ? window : this);
