// Keeps a running workshop's page current while the trainer works in it. Reloading the page (as it once did
// every 30 s) wiped whatever was being typed into its forms, so only the regions marked data-live (the clock
// and the teams' table) are replaced, from the page's Status handler; no form field is touched. Without
// JavaScript the "update now" link reloads the page.
(function () {
  var control = document.querySelector('[data-live-source]');
  if (!control || !window.fetch || !window.DOMParser) { return; }
  var source = control.getAttribute('data-live-source');
  var seconds = parseInt(control.getAttribute('data-live-seconds'), 10) || 30;
  var updates = 0;
  var pending = null;

  function replaceRegions(html) {
    var fresh = new DOMParser().parseFromString(html, 'text/html');
    fresh.querySelectorAll('[data-live][id]').forEach(function (region) {
      var shown = document.getElementById(region.id);
      if (shown) { shown.replaceWith(document.importNode(region, true)); }
    });
    updates += 1;
    control.setAttribute('data-live-updates', String(updates));
  }

  function update() {
    if (pending) { return pending; }
    pending = fetch(source, { credentials: 'same-origin', headers: { Accept: 'text/html' } })
      .then(function (response) {
        if (!response.ok) { throw new Error('status ' + response.status); }
        return response.text();
      })
      .then(replaceRegions)
      // A lost connection keeps the last view; the next round tries again.
      .catch(function () { })
      .then(function () { pending = null; });
    return pending;
  }

  window.setInterval(update, seconds * 1000);
  control.querySelector('.live-hint').hidden = false;
  control.querySelector('[data-action="refresh"]').addEventListener('click', function (event) {
    event.preventDefault();
    update();
  });
})();
