/* Client Partnering Playbook: the light / dark / follow-the-system toggle in the header.
   Material's markup and stored value ("__palette"), without Material's palette
   component, which restyles the whole page twice on every load and stops working when
   the browser blocks storage (partials/palette.html). No private Material API: the
   choice is stored with plain localStorage, in a try. Applying a choice is
   window.cppPalette, defined inline in the header. */
(function () {
  "use strict";
  var form = document.querySelector("[data-cpp-palette]");
  if (!form || !window.cppPalette) return;
  var inputs = form.querySelectorAll("input");

  function current() {
    for (var i = 0; i < inputs.length; i++) if (inputs[i].checked) return i;
    return 0;
  }
  /* As Material does: no colour transitions while the scheme changes (its CSS for
     data-md-color-switching), so nothing is ever shown, or measured, half-switched. */
  function apply(i, keep) {
    document.body.setAttribute("data-md-color-switching", "");
    var choice = window.cppPalette(i);
    void getComputedStyle(document.body).color; // restyle now, while transitions are off
    if (keep) {
      try {
        localStorage.setItem(window.cppPalette.key, JSON.stringify(choice));
      } catch (_e) {
        /* blocked: this page only */
      }
    }
    requestAnimationFrame(function () {
      document.body.removeAttribute("data-md-color-switching");
    });
  }

  form.addEventListener("change", function () {
    apply(current(), true);
  });
  form.addEventListener("keydown", function (e) {
    // as in Material: Enter moves on to the next choice
    if (e.key !== "Enter") return;
    e.preventDefault();
    var next = inputs[(current() + 1) % inputs.length];
    next.click();
    next.focus();
  });
  /* "Follow the system" follows a change of the system setting while the page is open. */
  matchMedia("(prefers-color-scheme: light)").addEventListener("change", function () {
    var i = current();
    if (inputs[i].getAttribute("data-md-color-media") === "(prefers-color-scheme)") apply(i, false);
  });
})();
