/*
 * "Exit this page", after the GOV.UK design system: leaves at once for a neutral site and
 * replaces this page in the session history, so Back does not return to it. Activated by the
 * button (mouse, touch, Enter) or by pressing Shift three times within five seconds.
 */
(function () {
  "use strict";

  var SHIFT_PRESSES = 3;
  var SHIFT_WINDOW_MS = 5000;

  function exitPage(url) {
    // Hide the content at once: on a slow network the neutral site may take seconds to load.
    document.documentElement.classList.add("exit-this-page--exiting");
    try {
      document.title = "";
    } catch (ignored) {}
    window.location.replace(url);
  }

  function init() {
    var link = document.querySelector("[data-exit-this-page-link]");
    if (!link) {
      return;
    }
    var url = link.getAttribute("href");

    link.addEventListener("click", function (event) {
      event.preventDefault();
      exitPage(url);
    });

    var presses = [];
    document.addEventListener("keyup", function (event) {
      if (event.key !== "Shift") {
        presses = [];
        return;
      }
      var now = Date.now();
      presses = presses.filter(function (time) {
        return now - time < SHIFT_WINDOW_MS;
      });
      presses.push(now);
      if (presses.length >= SHIFT_PRESSES) {
        exitPage(url);
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
