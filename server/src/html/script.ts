// The webview's one script: a click on a case id asks the extension to open its file; the scroll
// position survives the panel being rebuilt. Event delegation, so the markup needs no handlers.
export const WEBVIEW_SCRIPT = `(function () {
  var vscode = acquireVsCodeApi();
  var state = vscode.getState();
  if (state && typeof state.scrollY === 'number') window.scrollTo(0, state.scrollY);
  document.addEventListener('click', function (event) {
    var target = event.target instanceof Element ? event.target.closest('[data-open]') : null;
    if (!target) return;
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
