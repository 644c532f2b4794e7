/* Client Partnering Playbook: the decisions behind backups, with no DOM and no storage,
   so that `node --test tests/js/` can check them with a fake clock. backup.js draws what
   they decide. Everything reads an export file's data ({workspaces: [{updated, components:
   {id: {items, updated}}, history: [{at}]}]}), the format import accepts: that format is a
   published contract, so these rules outlive changes to how answers are stored. */
(function (root) {
  "use strict";
  var DAY = 86400000;
  /* Safari may delete a site's storage once it has been used on 7 days without a visit to
     the site (WebKit's tracking prevention), so the reminder comes before that. */
  var REMIND_AFTER_DAYS = 6; // a reminder once the last backup is older than this
  var SNOOZE_DAYS = 3; // "Not now" hides the reminder for this long

  function time(iso) {
    var t = typeof iso === "string" ? Date.parse(iso) : NaN;
    return Number.isNaN(t) ? null : t;
  }
  function isObj(x) {
    return !!x && typeof x === "object" && !Array.isArray(x);
  }

  /* Whole days between two instants, by the local calendar: 23:00 to 01:00 is one day. */
  function daysBetween(then, now) {
    var a = new Date(then),
      b = new Date(now);
    var start = Date.UTC(a.getFullYear(), a.getMonth(), a.getDate());
    var end = Date.UTC(b.getFullYear(), b.getMonth(), b.getDate());
    return Math.max(0, Math.round((end - start) / DAY));
  }

  /* "never", "today", "yesterday", "12 days ago": what "Last backup:" is followed by. */
  function ageText(lastBackup, now) {
    var t = time(lastBackup);
    if (t === null) return "never";
    var days = daysBetween(t, now);
    return days === 0 ? "today" : days === 1 ? "yesterday" : days + " days ago";
  }

  /* Every saved answer and history point, and the newest time any of them changed. */
  function summary(data) {
    var out = { answers: 0, points: 0, latest: null, oldest: null };
    function seen(iso) {
      var t = time(iso);
      if (t === null) return;
      if (out.latest === null || t > out.latest) out.latest = t;
      if (out.oldest === null || t < out.oldest) out.oldest = t;
    }
    (isObj(data) && Array.isArray(data.workspaces) ? data.workspaces : []).forEach(function (w) {
      if (!isObj(w)) return;
      if (isObj(w.answers)) {
        // version 3: every answer {value, at}, under its tool
        Object.keys(w.answers).forEach(function (id) {
          var a = w.answers[id];
          if (!isObj(a)) return;
          Object.keys(a).forEach(function (item) {
            if (isObj(a[item])) {
              out.answers++;
              seen(a[item].at);
            }
          });
        });
        seen(w.updated); // a cleared answer or a deleted row leaves only this
      }
      var comps = isObj(w.components) ? w.components : {}; // version 2: {items, updated} per tool
      Object.keys(comps).forEach(function (id) {
        var c = comps[id];
        if (!isObj(c)) return;
        out.answers += isObj(c.items) ? Object.keys(c.items).length : 0;
        seen(c.updated);
      });
      (Array.isArray(w.history) ? w.history : []).forEach(function (s) {
        if (isObj(s)) {
          out.points++;
          seen(s.at);
        }
      });
    });
    return out;
  }

  /* Whether to show the reminder, and why. state: {lastBackup, firstSaved, snoozed} (ISO
     times or null). It shows only when something was saved after the last backup and
     that backup (or, with none yet, the first saved answer) is over 6 days old, and
     "Not now" was not pressed in the last 3 days. */
  function reminder(state, data, now) {
    state = state || {};
    var s = summary(data),
      last = time(state.lastBackup);
    var since = last !== null ? last : time(state.firstSaved) !== null ? time(state.firstSaved) : s.oldest;
    var snoozed = time(state.snoozed);
    var unsaved = s.latest !== null && (last === null || s.latest > last);
    var due = unsaved && since !== null && now - since > REMIND_AFTER_DAYS * DAY;
    var show = due && !(snoozed !== null && now - snoozed < SNOOZE_DAYS * DAY);
    return {
      show: show,
      due: due,
      unsaved: unsaved,
      never: last === null,
      age: ageText(state.lastBackup, now),
      answers: s.answers,
    };
  }

  /* "Keep this file up to date" never writes a file with no answers, and asks first
     before a write would drop more than half of the answers the file had: storage that a
     browser wiped must not overwrite the one good copy. */
  function keepWrite(count, lastCount) {
    if (!count) return "empty";
    if (lastCount > 4 && count < lastCount / 2) return "shrunk";
    return "write";
  }

  /* The suggested name of a backup file of every workspace: the local day and time and
     this browser's short id, so that two devices' files never share a name. */
  function fileName(now, device) {
    var d = new Date(now),
      pad = function (n) {
        return (n < 10 ? "0" : "") + n;
      };
    var tag = typeof device === "string" && /^[a-z0-9]{1,8}$/.test(device) ? "-" + device : "";
    return (
      "playbook-backup-" +
      d.getFullYear() +
      "-" +
      pad(d.getMonth() + 1) +
      "-" +
      pad(d.getDate()) +
      "-" +
      pad(d.getHours()) +
      pad(d.getMinutes()) +
      tag +
      ".json"
    );
  }

  var api = {
    DAY: DAY,
    REMIND_AFTER_DAYS: REMIND_AFTER_DAYS,
    SNOOZE_DAYS: SNOOZE_DAYS,
    ageText: ageText,
    daysBetween: daysBetween,
    summary: summary,
    reminder: reminder,
    keepWrite: keepWrite,
    fileName: fileName,
  };
  if (typeof module === "object" && module.exports) module.exports = api;
  else root.cppBackupCore = api;
})(typeof window !== "undefined" ? window : this);
