/* wagtail-modeltranslation's editor settings, read from this script's data attribute (CSP). */
window.wagtailModelTranslations = JSON.parse(document.currentScript.dataset.settings);
