/* Client Partnering Playbook: a workshop pack page's part of the run sheet
   (runsheet-pack.min.js; the pack pages are facilitator/packs/<id>/, render/packs.py):
   the workbook's agenda and the cover follow the facilitator's version of the format, and
   the buttons print one part from the browser. runsheet.js loads it on those pages only,
   and draws the sheet again once it is here. */
(function () {
  "use strict";
  var R = window.cppRunSheets;
  if (!R || R.drawPack) return;
  var S = window.cppSchedule,
    $$ = window.cppDom.$$,
    make = R.make;

  /* Called by Sheet.draw. */
  R.drawPack = function (sheet, plan, diff, fmt) {
    var pack = sheet.el.closest("[data-cpp-workshop-pack]");
    if (!pack) return;
    var rows = pack.querySelector("[data-cpp-pack-rows]");
    if (rows) {
      rows.textContent = "";
      plan.blocks.forEach(function (b) {
        var tr = make("tr"),
          li = sheet.lis[b.id],
          type = li && li.querySelector(".cpp-agenda__type");
        tr.appendChild(make("td", "", S.formatClock(b.start, fmt) + "\u2013" + S.formatClock(b.end, fmt)));
        tr.appendChild(make("td", "", b.title));
        tr.appendChild(make("td", "", (type ? type.textContent : "Your own block") + ", " + b.minutes + " min"));
        rows.appendChild(tr);
      });
    }
    $$("[data-cpp-pack-length]", pack).forEach(function (s) {
      s.textContent = S.duration(plan.total);
    });
    var actions = pack.querySelector("[data-cpp-pack-actions]");
    if (!actions) return;
    actions.hidden = false;
    var span = S.formatClock(plan.start, fmt) + "\u2013" + S.formatClock(plan.end, fmt);
    actions.querySelector("[data-cpp-pack-note]").textContent = diff.count
      ? "These pages show your version of this format, " +
        span +
        " with " +
        plan.blocks.length +
        " blocks, as saved in this browser. Printing them here keeps your times; the PDFs to download keep the format's own."
      : "These pages show the format's own times, " +
        span +
        ". Change the start time or the blocks on the run sheet below, and print here to get your times.";
  };

  /* One part of a pack page, printed from the browser with the facilitator's times. */
  function printPack(part) {
    var root = document.documentElement;
    root.setAttribute("data-pack-print", part === "facilitator" ? "facilitator" : "workbook");
    window.addEventListener("afterprint", function off() {
      root.removeAttribute("data-pack-print");
      window.removeEventListener("afterprint", off);
    });
    window.print();
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-cpp-pack-print]");
    if (button) printPack(button.getAttribute("data-cpp-pack-print"));
  });
  R.ready("pack");
})();
