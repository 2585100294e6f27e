// Draws the workflow diagram on the case page. Mermaid is large (megabytes) and rural connections are
// slow, so it is fetched only when the reader opens the diagram; without JavaScript the Mermaid text
// stays readable as it is.
(function () {
  var details = document.getElementById('workflow-diagram');
  if (!details) { return; }
  var requested = false;

  function draw() {
    // Natural size, scrolled sideways inside its box: shrunk to a phone's width the labels are unreadable.
    window.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', state: { useMaxWidth: false } });
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
