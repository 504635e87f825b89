// Sends the CSRF token with every htmx request, and confirms destructive actions marked data-confirm.
(function () {
  function csrf() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    return token && header ? { header: header.content, token: token.content } : null;
  }
  document.addEventListener('htmx:configRequest', function (e) {
    var c = csrf();
    if (c) { e.detail.headers[c.header] = c.token; }
  });
  document.addEventListener('submit', function (e) {
    var msg = e.target.getAttribute && e.target.getAttribute('data-confirm');
    if (msg && !window.confirm(msg)) { e.preventDefault(); }
  }, true);
  // Focus the first field with an error, so keyboard and screen-reader users land on it.
  document.addEventListener('DOMContentLoaded', function () {
    var invalid = document.querySelector('[aria-invalid="true"]');
    if (invalid) { invalid.focus(); }
  });
  // The navigation's disclosure menus: one open at a time; Escape or a click elsewhere closes them.
  function closeMenus(except) {
    document.querySelectorAll('nav.main-nav details.menu[open]').forEach(function (d) {
      if (d !== except) { d.removeAttribute('open'); }
    });
  }
  document.addEventListener('toggle', function (e) {
    var d = e.target;
    if (d.matches && d.matches('nav.main-nav details.menu') && d.open) { closeMenus(d); }
  }, true);
  document.addEventListener('click', function (e) {
    if (!e.target.closest || !e.target.closest('nav.main-nav details.menu')) { closeMenus(null); }
  });
  document.addEventListener('keydown', function (e) {
    if (e.key !== 'Escape') { return; }
    var open = document.activeElement && document.activeElement.closest && document.activeElement.closest('nav.main-nav details.menu[open]');
    closeMenus(null);
    if (open) { open.querySelector('summary').focus(); }
  });
})();
