/*
 * Sandbox form guard, loaded by every static page.
 *
 * Dossierhulp must never save or submit an ECD form. This script makes any attempt visible to tests:
 * - window.__sandboxSubmitted (boolean) and window.__sandboxSubmissions (list) record every save,
 *   whether by the submit event (button click, requestSubmit) or by form.submit() from the page's world;
 * - sessionStorage 'sandbox:submissions' keeps the same list across a navigation;
 * - a frame also reports to the top window, so a test on the outer page sees a save inside an iframe.
 * A form.submit() from an isolated world (a content script) bypasses the page's prototype and navigates to
 * the form's action, opgeslagen.html, which records the submission as well.
 * It also logs input/change events per field (window.__sandboxFieldEvents) so tests can check what a fill fired.
 */
(function () {
  'use strict';
  var STORE_KEY = 'sandbox:submissions';
  window.__sandboxSubmitted = false;
  window.__sandboxSubmissions = [];
  window.__sandboxCancelled = false;
  window.__sandboxFieldEvents = [];

  function remember(target, entry) {
    target.__sandboxSubmitted = true;
    (target.__sandboxSubmissions = target.__sandboxSubmissions || []).push(entry);
  }

  function showBanner(form) {
    var doc = form.ownerDocument;
    var banner = doc.querySelector('[data-testid="submitted-banner"]');
    if (!banner) {
      banner = doc.createElement('div');
      banner.className = 'submitted-banner';
      banner.setAttribute('role', 'status');
      banner.setAttribute('data-testid', 'submitted-banner');
      form.parentNode.insertBefore(banner, form);
    }
    banner.textContent =
      'Formulier opgeslagen om ' + new Date().toLocaleTimeString('nl-NL') +
      ' (oefenomgeving: in een echt ECD was dit nu definitief vastgelegd).';
  }

  function record(form, via) {
    var entry = {
      form: form.id || form.getAttribute('name') || '',
      via: via,
      page: location.pathname,
      at: new Date().toISOString(),
    };
    remember(window, entry);
    try {
      var list = JSON.parse(sessionStorage.getItem(STORE_KEY) || '[]');
      list.push(entry);
      sessionStorage.setItem(STORE_KEY, JSON.stringify(list));
    } catch (e) { /* storage may be blocked; the window flags still work */ }
    try {
      if (window.top && window.top !== window) remember(window.top, entry);
    } catch (e) { /* cross-origin parent: nothing to report to */ }
    showBanner(form);
  }

  document.addEventListener('submit', function (ev) {
    ev.preventDefault();
    record(ev.target, 'submit-event');
  }, true);

  HTMLFormElement.prototype.submit = function () {
    record(this, 'form.submit()');
  };

  document.addEventListener('reset', function () {
    window.__sandboxCancelled = true;
  }, true);

  function logField(ev) {
    var el = ev.target;
    if (!el || !el.getAttribute) return;
    var log = window.__sandboxFieldEvents;
    if (log.length >= 1000) log.shift();
    log.push({
      type: ev.type,
      field: el.id || el.getAttribute('name') || el.getAttribute('data-testid') || el.tagName.toLowerCase(),
      trusted: ev.isTrusted,
    });
  }
  document.addEventListener('input', logField, true);
  document.addEventListener('change', logField, true);
})();
