/* OTS Atlas embed helper. Include it once on a page that embeds the map:
 *   <script src="https://…/embed.js" async></script>
 * Every OTS Atlas <iframe> on the page then takes the height its map reports, so the
 * whole map and panel show without inner scrolling. Several embeds resize independently:
 * each message is matched to the iframe that sent it. It fails closed: a message counts
 * only when it comes from the iframe it sizes and from that iframe's own origin (and, when
 * this script has an address, from the atlas's origin too); a height must be a finite
 * number and is kept within bounds. */
(function () {
  'use strict';
  // A guard that a page element with the same id (DOM clobbering) cannot set: an element
  // is never `=== true`.
  if (window.__otsAtlasEmbed === true) return;
  window.__otsAtlasEmbed = true;
  var script = document.currentScript;
  var atlasOrigin = script && script.src ? new URL(script.src, window.location.href).origin : null;
  var MIN_HEIGHT = 200;
  var MAX_HEIGHT = 4000;

  /** The origin of an iframe's address, or null when it has none that can be read. */
  function frameOrigin(frame) {
    try {
      return frame.src ? new URL(frame.src, window.location.href).origin : null;
    } catch (e) {
      return null;
    }
  }

  window.addEventListener('message', function (event) {
    if (atlasOrigin && event.origin !== atlasOrigin) return;
    var data = event.data;
    if (!data || data.type !== 'ots-atlas:height' || typeof data.height !== 'number' || !isFinite(data.height)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i += 1) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      // Without a script origin (inlined or bundled), the iframe's own address decides.
      if (frameOrigin(frame) !== event.origin) return;
      var height = Math.max(MIN_HEIGHT, Math.min(MAX_HEIGHT, Math.ceil(data.height)));
      frame.style.height = height + 'px';
      frame.setAttribute('height', String(height));
      frame.setAttribute('data-ots-atlas-height', String(height));
    }
  });
})();
