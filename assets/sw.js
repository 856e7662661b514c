// OTS Atlas offline copy: a service worker. build-previews writes it into dist/sw.js with this
// build's files in place of the two markers below (src/bin/build_previews/offline.rs); the app
// registers it a few seconds after the map is ready (src/ui/offline.rs).
//
// - Files whose names carry Trunk's content hash never change: from the cache first.
// - The page, the data and the language files: from the network first, so a new build or
//   new data shows at once; from the cache when the network fails (offline).
// - Every successful answer is kept, so a language or view used once works offline too.
// A new build has a new version: its cache replaces the old one.
'use strict';

const VERSION = '__OTS_ATLAS_VERSION__';
const PRECACHE = __OTS_ATLAS_FILES__;
const CACHE = `ots-atlas-${VERSION}`;
const HASHED = /-[0-9a-f]{10,16}(_bg)?\.(js|wasm|css|svg)$/;
// The page, whatever its query: `?country=KAZ` is the same index.html.
const PAGE = new URL('./', self.location).href;
const PAGE_PATH = new URL('./', self.location).pathname;

/** True for a navigation to the app's own page (its path, or that path plus index.html). */
function isAppPage(url) {
  return url.pathname === PAGE_PATH || url.pathname === `${PAGE_PATH}index.html`;
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('ots-atlas-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

/** The cache key of a request: the page for every navigation, else the address. */
function keyOf(request) {
  return request.mode === 'navigate' ? PAGE : request.url;
}

/** From the network; a successful answer is also kept (the worker stays alive for it). */
async function fetchAndKeep(event) {
  const request = event.request;
  const response = await fetch(request);
  const isPage = request.mode === 'navigate';
  const html = (response.headers.get('content-type') || '').startsWith('text/html');
  if (response.ok && response.type === 'basic' && (!isPage || html)) {
    const copy = response.clone();
    const kept = caches.open(CACHE).then((cache) => cache.put(keyOf(request), copy));
    try {
      event.waitUntil(kept);
    } catch {
      // The event is over (the answer was given): the copy is still written.
    }
  }
  return response;
}

async function fromCache(request) {
  const hit = await caches.match(keyOf(request), { cacheName: CACHE, ignoreSearch: request.mode === 'navigate' });
  if (hit) return hit;
  throw new Error(`offline and not in the offline copy: ${request.url}`);
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  // Other sites, other methods, and the link-preview pages (they forward to the map) are
  // left to the browser; so is any navigation that is not the app's page (a data file or
  // embed.js opened in a tab must not replace the offline copy of the app).
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.includes('/share/')) return;
  if (request.mode === 'navigate' && !isAppPage(url)) return;
  // The version the server holds now: always from the network, never kept.
  if (url.pathname.endsWith('/version.json')) return;
  if (HASHED.test(url.pathname)) {
    event.respondWith(caches.match(request, { cacheName: CACHE }).then((hit) => hit || fetchAndKeep(event)));
  } else {
    event.respondWith(fetchAndKeep(event).catch(() => fromCache(request)));
  }
});
