// The search box as an ARIA 1.2 combobox over /api/suggest. Without script the box is a plain search form.
(function () {
  var input = document.getElementById('q');
  var list = document.getElementById('q-suggestions');
  if (!input || !list || !input.dataset.suggest || !window.fetch) {
    return;
  }
  var options = [];
  var active = -1;
  var asked = 0;
  var timer = null;

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function highlight(index) {
    options.forEach(function (option, i) {
      option.setAttribute('aria-selected', i === index ? 'true' : 'false');
    });
    active = index;
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', options[index].id);
      options[index].scrollIntoView({block: 'nearest'});
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function choose(option) {
    input.value = option.dataset.text;
    close();
    input.form.submit();
  }

  function show(suggestions) {
    list.textContent = '';
    options = suggestions.map(function (suggestion, i) {
      var option = document.createElement('li');
      option.id = 'q-suggestion-' + i;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.setAttribute('lang', 'zh-CN');
      option.dataset.text = suggestion.text;
      var text = document.createElement('span');
      text.textContent = suggestion.text;
      var count = document.createElement('span');
      count.className = 'count';
      count.textContent = (input.dataset.countLabel || '{0}').replace('{0}', suggestion.count);
      option.appendChild(text);
      option.appendChild(count);
      // mousedown, not click: the box must not lose focus and close the list first
      option.addEventListener('mousedown', function (event) {
        event.preventDefault();
        choose(option);
      });
      list.appendChild(option);
      return option;
    });
    if (options.length === 0) {
      close();
      return;
    }
    active = -1;
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    input.removeAttribute('aria-activedescendant');
  }

  function ask() {
    var typed = input.value.trim();
    var ticket = ++asked;
    if (typed === '') {
      close();
      return;
    }
    fetch(input.dataset.suggest + '?q=' + encodeURIComponent(typed), {headers: {Accept: 'application/json'}})
      .then(function (response) { return response.ok ? response.json() : {suggestions: []}; })
      .then(function (body) {
        // an answer to an older keystroke must not replace a newer one
        if (ticket === asked) {
          show(body.suggestions || []);
        }
      })
      .catch(close);
  }

  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(ask, 120);
  });

  input.addEventListener('keydown', function (event) {
    var open = !list.hidden && options.length > 0;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (!open) {
        ask();
      } else {
        highlight(active + 1 >= options.length ? 0 : active + 1);
      }
    } else if (event.key === 'ArrowUp' && open) {
      event.preventDefault();
      highlight(active <= 0 ? options.length - 1 : active - 1);
    } else if (event.key === 'Enter' && open && active >= 0) {
      event.preventDefault();
      choose(options[active]);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      close();
    }
  });

  input.addEventListener('blur', close);
})();
