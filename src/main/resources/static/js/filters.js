// On a narrow screen the filters start folded, so the first result is in view; without script they stay open.
if (window.matchMedia('(max-width: 48rem)').matches) {
  document.querySelectorAll('details.filters').forEach(function (filters) {
    filters.open = false;
  });
}
