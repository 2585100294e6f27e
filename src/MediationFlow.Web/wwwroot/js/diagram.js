// Draws the workflow diagram on the case page. Mermaid is large (megabytes) and rural connections are
// slow, so it is fetched only when the reader opens the diagram; without JavaScript the Mermaid text
// stays readable as it is.
//
// The drawing is thousands of pixels wide: shown at its natural size in a page-wide frame it looked like an
// empty white box. It opens fitted to the frame's width, and the zoom buttons (real buttons, so keyboard and
// touch reach them) enlarge it, with the frame scrolling, never the page.
(function () {
  var details = document.getElementById('workflow-diagram');
  if (!details) { return; }
  var frame = details.querySelector('pre.mermaid');
  var zoom = details.querySelector('.diagram-zoom');
  var requested = false;
  var natural = 0;
  var scale = 1;
  var fitted = true;
  var step = 1.5;

  function fitScale() {
    var style = window.getComputedStyle(frame);
    var width = frame.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return Math.min(1, width / natural);
  }

  function show(nextScale) {
    var svg = frame.querySelector('svg');
    if (!svg || !natural) { return; }
    var fit = fitScale();
    // A frame not laid out yet has no width to fit to; the resize observer fits the drawing once it has one.
    if (!(fit > 0)) { return; }
    scale = Math.max(fit, Math.min(2, nextScale));
    fitted = scale === fit;
    svg.style.width = Math.floor(natural * scale) + 'px';
    svg.style.maxWidth = 'none';
    svg.style.height = 'auto';
    frame.setAttribute('data-zoom-scale', scale.toFixed(3));
  }

  function drawn() {
    var svg = frame.querySelector('svg');
    if (!svg) { return; }
    natural = svg.viewBox && svg.viewBox.baseVal && svg.viewBox.baseVal.width ? svg.viewBox.baseVal.width : svg.getBoundingClientRect().width;
    svg.removeAttribute('height');
    show(0);
    zoom.hidden = false;
    // The frame's width can change after drawing (a scroll bar appears, a phone is turned, the window narrows):
    // a fitted drawing follows it.
    new ResizeObserver(function () { if (fitted) { show(0); } }).observe(frame);
  }

  function draw() {
    window.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', state: { useMaxWidth: false } });
    window.mermaid.run({ nodes: [frame] }).then(drawn);
  }

  function load() {
    if (requested) { return; }
    requested = true;
    var script = document.createElement('script');
    script.src = '/lib/mermaid/mermaid.min.js';
    script.onload = draw;
    document.head.appendChild(script);
  }

  zoom.addEventListener('click', function (event) {
    var button = event.target.closest('button[data-zoom]');
    if (!button) { return; }
    var how = button.getAttribute('data-zoom');
    show(how === 'in' ? scale * step : how === 'out' ? scale / step : 0);
  });

  if (details.open) { load(); }
  details.addEventListener('toggle', function () { if (details.open) { load(); } });
})();
