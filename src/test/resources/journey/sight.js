// What a person sees on a page of UniRegion, recorded by the journeys' browser on every page load and after every
// htmx swap (installed into each new document before the page's own scripts). Each check appends one report to
// sessionStorage, which survives navigation within the tab; Sight.java reads the reports and applies the rules.
// The script only gathers: the language rules (allow-lists) live in Java.
(function () {
  if (window.__uniregionSight) { return; }
  var KEY = 'uniregion.sight';
  var HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
  var LATIN = /[A-Za-z]/;

  // A short path to an element: tag, id and classes up to the nearest ancestor with an id.
  function path(el) {
    var parts = [];
    for (var e = el; e && e.nodeType === 1 && parts.length < 8; e = e.parentElement) {
      var p = e.tagName.toLowerCase();
      if (e.id) { parts.unshift(p + '#' + e.id); break; }
      if (e.classList.length) { p += '.' + Array.prototype.join.call(e.classList, '.'); }
      parts.unshift(p);
    }
    return parts.join(' > ');
  }

  // Where the element's box lies, and whether a person could see it there.
  function box(el) {
    var r = el.getBoundingClientRect();
    var s = getComputedStyle(el);
    var docW = Math.max(document.documentElement.scrollWidth, window.innerWidth);
    var docH = Math.max(document.documentElement.scrollHeight, window.innerHeight);
    var left = r.left + window.scrollX, top = r.top + window.scrollY;
    return {
      rendered: el.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
      area: r.width * r.height,
      offPage: left + r.width <= 0 || top + r.height <= 0 || left >= docW || top >= docH,
      clipped: s.clip === 'rect(0px, 0px, 0px, 0px)' || /inset\(50%/.test(s.clipPath),
      rect: [Math.round(left), Math.round(top), Math.round(r.width), Math.round(r.height)]
    };
  }

  function visible(b) { return b.rendered && b.area > 1 && !b.offPage && !b.clipped; }

  // Seen now, or seen on opening the closed disclosure (<details>) the element is in: one click away.
  function seen(el) {
    if (visible(box(el))) { return true; }
    var closed = el.closest('details:not([open])');
    if (!closed || el.closest('summary') || !seen(closed)) { return false; }
    for (var e = el; e !== closed; e = e.parentElement) {
      var s = getComputedStyle(e);
      if (s.display === 'none' || s.visibility === 'hidden' || e.hidden) { return false; }
    }
    return true;
  }

  // Read when a check runs: this script runs before the page's <html> element exists.
  var pageLang = '';
  var wrongScript = HAN;

  // User data (record titles, names, typed text) and text marked as another language are not labels of the page.
  // An element marked data-user-content="" holds data only; one marked data-user-content="value" is a label that
  // embeds that value (e.g. "Welcome, staff"), and only the value is data.
  function data(el) {
    var marked = el.closest('[data-user-content]');
    if ((marked && !marked.getAttribute('data-user-content')) || el.closest('script, style, template, noscript, datalist')) { return true; }
    var tagged = el.closest('[lang]');
    return tagged !== null && tagged.getAttribute('lang') !== pageLang;
  }

  function withoutData(el, text) {
    var marked = el.closest('[data-user-content]');
    return marked ? text.split(marked.getAttribute('data-user-content')).join(' ') : text;
  }

  function texts() {
    var out = [];
    function add(el, kind, text) {
      text = withoutData(el, text || '').replace(/\s+/g, ' ').trim();
      if (text && wrongScript.test(text)) {
        out.push({ path: path(el), kind: kind, text: text, hint: kind === 'placeholder' || el.closest('.hint') !== null });
      }
    }
    var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (var n = walker.nextNode(); n; n = walker.nextNode()) {
      var el = n.parentElement;
      if (el && n.nodeValue.trim() && wrongScript.test(n.nodeValue) && !data(el) && seen(el)) { add(el, 'text', n.nodeValue); }
    }
    document.body.querySelectorAll('[placeholder], [title], [aria-label], [alt], input[type=submit], input[type=button], select')
      .forEach(function (el) {
        if (data(el) || !seen(el)) { return; }
        ['placeholder', 'title', 'aria-label', 'alt'].forEach(function (a) { if (el.hasAttribute(a)) { add(el, a, el.getAttribute(a)); } });
        if (el.matches('input[type=submit], input[type=button]')) { add(el, 'value', el.value); } // not typed values
        if (el.tagName === 'SELECT') {
          Array.prototype.forEach.call(el.options, function (o) { if (!data(o)) { add(o, 'option', o.label || o.text); } });
        }
      });
    return out;
  }

  // Fields and regions that must stay hidden: the honeypots and everything marked hidden. A person can neither
  // see them nor reach them with Tab.
  function hiddenFields() {
    var out = [];
    document.querySelectorAll('.hp, .hp *, [hidden], [hidden] *').forEach(function (el) {
      var b = box(el);
      var focusable = el.matches('a[href], button, input, select, textarea, summary, [tabindex]') && !el.disabled;
      var tabbable = focusable && b.rendered && el.tabIndex >= 0;
      if (visible(b) || tabbable) {
        out.push({ path: path(el), visible: visible(b), tabbable: tabbable, rect: b.rect });
      }
    });
    return out;
  }

  // Things a page must render once: ids, landmarks by their name, headings outside user data.
  function duplicates() {
    var counts = {};
    function count(key) { counts[key] = (counts[key] || 0) + 1; }
    document.querySelectorAll('[id]').forEach(function (el) { count('id ' + el.id); });
    document.querySelectorAll('header, footer, main, nav, aside, form[role=search], [role=region], section[aria-label], section[aria-labelledby]')
      .forEach(function (el) {
        if (!el.checkVisibility()) { return; }
        var name = el.getAttribute('aria-label') || '';
        var by = el.getAttribute('aria-labelledby');
        if (by && document.getElementById(by)) { name = document.getElementById(by).textContent.trim(); }
        var role = el.getAttribute('role') || el.tagName.toLowerCase();
        if (role === 'header' || role === 'footer') { if (el.parentElement !== document.body) { return; } }
        count('landmark ' + role + (name ? ' "' + name + '"' : ''));
      });
    document.querySelectorAll('h1, h2, h3').forEach(function (h) {
      if (!h.closest('[data-user-content]') && !h.querySelector('[data-user-content]') && h.checkVisibility()) { count(h.tagName.toLowerCase() + ' "' + h.textContent.replace(/\s+/g, ' ').trim() + '"'); }
    });
    var h1 = document.querySelectorAll('h1').length;
    var out = [];
    Object.keys(counts).forEach(function (k) { if (counts[k] > 1) { out.push(k + ' ×' + counts[k]); } });
    if (h1 !== 1) { out.push('h1 ×' + h1); }
    return out;
  }

  function check(reason) {
    if (!document.body || /^\/(swagger-ui|v3\/api-docs)/.test(location.pathname)) { return; }
    pageLang = document.documentElement.getAttribute('lang') || '';
    wrongScript = pageLang.indexOf('zh') === 0 ? LATIN : HAN;
    var report = { url: location.pathname + location.search, reason: reason, lang: pageLang };
    try {
      report.texts = texts();
      report.hidden = hiddenFields();
      report.duplicates = duplicates();
    }
    catch (e) {
      report.error = String(e);
    }
    var all = JSON.parse(sessionStorage.getItem(KEY) || '[]');
    all.push(report);
    sessionStorage.setItem(KEY, JSON.stringify(all));
  }

  window.__uniregionSight = check;
  window.addEventListener('load', function () { check('load'); });
  document.addEventListener('htmx:afterSettle', function () { check('htmx swap'); });
})();
