// The webview's one script: a click on a case id (or Enter/Space on it, as on any link) asks the
// extension to open its file; the scroll position survives the panel being rebuilt. Event
// delegation, so the markup needs no handlers.
export const WEBVIEW_SCRIPT = `(function () {
  var vscode = acquireVsCodeApi();
  var state = vscode.getState();
  if (state && typeof state.scrollY === 'number') window.scrollTo(0, state.scrollY);
  function caseOf(event) {
    return event.target instanceof Element ? event.target.closest('[data-open]') : null;
  }
  document.addEventListener('click', function (event) {
    var target = caseOf(event);
    if (!target) return;
    event.preventDefault();
    vscode.postMessage({ open: target.getAttribute('data-open') });
  });
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    var target = caseOf(event);
    if (!target) return;
    // Space would scroll the page.
    event.preventDefault();
    vscode.postMessage({ open: target.getAttribute('data-open') });
  });
  var pending = false;
  window.addEventListener('scroll', function () {
    if (pending) return;
    pending = true;
    requestAnimationFrame(function () {
      pending = false;
      vscode.setState({ scrollY: window.scrollY });
    });
  }, { passive: true });
})();`;
