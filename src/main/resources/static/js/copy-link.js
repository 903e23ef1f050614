// The link is on the page already; a button copies it in one press: through the Clipboard API where the page may
// use it (https, localhost), else by selecting the link's text and asking the browser to copy the selection.
document.querySelectorAll('button.copy').forEach(function (button) {
  var status = button.nextElementSibling;
  button.hidden = false;
  function copied(ok) {
    status.textContent = ok ? button.dataset.copied : button.dataset.failed;
  }
  function copyBySelection() {
    var field = document.createElement('textarea');
    field.value = button.dataset.url;
    field.setAttribute('readonly', '');
    field.className = 'visually-hidden';
    document.body.appendChild(field);
    field.select();
    var ok = false;
    try {
      ok = document.execCommand('copy');
    } catch (e) {
      ok = false;
    }
    document.body.removeChild(field);
    copied(ok);
  }
  button.addEventListener('click', function () {
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(button.dataset.url).then(function () { copied(true); }, copyBySelection);
    } else {
      copyBySelection();
    }
  });
});
