#!/usr/bin/env node
// Builds the benchmark's peer: a small page doing the map's job with Leaflet and the
// Natural Earth 50m countries as GeoJSON (OTS colours, hover highlight with the name,
// click → a panel with the country's name and status, pan and zoom). scripts/bench.sh
// runs it into a temporary directory; bench/bench.mjs measures it next to the app.
//
//   node bench/peer/build.mjs OUT_DIR [--digits N|full]
//
// Needs `npm ci --prefix bench/peer` (scripts/bench.sh runs it): the versions are pinned
// in bench/peer/package.json and package-lock.json. No network: the GeoJSON is derived
// here from world-atlas's `countries-50m.json` (Natural Earth 1:50m admin-0 countries as
// TopoJSON, the source of scripts/build-geometry.sh) with topojson-client's `feature`,
// coordinates rounded to 6 decimals (0.1 m; the TopoJSON's grid is about 400 m, so
// nothing is lost, and the file is smaller than the 15-17 digits the dequantisation
// prints; `--digits full` keeps those, `--digits N` rounds to N). Every feature gets the three-letter code the app uses, assigned as
// src/bin/build_geometry/codes.rs does (CLDR's ISO numeric → alpha-3, a few by name).
// Files written: index.html, peer.js (with the OTS statuses of public/data/countries.json
// filled in), peer.css, leaflet.js, leaflet.css, countries.geojson, and build.json (what
// was built, for the report; the page does not load it).

import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(HERE, '../..');
const require = createRequire(path.join(HERE, 'package.json'));

/** Features without a usable numeric id, by their Natural Earth name (codes.rs's ASSIGNED). */
const ASSIGNED = {
  'N. Cyprus': { id: undefined, code: 'CYN' },
  Kosovo: { id: undefined, code: 'XKX' },
  Somaliland: { id: undefined, code: 'SOL' },
  'Indian Ocean Ter.': { id: undefined, code: 'IOA' },
  'Siachen Glacier': { id: undefined, code: 'KAS' },
  'Ashmore and Cartier Is.': { id: '036', code: 'ATC' },
};

const readJson = async (file) => JSON.parse(await readFile(file, 'utf8'));
const pkgFile = (name, rel) => path.join(path.dirname(require.resolve(`${name}/package.json`)), rel);

/** ISO numeric → alpha-3 of the current (not aliased) CLDR territories. */
async function numericToAlpha3() {
  const supplemental = pkgFile('cldr-core', 'supplemental');
  const mappings = (await readJson(path.join(supplemental, 'codeMappings.json'))).supplemental.codeMappings;
  const aliases = (await readJson(path.join(supplemental, 'aliases.json'))).supplemental.metadata.alias.territoryAlias;
  const byNumeric = new Map();
  for (const [key, entry] of Object.entries(mappings)) {
    if (!/^[A-Z]{2}$/.test(key) || key in aliases || !entry._numeric || !entry._alpha3) continue;
    byNumeric.set(entry._numeric, [...(byNumeric.get(entry._numeric) ?? []), entry._alpha3]);
  }
  return byNumeric;
}

/** Rounds every coordinate of a geometry to `scale` (10^decimals), in place. */
function round(coords, scale) {
  if (typeof coords[0] === 'number') {
    for (let i = 0; i < coords.length; i++) coords[i] = Math.round(coords[i] * scale) / scale;
  } else {
    for (const c of coords) round(c, scale);
  }
}

/** `digits`: decimals kept in the coordinates, or null to keep them as dequantised. */
export async function buildPeer(out, { digits = 6 } = {}) {
  const { feature } = require('topojson-client');
  const topology = await readJson(pkgFile('world-atlas', 'countries-50m.json'));
  const byNumeric = await numericToAlpha3();
  const collection = feature(topology, topology.objects.countries);
  const problems = [];
  const seen = new Set();
  const features = [];
  for (const f of collection.features) {
    const name = f.properties?.name;
    let code;
    if (name in ASSIGNED) {
      code = ASSIGNED[name].code;
    } else {
      const codes = byNumeric.get(f.id) ?? [];
      if (codes.length !== 1) problems.push(`${name} (id ${f.id}): ${codes.length} CLDR codes`);
      code = codes[0];
    }
    if (!code) continue;
    if (seen.has(code)) problems.push(`${name}: code ${code} twice`);
    seen.add(code);
    if (f.geometry && digits !== null) round(f.geometry.coordinates, 10 ** digits);
    features.push({ type: 'Feature', id: code, properties: { name }, geometry: f.geometry });
  }
  if (problems.length) throw new Error(`peer: cannot assign codes:\n  ${problems.join('\n  ')}`);

  const countries = (await readJson(path.join(REPO_ROOT, 'public/data/countries.json'))).countries;
  const ots = Object.fromEntries(
    countries.filter((c) => ['member', 'observer'].includes(c.membership?.status)).map((c) => [c.code, c.membership.status]),
  );

  await mkdir(out, { recursive: true });
  const geojson = `${JSON.stringify({ type: 'FeatureCollection', features })}\n`;
  await writeFile(path.join(out, 'countries.geojson'), geojson);
  const js = (await readFile(path.join(HERE, 'peer.js'), 'utf8')).replace('/* OTS */ {}', JSON.stringify(ots));
  await writeFile(path.join(out, 'peer.js'), js);
  for (const file of ['index.html', 'peer.css']) await copyFile(path.join(HERE, file), path.join(out, file));
  for (const file of ['leaflet.js', 'leaflet.css']) await copyFile(pkgFile('leaflet', `dist/${file}`), path.join(out, file));
  const leaflet = (await readJson(pkgFile('leaflet', 'package.json'))).version;
  const versions = {};
  for (const name of ['leaflet', 'world-atlas', 'topojson-client', 'cldr-core']) versions[name] = (await readJson(pkgFile(name, 'package.json'))).version;
  const info = { leaflet, versions, features: features.length, geojsonBytes: Buffer.byteLength(geojson), digits, ots };
  await writeFile(path.join(out, 'build.json'), `${JSON.stringify(info, null, 1)}\n`);
  return { out, ...info };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [out, flag, value] = process.argv.slice(2);
  const digits = flag === '--digits' ? (value === 'full' ? null : Number(value)) : 6;
  if (!out || (flag !== undefined && flag !== '--digits') || (digits !== null && !(Number.isInteger(digits) && digits >= 0 && digits <= 15))) {
    console.error('usage: node bench/peer/build.mjs OUT_DIR [--digits N|full]');
    process.exit(2);
  }
  buildPeer(path.resolve(out), { digits }).then(
    (r) => console.error(`peer: Leaflet ${r.leaflet}, ${r.features} countries (${(r.geojsonBytes / 1024).toFixed(0)} KB of GeoJSON, coordinates ${r.digits === null ? 'as dequantised' : `rounded to ${r.digits} decimals`}) in ${r.out}`),
    (err) => {
      console.error(err.stack ?? String(err));
      process.exit(1);
    },
  );
}
