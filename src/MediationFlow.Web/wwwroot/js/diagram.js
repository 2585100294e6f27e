// Draws the workflow diagram on the case page. Mermaid is large (megabytes) and rural connections are
// slow, so it is fetched only when the reader opens the diagram; without JavaScript the Mermaid text
// stays readable as it is.
(function () {
  var details = document.getElementById('workflow-diagram');
  if (!details) { return; }
  var requested = false;

  function draw() {
    window.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
    window.mermaid.run({ nodes: details.querySelectorAll('pre.mermaid') });
  }

  function load() {
    if (requested) { return; }
    requested = true;
    var script = document.createElement('script');
    script.src = '/lib/mermaid/mermaid.min.js';
    script.onload = draw;
    document.head.appendChild(script);
  }

  if (details.open) { load(); }
  details.addEventListener('toggle', function () { if (details.open) { load(); } });
})();
