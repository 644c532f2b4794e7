/* Client Partnering Playbook: links and QR codes between two people, with no server.
   - "Ask your client" (templates/_ask.html, on the client's view form and on My
     relationships): a link to the client's own page with the consultant's name and note.
   - The client's own page (docs/client/, templates/client_form.html): the form outside
     any workspace; the answers stay in this browser until "Send my answers back" makes a
     link to My relationships and a file.
   - My relationships: the answers arrive by that link or file; the consultant chooses the
     relationship they belong to (the active one offered first). The active workspace
     never changes.
   - "Share my scores": besides the file, a QR code and a short link to Room results.
   What travels is made and checked by core/payload.js; it rides in the link's fragment,
   which browsers never send to a server. The QR encoder (vendor/qrcode.js) is loaded
   from this site when a code is first drawn. Everything shown is escaped. In share.min.js,
   with core/payload.js and the client's view: answers-loader.js loads it after
   answers.min.js where it is used. */
(function () {
  "use strict";
  var D = window.cppDom,
    $ = D.$,
    esc = D.esc,
    q = D.q;
  var C = window.cppCore,
    P = C && C.payload;
  if (!P) return;
  var Man = C.readManifest(window.cppManifest);

  /* Where this site's own files are: beside the bundle that runs this script. */
  function assets() {
    var s = document.querySelector('script[src*="assets/playbook/playbook.min.js"]');
    return s ? s.src.replace(/playbook\.min\.js.*$/, "") : "";
  }
  /* The site's root, for a link another device opens: this site when it is served, the
     published one when this copy opens from file://. */
  function siteRoot() {
    if (/^https?:$/.test(location.protocol)) return assets().replace(/assets\/playbook\/$/, "");
    var m = $('meta[name="cpp-site"]');
    return m ? m.content.replace(/\/?$/, "/") : "";
  }
  var loading = {};
  function vendor(file, global) {
    if (window[global]) return Promise.resolve(window[global]);
    if (!loading[file]) {
      loading[file] = new Promise(function (ok, fail) {
        D.script(
          assets() + "vendor/" + file,
          function () {
            if (window[global]) ok(window[global]);
            else fail(new Error(file));
          },
          function () {
            delete loading[file];
            fail(new Error(file));
          },
        );
      });
    }
    return loading[file];
  }
  /* A QR code of `text` as an SVG, dark on white in either colour scheme (a phone's
     camera needs the contrast), or a sentence when it cannot be drawn. */
  function drawQr(box, text, label) {
    return vendor("qrcode.js", "qrcode")
      .then(function (qrcode) {
        var code = qrcode(0, "L"); // screen to camera: no smudges to repair, so the fewest modules
        code.addData(text);
        code.make();
        var n = code.getModuleCount(),
          d = "",
          m = 4;
        for (var r = 0; r < n; r++)
          for (var c = 0; c < n; c++) if (code.isDark(r, c)) d += "M" + (c + m) + " " + (r + m) + "h1v1h-1z";
        box.innerHTML =
          '<svg class="cpp-qr" viewBox="0 0 ' +
          (n + 2 * m) +
          " " +
          (n + 2 * m) +
          '" role="img" aria-label="' +
          esc(label) +
          '" data-qr-text="' +
          esc(text) +
          '">' +
          '<rect width="100%" height="100%" fill="#fff"></rect><path fill="#000" d="' +
          d +
          '"></path></svg>';
        return true;
      })
      .then(null, function () {
        box.innerHTML =
          '<p class="cpp-qr-box__none">No QR code this time: the link is too long for one, or the code maker could not load. Send the link instead.</p>';
        return false;
      });
  }
  function copy(input, status) {
    input.select();
    var done = function () {
      status.textContent = "Link copied.";
    };
    if (navigator.clipboard && window.isSecureContext)
      navigator.clipboard.writeText(input.value).then(done, function () {
        document.execCommand("copy");
        done();
      });
    else {
      document.execCommand("copy");
      done();
    }
  }
  function fileUrl(text) {
    return URL.createObjectURL(new Blob([text], { type: "application/json" }));
  }

  /* ---- Ask your client ------------------------------------------------------------ */
  function setupAsk(el) {
    el.setAttribute("data-cpp-ready", "");
    el.hidden = false;
    var tool = el.getAttribute("data-cpp-ask"),
      by = $("[data-ask-by]", el),
      note = $("[data-ask-note]", el);
    var out = $("[data-ask-out]", el),
      link = $("[data-ask-link]", el),
      status = $("[data-ask-status]", el);
    try {
      by.value = localStorage.getItem("cpp-ask-by") || "";
    } catch (_e) {
      /* private mode: the field starts empty */
    }
    $("[data-ask-make]", el).addEventListener("click", function () {
      var root = siteRoot();
      if (!root) {
        status.textContent = "This copy does not know the published site's address, so it cannot make a link.";
        return;
      }
      try {
        localStorage.setItem("cpp-ask-by", by.value.trim());
      } catch (_e) {
        /* not kept: asked again next time */
      }
      var url = root + "client/#" + P.fragment("ask", P.ask(tool, note.value, by.value, C.localDay(C.now())));
      link.value = url;
      $("[data-ask-open]", el).href = url;
      out.hidden = false;
      drawQr($("[data-ask-qr]", el), url, "QR code that opens the form on your client's phone").then(function () {
        status.textContent = "Link ready. Send it to your client, or let them scan the code with their phone.";
      });
    });
    $("[data-ask-copy]", el).addEventListener("click", function () {
      copy(link, status);
    });
  }

  /* ---- The client's own page ------------------------------------------------------- */
  function setupClient(el) {
    el.setAttribute("data-cpp-ready", "");
    var tool = el.getAttribute("data-cpp-client"),
      key = "cpp-client-form:" + tool,
      draft = { answers: {}, name: "", ask: null };
    var alert = $("[data-client-alert]", el),
      name = $("#cpp-client-name", el),
      send = $(".cpp-client__send", el);
    var total = el.querySelectorAll(".cpp-client__statement").length;
    try {
      var kept = JSON.parse(localStorage.getItem(key));
      if (C.isObj(kept)) draft = kept;
    } catch (_e) {
      /* nothing kept yet */
    }
    if (!C.isObj(draft.answers)) draft.answers = {};
    function keep() {
      try {
        localStorage.setItem(key, JSON.stringify(draft));
      } catch (_e) {
        /* kept on the page only */
      }
    }
    if (P.kindOf(location.hash) === "ask") {
      var a = P.readAsk(location.hash, [tool]);
      if (a.error) alert.textContent = a.error;
      else {
        draft.ask = a.ask;
        keep();
      }
    } else if (location.hash.length > 1 && /=/.test(location.hash)) {
      alert.textContent = "This link does not hold a question from the playbook, so the form opens without a note.";
    }
    var ask = C.isObj(draft.ask) ? draft.ask : null;
    if (ask && (ask.note || ask.askedBy)) {
      $("[data-client-note]", el).hidden = false;
      $("[data-client-by]", el).textContent = ask.askedBy || "the person who asked";
      $("[data-client-note-text]", el).textContent = ask.note || "Thank you for taking the time.";
      $("[data-client-by-line]", el).textContent = ask.askedBy || "";
    }
    name.value = typeof draft.name === "string" ? draft.name : "";
    Array.prototype.forEach.call(el.querySelectorAll("input[type=radio][data-item]"), function (r) {
      r.checked = draft.answers[r.getAttribute("data-item")] === Number(r.value);
    });
    function progress() {
      var n = C.keys(P.answers(tool, draft.answers, Man).answers).length;
      $("[data-client-progress]", el).textContent = n + " of " + total + " answered.";
      return n;
    }
    send.hidden = false;
    progress();
    el.addEventListener("change", function (e) {
      var t = e.target;
      if (t.matches("input[type=radio][data-item]")) {
        draft.answers[t.getAttribute("data-item")] = Number(t.value);
        progress();
      } else if (t === name) draft.name = name.value;
      keep();
    });
    name.addEventListener("input", function () {
      draft.name = name.value;
      keep();
    });
    $("[data-client-print]", el).addEventListener("click", function () {
      window.print();
    });
    $("[data-client-clear]", el).addEventListener("click", function () {
      draft.answers = {};
      keep();
      Array.prototype.forEach.call(el.querySelectorAll("input[type=radio][data-item]"), function (r) {
        r.checked = false;
      });
      $("[data-client-out]", el).hidden = true;
      progress();
      alert.textContent = "";
      $("[data-client-status]", el).textContent = "";
    });
    $("[data-client-send]", el).addEventListener("click", function () {
      var data = P.answers(tool, draft.answers, Man, { name: name.value, askedBy: ask ? ask.askedBy : "" });
      if (!C.keys(data.answers).length) {
        alert.textContent = "Choose a rating for at least one sentence first.";
        return;
      }
      alert.textContent = "";
      var url = siteRoot() + "my-relationships/#" + P.fragment("answers", data),
        out = $("[data-client-out]", el),
        file = $("[data-client-file]", el);
      $("[data-client-link]", el).value = url;
      if (file.href) URL.revokeObjectURL(file.href);
      file.href = fileUrl(JSON.stringify(data, null, 1));
      file.setAttribute("download", P.answersName(data));
      $("[data-client-mail]", el).href =
        "mailto:?subject=" +
        encodeURIComponent("My answers: " + el.getAttribute("data-client-title")) +
        "&body=" +
        encodeURIComponent("Here are my answers. Open this link to see them:\n\n" + url + "\n");
      out.hidden = false;
      $("[data-client-status]", el).textContent =
        "Your " +
        C.keys(data.answers).length +
        " answers are ready. Copy the link, save the file or email it to " +
        (ask && ask.askedBy ? ask.askedBy : "the person who asked") +
        ". Nothing has been sent yet. Your answers stay on this device until you press Start again.";
      $("[data-client-link]", el).focus();
    });
    $("[data-client-copy]", el).addEventListener("click", function () {
      copy($("[data-client-link]", el), $("[data-client-status]", el));
    });
  }

  /* ---- My relationships: the answers arrive --------------------------------------- */
  function setupImport(el) {
    var W = window.cppWorkspaces;
    if (!W) return;
    el.setAttribute("data-cpp-ready", "");
    el.hidden = false;
    var S = W.store,
      tool = el.getAttribute("data-client-import"),
      pending = null;
    var status = $("[data-client-status]", el),
      alert = $("[data-client-alert]", el),
      box = $("[data-client-arrived]", el),
      into = $("[data-client-into]", el);
    var input = $("[data-client-file]", el);
    function say(text, bad) {
      status.textContent = bad ? "" : text;
      alert.textContent = bad ? text : "";
    }
    function title() {
      return Man.tools[tool] ? Man.tools[tool].title : tool;
    }
    function rated(id) {
      var r = S.get(tool, id);
      return r ? C.keys(r.items).length : 0;
    }
    function options() {
      var active = S.workspace,
        spaces = S.spaces.slice().sort(function (a, b) {
          return (b.id === active) - (a.id === active);
        });
      into.innerHTML = spaces
        .map(function (w) {
          return (
            '<option value="' +
            esc(w.id) +
            '">' +
            esc(w.name) +
            (w.id === active ? " (the one you are filling in)" : "") +
            "</option>"
          );
        })
        .join("");
      into.value = active;
      warn();
    }
    function warn() {
      var n = rated(into.value);
      $("[data-client-replace]", el).textContent = n
        ? "This relationship already holds " +
          n +
          " client rating" +
          (n === 1 ? "" : "s") +
          ". The new answers replace them; you can undo that for a few seconds afterwards."
        : "";
      $("[data-client-accept]", el).textContent = n ? "Replace the earlier answers" : "Add to this relationship";
    }
    function arrived(r) {
      if (r.error) {
        pending = null;
        box.hidden = true;
        say(r.error, true);
        return;
      }
      pending = r.answers;
      var n = C.keys(pending.answers).length;
      $("[data-client-arrived-text]", el).textContent =
        n +
        " rating" +
        (n === 1 ? "" : "s") +
        " on " +
        q(title()) +
        (pending.name ? " from " + pending.name : "") +
        (pending.day ? ", answered on " + W.dayText(pending.day) : "") +
        (pending.askedBy ? ", asked by " + pending.askedBy : "") +
        "." +
        (r.retired ? " " + r.retired : "");
      options();
      box.hidden = false;
      say("", false);
      $("[data-client-arrived-title]", el).focus();
    }
    function forgetHash() {
      if (P.kindOf(location.hash) === "answers") history.replaceState(null, "", location.pathname + location.search);
    }
    into.addEventListener("change", warn);
    $("[data-client-cancel]", el).addEventListener("click", function () {
      pending = null;
      box.hidden = true;
      forgetHash();
      say("Nothing was imported.", false);
      $("[data-client-pick]", el).focus();
    });
    $("[data-client-accept]", el).addEventListener("click", function () {
      if (!pending) return;
      var ws = into.value,
        w = S.find(ws),
        got = pending,
        t = C.now().toISOString(),
        before = null;
      if (!w) {
        say("That relationship is no longer here, so nothing was imported.", true);
        return;
      }
      S.change(
        function (s) {
          var x = S.findIn(s, ws);
          if (!x) return;
          before = x.answers[tool] ? JSON.parse(JSON.stringify(x.answers[tool])) : null;
          var a = C.dictAt(x.answers, tool);
          C.keys(a).forEach(function (k) {
            if (!(k in got.answers) && a[k].value !== null) a[k] = { value: null, at: t };
          });
          C.keys(got.answers).forEach(function (k) {
            a[k] = { value: got.answers[k], at: t };
          });
          x.updated = t;
        },
        { kind: "import", workspace: ws, tool: tool },
      );
      if (S.broken) {
        say("This browser has no room for these answers, so nothing was imported.", true);
        return;
      }
      pending = null;
      box.hidden = true;
      forgetHash();
      W.refresh();
      var sel = document.getElementById("cpp-rel-view-ws");
      if (sel) {
        sel.value = ws;
        sel.dispatchEvent(new Event("change", { bubbles: true }));
      }
      var name = w.name,
        active = S.find(S.workspace);
      say(
        "Added your client's " +
          C.keys(got.answers).length +
          " ratings to " +
          q(name) +
          ". The chart above shows them next to yours" +
          (ws === S.workspace ? "." : "; you are still filling in " + q(active ? active.name : "") + "."),
        false,
      );
      if (before) {
        W.undoable(
          "Replaced the earlier client answers in " + q(name) + ".",
          function () {
            S.change(
              function (s) {
                var x = S.findIn(s, ws);
                if (x) x.answers[tool] = before;
              },
              { kind: "import", workspace: ws, tool: tool },
            );
            W.refresh();
          },
          $("[data-client-pick]", el),
        );
      }
    });
    $("[data-client-pick]", el).addEventListener("click", function () {
      input.click();
    });
    input.addEventListener("change", function () {
      var f = input.files[0];
      if (!f) return;
      var big = P.tooLarge(f.size);
      if (big) {
        arrived({ error: big });
        input.value = "";
        return;
      }
      C.readFile(f)
        .then(
          function (r) {
            arrived(r.error ? { error: r.error } : P.readAnswersFile(r.text, Man, tool));
          },
          function () {
            arrived({ error: "This file could not be read, so nothing was imported." });
          },
        )
        .then(function () {
          input.value = "";
        });
    });
    function fromHash() {
      if (P.kindOf(location.hash) === "answers") arrived(P.readAnswersLink(location.hash, Man, tool));
    }
    window.addEventListener("hashchange", fromHash);
    fromHash();
  }

  /* ---- Share my scores: a QR code and a short link too ---------------------------- */
  document.addEventListener("cpp:shared", function (e) {
    var box = e.detail && e.detail.box,
      data = e.detail && e.detail.data,
      root = siteRoot();
    if (!box || !data || !root) return;
    var out = $(".cpp-share", box);
    if (!out) {
      out = document.createElement("div");
      out.className = "cpp-share";
      box.appendChild(out);
    }
    var url = root + "facilitator/room-results/#" + P.fragment("scores", data);
    out.innerHTML =
      '<p class="cpp-share__how">Or let your facilitator scan this code, or send them the link. It holds your ratings, today\'s date and a participant code: no names, no written answers.</p>' +
      '<div class="cpp-qr-box" data-share-qr></div><p><label>Link with your scores<br><input class="cpp-input cpp-share__link" readonly data-share-link></label></p>';
    $("[data-share-link]", out).value = url;
    drawQr($("[data-share-qr]", out), url, "QR code of your scores for the facilitator");
  });

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-cpp-ask]:not([data-cpp-ready])"), setupAsk);
    Array.prototype.forEach.call(document.querySelectorAll("[data-cpp-client]:not([data-cpp-ready])"), setupClient);
    Array.prototype.forEach.call(document.querySelectorAll("[data-client-import]:not([data-cpp-ready])"), setupImport);
  }
  window.cppShareLink = { drawQr: drawQr, vendor: vendor, siteRoot: siteRoot };
  document.dispatchEvent(new CustomEvent("cpp:share-link")); // for room-link.js, if it came first
  if (window.document$ && window.document$.subscribe) window.document$.subscribe(start);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
