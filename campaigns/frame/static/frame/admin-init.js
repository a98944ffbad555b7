/*
 * Runs what Wagtail's own templates would run from inline <script> elements, so the admin works
 * under a Content-Security-Policy that forbids inline scripts. The overriding templates in
 * site/templates/wagtailadmin/ leave a hidden marker with data attributes instead of a script;
 * markers present when the page loads and markers added later (a new inline form, a modal) are
 * run once each, in document order.
 */
(function () {
  "use strict";

  var SELECTOR = "[data-anitp-init]";

  var initialisers = {
    date: function (data) {
      window.initDateChooser(data.target, JSON.parse(data.config || "{}"));
    },
    time: function (data) {
      window.initTimeChooser(data.target, JSON.parse(data.config || "{}"));
    },
    datetime: function (data) {
      window.initDateTimeChooser(data.target, JSON.parse(data.config || "{}"));
    },
    "inline-panel": function (data) {
      new window.InlinePanel(JSON.parse(data.options));
    },
    "multiple-chooser-panel": function (data) {
      new window.MultipleChooserPanel(JSON.parse(data.options));
    },
    chooser: function (data) {
      // Only Wagtail's chooser classes (ImageChooser, PageChooser, SnippetChooser, ...).
      if (/^[A-Za-z]*Chooser$/.test(data.className) && window[data.className]) {
        new window[data.className](data.target, JSON.parse(data.options || "{}"));
      }
    },
  };

  function run(marker) {
    if (marker.anitpInitDone) {
      return;
    }
    marker.anitpInitDone = true;
    var data = {
      target: marker.getAttribute("data-anitp-target"),
      config: marker.getAttribute("data-anitp-config"),
      options: marker.getAttribute("data-anitp-options"),
      className: marker.getAttribute("data-anitp-constructor"),
    };
    var initialise = initialisers[marker.getAttribute("data-anitp-init")];
    if (initialise) {
      initialise(data);
    }
  }

  function runWithin(root) {
    if (root.nodeType !== Node.ELEMENT_NODE) {
      return;
    }
    if (root.matches(SELECTOR)) {
      run(root);
    }
    root.querySelectorAll(SELECTOR).forEach(run);
  }

  function start() {
    runWithin(document.documentElement);
    new MutationObserver(function (mutations) {
      mutations.forEach(function (mutation) {
        mutation.addedNodes.forEach(runWithin);
      });
    }).observe(document.documentElement, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
