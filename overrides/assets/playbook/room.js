/* Client Partnering Playbook: the Room results page (templates/room_results.html). The
   facilitator opens participants' files (picker or drop); core/room.js reads them and
   works out the statistics; this file only shows them. Files are read in this browser
   and never sent anywhere; names, text answers and file names are never shown (a file
   is "File 3", in the order opened: copies' names often carry a client's name).
   Everything taken from a file is escaped before it reaches the page. */
(function () {
  "use strict";
  var D = window.cppDom,
    esc = D.esc;

  function num(x) {
    return x === null ? "–" : String(Math.round(x * 10) / 10);
  }
  function people(n) {
    return n + " participant" + (n === 1 ? "" : "s");
  }
  function files(n) {
    return n + " file" + (n === 1 ? "" : "s");
  }
  function label(f) {
    return f.label.charAt(0).toUpperCase() + f.label.slice(1);
  }

  /* A dimension's scores as columns, one slot per possible sum; the median as a line. */
  function chart(d) {
    var W = 160,
      H = 38,
      B = 26,
      slots = d.max - d.min + 1,
      w = W / slots,
      top = 0,
      out = "";
    Object.keys(d.counts).forEach(function (k) {
      top = Math.max(top, d.counts[k]);
    });
    for (var v = d.min; v <= d.max; v++) {
      var c = d.counts[v] || 0,
        h = c ? Math.max(3, (c / top) * (B - 2)) : 0;
      if (c)
        out +=
          '<rect class="cpp-room__bar" x="' +
          ((v - d.min) * w + 0.5).toFixed(1) +
          '" y="' +
          (B - h).toFixed(1) +
          '" width="' +
          Math.max(1, w - 1).toFixed(1) +
          '" height="' +
          h.toFixed(1) +
          '"></rect>';
    }
    d.bands.slice(1).forEach(function (b) {
      var x = ((b.min - d.min) * w).toFixed(1);
      out += '<line class="cpp-room__band-line" x1="' + x + '" x2="' + x + '" y1="0" y2="' + B + '"></line>';
    });
    if (d.median !== null) {
      var mx = ((d.median - d.min + 0.5) * w).toFixed(1);
      out += '<line class="cpp-room__median" x1="' + mx + '" x2="' + mx + '" y1="0" y2="' + B + '"></line>';
    }
    out +=
      '<line class="cpp-room__axis" x1="0" x2="' +
      W +
      '" y1="' +
      B +
      '" y2="' +
      B +
      '"></line>' +
      '<text class="cpp-room__tick" x="1" y="' +
      (H - 2) +
      '">' +
      d.min +
      "</text>" +
      '<text class="cpp-room__tick" x="' +
      (W - 1) +
      '" y="' +
      (H - 2) +
      '" text-anchor="end">' +
      d.max +
      "</text>";
    return (
      '<svg class="cpp-room__chart" viewBox="0 0 ' +
      W +
      " " +
      H +
      '" aria-hidden="true" focusable="false">' +
      out +
      "</svg>"
    );
  }
  function spoken(d) {
    if (!d.complete) return "No one rated every statement of this part.";
    return (
      "Scores, lowest to highest: " +
      Object.keys(d.counts)
        .map(Number)
        .sort(function (a, b) {
          return a - b;
        })
        .map(function (v) {
          return v + (d.counts[v] > 1 ? " (" + d.counts[v] + " people)" : "");
        })
        .join(", ") +
      "."
    );
  }

  function toolHtml(s, texts) {
    var dims = C.dict();
    s.dims.forEach(function (d) {
      dims[d.id] = d;
    });
    var rows = s.dims
      .map(function (d) {
        var bands = d.bands
          .filter(function (b) {
            return b.n;
          })
          .map(function (b) {
            return esc(b.label) + " " + b.n;
          })
          .join(" · ");
        return (
          '<tr data-dimension="' +
          esc(d.id) +
          '"><th scope="row">' +
          esc(d.title) +
          (d.complete < s.n
            ? '<span class="cpp-room__of">' + d.complete + " of " + s.n + " rated every statement</span>"
            : "") +
          "</th>" +
          '<td class="cpp-room__dist">' +
          chart(d) +
          '<span class="cpp-visually-hidden">' +
          esc(spoken(d)) +
          "</span>" +
          (bands ? '<span class="cpp-room__bands">' + bands + "</span>" : "") +
          "</td>" +
          "<td data-room-median>" +
          num(d.median) +
          "</td><td data-room-range>" +
          (d.complete ? d.low + "–" + d.high : "–") +
          "</td></tr>"
        );
      })
      .join("");
    var wide = s.widest
      .map(function (x) {
        var words = texts[s.tool] && texts[s.tool][x.id] ? "“" + texts[s.tool][x.id] + "”" : x.id;
        return (
          "<li>" +
          esc(words) +
          ' <span class="cpp-room__part">(' +
          esc(dims[x.dim].title) +
          ")</span>: rated from " +
          x.min +
          " to " +
          x.max +
          ", median " +
          num(x.median) +
          "</li>"
        );
      })
      .join("");
    var low = s.lowest.ids.map(function (id) {
        return esc(dims[id].title);
      }),
      tied = s.lowest.tied || [];
    var ties = s.lowest.ids
      .map(function (id, i) {
        return tied[i] ? (s.lowest.ids.length > 1 ? esc(dims[id].title) + ": " : "") + tied[i] + " of them" : "";
      })
      .filter(Boolean);
    low =
      low.length > 1 ? "a tie between " + low.slice(0, -1).join(", ") + " and " + low[low.length - 1] : low.join("");
    return (
      '<section class="cpp-room__tool" data-room-tool="' +
      esc(s.tool) +
      '">' +
      '<h3 class="cpp-room__title">' +
      esc(s.title) +
      ' <span class="cpp-room__n" data-room-n="' +
      s.n +
      '">' +
      people(s.n) +
      "</span></h3>" +
      '<table class="cpp-room__table"><caption class="cpp-visually-hidden">Scores per part of the ' +
      esc(s.title) +
      "</caption>" +
      '<thead><tr><th scope="col">Part</th><th scope="col">How the room scored</th><th scope="col">Median</th><th scope="col">Range</th></tr></thead><tbody>' +
      rows +
      "</tbody></table>" +
      '<div class="cpp-room__notes">' +
      (wide
        ? '<div><h4 class="cpp-room__sub">Widest spread</h4><ol class="cpp-room__wide">' + wide + "</ol></div>"
        : "") +
      (low
        ? '<p class="cpp-room__low" data-room-lowest><strong>Most often the lowest part:</strong> ' +
          low +
          (s.lowest.ids.length > 1 ? ", each" : "") +
          " lowest for " +
          s.lowest.n +
          " of " +
          people(s.lowest.of) +
          " who rated every statement" +
          (ties.length ? " (counting ties: for " + ties.join(", ") + ", another part was just as low)" : "") +
          ".</p>"
        : "") +
      "</div></section>"
    );
  }

  function render(box, room, man, texts) {
    var sum = C.room.summary(room, man),
      skipped = room.files.filter(function (f) {
        return f.reasons.length;
      });
    var html = sum
      .map(function (s) {
        return toolHtml(s, texts);
      })
      .join("");
    if (!sum.length && room.files.length)
      html += '<p class="cpp-room__none">None of these files holds ratings this page can count yet.</p>';
    if (room.same.length) {
      html +=
        '<div class="cpp-room__same" data-room-same><h3 class="cpp-room__sub">Counted once</h3><ul>' +
        room.same
          .map(function (x) {
            return (
              "<li>" +
              esc(label(room.files[x.dropped])) +
              " and " +
              esc(room.files[x.kept].label) +
              " come from the same participant: " +
              esc(man.tools[x.tool].title) +
              " counts once, from " +
              esc(room.files[x.kept].label) +
              ".</li>"
            );
          })
          .join("") +
        "</ul></div>";
    }
    if (skipped.length) {
      html +=
        '<div class="cpp-room__skipped" data-room-skipped><h3 class="cpp-room__sub">Skipped</h3><ul>' +
        skipped
          .map(function (f) {
            return (
              '<li data-room-file="' +
              esc(f.label) +
              '"><span class="cpp-room__file">' +
              esc(label(f)) +
              "</span>" +
              (f.counted ? " (the rest counts)" : "") +
              ": " +
              f.reasons
                .map(function (r) {
                  var named =
                    !r.tool || r.reason.indexOf(r.tool) >= 0
                      ? ""
                      : (man.tools[r.tool] ? man.tools[r.tool].title : "“" + r.tool + "”") + ": ";
                  return esc(named + r.reason);
                })
                .join("; ") +
              "</li>"
            );
          })
          .join("") +
        "</ul></div>";
    }
    box.innerHTML = html;
    return {
      counted: room.files.filter(function (f) {
        return f.counted;
      }).length,
      skipped: skipped.filter(function (f) {
        return !f.counted;
      }).length,
    };
  }

  var C = null;
  function setup(el) {
    el.setAttribute("data-cpp-ready", "");
    var man = C.readManifest(window.cppManifest),
      room = C.room.newRoom(),
      texts = {};
    try {
      texts = JSON.parse(el.getAttribute("data-room-texts"));
    } catch (_e) {
      /* the statements' ids are shown instead */
    }
    var drop = el.querySelector("[data-room-drop]"),
      input = el.querySelector("[data-room-files]");
    var status = el.querySelector("[data-room-status]"),
      box = el.querySelector("[data-room-results]"),
      reset = el.querySelector("[data-room-reset]");
    drop.hidden = false;
    function take(read) {
      // [{text} or {error}, as C.readFile gives them] -> added to the room and shown; names are never shown
      read.forEach(function (f) {
        C.room.add(room, f, man);
      }); // never throws: each file on its own
      var n = { counted: 0, skipped: 0 };
      try {
        n = render(box, room, man, texts);
      } catch (_e) {
        box.textContent = "These files could not be shown: clear, then open them again a few at a time.";
      }
      reset.hidden = !room.files.length;
      el.classList.toggle("cpp-room--filled", room.files.length > 0);
      status.textContent =
        files(room.files.length) +
        " opened: " +
        n.counted +
        " counted, " +
        n.skipped +
        " skipped" +
        (room.same.length ? ", " + room.same.length + " counted once" : "") +
        ".";
    }
    // For room-link.js (codes and links from phones): the same way in, and the room to check against.
    el.cppRoom = {
      take: take,
      room: function () {
        return room;
      },
      manifest: man,
    };
    function open(list) {
      var picked = Array.prototype.slice.call(list || []);
      if (!picked.length) return;
      status.textContent = "Reading " + files(picked.length) + "…";
      Promise.all(
        picked.map(function (f) {
          return C.readFile(f).then(null, function () {
            return { text: "" };
          });
        }),
      ).then(function (read) {
        take(read);
        input.value = "";
      });
    }
    el.querySelector("[data-room-pick]").addEventListener("click", function () {
      input.click();
    });
    input.addEventListener("change", function () {
      open(input.files);
    });
    reset.addEventListener("click", function () {
      room = C.room.newRoom();
      box.innerHTML = "";
      reset.hidden = true;
      el.classList.remove("cpp-room--filled");
      status.textContent = "Cleared. Nothing from the files is kept.";
      el.dispatchEvent(new CustomEvent("cpp:room-reset"));
      el.querySelector("[data-room-pick]").focus();
    });
    ["dragenter", "dragover"].forEach(function (ev) {
      drop.addEventListener(ev, function (e) {
        e.preventDefault();
        drop.classList.add("cpp-room__drop--over");
      });
    });
    drop.addEventListener("dragleave", function () {
      drop.classList.remove("cpp-room__drop--over");
    });
    drop.addEventListener("drop", function (e) {
      e.preventDefault();
      drop.classList.remove("cpp-room__drop--over");
      open(e.dataTransfer && e.dataTransfer.files);
    });
  }

  function start() {
    C = window.cppCore;
    if (!C || !C.score || !C.room) return;
    D.$$("[data-cpp-room]:not([data-cpp-ready])").forEach(setup);
    document.dispatchEvent(new CustomEvent("cpp:room"));
  }
  /* On a first visit this script runs before playbook.min.js's core (it sits in the
     page's content), which says "cpp:core" when it is there; after an instant
     navigation, the core is already there. */
  if (window.cppCore && window.cppCore.score) start();
  else document.addEventListener("cpp:core", start, { once: true });
})();
