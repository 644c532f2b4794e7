/* Client Partnering Playbook, DOM-free core (2 of 3): the store and its migrations.
   Everything lives under one key, read and validated on every load:
     cpp:v3   {schema: "cpp-store", version: 3, active: id, workspaces: [workspace]}
   (a workspace as in core/schema.js). Formats that shipped before, and are migrated:
     cpp:v1:<ws>:<tool>     {v: 1, items: {item: value}, updated: time}   answers; <ws>
                            "default" before workspaces existed
     cpp:v2:workspaces      {v: 2, active: id, list: [{id, name, created, updated}]}
     cpp:v2:history:<ws>    {v: 2, snaps: [{component, day, at, scores}]}
   A migration merges old keys into cpp:v3 answer by answer (each answer takes its
   record's time), writes, reads the result back and checks every old answer is there;
   only then are the old keys removed. A tab still running an older script can write
   old keys again later: the next load merges them in the same way.
   `kv` is the storage (see C.kv); `session` keeps this tab's workspace. */
(function (root) {
  "use strict";
  root.cppCore = root.cppCore || {};
  var C = root.cppCore;
  /* Every storage key name is here, and only here. */
  var PREFIX = "cpp:",
    SCOPED = "cpp@"; // every key of the answers starts so (a site at a path: C.sitePrefix)
  var KEY = PREFIX + "v3",
    STORE = "cpp-store",
    VERSION = 3,
    TAB = PREFIX + "v2:tab",
    FIRST = "My answers";
  var OLD_ANSWERS = PREFIX + "v1:",
    OLD_INDEX = PREFIX + "v2:workspaces",
    OLD_HISTORY = PREFIX + "v2:history:";
  var ASIDE = KEY + ":aside:",
    OLD_ASIDE = KEY + ":unreadable:"; // copies of stores not fully understood
  C.PREFIX = PREFIX;
  C.KEY = KEY;
  C.VERSION = VERSION;
  C.isAsideKey = function (k) {
    return k.indexOf(ASIDE) === 0 || k.indexOf(OLD_ASIDE) === 0;
  };
  C.FIRST = FIRST;

  /* Storage that never throws: localStorage (or any object with its methods); when the
     browser refuses, values live in memory for this page view and `broken` is set. */
  C.kv = function (ls) {
    var mem = Object.create(null);
    var kv = {
      broken: false,
      get: function (k) {
        if (k in mem) return mem[k];
        try {
          return ls.getItem(k);
        } catch (_e) {
          kv.broken = true;
          return null;
        }
      },
      set: function (k, v) {
        try {
          ls.setItem(k, v);
          delete mem[k];
          return true;
        } catch (_e) {
          mem[k] = v;
          kv.broken = true;
          return false;
        }
      },
      remove: function (k) {
        delete mem[k];
        try {
          ls.removeItem(k);
        } catch (_e) {
          kv.broken = true;
        }
      },
      keys: function () {
        var out = Object.keys(mem),
          i,
          k;
        try {
          for (i = 0; i < ls.length; i++) {
            k = ls.key(i);
            if (out.indexOf(k) < 0) out.push(k);
          }
        } catch (_e) {
          kv.broken = true;
        }
        return out;
      },
      forgetMemory: function (k) {
        delete mem[k];
      },
      put: function (k, v) {
        try {
          ls.setItem(k, v);
          return true;
        } catch (_e) {
          return false;
        }
      }, // stored, or nothing at all
    };
    return kv;
  };

  /* Several playbooks can share one origin (GitHub Pages project sites of one account:
     https://me.github.io/a/ and /b/), and localStorage is per origin. The one place that
     says where a site keeps its keys: C.sitePrefix(base), `base` being the site's root
     path. "cpp:" for a site at "/" (and from file://, where the folder can move), as
     every build before; "cpp@/a/:" for a site at /a/, so its store is "cpp@/a/:v3".
     C.scopeStorage(ls, base) gives C.kv a localStorage in which the site's own keys keep
     their usual names ("cpp:v3", ...) and no other site's key is listed, so "forget" and
     every migration stay within the site. The first time a site at a path runs, it
     copies the origin's unscoped "cpp:" keys (what builds before this one wrote) into its
     own, reads every copy back, and only then uses them; the originals stay, since
     another playbook on the origin may be theirs. If a copy fails, it keeps working on
     the unscoped keys, as before. A tab left open across the deploy still runs the older
     script, which saves under the unscoped key: on every later load, what it saved after
     the copy (answers and history points timed after it) is merged in (catchUp). */
  C.sitePrefix = function (base) {
    return typeof base === "string" && /^\/[^?#]*\/$/.test(base) && base !== "/" ? SCOPED + base + ":" : PREFIX;
  };
  C.scopeStorage = function (ls, base) {
    var prefix = C.sitePrefix(base),
      snap = [];
    if (!ls || prefix === PREFIX) return ls;
    function real(k) {
      return String(k).indexOf(PREFIX) === 0 ? prefix + String(k).slice(PREFIX.length) : k;
    }
    function list(own) {
      // own: this site's keys, as "cpp:..."; else the origin's unscoped "cpp:" keys
      var out = [],
        k;
      for (var i = 0; i < ls.length; i++) {
        k = ls.key(i);
        if (typeof k !== "string") continue;
        if (k.indexOf(prefix) === 0) {
          if (own) out.push(PREFIX + k.slice(prefix.length));
        } else if (k.indexOf(PREFIX) === 0) {
          if (!own) out.push(k);
        } else if (own && k.indexOf(SCOPED) !== 0) out.push(k);
      }
      return out;
    }
    var scoped = {
      getItem: function (k) {
        return ls.getItem(real(k));
      },
      setItem: function (k, v) {
        ls.setItem(real(k), v);
      },
      removeItem: function (k) {
        ls.removeItem(real(k));
      },
      key: function (i) {
        return i < snap.length ? snap[i] : null;
      },
      get length() {
        snap = list(true);
        return snap.length;
      },
    };
    try {
      if (ls.getItem(real(KEY)) !== null) {
        catchUp(ls, real);
        return scoped;
      }
      var old = list(false),
        copied = [],
        at = C.now().toISOString();
      if (!old.length) return scoped;
      old.forEach(function (k) {
        var v = ls.getItem(k);
        ls.setItem(real(k), v);
        copied.push(k);
      });
      if (
        old.every(function (k) {
          return ls.getItem(real(k)) === ls.getItem(k);
        })
      ) {
        if (ls.getItem(KEY) !== null) ls.setItem(real(COPIED), JSON.stringify({ at: at, sig: sig(ls.getItem(KEY)) }));
        return scoped;
      }
      copied.forEach(function (k) {
        ls.removeItem(real(k));
      });
    } catch (_e) {
      try {
        list(true).forEach(function (k) {
          if (ls.getItem(k) !== null && ls.getItem(real(k)) === ls.getItem(k)) ls.removeItem(real(k));
        });
      } catch (_e2) {
        /* nothing more to undo */
      }
    }
    return ls; // not copied whole: the unscoped keys, as before (the originals are untouched)
  };
  var COPIED = PREFIX + "scope-copy"; // {at, sig}: when the unscoped store was copied, and how it looked
  function byId(s, id) {
    // the workspace of state `s` with this id, or undefined
    return s.workspaces.filter(function (x) {
      return x.id === id;
    })[0];
  }
  function sig(text) {
    return text.length + ":" + text.slice(-120);
  } // a write changes "saved", near the end
  function catchUp(ls, real) {
    var mark = parse(ls.getItem(real(COPIED))),
      text = ls.getItem(KEY);
    if (!C.isObj(mark) || !C.isTime(mark.at) || text === null || sig(text) === mark.sig) return; // forgotten, or nothing new
    var theirs = parse(text),
      mine = parse(ls.getItem(real(KEY))),
      man = C.readManifest(null),
      t = C.now().toISOString(),
      changed = false;
    function isStore(x) {
      return C.isObj(x) && x.schema === STORE && x.version === VERSION && Array.isArray(x.workspaces);
    }
    function clean(w) {
      var r = C.cleanWorkspace(w, man, t);
      return r.notices.some(function (n) {
        return !n.earlier;
      })
        ? null
        : r.w;
    }
    if (!isStore(theirs) || !isStore(mine)) return; // not fully understood: never written over
    var spaces = mine.workspaces.map(clean);
    if (spaces.indexOf(null) >= 0) return;
    theirs.workspaces.forEach(function (raw) {
      var w = C.isObj(raw) && clean(raw),
        part = { answers: C.dict(), history: [], skipped: [] },
        n = 0;
      if (!w) return;
      C.keys(w.answers).forEach(function (tool) {
        C.keys(w.answers[tool]).forEach(function (item) {
          var a = w.answers[tool][item];
          if (a.at > mark.at) {
            C.dictAt(part.answers, tool)[item] = a;
            n++;
          }
        });
      });
      part.history = w.history.filter(function (h) {
        return h.at > mark.at;
      });
      if (!n && !part.history.length) return; // nothing saved there since the copy
      part.created = w.created;
      part.updated = w.updated;
      var into = spaces.filter(function (x) {
        return x.id === w.id;
      })[0];
      if (!into) {
        into = C.newWorkspace(w.name, w.created, w.id);
        spaces.push(into);
      }
      C.mergeWorkspace(into, part);
      changed = true;
    });
    if (changed) {
      mine.workspaces = spaces;
      var out = JSON.stringify(mine);
      ls.setItem(real(KEY), out);
      if (ls.getItem(real(KEY)) !== out) return; // not kept: the next load tries again
    }
    ls.setItem(real(COPIED), JSON.stringify({ at: mark.at, sig: sig(text) }));
  }

  function parse(text) {
    try {
      return JSON.parse(text);
    } catch (_e) {
      return undefined;
    }
  }

  /* Old keys -> workspaces in the v3 shape (not yet validated). */
  C.readLegacy = function (kv, t) {
    var idx = parse(kv.get(OLD_INDEX)),
      byId = C.dict(),
      order = [],
      keys = [];
    function ws(id) {
      if (!byId[id]) {
        byId[id] = {
          id: id,
          name: id === "default" ? FIRST : "Recovered answers",
          created: t,
          updated: t,
          answers: C.dict(),
          history: [],
        };
        order.push(id);
      }
      return byId[id];
    }
    if (idx !== undefined && kv.get(OLD_INDEX) !== null) keys.push(OLD_INDEX);
    (C.isObj(idx) && Array.isArray(idx.list) ? idx.list : []).forEach(function (w) {
      if (!C.isObj(w) || !C.isId(w.id) || byId[w.id]) return;
      var x = ws(w.id);
      if (typeof w.name === "string" && C.cleanName(w.name)) x.name = w.name;
      x.created = w.created;
      x.updated = w.updated;
    });
    kv.keys()
      .sort()
      .forEach(function (k) {
        var rec, id, parts;
        if (k.indexOf(OLD_ANSWERS) === 0) {
          parts = k.slice(OLD_ANSWERS.length).split(":");
          if (parts.length !== 2 || !C.isId(parts[0]) || !parts[1]) return;
          keys.push(k);
          rec = parse(kv.get(k));
          var w = ws(parts[0]),
            at = C.isObj(rec) && C.isTime(rec.updated) ? rec.updated : t,
            items = C.isObj(rec) ? rec.items : null;
          var to = C.dictAt(w.answers, parts[1]);
          if (!C.isObj(items)) {
            to[C.UNREADABLE] = { value: rec === undefined ? kv.get(k) : rec, at: at };
            return;
          }
          C.keys(items).forEach(function (item) {
            to[item] = { value: items[item], at: at };
          });
        } else if (k.indexOf(OLD_HISTORY) === 0) {
          id = k.slice(OLD_HISTORY.length);
          if (!C.isId(id)) return;
          keys.push(k);
          rec = parse(kv.get(k));
          ws(id).history = C.isObj(rec) && Array.isArray(rec.snaps) ? rec.snaps : [];
        }
      });
    return {
      workspaces: order.map(function (id) {
        return byId[id];
      }),
      active: C.isObj(idx) ? idx.active : null,
      keys: keys,
    };
  };

  /* Every old answer present, with its value, in the stored state? */
  function verify(legacy, state) {
    var miss = [];
    legacy.workspaces.forEach(function (lw) {
      var w = state.workspaces.filter(function (x) {
        return x.id === lw.id;
      })[0];
      C.keys(lw.answers).forEach(function (tool) {
        C.keys(lw.answers[tool]).forEach(function (item) {
          var found = false,
            when = C.notAfterNow(lw.answers[tool][item].at);
          if (w) {
            [w.answers[tool] && w.answers[tool][item]]
              .concat(
                w.skipped.map(function (s) {
                  return s.tool === tool && s.item === item ? s.value : null;
                }),
              )
              .forEach(function (a) {
                // there, as newer, or with the same value (a clamped time may differ by a moment)
                if (a && (a.at >= when || JSON.stringify(a.value) === JSON.stringify(lw.answers[tool][item].value)))
                  found = true;
              });
            if (!found && C.keys(w.answers).length)
              found = anyRenamed(w, { value: lw.answers[tool][item].value, at: when });
          }
          if (!found) miss.push(lw.id + ":" + tool + "/" + item);
        });
      });
    });
    return miss;
  }
  function anyRenamed(w, a) {
    // the answer moved under a renamed id
    return C.keys(w.answers).some(function (t) {
      return C.keys(w.answers[t]).some(function (i) {
        var x = w.answers[t][i];
        return x.at >= a.at && JSON.stringify(x.value) === JSON.stringify(a.value);
      });
    });
  }

  /* Is this the shape of a store of this version? "" when it is, else what is wrong. A
     store that fails is set aside whole before anything is written (Store.read). Single
     bad answers and history points are not shape: they go to `skipped` in the store. */
  C.storeProblem = function (raw) {
    if (!C.isObj(raw) || raw.schema !== STORE) return "it is not a store of this playbook";
    if (typeof raw.version !== "number" || raw.version % 1 !== 0 || raw.version < VERSION)
      return "its version is unreadable";
    if (raw.version > VERSION) return "";
    if (!Array.isArray(raw.workspaces)) return "its list of workspaces is unreadable";
    if (raw.active != null && typeof raw.active !== "string") return "its active workspace is unreadable";
    for (var i = 0; i < raw.workspaces.length; i++) {
      var w = raw.workspaces[i],
        where = "workspace " + (i + 1) + " ";
      if (!C.isObj(w)) return where + "is unreadable";
      for (var f = ["id", "name", "created", "updated"], j = 0; j < f.length; j++) {
        if (w[f[j]] != null && typeof w[f[j]] !== "string") return where + "has a " + f[j] + " that is not text";
      }
      if (w.answers != null && !C.isObj(w.answers)) return where + "has answers that are not a set of tools";
      if (w.history != null && !Array.isArray(w.history)) return where + "has a history that is not a list";
      if (w.skipped != null && (!Array.isArray(w.skipped) || !w.skipped.every(C.isObj)))
        return where + "has set-aside records that are not a list of records";
    }
    return "";
  };
  /* A short fingerprint of a text (FNV-1a, and its length): the key of its set-aside copy,
     so that reading the same store again makes no second copy. */
  C.contentKey = function (text) {
    var h = 0x811c9dc5;
    for (var i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 16777619);
    }
    return (h >>> 0).toString(16) + "-" + text.length.toString(36);
  };

  function Store(kv, manifest, session) {
    this.kv = kv;
    this.session = session || null;
    this.man = C.readManifest(manifest);
    this.notices = [];
    this.state = null;
    this.workspace = null;
    this.listeners = [];
    this.migration = null; // what the last migration did, for the reader and the tests
    this.pending = []; // changes made in memory and not yet stored: replayed on a fresh read
    this.readOnly = ""; // why nothing may be written (a store that could not be set aside)
    this.gone = null; // this tab's workspace, deleted in another tab: {id, name, copy}
    this.orphans = C.dict(); // copies of workspaces deleted elsewhere, left frozen: merged in if they come back
    this.dropped = C.dict(); // ids this tab deleted (until undone): a tab that had not heard may write them back
    /* The page may defer writes (a large store is written at most every few hundred ms)
       and take a lock around them (navigator.locks). Without them: at once. */
    this.defer = null;
    this.lock = function (run) {
      run();
    };
  }
  C.Store = Store;
  C.openStore = function (kv, manifest, session) {
    var s = new Store(kv, manifest, session);
    s.load();
    return s;
  };
  C.SMALL = 200000; // a store shorter than this is written at once, on every change
  C.MAX_WAIT = 3000; // a larger one: when the typing pauses, or after this long

  Store.prototype = {
    get broken() {
      return this.kv.broken;
    },
    get spaces() {
      return this.state.workspaces;
    },
    get last() {
      return this.state.active;
    },
    /* Why this tab does not save, for every page ("" when it does). */
    get stopped() {
      if (this.newer)
        return "Your answers were saved by a newer version of the playbook. Reload the page to get it: until then, changes made here are not kept.";
      return this.readOnly;
    },

    /* A copy of a stored text under a key made from its content; the key, or null when
       there is no room for it. */
    setAside: function (text) {
      var key = ASIDE + C.contentKey(text),
        n = 1,
        k = key;
      while (this.kv.get(k) !== null && this.kv.get(k) !== text && n < 9) k = key + "-" + ++n;
      return this.kv.get(k) === text || this.kv.put(k, text) ? k : null;
    },
    /* Earlier versions copied an unreadable store on every load (cpp:v3:unreadable:<time>):
       each distinct text is kept once, under its content key; identical copies go. */
    tidyAsides: function () {
      var self = this,
        first = C.dict();
      this.kv
        .keys()
        .filter(function (k) {
          return k.indexOf(OLD_ASIDE) === 0;
        })
        .sort()
        .forEach(function (k) {
          var text = self.kv.get(k);
          if (typeof text !== "string") return;
          if (first[text])
            self.kv.remove(k); // the same text once more: room is freed first
          else first[text] = k;
        });
      C.keys(first).forEach(function (text) {
        if (self.setAside(text)) self.kv.remove(first[text]);
      });
    },
    /* The keys of the copies set aside here (their text: kv.get(key)). */
    asides: function () {
      return this.kv.keys().filter(C.isAsideKey).sort();
    },

    /* Read, migrate, validate. Called on every page load and when another tab wrote. */
    read: function () {
      var t = C.now().toISOString(),
        text = this.kv.get(KEY),
        raw = text === null ? null : parse(text),
        notices = [];
      var why = text === null ? "" : raw === undefined ? "it is not readable JSON" : C.storeProblem(raw);
      this.asideNow = null;
      if (why) {
        // never overwrite what was not fully understood: set it aside first, once
        var kept = this.setAside(text);
        if (kept) {
          this.asideNow = kept;
          notices.push({
            workspace: "",
            tool: null,
            text:
              "Saved data that this version could not fully read (" +
              why +
              ") was kept as it was: " +
              "download the copy from the workspace menu. What could be read is shown",
          });
        } else {
          this.readOnly =
            "Saved data that this version could not fully read (" +
            C.text(why, 120) +
            ") could not be copied aside, as this browser's " +
            "storage is full, so the playbook will not save here, to keep it safe. Export your answers, then make room (Forget everything on My Relationships).";
          notices.push({ workspace: "", tool: null, text: this.readOnly.replace(/\.$/, "") });
        }
        if (!C.isObj(raw) || raw.schema !== STORE) raw = null;
      }
      if (raw && typeof raw.version === "number" && raw.version > VERSION) {
        this.newer = true; // written by a newer script: read what we understand, never write
        notices.push({ workspace: "", tool: null, text: this.stopped.replace(/\.$/, "") });
      }
      var state = {
          schema: STORE,
          version: VERSION,
          active: raw && typeof raw.active === "string" ? raw.active : null,
          workspaces: [],
        },
        seen = C.dict(),
        man = this.man;
      if (raw && C.isTime(raw.changed)) state.changed = raw.changed;
      var list = !raw
        ? []
        : Array.isArray(raw.workspaces)
          ? raw.workspaces
          : C.isObj(raw.workspaces)
            ? C.keys(raw.workspaces).map(function (k) {
                return raw.workspaces[k];
              })
            : [];
      list.forEach(function (w) {
        if (!C.isObj(w)) return;
        var r = C.cleanWorkspace(w, man, t);
        if (!r.w.id || seen[r.w.id]) r.w.id = C.newId();
        seen[r.w.id] = true;
        state.workspaces.push(r.w);
        notices = notices.concat(r.notices);
      });
      var legacy = C.readLegacy(this.kv, t);
      if (legacy.keys.length) {
        var before = JSON.stringify(state);
        legacy.workspaces.forEach(function (lw) {
          var r = C.cleanWorkspace(lw, man, t),
            w = state.workspaces.filter(function (x) {
              return x.id === lw.id;
            })[0];
          notices = notices.concat(r.notices);
          // an empty workspace in old keys next to a store: an old tab's default, not the reader's
          if (!w && raw && C.isEmpty(r.w)) return;
          if (!w) {
            state.workspaces.push(r.w);
            return;
          }
          if (raw) notices = notices.concat(C.mergeOldTab(w, r.w));
          else C.mergeWorkspace(w, r.w);
        });
        if (!raw && C.isId(legacy.active)) state.active = legacy.active;
        this.pendingMigration = { legacy: legacy, changed: JSON.stringify(state) !== before };
      }
      if (!state.workspaces.length) state.workspaces.push(C.newWorkspace(FIRST, t, "default"));
      if (
        !state.workspaces.some(function (w) {
          return w.id === state.active;
        })
      )
        state.active = state.workspaces[0].id;
      this.text = text;
      return { state: state, notices: notices, fresh: text === null };
    },
    load: function () {
      this.tidyAsides();
      var r = this.read(),
        self = this;
      this.state = r.state;
      this.notices = r.notices;
      this.pending = [];
      var m = this.pendingMigration;
      this.pendingMigration = null;
      if (m || r.fresh || this.asideNow) {
        if (this.write() && m) {
          var back = this.read(),
            miss = back.state && verify(m.legacy, back.state);
          this.pendingMigration = null;
          if (miss && !miss.length && !this.kv.broken) {
            m.legacy.keys.forEach(function (k) {
              self.kv.remove(k);
            });
            this.migration = {
              from: m.legacy.keys.length + " old keys",
              answers: countLegacy(m.legacy),
              removed: true,
            };
          } else this.migration = { answers: countLegacy(m.legacy), removed: false, missing: miss };
        }
      }
      this.text = this.kv.get(KEY); // in step with storage: until it changes, a write need not read it again
      var mine = this.tab();
      this.workspace = this.find(mine) ? mine : this.find(this.workspace) ? this.workspace : this.state.active;
      return this.state.workspaces;
    },
    /* Another tab wrote (or this tab's own write found the store changed): read it again,
       put back answers this tab holds that the other tab's write missed (it read before
       ours landed), and replay the changes not yet stored. Returns true when storage now
       lacks something this tab has. */
    sync: function () {
      var mine = this.state,
        mineWs = this.workspace,
        r = this.read(),
        self = this,
        behind = false;
      this.pendingMigration = null;
      r.state.workspaces = r.state.workspaces.filter(function (w) {
        // deleted here, written back by a tab that had not heard
        if (self.dropped[w.id]) {
          behind = true;
          return false;
        }
        var m =
          mine &&
          mine.workspaces.filter(function (x) {
            return x.id === w.id && x.created === w.created;
          })[0];
        if (m && C.mergeAnswers(w, m)) behind = true;
        return true;
      });
      if (!r.state.workspaces.length) r.state.workspaces.push(C.newWorkspace(FIRST, C.now().toISOString()));
      if (!this.findIn(r.state, r.state.active)) r.state.active = r.state.workspaces[0].id;
      this.state = r.state;
      this.notices = r.notices;
      this.pending.forEach(function (p) {
        p.fn(self.state);
      });
      C.keys(this.orphans).forEach(function (id) {
        var back = self.findIn(self.state, id);
        if (back && C.mergeAnswers(back, self.orphans[id])) behind = true;
        if (back) delete self.orphans[id];
      });
      if (this.gone && this.findIn(this.state, this.gone.id)) {
        // it came back (Undo in the other tab): with what was typed here
        if (C.mergeAnswers(this.findIn(this.state, this.gone.id), this.gone.copy)) behind = true;
        this.gone = null;
      } else if (!this.gone && mine && !this.findIn(this.state, mineWs) && this.findIn(mine, mineWs)) {
        var copy = this.findIn(mine, mineWs);
        this.gone = { id: mineWs, name: copy.name, copy: copy };
      }
      return behind || this.pending.length > 0;
    },
    /* The page heard that storage changed (the storage event): read it, and write back
       at once what another tab's write left out. */
    refresh: function () {
      var behind = this.sync();
      if (behind && !this.pending.length)
        this.pending.push({
          fn: function () {
            /* nothing to replay: the merge is the change */
          },
        });
      if (behind) this.flush();
      return behind;
    },
    /* Puts this tab's copy of a workspace deleted elsewhere back into the store. */
    keepGone: function () {
      // under a new id: the tab that deleted the old one keeps it deleted
      var g = this.gone;
      if (!g) return;
      var w = JSON.parse(JSON.stringify(g.copy));
      w.id = C.newId();
      this.gone = null;
      this.change(
        function (s) {
          var same = s.workspaces.filter(function (x) {
            return x.id === g.id || C.nameKey(x.name) === C.nameKey(w.name);
          })[0];
          if (same) {
            C.mergeAnswers(same, w);
            w.id = same.id;
          } else s.workspaces.push(w);
        },
        { kind: "restore", workspace: w.id },
      );
      this.workspace = w.id;
      this.tab(w.id);
    },
    /* Store the state as it is now (nothing is written for a newer store or a read-only one). */
    write: function () {
      if (this.newer || this.readOnly) return false;
      var text = JSON.stringify(this.state),
        ok = this.kv.set(KEY, text);
      this.text = text; // what is stored now (or kept in memory): a write need not read it again
      return ok;
    },
    /* Store the changes made since the last write: when storage changed meanwhile, read it
       again and replay them on top (sync). */
    flush: function () {
      clearTimeout(this.timer);
      this.timer = 0;
      if (!this.pending.length) return true;
      var stored = this.kv.get(KEY);
      if (stored !== this.text || this.kv.keys().some(C.isLegacyKey)) this.sync();
      this.pending = [];
      return this.write();
    },
    /* Every change: made in memory at once (the page reads it back from there), stored at
       once when the store is small or the change is not typing, else a little later. */
    change: function (fn, info) {
      if (!this.state) this.load();
      var out = fn(this.state),
        self = this,
        ev = info || {};
      this.pending.push({ fn: fn });
      this.state.saved = C.now().toISOString();
      if (ev.kind !== "use") this.state.changed = this.state.saved;
      ev.at = this.state.saved;
      var typing = ev.kind === "answer" || ev.kind === "snap",
        t = C.now().getTime();
      if (!typing || !this.defer || (this.text || "").length < C.SMALL || (this.timer && t - this.since > C.MAX_WAIT))
        this.flush();
      else {
        // once the typing pauses (and at least every MAX_WAIT ms while it goes on)
        if (!this.timer) this.since = t;
        clearTimeout(this.timer);
        this.timer =
          this.defer(function () {
            self.lock(function () {
              self.flush();
            });
          }) || 1;
      }
      this.emit(ev);
      return out;
    },
    onChange: function (fn) {
      this.listeners.push(fn);
    },

    tab: function (id) {
      if (!this.session) return null;
      try {
        if (id) this.session.setItem(TAB, id);
        return this.session.getItem(TAB);
      } catch (_e) {
        return id || null;
      }
    },
    find: function (id) {
      // this tab's workspace deleted elsewhere is still found here: its page shows it frozen
      return this.findIn(this.state, id) || (this.gone && this.gone.id === id ? this.gone.copy : null);
    },
    named: function (name, except) {
      var key = C.nameKey(name);
      return (
        this.state.workspaces.filter(function (w) {
          return w.id !== except && C.nameKey(w.name) === key;
        })[0] || null
      );
    },
    use: function (id) {
      if (this.gone && this.gone.id !== id) {
        this.orphans[this.gone.id] = this.gone.copy;
        this.gone = null;
      }
      this.workspace = id;
      this.tab(id);
      this.change(
        function (s) {
          s.active = id;
        },
        { kind: "use", workspace: id },
      );
    },
    /* A new name, checked: returns {id} or {error: message}. */
    create: function (name, at) {
      var clean = C.cleanName(name),
        same = this.named(clean);
      if (!clean) return { error: "A workspace needs a name: type one, then Save." };
      if (same) return { error: "You already have a workspace called “" + same.name + "”. Pick another name." };
      var w = C.newWorkspace(clean, at || C.now().toISOString());
      this.change(
        function (s) {
          s.workspaces.push(w);
        },
        { kind: "create", workspace: w.id },
      );
      return { id: w.id, name: clean };
    },
    rename: function (id, name) {
      var clean = C.cleanName(name),
        same = this.named(clean, id);
      if (!clean) return { error: "A workspace needs a name: type one, then Save." };
      if (same) return { error: "You already have a workspace called “" + same.name + "”. Pick another name." };
      this.change(
        function (s) {
          s.workspaces.forEach(function (w) {
            if (w.id === id) w.name = clean;
          });
        },
        { kind: "rename", workspace: id },
      );
      return { id: id, name: clean };
    },
    /* Delete a workspace; returns what `restore` needs to undo it. */
    drop: function (id) {
      var gone = null,
        at = -1,
        made = null;
      this.change(
        function (s) {
          s.workspaces.forEach(function (w, i) {
            if (w.id === id) {
              gone = w;
              at = i;
            }
          });
          if (gone) s.workspaces.splice(at, 1);
          if (!s.workspaces.length) {
            made = C.newWorkspace(FIRST, C.now().toISOString());
            s.workspaces.push(made);
          }
          if (s.active === id) s.active = s.workspaces[0].id;
        },
        { kind: "drop", workspace: id },
      );
      this.dropped[id] = true;
      if (this.workspace === id) {
        this.workspace = this.state.active;
        this.tab(this.workspace);
      }
      return gone && { workspace: gone, at: at, made: made && made.id };
    },
    restore: function (undo) {
      var self = this;
      delete this.dropped[undo.workspace.id];
      this.change(
        function (s) {
          if (self.findIn(s, undo.workspace.id)) return;
          var made = self.findIn(s, undo.made); // the empty one made when the last was deleted
          var kept = s.workspaces.filter(function (x) {
            return x !== made && C.nameKey(x.name) === C.nameKey(undo.workspace.name);
          })[0];
          if (kept) {
            C.mergeAnswers(kept, undo.workspace);
            return;
          } // another tab kept its copy meanwhile
          if (made && C.isEmpty(made)) s.workspaces.splice(s.workspaces.indexOf(made), 1);
          if (made && s.active === made.id) s.active = undo.workspace.id;
          s.workspaces.splice(Math.min(undo.at, s.workspaces.length), 0, undo.workspace);
        },
        { kind: "restore", workspace: undo.workspace.id },
      );
    },
    findIn: function (s, id) {
      return (
        s.workspaces.filter(function (w) {
          return w.id === id;
        })[0] || null
      );
    },
    forget: function () {
      var self = this;
      this.kv.keys().forEach(function (k) {
        if (k.indexOf(PREFIX) === 0) self.kv.remove(k);
      });
      try {
        if (this.session) this.session.removeItem(TAB);
      } catch (_e) {
        /* nothing kept there */
      }
      this.workspace = null;
      this.gone = null;
      this.readOnly = "";
      this.load();
      this.write();
      this.emit({ kind: "forget", at: C.now().toISOString() });
    },
    emit: function (ev) {
      var self = this;
      this.listeners.forEach(function (fn) {
        try {
          fn(ev, self);
        } catch (_e) {
          /* one listener never stops the rest */
        }
      });
    },

    /* Answers. `get` gives {items: plain values, updated} or null, as the pages read them. */
    raw: function (tool, ws) {
      var w = this.find(ws || this.workspace);
      return (w && w.answers[tool]) || null;
    },
    get: function (tool, ws) {
      var a = this.raw(tool, ws),
        items = a ? C.values(a) : {};
      if (!C.keys(items).length) return null;
      var at = "";
      C.keys(a).forEach(function (k) {
        at = C.later(at, a[k].at);
      });
      return { items: items, updated: at };
    },
    listAll: function (ws) {
      var w = this.find(ws || this.workspace),
        out = {},
        self = this;
      if (w)
        C.keys(w.answers).forEach(function (t) {
          var r = self.get(t, w.id);
          if (r) out[t] = r;
        });
      return out;
    },
    /* One answer (undefined: cleared), with its own time. */
    setItem: function (tool, item, value, ws) {
      ws = ws || this.workspace;
      if (this.gone && this.gone.id === ws) return false; // frozen: the page says so
      var t = C.now().toISOString();
      this.change(
        function (s) {
          var w = byId(s, ws);
          if (!w) return;
          var a = C.dictAt(w.answers, tool),
            old = a[item];
          if (value === undefined && (!old || old.value === null)) return;
          a[item] = { value: value === undefined ? null : value, at: t };
          w.updated = t;
        },
        { kind: "answer", workspace: ws, tool: tool, item: item },
      );
      return !this.kv.broken;
    },
    /* Clear a tool (and, if asked, today's history point); returns the undo. */
    clear: function (tool, ws, alsoToday) {
      ws = ws || this.workspace;
      var t = C.now().toISOString(),
        day = C.localDay(C.now()),
        undo = { workspace: ws, tool: tool, items: null, snap: null };
      this.change(
        function (s) {
          var w = byId(s, ws);
          if (!w) return;
          var a = w.answers[tool];
          undo.items = a || null;
          if (a) {
            var cleared = C.dict();
            C.keys(a).forEach(function (k) {
              cleared[k] = { value: null, at: t };
            });
            w.answers[tool] = cleared;
          }
          if (alsoToday)
            w.history = w.history.filter(function (h) {
              if (h.component === tool && h.day === day) {
                undo.snap = h;
                return false;
              }
              return true;
            });
          w.updated = t;
        },
        { kind: "clear", workspace: ws, tool: tool },
      );
      return undo;
    },
    unclear: function (undo) {
      var t = C.now().toISOString();
      this.change(
        function (s) {
          var w = byId(s, undo.workspace);
          if (!w) return;
          if (undo.items) {
            // back as they were, timed now so a merge sees the undo as the latest change
            var a = C.dictAt(w.answers, undo.tool);
            C.keys(undo.items).forEach(function (k) {
              a[k] = { value: undo.items[k].value, at: undo.items[k].value === null ? undo.items[k].at : t };
            });
          }
          if (undo.snap) {
            w.history.push(undo.snap);
            w.history.sort(byAt);
          }
          w.updated = t;
        },
        { kind: "undo", workspace: undo.workspace, tool: undo.tool },
      );
    },

    /* Score history: one point per assessment per day, the day's last scores. */
    history: function (ws) {
      var w = this.find(ws || this.workspace);
      return w ? w.history.slice() : [];
    },
    snap: function (tool, scores, ws) {
      ws = ws || this.workspace;
      var now = C.now(),
        day = C.localDay(now),
        t = now.toISOString();
      this.change(
        function (s) {
          var w = byId(s, ws);
          if (!w) return;
          w.history = w.history.filter(function (h) {
            return !(h.component === tool && h.day === day);
          });
          w.history.push({ component: tool, day: day, at: t, scores: scores });
          w.history.sort(byAt);
          w.updated = t;
        },
        { kind: "snap", workspace: ws, tool: tool },
      );
      return !this.kv.broken;
    },
    unsnap: function (tool, day, ws) {
      // delete one history point; returns it (to undo: putSnap)
      var gone = null;
      this.change(
        function (s) {
          var w = byId(s, ws);
          if (!w) return;
          w.history = w.history.filter(function (h) {
            if (h.component === tool && h.day === day) {
              gone = h;
              return false;
            }
            return true;
          });
          w.updated = C.now().toISOString();
        },
        { kind: "unsnap", workspace: ws, tool: tool },
      );
      return gone;
    },
    putSnap: function (snap, ws) {
      this.change(
        function (s) {
          var w = byId(s, ws);
          if (!w) return;
          w.history = w.history
            .filter(function (h) {
              return !(h.component === snap.component && h.day === snap.day);
            })
            .concat([snap])
            .sort(byAt);
        },
        { kind: "snap", workspace: ws, tool: snap.component },
      );
    },
    isEmpty: function (ws) {
      var w = this.find(ws);
      return !w || C.isEmpty(w);
    },
    /* The time of the newest change to the data, deletions included ("changed since the
       last backup?"); for a store from before `changed` existed, the newest workspace time. */
    lastChange: function () {
      var t = this.state.changed || "";
      this.state.workspaces.forEach(function (w) {
        t = C.later(t, w.updated);
      });
      return t || null;
    },
  };

  C.isLegacyKey = function (k) {
    return k.indexOf(OLD_ANSWERS) === 0 || k === OLD_INDEX || k.indexOf(OLD_HISTORY) === 0;
  };
  function byAt(a, b) {
    return a.at < b.at ? -1 : a.at > b.at ? 1 : 0;
  }
  function countLegacy(l) {
    return l.workspaces.reduce(function (n, w) {
      return (
        n +
        C.keys(w.answers).reduce(function (m, t) {
          return m + C.keys(w.answers[t]).length;
        }, 0)
      );
    }, 0);
  }
  C.isEmpty = function (w) {
    return (
      !w.history.length &&
      !C.keys(w.answers).some(function (t) {
        return C.keys(C.values(w.answers[t])).length;
      })
    );
  };
  C.newId = function () {
    return "w" + C.now().getTime().toString(36) + Math.random().toString(36).slice(2, 6);
  };
  C.newWorkspace = function (name, t, id) {
    return { id: id || C.newId(), name: name, created: t, updated: t, answers: C.dict(), history: [], skipped: [] };
  };
  /* Workspace `from` into `into`, in place: answers per item, history per day (the later
     point wins), set-aside records kept. Returns the counts of C.mergeItems, summed. */
  /* Answers of `from` that `into` lacks or has older, copied in place (a copy of one
     workspace held by another tab). True when anything was copied. */
  C.mergeAnswers = function (into, from) {
    var more = false;
    C.keys(from.answers).forEach(function (tool) {
      var a = C.dictAt(into.answers, tool);
      C.keys(from.answers[tool]).forEach(function (k) {
        var x = a[k],
          y = from.answers[tool][k];
        if (!x || (y.at > x.at && JSON.stringify(x.value) !== JSON.stringify(y.value))) {
          a[k] = y;
          more = true;
        }
      });
      if (!C.keys(a).length) delete into.answers[tool];
    });
    if (more) into.updated = C.later(into.updated, from.updated);
    return more;
  };
  /* Old keys that appear next to a store: written by a tab still running a script from
     before the store, after this browser moved on. Its form went blank when the old keys
     were removed, so an answer there that differs from the store's is set aside (kept,
     exported, said), never put over the store's. Returns the notices. */
  var OLD_TAB = "typed in a tab still running an older version of the playbook, over an answer it could not show";
  C.mergeOldTab = function (into, from) {
    var notices = [],
      taken = C.dict(),
      n = 0;
    C.keys(from.answers).forEach(function (tool) {
      var mine = into.answers[tool] || C.dict(),
        theirs = from.answers[tool];
      C.keys(theirs).forEach(function (k) {
        var x = mine[k],
          y = theirs[k];
        if (x && x.value !== null && JSON.stringify(x.value) !== JSON.stringify(y.value)) {
          into.skipped = into.skipped.filter(function (s) {
            return !(s.tool === tool && s.item === k && s.reason === OLD_TAB);
          });
          into.skipped.push({ tool: tool, item: k, value: y, reason: OLD_TAB });
          notices.push({
            workspace: into.name,
            tool: tool,
            text: "had an answer " + OLD_TAB + ", set aside (question “" + C.text(k) + "”; exports keep it)",
          });
          n++;
        } else {
          C.dictAt(taken, tool)[k] = y;
        }
      });
    });
    C.mergeWorkspace(into, {
      answers: taken,
      history: from.history,
      skipped: [],
      updated: n ? into.updated : from.updated,
      created: from.created,
    });
    return notices;
  };
  C.mergeWorkspace = function (into, from) {
    var n = { added: 0, replaced: 0, kept: 0, same: 0, cleared: 0, points: 0 };
    C.keys(from.answers).forEach(function (tool) {
      var r = C.mergeItems(into.answers[tool] || C.dict(), from.answers[tool]);
      into.answers[tool] = r.items;
      C.keys(r.n).forEach(function (k) {
        n[k] += r.n[k];
      });
    });
    from.history.forEach(function (h) {
      var same = into.history.filter(function (x) {
        return x.component === h.component && x.day === h.day;
      })[0];
      if (!same) {
        into.history.push(h);
        n.points++;
      } else if (h.at > same.at) {
        into.history[into.history.indexOf(same)] = h;
        n.points++;
      }
    });
    into.history.sort(byAt);
    var have = into.skipped.map(function (x) {
      return JSON.stringify(x);
    });
    (from.skipped || []).forEach(function (x) {
      if (have.indexOf(JSON.stringify(x)) < 0) into.skipped.push(x);
    });
    if (!into.code && C.isCode(from.code)) into.code = from.code; // a backup restored: still the same participant
    into.updated = C.later(into.updated, from.updated);
    into.created = C.isTime(from.created) && from.created < into.created ? from.created : into.created;
    return n;
  };

  if (typeof module !== "undefined" && module.exports) module.exports = C;
})(typeof window !== "undefined" ? window : globalThis);
