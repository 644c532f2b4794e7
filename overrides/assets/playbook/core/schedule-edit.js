/* Client Partnering Playbook, DOM-free core: the edits of a run sheet's blocks (move,
   remove, rename, add), each checked; they extend core/schedule.js (window.cppSchedule)
   and load with the block editor (runsheet-edit.js), when the facilitator asks to edit. */
(function (root) {
  "use strict";
  var S = root.cppSchedule || require("./schedule.js");
  var isInt = S.isInt,
    settle = S.settle,
    listOf = S.blocks,
    tooLong = S.tooLong,
    OWN = S.OWN;

  /* The edits, as S.setMinutes: each takes the defaults, the settings and an index in the
     facilitator's order and returns {settings} or {error} (the settings unchanged). */
  S.move = function (defaults, settings, index, to) {
    var list = listOf(defaults, settings);
    if (!isInt(index, 0, list.length - 1) || !isInt(to, 0, list.length - 1))
      return { error: "That block cannot move further." };
    list.splice(to, 0, list.splice(index, 1)[0]);
    return { settings: settle(defaults, settings ? settings.start : null, list) };
  };
  S.remove = function (defaults, settings, index) {
    var list = listOf(defaults, settings);
    if (!isInt(index, 0, list.length - 1)) return { error: "There is no such block." };
    if (list.length === 1) return { error: "A run sheet needs at least one block." };
    list.splice(index, 1);
    return { settings: settle(defaults, settings ? settings.start : null, list) };
  };
  S.rename = function (defaults, settings, index, text) {
    var list = listOf(defaults, settings),
      name = S.checkName(text);
    if (name.error) return name;
    if (!isInt(index, 0, list.length - 1)) return { error: "There is no such block." };
    var b = list[index];
    b.title = name.name;
    b.renamed = !b.own && name.name !== b.def.title;
    return { settings: settle(defaults, settings ? settings.start : null, list) };
  };
  /* A block of the facilitator's own, after `index` (at the end when absent). */
  S.add = function (defaults, settings, text, value, index) {
    var list = listOf(defaults, settings),
      name = S.checkName(text),
      m = S.checkMinutes(value);
    if (name.error) return name;
    if (m.error) return m;
    if (list.length >= S.MAX_BLOCKS)
      return { error: "A run sheet holds at most " + S.MAX_BLOCKS + " blocks; remove one first." };
    var n = 1;
    list.forEach(function (b) {
      if (OWN.test(b.id)) n = Math.max(n, Number(b.id.slice(4)) + 1);
    });
    var block = { id: "own-" + n, minutes: m.minutes, title: name.name, own: true };
    list.splice(isInt(index, 0, list.length - 1) ? index + 1 : list.length, 0, block);
    return tooLong(list) || { settings: settle(defaults, settings ? settings.start : null, list), id: block.id };
  };
  S.validLength = function (n) {
    return isInt(n, 1, S.MAX_BLOCK);
  };

  if (typeof module !== "undefined" && module.exports) module.exports = S;
})(typeof window !== "undefined" ? window : globalThis);
