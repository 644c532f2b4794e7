/* Client Partnering Playbook: workspaces, one per client relationship. The switcher in the
   header and the "My relationships" page. Storage, export and import live in playbook.js
   (window.cppWorkspaces); this file reads the store and draws. Plain JS, no requests. */
(function () {
  "use strict";
  var D = window.cppDom,
    $ = D.$,
    $$ = D.$$,
    esc = D.esc,
    q = D.q;
  var P = window.cppWorkspaces;
  if (!P) return;
  var S = P.store,
    C = P.core;

  function plural(n, word) {
    return n + " " + word + (n === 1 ? "" : "s");
  }
  function current() {
    return S.find(S.workspace) || { name: "" };
  }

  /* ---- The switcher in the header ------------------------------------------------ */
  var box = $("[data-cpp-ws]"),
    toggle,
    panel,
    list,
    form,
    input,
    mode = null;

  function tell(msg, alert) {
    $(".cpp-ws__status", box).textContent = alert ? "" : msg;
    $(".cpp-ws__alert", box).textContent = alert ? msg : "";
  }
  function open(yes) {
    panel.hidden = !yes;
    toggle.setAttribute("aria-expanded", String(yes));
    if (yes) {
      showForm(null);
      ($("input:checked", list) || toggle).focus();
    } else tell("");
  }
  function showForm(kind) {
    mode = kind;
    form.hidden = !kind;
    if (!kind) return;
    $("label", form).textContent = kind === "new" ? "Name of the new workspace" : "New name for " + q(current().name);
    input.value = kind === "new" ? "" : current().name;
    input.focus();
    input.select();
  }
  function drawSwitcher() {
    var w = current(),
      inList = list.contains(document.activeElement);
    $(".cpp-ws__name", box).textContent = w.name;
    list.innerHTML = S.spaces
      .map(function (x) {
        return (
          '<label class="cpp-ws__option"><input type="radio" name="cpp-ws" value="' +
          esc(x.id) +
          '"' +
          (x.id === S.workspace ? " checked" : "") +
          "> <span>" +
          esc(x.name) +
          "</span></label>"
        );
      })
      .join("");
    if (inList) $("input:checked", list).focus();
    $("[data-ws=rename]", box).setAttribute("aria-label", "Rename " + q(w.name));
    $("[data-ws=delete]", box).setAttribute("aria-label", "Delete " + q(w.name));
    var warn = $(".cpp-ws__warn", box),
      said = S.stopped || (S.broken ? P.broken() : "");
    warn.hidden = !said;
    warn.textContent = said;
    drawAsides(warn);
  }
  /* Saved data that could not be fully read was set aside as it was (core/store.js):
     here the reader downloads it, to keep or to send to someone who can repair it. */
  function drawAsides(after) {
    var keys = S.asides(),
      host = $(".cpp-ws__asides", box);
    if (!host) {
      host = document.createElement("p");
      host.className = "cpp-ws__asides";
      after.parentNode.insertBefore(host, after.nextSibling);
    }
    host.hidden = !keys.length;
    host.innerHTML = keys.length
      ? esc(
          keys.length === 1
            ? "Saved data this version could not fully read is kept as it was."
            : keys.length + " copies of saved data this version could not fully read are kept as they were.",
        ) +
        " " +
        keys
          .map(function (k, i) {
            return (
              '<button type="button" class="cpp-button" data-ws="aside" data-key="' +
              esc(k) +
              '">Download ' +
              (keys.length === 1 ? "it" : "copy " + (i + 1)) +
              "</button>"
            );
          })
          .join(" ")
      : "";
  }
  function remove() {
    var w = current(),
      n = Object.keys(S.listAll(w.id)).length,
      h = S.history(w.id).length;
    var lost =
      n || h
        ? "Its answers in " +
          P.tools(n) +
          (h ? " and its " + plural(h, "score snapshot") : "") +
          " will be removed from this browser."
        : "It holds no answers yet.";
    if (
      !window.confirm(
        "Delete the workspace " +
          q(w.name) +
          "? " +
          lost +
          " Your other workspaces stay as they are. " +
          "You can undo this for 15 seconds; to keep a copy for longer, export it first from My Relationships.",
      )
    )
      return;
    var undo = S.drop(w.id);
    P.refresh();
    tell("Deleted " + q(w.name) + ". Now filling in " + q(current().name) + ".");
    $("input:checked", list).focus();
    if (undo)
      P.undoable(
        "Deleted the workspace " + q(w.name) + ".",
        function () {
          S.restore(undo);
          S.use(undo.workspace.id);
        },
        toggle,
      );
  }

  if (box) {
    toggle = $(".cpp-ws__toggle", box);
    panel = $(".cpp-ws__panel", box);
    list = $(".cpp-ws__list", box);
    form = $(".cpp-ws__form", box);
    input = $("input", form);
    $$("a[href]", box).forEach(function (a) {
      a.setAttribute("href", a.href);
    }); // the header outlives instant navigation
    toggle.addEventListener("click", function () {
      open(panel.hidden);
    });
    list.addEventListener("change", function (e) {
      S.use(e.target.value);
      P.refresh();
      tell("Now filling in " + q(current().name) + ".");
    });
    panel.addEventListener("click", function (e) {
      var b = e.target.closest("[data-ws]"),
        what = b && b.getAttribute("data-ws");
      if (what === "new" || what === "rename") showForm(what);
      else if (what === "delete") remove();
      else if (what === "aside") {
        var text = S.kv.get(b.getAttribute("data-key"));
        if (text !== null) P.download("playbook-data-kept-aside-" + C.contentKey(text) + ".json", text);
        tell(
          text !== null
            ? "Downloaded the copy as it was saved. Import it on My Relationships once it is repaired, or keep it."
            : "That copy is no longer here.",
        );
      } else if (what === "cancel") {
        showForm(null);
        $("[data-ws=new]", box).focus();
      }
    });
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var made = mode === "new",
        r = made ? S.create(input.value) : S.rename(S.workspace, input.value),
        name = r.name;
      if (r.error) {
        // blank, or a name in use (look-alikes count: case, Unicode spaces)
        tell(r.error, true);
        return input.focus();
      }
      if (made) S.use(r.id);
      P.refresh();
      showForm(null);
      tell(made ? "Created " + q(name) + ". Answers you type now go there." : "Renamed to " + q(name) + ".");
      $("input:checked", list).focus();
    });
    box.addEventListener("keydown", function (e) {
      if (e.key !== "Escape" || panel.hidden) return;
      if (mode) {
        showForm(null);
        $("[data-ws=new]", box).focus();
      } else {
        open(false);
        toggle.focus();
      }
    });
    box.addEventListener("focusout", function (e) {
      if (e.relatedTarget && !box.contains(e.relatedTarget)) open(false);
    });
    document.addEventListener(
      "click",
      function (e) {
        if (!panel.hidden && !box.contains(e.target)) open(false);
        if (e.target.closest("[data-action=workspaces]")) open(true);
      },
      true,
    );
    box.hidden = false;
  }

  /* ---- The My relationships page ---------------------------------------------------- */
  var meta = null,
    pick = [null, null],
    openTables = {};

  function dimFacts(t, items) {
    // each assessment dimension: its score and band, when complete (scored by the core)
    return C.score({ dims: t.dims, scale: t.scale }, items).map(function (x) {
      return { d: x.dim, rated: x.rated, sum: x.sum, band: x.band };
    });
  }
  function facts(w) {
    // everything the page shows about one workspace
    var answers = S.listAll(w.id),
      f = { w: w, scores: {}, checklists: [], started: 0, map: { client: 0, contact: 0, open: 0 } };
    meta.tools.forEach(function (t) {
      var items = answers[t.id] ? answers[t.id].items : {};
      if (answers[t.id]) f.started++;
      if (t.dims) f.scores[t.id] = dimFacts(t, items);
      if (t.kind === "checklist")
        f.checklists.push({
          t: t,
          done: t.items.filter(function (i) {
            return items[i] === true;
          }).length,
          of: t.items.filter(function (i) {
            return items[i] !== C.NA;
          }).length,
        }); // "did not arise" is not counted against
    });
    var roles = f.scores[meta.role].filter(function (x) {
        return x.sum !== null;
      }),
      top;
    if (roles.length === f.scores[meta.role].length) {
      top = Math.max.apply(null, roles.map(share));
      f.role = roles.filter(function (x) {
        return share(x) === top;
      });
    }
    var m = meta.map,
      rec = answers[m.component],
      rows = rec && Array.isArray(rec.items[m.field]) ? rec.items[m.field] : [];
    rows.forEach(function (r) {
      if (!r || typeof r !== "object" || !Object.keys(r).length) return;
      var tests = m.tests.map(function (k) {
        return r[k];
      });
      if (
        r[m.verdict] === m.client ||
        r[m.verdict] === m.shared ||
        (!r[m.verdict] &&
          tests.every(function (x) {
            return x === "yes";
          }))
      )
        f.map.client++;
      else if (r[m.verdict] === m.contact || tests.indexOf("no") >= 0) f.map.contact++;
      else f.map.open++;
    });
    f.history = S.history(w.id).filter(function (s) {
      return s.component === meta.act;
    });
    return f;
  }
  function share(x) {
    return (x.sum - x.d.min) / (x.d.max - x.d.min || 1);
  }
  function tool(id) {
    return meta.tools.filter(function (t) {
      return t.id === id;
    })[0];
  }
  function link(t, text) {
    return '<a href="' + esc(t.href) + '">' + esc(text || t.title) + "</a>";
  }

  /* Small charts. A meter row: label, an SVG bar, the value in words. */
  function meter(label, x, min, max, text, attrs) {
    var w = x == null ? 0 : Math.max(2, ((x - min) / (max - min || 1)) * 100);
    return (
      '<li class="cpp-meter"><span class="cpp-meter__label">' +
      esc(label) +
      "</span>" +
      '<svg class="cpp-meter__bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">' +
      '<rect class="cpp-meter__track" width="100" height="8"></rect><rect class="cpp-meter__fill" width="' +
      w.toFixed(1) +
      '" height="8"' +
      (attrs || "") +
      "></rect></svg>" +
      '<span class="cpp-meter__value">' +
      esc(text) +
      "</span></li>"
    );
  }
  function scoreText(x) {
    return x.sum === null
      ? x.rated + " of " + x.d.items.length + " rated"
      : x.sum + " of " + x.d.max + (x.band ? " · " + x.band.label : "");
  }
  function meters(rows) {
    return (
      '<ul class="cpp-meters">' +
      rows
        .map(function (x) {
          return meter(
            x.d.title,
            x.sum,
            x.d.min,
            x.d.max,
            scoreText(x),
            x.sum === null ? "" : ' data-dimension="' + esc(x.d.id) + '" data-score="' + x.sum + '"',
          );
        })
        .join("") +
      "</ul>"
    );
  }
  function roleText(f) {
    if (!f.role) return "Not known yet: rate all three roles in " + link(tool(meta.role)) + ".";
    return (
      "<strong>" +
      esc(
        f.role
          .map(function (x) {
            return x.d.title;
          })
          .join(" and "),
      ) +
      "</strong>" +
      (f.role.length > 1 ? " (tied) pull" : " pulls") +
      " hardest, as you rated it. The three scores measure different pulls: test this with your client."
    );
  }

  /* The ACT trend: one line per dimension, one point per snapshot day. */
  function trend(f) {
    var dims = tool(meta.act).dims,
      snaps = f.history;
    if (!snaps.length)
      return '<p class="cpp-rel__empty">No history yet. A point is added on each day you change a rating, or when you press Save snapshot.</p>';
    var W = 320,
      H = 150,
      L = 26,
      R = 12,
      T = 8,
      B = 24,
      min = dims[0].min,
      max = dims[0].max;
    var t0 = Date.parse(snaps[0].day),
      t1 = Date.parse(snaps[snaps.length - 1].day);
    function x(day) {
      return t1 === t0 ? (L + W - R) / 2 : L + ((Date.parse(day) - t0) / (t1 - t0)) * (W - L - R);
    }
    function y(v) {
      return T + ((max - v) / (max - min || 1)) * (H - T - B);
    }
    var out = "",
      said = [],
      lines = [min, max].concat(
        dims[0].bands.slice(1).map(function (b) {
          return b.min;
        }),
      );
    lines.forEach(function (v) {
      out +=
        '<line class="cpp-chart__grid" x1="' +
        L +
        '" x2="' +
        (W - R) +
        '" y1="' +
        y(v).toFixed(1) +
        '" y2="' +
        y(v).toFixed(1) +
        '"></line>' +
        '<text class="cpp-chart__tick" x="' +
        (L - 4) +
        '" y="' +
        (y(v) + 3).toFixed(1) +
        '" text-anchor="end">' +
        v +
        "</text>";
    });
    dims.forEach(function (d, i) {
      var pts = snaps.filter(function (s) {
        return typeof s.scores[d.id] === "number";
      });
      if (!pts.length) return;
      out +=
        '<polyline class="cpp-chart__line cpp-chart__line--' +
        i +
        '" points="' +
        pts
          .map(function (s) {
            return x(s.day).toFixed(1) + "," + y(s.scores[d.id]).toFixed(1);
          })
          .join(" ") +
        '"></polyline>';
      pts.forEach(function (s) {
        out +=
          '<circle class="cpp-chart__point cpp-chart__point--' +
          i +
          '" r="3" cx="' +
          (x(s.day) + (i - 1) * 3).toFixed(1) +
          '" cy="' +
          y(s.scores[d.id]).toFixed(1) +
          '" data-dimension="' +
          esc(d.id) +
          '" data-day="' +
          esc(s.day) +
          '" data-score="' +
          s.scores[d.id] +
          '"></circle>';
      });
      var a = pts[0],
        b = pts[pts.length - 1];
      said.push(
        d.title +
          " " +
          a.scores[d.id] +
          " on " +
          P.dayText(a.day) +
          (a === b ? "" : ", " + b.scores[d.id] + " on " + P.dayText(b.day)),
      );
    });
    out +=
      '<text class="cpp-chart__tick" x="' + L + '" y="' + (H - 6) + '">' + esc(P.dayText(snaps[0].day)) + "</text>";
    if (t1 !== t0)
      out +=
        '<text class="cpp-chart__tick" x="' +
        (W - R) +
        '" y="' +
        (H - 6) +
        '" text-anchor="end">' +
        esc(P.dayText(snaps[snaps.length - 1].day)) +
        "</text>";
    var legend = dims
      .map(function (d, i) {
        return (
          '<li><svg viewBox="0 0 24 8" aria-hidden="true" focusable="false"><line class="cpp-chart__line cpp-chart__line--' +
          i +
          '" x1="1" x2="23" y1="4" y2="4"></line></svg>' +
          esc(d.title) +
          "</li>"
        );
      })
      .join("");
    var table =
      '<tr><th scope="col">Day</th>' +
      dims
        .map(function (d) {
          return '<th scope="col">' + esc(d.title) + "</th>";
        })
        .join("") +
      "<td></td></tr>" +
      snaps
        .map(function (s) {
          return (
            '<tr><th scope="row">' +
            esc(P.dayText(s.day)) +
            "</th>" +
            dims
              .map(function (d) {
                return "<td>" + (typeof s.scores[d.id] === "number" ? s.scores[d.id] : "–") + "</td>";
              })
              .join("") +
            '<td><button type="button" class="cpp-row-tools__button" data-rel="unsnap" data-id="' +
            esc(f.w.id) +
            '" data-day="' +
            esc(s.day) +
            '" aria-label="' +
            esc("Delete the scores of " + P.dayText(s.day) + " in " + q(f.w.name)) +
            '">✕</button></td></tr>'
          );
        })
        .join("");
    return (
      '<svg class="cpp-chart" viewBox="0 0 ' +
      W +
      " " +
      H +
      '" role="img" aria-label="' +
      esc("Scores over time: " + said.join("; ") + ".") +
      '">' +
      out +
      "</svg>" +
      '<ul class="cpp-legend">' +
      legend +
      "</ul>" +
      '<details class="cpp-rel__table"' +
      (openTables[f.w.id] ? " open" : "") +
      "><summary>Scores by day</summary>" +
      // A wide table scrolls sideways: focusable, so keyboard users can scroll it too.
      '<div class="cpp-rel__scroll" tabindex="0" role="region" aria-label="' +
      esc("Scores by day, " + f.w.name) +
      '"><table><thead>' +
      table.split("</tr>")[0] +
      "</tr></thead><tbody>" +
      table.slice(table.indexOf("</tr>") + 5) +
      "</tbody></table></div></details>"
    );
  }

  function people(f) {
    // the stakeholder map: a dot per person, filled for true clients
    var m = f.map,
      n = m.client + m.contact + m.open,
      dots = "",
      i,
      per = 12;
    if (!n)
      return (
        '<p class="cpp-rel__empty">Nobody listed yet: fill in the ' +
        link(tool(meta.map.component), "stakeholder map") +
        ".</p>"
      );
    for (i = 0; i < n; i++) {
      dots +=
        '<circle class="cpp-chart__person cpp-chart__person--' +
        (i < m.client ? "client" : i < m.client + m.contact ? "contact" : "open") +
        '" r="5" cx="' +
        (8 + (i % per) * 16) +
        '" cy="' +
        (8 + Math.floor(i / per) * 16) +
        '"></circle>';
    }
    var text =
      plural(m.client, "true client") +
      " (filled dots), " +
      plural(m.contact, "contact") +
      " (open dots)" +
      (m.open ? ", " + m.open + " not yet tested (dashed)" : "");
    var w = Math.min(n, per) * 16,
      h = Math.ceil(n / per) * 16;
    return (
      '<svg class="cpp-people" width="' +
      w +
      '" height="' +
      h +
      '" viewBox="0 0 ' +
      w +
      " " +
      h +
      '" role="img" aria-label="' +
      esc(text) +
      '" data-clients="' +
      m.client +
      '" data-contacts="' +
      m.contact +
      '">' +
      dots +
      "</svg>" +
      '<p class="cpp-rel__caption">' +
      esc(text) +
      ".</p>"
    );
  }

  function checklists(f) {
    var begun = f.checklists.filter(function (c) {
        return c.done;
      }),
      idle = f.checklists.filter(function (c) {
        return !c.done;
      });
    var out = begun.length
      ? '<ul class="cpp-meters">' +
        begun
          .map(function (c) {
            return meter(c.t.title, c.done, 0, c.of, c.done + " of " + c.of, ' data-checklist="' + esc(c.t.id) + '"');
          })
          .join("") +
        "</ul>"
      : "";
    if (idle.length)
      out +=
        '<p class="' +
        (begun.length ? 'cpp-rel__idle">Not started: ' : 'cpp-rel__empty">None started yet: ') +
        idle
          .map(function (c) {
            return link(c.t);
          })
          .join(", ") +
        ".</p>";
    return out;
  }

  function steps(f) {
    var out = "";
    meta.tools.forEach(function (t) {
      var done = (f.scores[t.id] || []).filter(function (x) {
        return x.band;
      });
      if (!done.length) return;
      out +=
        '<p class="cpp-rel__sub">' +
        link(t) +
        '</p><ul class="cpp-rel__steps">' +
        done
          .map(function (x) {
            return (
              "<li><strong>" + esc(x.d.title) + " (" + esc(x.band.label) + "):</strong> " + esc(x.band.next) + "</li>"
            );
          })
          .join("") +
        "</ul>";
    });
    return (
      out ||
      '<p class="cpp-rel__empty">None yet: finish a part of any self-assessment and its next step appears here.</p>'
    );
  }

  function card(w) {
    var f = facts(w),
      act = tool(meta.act),
      id = "cpp-rel-" + w.id,
      parts;
    var head =
      '<h3 class="cpp-rel__name" id="' +
      esc(id) +
      '">' +
      esc(w.name) +
      "</h3>" +
      '<p class="cpp-rel__meta">' +
      (w.id === S.workspace ? '<span class="cpp-rel__badge">Filling in now</span> ' : "") +
      "Created " +
      esc(P.dayText(w.created.slice(0, 10))) +
      " · last change " +
      esc(P.dayText(w.updated.slice(0, 10))) +
      " · " +
      plural(f.started, "tool") +
      " started</p>";
    if (!f.started && !f.history.length) {
      parts =
        '<p class="cpp-rel__empty">Nothing filled in yet. Switch to this workspace and start with the ' +
        link(tool(meta.map.component), "stakeholder map") +
        ", the " +
        link(act, "ACT self-assessment") +
        " and the " +
        link(tool(meta.role), "role self-assessment") +
        ".</p>";
    } else {
      parts =
        '<div class="cpp-rel__grid">' +
        part(
          "Access, credibility and trust",
          f.scores[meta.act].some(function (x) {
            return x.rated;
          })
            ? meters(f.scores[meta.act])
            : '<p class="cpp-rel__empty">Not rated yet: use the ' + link(act, "ACT self-assessment") + ".</p>",
        ) +
        part("ACT scores over time", trend(f)) +
        part(
          "Role",
          '<p class="cpp-rel__role">' +
            roleText(f) +
            "</p>" +
            (f.scores[meta.role].some(function (x) {
              return x.rated;
            })
              ? meters(f.scores[meta.role])
              : ""),
        ) +
        part("True clients and contacts", people(f)) +
        part("Checklists", checklists(f), true) +
        part("Next steps the assessments suggest", steps(f), true) +
        "</div>";
    }
    return (
      '<section class="cpp-rel__card" aria-labelledby="' +
      esc(id) +
      '" data-workspace="' +
      esc(w.id) +
      '">' +
      head +
      parts +
      '<p class="cpp-rel__actions">' +
      (w.id === S.workspace
        ? ""
        : '<button type="button" class="cpp-button" data-rel="use" data-id="' +
          esc(w.id) +
          '" aria-label="Fill in ' +
          esc(q(w.name)) +
          '">Fill in this one</button> ') +
      '<button type="button" class="cpp-button" data-rel="export" data-id="' +
      esc(w.id) +
      '" aria-label="Export ' +
      esc(q(w.name)) +
      '">Export</button></p></section>'
    );
  }
  function part(title, body, wide) {
    return (
      '<div class="cpp-rel__part' +
      (wide ? " cpp-rel__part--wide" : "") +
      '"><h4 class="cpp-rel__title">' +
      esc(title) +
      "</h4>" +
      body +
      "</div>"
    );
  }

  function compare(host) {
    var a = $("#cpp-rel-a", host),
      b = $("#cpp-rel-b", host),
      out = $(".cpp-rel-compare__out", host),
      ids = S.spaces.map(function (w) {
        return w.id;
      });
    host.hidden = false;
    $(".cpp-rel-compare__pick", host).hidden = ids.length < 2;
    if (ids.length < 2) {
      out.innerHTML =
        '<p class="cpp-rel__empty">Make a second workspace (New, in the workspace menu at the top of the page) to compare two relationships here.</p>';
      return;
    }
    // Start with two relationships that hold answers (the active one first, if it does),
    // not with an empty default workspace.
    var used = S.spaces
      .filter(function (w) {
        return !C.isEmpty(w);
      })
      .map(function (w) {
        return w.id;
      });
    var first = used.indexOf(S.workspace) >= 0 ? [S.workspace] : [];
    var order = first.concat(
      used.filter(function (i) {
        return i !== S.workspace;
      }),
      ids.filter(function (i) {
        return used.indexOf(i) < 0;
      }),
    );
    if (ids.indexOf(pick[0]) < 0) pick[0] = order[0];
    if (ids.indexOf(pick[1]) < 0 || pick[1] === pick[0])
      pick[1] = order.filter(function (i) {
        return i !== pick[0];
      })[0];
    [a, b].forEach(function (sel, n) {
      sel.innerHTML = S.spaces
        .map(function (w) {
          return '<option value="' + esc(w.id) + '">' + esc(w.name) + "</option>";
        })
        .join("");
      sel.value = pick[n];
    });
    var fa = facts(S.find(pick[0])),
      fb = facts(S.find(pick[1]));
    function row(label, cell) {
      return '<tr><th scope="row">' + esc(label) + "</th><td>" + cell(fa) + "</td><td>" + cell(fb) + "</td></tr>";
    }
    var rows =
      tool(meta.act)
        .dims.map(function (d, i) {
          return row(d.title, function (f) {
            var x = f.scores[meta.act][i];
            return (
              '<ul class="cpp-meters">' +
              meter("", x.sum, d.min, d.max, scoreText(x), x.sum === null ? "" : ' data-score="' + x.sum + '"') +
              "</ul>"
            );
          });
        })
        .join("") +
      row("Role", function (f) {
        return f.role
          ? esc(
              f.role
                .map(function (x) {
                  return x.d.title;
                })
                .join(" and "),
            )
          : "Not known yet";
      }) +
      row("True clients", function (f) {
        return String(f.map.client);
      }) +
      row("Contacts", function (f) {
        return String(f.map.contact);
      }) +
      row("Checklist items done", function (f) {
        return String(
          f.checklists.reduce(function (n, c) {
            return n + c.done;
          }, 0),
        );
      });
    out.innerHTML =
      '<table class="cpp-rel-compare__table"><caption>' +
      esc(q(fa.w.name) + " and " + q(fb.w.name) + " side by side") +
      '</caption><thead><tr><td></td><th scope="col">' +
      esc(fa.w.name) +
      '</th><th scope="col">' +
      esc(fb.w.name) +
      "</th></tr></thead><tbody>" +
      rows +
      "</tbody></table>";
  }

  function drawPage() {
    var host = $("[data-cpp-rel=overview]");
    if (!host) return;
    if (!meta)
      try {
        meta = JSON.parse(host.getAttribute("data-cpp-meta"));
      } catch (_e) {
        return;
      }
    $(".cpp-rel__nojs", host).hidden = true;
    var warn = $(".cpp-rel__warn", host),
      said = (S.broken ? P.broken() + " " : "") + P.notices();
    warn.hidden = !said;
    warn.textContent = said;
    openTables = {}; // a redraw keeps the score tables the reader opened
    $$(".cpp-rel__card details.cpp-rel__table[open]", host).forEach(function (d) {
      openTables[d.closest(".cpp-rel__card").getAttribute("data-workspace")] = true;
    });
    $(".cpp-rel__cards", host).innerHTML = S.spaces.map(card).join("");
    var cmp = $("[data-cpp-rel=compare]");
    if (cmp) compare(cmp);
    var data = $("[data-cpp-rel=data]");
    if (data) data.hidden = false;
  }

  function pageActions(e) {
    var b = e.target.closest("[data-rel]"),
      what = b && b.getAttribute("data-rel"),
      scope = $("[data-cpp-rel=data]");
    if (!what || !scope) return;
    var msg = scope.querySelector("[role=status]");
    if (what === "use") {
      S.use(b.getAttribute("data-id"));
      P.refresh();
      msg.textContent = "Now filling in " + q(current().name) + ".";
    } else if (what === "unsnap") {
      // one point of the score history, with undo
      var ws = b.getAttribute("data-id"),
        day = b.getAttribute("data-day"),
        gone = S.unsnap(meta.act, day, ws);
      P.refresh();
      var next = $('.cpp-rel__card[data-workspace="' + ws + '"] .cpp-rel__table summary');
      if (gone)
        P.undoable(
          "Deleted the scores of " + P.dayText(day) + ".",
          function () {
            S.putSnap(gone, ws);
          },
          next,
        );
    } else if (what === "export" || what === "export-all") {
      var data = P.exportFile(what === "export" ? [b.getAttribute("data-id")] : null);
      msg.textContent =
        "Exported " +
        (data.workspaces.length === 1 ? q(data.workspaces[0].name) : plural(data.workspaces.length, "workspace")) +
        ", with answers for " +
        P.tools(P.countTools(data)) +
        ".";
    } else if (what === "import") $("[data-rel=import-file]", scope).click();
    else if (what === "forget") {
      if (
        !window.confirm(
          "Forget everything on this device? This deletes " +
            (S.spaces.length === 1 ? "your workspace" : "all " + S.spaces.length + " workspaces") +
            ", every answer and all score history the playbook has saved in this browser. Nothing is kept anywhere else, " +
            "so export first if you may want them. This cannot be undone.",
        )
      )
        return;
      S.forget();
      P.refresh();
      msg.textContent = "Everything is forgotten. You start again with one empty workspace, " + q(current().name) + ".";
    }
  }

  document.addEventListener("click", function (e) {
    if (e.target.closest("[data-cpp-rel], .cpp-rel__card")) pageActions(e);
  });
  document.addEventListener("change", function (e) {
    var t = e.target,
      scope = t.closest("[data-cpp-rel]");
    if (!scope) return;
    if (t.id === "cpp-rel-a" || t.id === "cpp-rel-b") {
      pick[t.id === "cpp-rel-a" ? 0 : 1] = t.value;
      compare(scope);
      $("#" + t.id).focus();
    }
    if (t.getAttribute("data-rel") === "import-file" && t.files.length) {
      P.readFile(t.files[0])
        .then(function (text) {
          return P.importText(text, scope);
        })
        .then(null, function (e) {
          scope.querySelector("[role=alert]").textContent =
            e && e.message === C.ENCODING ? C.ENCODING : "This file could not be read, so nothing was imported.";
        })
        .then(function () {
          t.value = "";
        });
    }
  });
  document.addEventListener("cpp:workspaces", function (e) {
    if (box) {
      drawSwitcher();
      if (e.detail && e.detail.gone)
        tell(
          q(e.detail.gone) +
            " was deleted in another tab. What you typed in it is still on this page: keep it, or choose another workspace.",
        );
    }
    drawPage();
  });
  if (box) drawSwitcher();
  /* document$ fires on every instant navigation, but never on file:// (the offline bundle). */
  if (window.document$ && window.document$.subscribe) window.document$.subscribe(drawPage);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", drawPage);
  else drawPage();
})();
