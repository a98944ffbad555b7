/*
 * Right-to-left editing in the admin. django-modeltranslation gives each language its own field
 * (title_ur, body_ur-0-value, ...); the admin renders them all left-to-right, which scrambles
 * Urdu and Arabic while typing. This sets dir and lang on every field of a right-to-left
 * language, including StreamField blocks added later.
 */
(function () {
  "use strict";

  var script = document.currentScript;
  var languages = (script && script.dataset.rtlLanguages || "").split(/\s+/).filter(Boolean);
  if (!languages.length) {
    return;
  }
  // A field name ends with _ur, or a StreamField child starts with body_ur-.
  var pattern = new RegExp("_(" + languages.join("|") + ")(?:$|-)");

  function languageOf(name) {
    var match = pattern.exec(name || "");
    return match ? match[1] : null;
  }

  function mark(element) {
    var language = languageOf(element.getAttribute("name"));
    if (!language) {
      return;
    }
    element.setAttribute("dir", "rtl");
    element.setAttribute("lang", language);
    // Draftail's editable area lives beside its hidden input, inside the field wrapper.
    var wrapper = element.closest(".w-field__input") || element.parentElement;
    if (wrapper) {
      wrapper.setAttribute("dir", "rtl");
      wrapper.setAttribute("lang", language);
    }
  }

  function markAll(root) {
    if (root.matches && root.matches("input[name], textarea[name]")) {
      mark(root);
    }
    if (root.querySelectorAll) {
      root.querySelectorAll("input[name], textarea[name]").forEach(mark);
    }
  }

  function start() {
    markAll(document);
    new MutationObserver(function (mutations) {
      mutations.forEach(function (mutation) {
        mutation.addedNodes.forEach(markAll);
      });
    }).observe(document.body, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
