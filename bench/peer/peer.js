// The benchmark's peer (bench/peer/build.mjs): the map's job with Leaflet's own API, as
// its choropleth tutorial does it. Sets data-map-ready on <html> in the frame after the
// countries are on the map, as the app does.
'use strict';
const OTS = /* OTS */ {};
const COLOURS = {
  land: '#eceae4', landHover: '#d7d3c9', border: '#8a8f96',
  member: '#0b2e57', memberHover: '#1d4f8c', observer: '#c96a12', observerHover: '#e08a3a', memberBorder: '#ffffff',
};
const STATUS = { member: 'Member of the Organization of Turkic States', observer: 'Observer of the Organization of Turkic States' };

// zoomSnap 0.25: the region framed as closely as the app frames it (whole zoom levels
// would leave a phone at zoom 1, the whole world).
const map = L.map('map', { zoomSnap: 0.25 }).fitBounds([[34, 16], [56, 88]], { padding: [12, 12] });
map.attributionControl.addAttribution('Natural Earth');
const panel = document.querySelector('[data-testid=panel]');

function style(feature) {
  const status = OTS[feature.id];
  return {
    className: status ? `country country--${status}` : 'country',
    fillColor: status ? COLOURS[status] : COLOURS.land,
    fillOpacity: 1,
    color: status ? COLOURS.memberBorder : COLOURS.border,
    weight: status ? 1 : 0.5,
  };
}

function showPanel(feature) {
  panel.replaceChildren();
  const h2 = document.createElement('h2');
  h2.textContent = feature.properties.name;
  const p = document.createElement('p');
  p.textContent = STATUS[OTS[feature.id]] ?? 'Not a member of the Organization of Turkic States';
  const close = document.createElement('button');
  close.type = 'button';
  close.dataset.testid = 'panel-close';
  close.setAttribute('aria-label', 'Close');
  close.textContent = '×';
  close.addEventListener('click', () => {
    panel.hidden = true;
    panel.replaceChildren();
  });
  panel.append(h2, p, close);
  panel.hidden = false;
}

function tooltip(layer) {
  const el = document.createElement('span');
  el.dataset.testid = 'tooltip';
  el.textContent = layer.feature.properties.name;
  return el;
}

fetch('countries.geojson')
  .then((r) => r.json())
  .then((data) => {
    const countries = L.geoJSON(data, {
      style,
      onEachFeature(feature, layer) {
        layer.bindTooltip(tooltip, { sticky: true });
        layer.on({
          mouseover() {
            const status = OTS[feature.id];
            layer.setStyle({ fillColor: status ? COLOURS[`${status}Hover`] : COLOURS.landHover });
          },
          mouseout() {
            countries.resetStyle(layer);
          },
          click() {
            showPanel(feature);
          },
        });
      },
    }).addTo(map);
    countries.eachLayer((layer) => layer.getElement()?.setAttribute('data-code', layer.feature.id));
    requestAnimationFrame(() => document.documentElement.setAttribute('data-map-ready', ''));
  });
