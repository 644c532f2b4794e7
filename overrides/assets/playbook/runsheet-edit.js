/* Client Partnering Playbook: a run sheet's block editor (runsheet-edit.min.js, with
   core/schedule-edit.js): "Edit the blocks" on and off, each block's name, Move up, Move
   down and Remove, and the form that adds a block of one's own, by mouse or keyboard,
   each change said in the sheet's live region. runsheet.js loads it at the first press
   of one of these buttons and hands it that press (window.cppRunSheets.onSheetButton);
   from then on it draws its controls into every sheet (Sheet.prototype.row), those that
   instant navigation brings too. */
(function () {
  "use strict";
  var R = window.cppRunSheets;
  if (!R || R.onSheetButton) return;
  var S = window.cppSchedule,
    $$ = window.cppDom.$$,
    make = R.make,
    Sheet = R.Sheet;

  function button(text, attr, value) {
    var b = make("button", "cpp-button cpp-agenda__small", text);
    b.type = "button";
    b.setAttribute(attr, value || "");
    return b;
  }

  /* The controls of one block, shown while "Edit the blocks" is on. */
  function editRow(li) {
    var row = make("div", "cpp-agenda__edit"),
      id = li.id + "-name";
    row.setAttribute("data-cpp-agenda-edit-row", "");
    var field = make("span", "cpp-agenda__field"),
      label = make("label", "", "Name");
    label.htmlFor = id;
    var input = make("input");
    input.type = "text";
    input.id = id;
    input.maxLength = S.MAX_NAME;
    input.autocomplete = "off";
    input.setAttribute("data-cpp-agenda-name", "");
    input.setAttribute("aria-describedby", li.id + "-error"); // runsheet.js: marks()
    field.appendChild(label);
    field.appendChild(input);
    row.appendChild(field);
    row.appendChild(button("Move up", "data-cpp-agenda-move", "-1"));
    row.appendChild(button("Move down", "data-cpp-agenda-move", "1"));
    row.appendChild(button("Remove", "data-cpp-agenda-remove"));
    li.insertBefore(row, li.querySelector("[data-cpp-agenda-error]"));
    return input;
  }
  /* Called by Sheet.draw for each block `b`, at place `i` of `count`. */
  Sheet.prototype.row = function (li, b, i, count) {
    var name = li.querySelector("[data-cpp-agenda-name]") || editRow(li);
    if (document.activeElement !== name) name.value = b.title;
    $$("[data-cpp-agenda-move]", li).forEach(function (m) {
      var up = m.getAttribute("data-cpp-agenda-move") === "-1";
      m.setAttribute("aria-label", (up ? "Move up: " : "Move down: ") + b.title);
      m.disabled = up ? i === 0 : i === count - 1;
    });
    var remove = li.querySelector("[data-cpp-agenda-remove]");
    remove.setAttribute("aria-label", "Remove: " + b.title);
    remove.disabled = count === 1;
  };

  function clock(minutes) {
    return S.formatClock(minutes, R.format());
  }

  function addBlock(sheet) {
    var name = sheet.el.querySelector("[data-cpp-agenda-add-name]"),
      minutes = sheet.el.querySelector("[data-cpp-agenda-add-minutes]");
    var result = S.add(sheet.defaults, sheet.settings, name.value, minutes.value);
    [
      [name, S.checkName(name.value)],
      [minutes, S.checkMinutes(minutes.value)],
    ].forEach(function (pair) {
      if (pair[1].error) pair[0].setAttribute("aria-invalid", "true");
      else pair[0].removeAttribute("aria-invalid");
    });
    if (result.error) {
      sheet.say(result.error, true, sheet.el.querySelector("[data-cpp-agenda-add]"));
      return;
    }
    var title = S.checkName(name.value).name;
    sheet.apply(result);
    var b = sheet.plan().blocks.filter(function (x) {
      return x.id === result.id;
    })[0];
    sheet.say(
      "Added \u201c" +
        title +
        "\u201d, " +
        b.minutes +
        " min, at " +
        clock(b.start) +
        ". The session now ends at " +
        clock(sheet.plan().end) +
        ".",
    );
    name.value = "";
    name.focus();
  }

  /* Edit, move, remove and add, by mouse or keyboard (they are buttons). */
  R.onSheetButton = function (sheet, button) {
    var li = button.closest(".cpp-agenda__block");
    if (button.hasAttribute("data-cpp-agenda-edit")) {
      var on = button.getAttribute("aria-pressed") !== "true";
      button.setAttribute("aria-pressed", on ? "true" : "false");
      sheet.el.classList.toggle("cpp-agenda--editing", on);
      sheet.el.querySelector("[data-cpp-agenda-add]").hidden = !on;
      return;
    }
    if (button.hasAttribute("data-cpp-agenda-add-button")) {
      addBlock(sheet);
      return;
    }
    if (button.hasAttribute("data-cpp-agenda-move")) {
      var i = sheet.index(li),
        to = i + Number(button.getAttribute("data-cpp-agenda-move")),
        count = sheet.plan().blocks.length;
      var title = sheet.plan().blocks[i].title;
      if (sheet.apply(S.move(sheet.defaults, sheet.settings, i, to), "", li)) {
        sheet.say(
          "Moved \u201c" +
            title +
            "\u201d to place " +
            (to + 1) +
            " of " +
            count +
            "; it now starts at " +
            clock(sheet.plan().blocks[to].start) +
            ".",
        );
        var next = button.disabled
          ? li.querySelector('[data-cpp-agenda-move="' + -Number(button.getAttribute("data-cpp-agenda-move")) + '"]')
          : button;
        next.focus();
      }
      return;
    }
    if (button.hasAttribute("data-cpp-agenda-remove")) {
      var at = sheet.index(li),
        gone = sheet.plan().blocks[at].title;
      if (sheet.apply(S.remove(sheet.defaults, sheet.settings, at))) {
        var blocks = sheet.plan().blocks,
          near = blocks[Math.min(at, blocks.length - 1)];
        // said once removed: the end it gives is the new one
        sheet.say(
          "Removed \u201c" +
            gone +
            "\u201d. The session now ends at " +
            clock(sheet.plan().end) +
            ". Reset brings the format's own blocks back.",
        );
        sheet.lis[near.id].querySelector("[data-cpp-agenda-remove]").focus();
      }
    }
  };

  function sheetOf(el) {
    var owner = el.closest && el.closest("[data-cpp-agenda]");
    return owner && owner.cppSheet;
  }
  /* A name is committed when its field is left (one listener for every sheet). */
  document.addEventListener("change", function (event) {
    var input = event.target,
      sheet = sheetOf(input);
    if (!sheet || !input.hasAttribute("data-cpp-agenda-name")) return;
    var li = input.closest(".cpp-agenda__block"),
      i = sheet.index(li),
      before = sheet.plan().blocks[i].title;
    if (S.checkName(input.value).name === before) {
      input.removeAttribute("aria-invalid");
      input.value = before;
      return;
    }
    var result = S.rename(sheet.defaults, sheet.settings, i, input.value);
    if (result.error) {
      input.setAttribute("aria-invalid", "true");
      sheet.say(result.error + " The block keeps its name \u201c" + before + "\u201d.", true, li);
      return;
    }
    input.removeAttribute("aria-invalid");
    sheet.apply(result, "Renamed \u201c" + before + "\u201d to \u201c" + S.checkName(input.value).name + "\u201d.");
  });
  document.addEventListener("keydown", function (event) {
    var sheet = sheetOf(event.target);
    if (sheet && event.key === "Enter" && event.target.hasAttribute("data-cpp-agenda-add-name")) {
      event.preventDefault();
      addBlock(sheet);
    }
  });

  // the sheets already on the page get their controls (the start time as typed stays)
  $$("[data-cpp-agenda][data-cpp-ready]").forEach(function (el) {
    if (el.cppSheet) el.cppSheet.draw(true);
  });
  R.ready("edit");
})();
