// The link is on the page already; where the clipboard is available, a button copies it in one press.
document.querySelectorAll('button.copy').forEach(function (button) {
  if (!navigator.clipboard) return;
  var status = button.nextElementSibling;
  button.hidden = false;
  button.addEventListener('click', function () {
    navigator.clipboard.writeText(button.dataset.url).then(
      function () { status.textContent = button.dataset.copied; },
      function () { status.textContent = button.dataset.failed; });
  });
});
