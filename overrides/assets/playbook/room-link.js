/* Client Partnering Playbook: Room results from phones (templates/room_results.html).
   A participant's "Share my scores" shows a QR code and a link (client-link.js) holding
   the ratings, the day and a participant code (core/payload.js checks them). Here the
   facilitator takes them by camera (the browser's BarcodeDetector where there is one,
   else the vendored jsQR decoder, from this site), by a photo of the code, by pasting
   the link, or by opening it: each link opened in another tab is kept in this browser
   (localStorage "cpp-room-links": ratings only) and reaches the open Room results page.
   The room's day is the first code's; a code from another day, a code seen twice or a
   rating out of range is refused with a sentence and changes nothing. Also: a projector
   view and a printout headed by the workshop's title and day. */
(function () {
  "use strict";
  var KEY = "cpp-room-links",
    MAX_PHOTO = 30e6;

  function start() {
    var el = document.querySelector("[data-cpp-room][data-cpp-ready]:not([data-room-links])");
    var C = window.cppCore,
      P = C && C.payload,
      S = window.cppShareLink;
    if (!el || !el.cppRoom || !P || !S) return;
    el.setAttribute("data-room-links", "");
    var R = el.cppRoom,
      man = R.manifest,
      taken = {},
      day = "",
      count = 0;
    // the first match within this Room results box
    function inRoom(sel) {
      return el.querySelector(sel);
    }
    var said = inRoom("[data-room-said]"),
      alert = inRoom("[data-room-alert]"),
      paste = inRoom("[data-room-paste]");
    inRoom("[data-room-phones]").hidden = false;
    inRoom("[data-room-show]").hidden = false;

    /* ---- the projector and the printout ----------------------------------------------- */
    var title = inRoom("[data-room-title]"),
      proj = inRoom("[data-room-projector]");
    try {
      title.value = localStorage.getItem("cpp-room-title") || "";
    } catch (_e) {
      /* starts empty */
    }
    function heading() {
      var d = day || C.localDay(C.now()),
        when = new Date(d + "T12:00:00").toLocaleDateString(undefined, {
          year: "numeric",
          month: "long",
          day: "numeric",
        });
      inRoom("[data-room-head-title]").textContent = title.value.trim() || "Room results";
      inRoom("[data-room-head-day]").textContent = when;
    }
    heading();
    title.addEventListener("input", function () {
      try {
        localStorage.setItem("cpp-room-title", title.value);
      } catch (_e) {
        /* not kept */
      }
      heading();
    });
    function kept() {
      try {
        var k = JSON.parse(localStorage.getItem(KEY));
        return k && Array.isArray(k.links) ? k : { day: "", links: [] };
      } catch (_e) {
        return { day: "", links: [] };
      }
    }
    function keep(hash) {
      var k = kept();
      if (k.links.indexOf(hash) < 0) k.links.push(hash);
      k.day = k.day || day;
      try {
        localStorage.setItem(KEY, JSON.stringify(k));
      } catch (_e) {
        /* this tab still counts it */
      }
    }
    /* One link or code: counted, or refused with a sentence. `quiet`: from storage. */
    function hashOf(text) {
      var t = String(text || "").trim(),
        at = t.indexOf("#");
      return at >= 0 ? t.slice(at) : "#" + t;
    }
    function add(text, quiet) {
      var hash = hashOf(text);
      if (taken[hash]) {
        if (!quiet) {
          alert.textContent = "This code is already counted, so nothing changed.";
          said.textContent = "";
        }
        return false;
      }
      var r =
        P.kindOf(hash) === "scores"
          ? P.readScoresLink(hash, man)
          : { error: "This is not a participant's scores link or code, so nothing was added." };
      var why = r.error || P.roomRefuses(R.room(), r.data, day);
      if (why) {
        if (!quiet) {
          alert.textContent = why;
          said.textContent = "";
        }
        return false;
      }
      taken[hash] = true;
      day = day || r.data.day;
      count++;
      R.take([{ text: r.text }]);
      keep(hash);
      alert.textContent = "";
      said.textContent =
        "Counted participant " +
        r.data.participant.slice(0, 4) +
        "…: " +
        count +
        " from phones so far." +
        (r.retired ? " " + r.retired : "");
      heading();
      return true;
    }
    function fromStore() {
      var k = kept();
      if (!day && k.day) day = k.day;
      k.links.forEach(function (h) {
        add(h, true);
      });
    }
    fromStore();
    if (P.kindOf(location.hash) === "scores") {
      add(location.hash);
      history.replaceState(null, "", location.pathname + location.search);
    }
    window.addEventListener("storage", function (e) {
      if (e.key === KEY) fromStore();
    });
    window.addEventListener("hashchange", function (e) {
      // links opened one after another: each event its own
      var h = hashOf(e.newURL || location.href);
      if (P.kindOf(h) !== "scores") return;
      add(h);
      history.replaceState(null, "", location.pathname + location.search);
    });
    el.addEventListener("cpp:room-reset", function () {
      taken = {};
      day = "";
      count = 0;
      try {
        localStorage.removeItem(KEY);
      } catch (_e) {
        /* nothing was kept */
      }
      said.textContent = "";
      alert.textContent = "";
      heading();
    });
    inRoom("[data-room-add]").addEventListener("click", function () {
      if (add(paste.value)) paste.value = "";
      paste.focus();
    });
    paste.addEventListener("keydown", function (e) {
      if (e.key === "Enter") {
        e.preventDefault();
        if (add(paste.value)) paste.value = "";
      }
    });

    /* ---- reading codes: BarcodeDetector where the browser has it, else jsQR ---------- */
    function decoder() {
      if ("BarcodeDetector" in window) {
        var d = new window.BarcodeDetector({ formats: ["qr_code"] });
        return Promise.resolve(function (source) {
          return d.detect(source).then(function (hits) {
            return hits.map(function (h) {
              return h.rawValue;
            });
          });
        });
      }
      return S.vendor("jsQR.js", "jsQR").then(function (jsQR) {
        var canvas = document.createElement("canvas"),
          g = canvas.getContext("2d", { willReadFrequently: true });
        return function (source) {
          var w = source.videoWidth || source.width,
            h = source.videoHeight || source.height,
            scale = Math.min(1, 1200 / Math.max(w, h));
          canvas.width = Math.round(w * scale);
          canvas.height = Math.round(h * scale);
          g.drawImage(source, 0, 0, canvas.width, canvas.height);
          var hit = jsQR(g.getImageData(0, 0, canvas.width, canvas.height).data, canvas.width, canvas.height);
          return Promise.resolve(hit ? [hit.data] : []);
        };
      });
    }
    var photo = inRoom("[data-room-photo]");
    inRoom("[data-room-photo-pick]").addEventListener("click", function () {
      photo.click();
    });
    photo.addEventListener("change", function () {
      var f = photo.files[0];
      photo.value = "";
      if (!f) return;
      if (f.size > MAX_PHOTO) {
        alert.textContent =
          "This photo is " +
          (f.size / 1e6).toFixed(1) +
          " MB, too large to read here. Take a closer photo of the code.";
        return;
      }
      Promise.all([decoder(), createImageBitmap(f)])
        .then(function (x) {
          return x[0](x[1]);
        })
        .then(
          function (found) {
            if (!found.length) {
              alert.textContent = "No QR code found in this photo, so nothing was added. Take it closer, straight on.";
              said.textContent = "";
              return;
            }
            found.forEach(function (t) {
              add(t);
            });
          },
          function () {
            alert.textContent = "This file could not be read as a photo, so nothing was added.";
          },
        );
    });
    var cam = inRoom("[data-room-camera]"),
      video = inRoom("[data-room-video]"),
      stream = null,
      timer = 0,
      last = "",
      looks = 0;
    function stop() {
      clearTimeout(timer);
      if (stream)
        stream.getTracks().forEach(function (t) {
          t.stop();
        });
      stream = null;
      cam.hidden = true;
    }
    inRoom("[data-room-stop]").addEventListener("click", function () {
      stop();
      inRoom("[data-room-scan]").focus();
    });
    inRoom("[data-room-scan]").addEventListener("click", function () {
      if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
        alert.textContent = "This browser cannot use a camera here. Read a photo of the code, or paste the link.";
        return;
      }
      Promise.all([
        decoder(),
        navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false }),
      ])
        .then(function (x) {
          var read = x[0];
          stream = x[1];
          video.srcObject = stream;
          cam.hidden = false;
          return video.play().then(function () {
            said.textContent = "Camera on: hold a participant's screen up to it.";
            (function look() {
              if (!stream) return;
              cam.setAttribute("data-room-looks", ++looks); // frames read so far (tests wait on it, not on time)
              read(video)
                .then(
                  function (found) {
                    found.forEach(function (t) {
                      // a code held up stays in view for many frames: read it once
                      var h = hashOf(t);
                      if (taken[h] || h === last) return;
                      last = h;
                      add(t);
                    });
                  },
                  function () {
                    /* next frame */
                  },
                )
                .then(function () {
                  timer = setTimeout(look, 250);
                });
            })();
          });
        })
        .then(null, function () {
          stop();
          alert.textContent =
            "The camera could not start (no camera, or permission refused). Read a photo of the code, or paste the link.";
        });
    });

    function projector(on) {
      document.documentElement.classList.toggle("cpp-projecting", on);
      el.classList.toggle("cpp-room--projector", on);
      proj.setAttribute("aria-pressed", on ? "true" : "false");
      proj.textContent = on ? "Leave the projector view" : "Projector view";
      if (on) window.scrollTo(0, 0);
    }
    proj.addEventListener("click", function () {
      projector(!el.classList.contains("cpp-room--projector"));
      proj.focus();
    });
    document.addEventListener("keydown", function (e) {
      if (e.key === "Escape" && el.classList.contains("cpp-room--projector")) {
        projector(false);
        proj.focus();
      }
    });
    inRoom("[data-room-print]").addEventListener("click", function () {
      heading();
      window.print();
    });
  }
  // Needs room.js's room ("cpp:room") and client-link.js's QR helpers ("cpp:share-link"),
  // which arrive in either order.
  start();
  document.addEventListener("cpp:room", start);
  document.addEventListener("cpp:share-link", start);
})();
