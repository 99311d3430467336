// One-click copy of a journal hand-off text (journalunderlag). The text is also selectable by hand.
document.addEventListener('click', function (event) {
  var button = event.target.closest('button[data-copy]');
  if (!button) { return; }
  var source = document.getElementById(button.getAttribute('data-copy'));
  var status = document.getElementById(button.getAttribute('data-status'));
  var text = source.value !== undefined ? source.value : source.textContent;
  function done(ok) {
    if (status) { status.textContent = ok ? 'Kopierat till urklipp.' : 'Kunde inte kopiera: markera texten och kopiera med Ctrl+C.'; }
  }
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(text).then(function () { done(true); }, function () { done(false); });
  } else {
    source.focus();
    source.select();
    var ok = false;
    try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
    done(ok);
  }
});
