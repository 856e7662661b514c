#!/usr/bin/env node
// Writes `file.gz` (gzip -9) and `file.br` (brotli quality 11) next to every text and
// Wasm file of a built site, for servers that send precompressed files as they are:
// nginx `gzip_static on` / `brotli_static on` (deploy/nginx.conf) and
// tests/e2e/server.mjs. Only node:zlib, no dependencies.
//
//   node scripts/precompress.mjs [DIR=dist] [--force] [--quiet]
//
// A compressed copy is written only when it is smaller than the file (otherwise any stale
// copy is removed, so a server never sends a bigger "compressed" file). The copies take the
// file's modification time: nginx derives Last-Modified and ETag from them, and a second
// run skips files whose copies are already up to date (--force rewrites them all).
//
//   import { precompressDir } from './scripts/precompress.mjs';
//   const { files } = await precompressDir('dist');  // [{ file, raw, gzip, brotli }]

import { readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

/** Extensions worth compressing (images such as .png are compressed already). */
export const COMPRESSIBLE = new Set([
  '.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.geojson', '.wasm', '.svg', '.txt', '.xml', '.map', '.ico',
]);

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

/** gzip -9 of a buffer (what `gzip -9` and nginx's gzip_static would send). */
export function gzipBytes(bytes) {
  return gzip(bytes, { level: 9 });
}

/** Brotli at quality 11 (the maximum, as `brotli -q 11`). */
export function brotliBytes(bytes) {
  return brotli(bytes, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
}

async function* walk(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile() || entry.isSymbolicLink()) yield full;
  }
}

async function mtimeOf(file) {
  try {
    return (await stat(file)).mtimeMs;
  } catch {
    return null;
  }
}

/** Writes (or removes) one compressed copy; returns its size, or null when not kept. */
async function writeCopy(target, compressed, source) {
  if (compressed.length >= source.bytes.length) {
    await rm(target, { force: true });
    return null;
  }
  await writeFile(target, compressed);
  await utimes(target, source.stats.atimeMs / 1000, source.stats.mtimeMs / 1000);
  return compressed.length;
}

/** Compresses one file unless its copies are up to date. */
export async function precompressFile(file, { force = false } = {}) {
  const stats = await stat(file);
  const [gzTime, brTime] = await Promise.all([mtimeOf(`${file}.gz`), mtimeOf(`${file}.br`)]);
  const same = (t) => t !== null && Math.abs(t - stats.mtimeMs) < 1;
  if (!force && same(gzTime) && same(brTime)) {
    const [gz, br] = await Promise.all([stat(`${file}.gz`), stat(`${file}.br`)]);
    return { file, raw: stats.size, gzip: gz.size, brotli: br.size, skipped: true };
  }
  const bytes = await readFile(file);
  const source = { bytes, stats };
  const [gz, br] = await Promise.all([gzipBytes(bytes), brotliBytes(bytes)]);
  const [gzSize, brSize] = await Promise.all([
    writeCopy(`${file}.gz`, gz, source),
    writeCopy(`${file}.br`, br, source),
  ]);
  return { file, raw: bytes.length, gzip: gzSize, brotli: brSize, skipped: false };
}

/**
 * Precompresses every compressible file under `dir` (in parallel: zlib runs on libuv's
 * thread pool). Returns `{ files: [{ file (relative), raw, gzip, brotli, skipped }] }`;
 * `gzip`/`brotli` are null where the copy would not be smaller.
 */
export async function precompressDir(dir, { force = false } = {}) {
  const root = path.resolve(dir);
  const jobs = [];
  for await (const file of walk(root)) {
    if (COMPRESSIBLE.has(path.extname(file).toLowerCase())) jobs.push(precompressFile(file, { force }));
  }
  const files = (await Promise.all(jobs)).map((r) => ({ ...r, file: path.relative(root, r.file) }));
  files.sort((a, b) => a.file.localeCompare(b.file));
  return { root, files };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => a.startsWith('-') && !['--force', '--quiet'].includes(a));
  if (unknown.length) {
    console.error(`precompress: unknown option ${unknown[0]}\nusage: precompress.mjs [DIR=dist] [--force] [--quiet]`);
    process.exit(2);
  }
  const dir = args.find((a) => !a.startsWith('-')) ?? 'dist';
  const start = performance.now();
  const { root, files } = await precompressDir(dir, { force: args.includes('--force') });
  if (!args.includes('--quiet')) {
    const size = (n) => (n === null ? '-' : String(n));
    console.log(`${'file'.padEnd(44)} ${'raw'.padStart(9)} ${'gzip -9'.padStart(9)} ${'br 11'.padStart(9)}`);
    for (const f of files) {
      console.log(
        `${f.file.padEnd(44)} ${size(f.raw).padStart(9)} ${size(f.gzip).padStart(9)} ${size(f.brotli).padStart(9)}${f.skipped ? '  (up to date)' : ''}`,
      );
    }
  }
  const written = files.filter((f) => !f.skipped).length;
  console.log(
    `precompress: ${files.length} files in ${root} (${written} compressed, ${files.length - written} up to date) in ${((performance.now() - start) / 1000).toFixed(1)} s`,
  );
}
