/* OTS Atlas embed helper. Include it once on a page that embeds the map:
 *   <script src="https://…/embed.js" async></script>
 * Every OTS Atlas <iframe> on the page then takes the height its map reports, so the
 * whole map and panel show without inner scrolling. Several embeds resize independently:
 * each message is matched to the iframe that sent it. Messages from other origins are
 * ignored. */
(function () {
  'use strict';
  if (window.__otsAtlasEmbed) return;
  window.__otsAtlasEmbed = true;
  var script = document.currentScript;
  var atlasOrigin = script && script.src ? new URL(script.src, window.location.href).origin : null;
  var MIN_HEIGHT = 200;
  var MAX_HEIGHT = 4000;

  window.addEventListener('message', function (event) {
    if (atlasOrigin && event.origin !== atlasOrigin) return;
    var data = event.data;
    if (!data || data.type !== 'ots-atlas:height' || typeof data.height !== 'number') return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i += 1) {
      if (frames[i].contentWindow === event.source) {
        var height = Math.max(MIN_HEIGHT, Math.min(MAX_HEIGHT, Math.ceil(data.height)));
        frames[i].style.height = height + 'px';
        frames[i].setAttribute('height', String(height));
        frames[i].setAttribute('data-ots-atlas-height', String(height));
      }
    }
  });
})();
