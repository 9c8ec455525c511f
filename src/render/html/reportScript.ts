/**
 * The report's only script (progressive enhancement; the page reads fine without it): Escape hides the
 * open tooltip until the pointer moves or focus changes (WCAG 1.4.13), a speaker button in the sidebar fades
 * every other speaker's quotes in that article, and the toolbar checkbox shows entity marks. Static, so the
 * Content-Security-Policy can allow it by hash.
 */
export const REPORT_SCRIPT = `
(function () {
  'use strict';
  var body = document.body;
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') body.classList.add('tips-off');
  });
  function tipsOn() { body.classList.remove('tips-off'); }
  document.addEventListener('mousemove', tipsOn);
  document.addEventListener('focusin', tipsOn);
  document.querySelectorAll('.speaker-filter').forEach(function (button) {
    button.addEventListener('click', function () {
      var article = button.closest('.article');
      var pressed = button.getAttribute('aria-pressed') !== 'true';
      article.querySelectorAll('.speaker-filter').forEach(function (b) { b.setAttribute('aria-pressed', 'false'); });
      button.setAttribute('aria-pressed', String(pressed));
      var who = button.getAttribute('data-s');
      article.querySelectorAll('.q').forEach(function (q) {
        q.classList.toggle('faded', pressed && q.getAttribute('data-s') !== who);
      });
    });
  });
  document.querySelectorAll('.toggle-ents').forEach(function (box) {
    box.addEventListener('change', function () {
      box.closest('.article').classList.toggle('marks-on', box.checked);
    });
  });
})();
`.trim()
