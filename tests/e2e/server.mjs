// A tiny static file server for the built app (dist/), with no dependencies.
//
//   import { startServer } from './server.mjs';
//   const { url, close } = await startServer({ root: 'dist', port: 0 });
//
//   node tests/e2e/server.mjs [root=dist] [port=8081] [--compress]
//
// `/` serves index.html; a missing file is a 404 (there is no SPA fallback). When the
// browser accepts it, a precompressed `file.br` / `file.gz` next to the file is
// served instead; with `compress: true` other text and wasm files are compressed on
// the fly (brotli, else gzip). Every response says `Cache-Control: no-store`.

import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import zlib from 'node:zlib';

export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.geojson', '.wasm', '.svg', '.txt']);

async function fileStat(file) {
  try {
    const s = await stat(file);
    return s.isFile() ? s : null;
  } catch {
    return null;
  }
}

/** Maps a request path to a file under `root`, or null if it would escape it. */
function resolvePath(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  if (decoded.endsWith('/')) decoded += 'index.html';
  const file = path.join(root, path.normalize(decoded));
  return file === root || file.startsWith(root + path.sep) ? file : null;
}

/** Picks the response encoding: precompressed file first, then on-the-fly if enabled. */
async function chooseEncoding(file, ext, acceptEncoding, compress) {
  const accepts = (name) => new RegExp(`\\b${name}\\b`).test(acceptEncoding);
  for (const [name, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
    if (!accepts(name)) continue;
    const s = await fileStat(file + suffix);
    if (s) return { encoding: name, file: file + suffix, size: s.size };
  }
  if (compress && COMPRESSIBLE.has(ext)) {
    if (accepts('br')) return { encoding: 'br', transform: () => zlib.createBrotliCompress() };
    if (accepts('gzip')) return { encoding: 'gzip', transform: () => zlib.createGzip() };
  }
  return null;
}

async function handle(root, compress, req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const { pathname } = new URL(req.url, 'http://localhost');
  const file = resolvePath(root, pathname);
  const stats = file && (await fileStat(file));
  if (!stats) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : `404 Not Found: ${pathname}\n`);
    return;
  }
  const ext = path.extname(file).toLowerCase();
  const headers = {
    'Content-Type': MIME_TYPES[ext] ?? 'application/octet-stream',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  };
  const encoded = await chooseEncoding(file, ext, String(req.headers['accept-encoding'] ?? ''), compress);
  if (encoded) {
    headers['Content-Encoding'] = encoded.encoding;
    headers.Vary = 'Accept-Encoding';
  }
  if (encoded?.size !== undefined) headers['Content-Length'] = encoded.size;
  else if (!encoded) headers['Content-Length'] = stats.size;
  res.writeHead(200, headers);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const body = createReadStream(encoded?.file ?? file);
  const out = encoded?.transform ? body.pipe(encoded.transform()) : body;
  out.on('error', () => res.destroy());
  out.pipe(res);
}

/**
 * Starts the server. `port: 0` picks a free port.
 * @returns {Promise<{url: string, port: number, close: () => Promise<void>}>}
 */
export async function startServer({ root = 'dist', port = 0, host = '127.0.0.1', compress = false } = {}) {
  const absRoot = path.resolve(root);
  const server = createServer((req, res) => {
    handle(absRoot, compress, req, res).catch((err) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(`500 ${err.message}\n`);
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const actual = server.address().port;
  return {
    url: `http://${host}:${actual}`,
    port: actual,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections?.();
      }),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const compress = args.includes('--compress');
  const [root = 'dist', port = '8081'] = args.filter((a) => !a.startsWith('--'));
  const { url } = await startServer({ root, port: Number(port), compress });
  console.log(`Serving ${path.resolve(root)} at ${url}/${compress ? ' (compressed)' : ''}`);
}
