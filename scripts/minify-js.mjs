#!/usr/bin/env node
// Minifies the JavaScript glue wasm-bindgen wrote for a release build (ots-atlas-<hash>.js,
// 64 KB as written, about 29 KB minified: 1.9 KB less with brotli on the first load) and
// puts its new Subresource Integrity hash into index.html, in place of the one Trunk
// computed. Trunk's own minifier cannot parse this file, and minifying the HTML would
// drop the comments build-share fills in, so Trunk's `minify` stays off.
//
//   node scripts/minify-js.mjs STAGING_DIR
//
// Trunk.toml's post_build hook runs it for release builds (TRUNK_PROFILE=release), after
// build-share. terser comes from .tools/ (scripts/setup.sh installs the pinned version).

import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** `sha384-<base64>`, as Trunk writes integrity attributes. */
export function integrity(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** index.html with the integrity of the element that loads `file` set to `value`. */
export function replaceIntegrity(html, file, value) {
  const escaped = file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const tag = new RegExp(`<link\\b[^>]*\\bhref="/?${escaped}"[^>]*>`, 'g');
  let found = 0;
  const out = html.replace(tag, (element) => {
    found += 1;
    return element.replace(/\bintegrity="[^"]*"/, `integrity="${value}"`);
  });
  return { html: out, found };
}

async function main(dir) {
  if (!dir) throw new Error('usage: node scripts/minify-js.mjs STAGING_DIR');
  const { minify } = createRequire(path.join(ROOT, '.tools', 'noop.js'))('terser');
  const glue = (await readdir(dir)).filter((f) => /^ots-atlas-[0-9a-f]+\.js$/.test(f));
  if (glue.length !== 1) throw new Error(`expected one ots-atlas-<hash>.js in ${dir}, found ${glue.length}`);
  const file = glue[0];
  const source = await readFile(path.join(dir, file), 'utf8');
  const result = await minify(source, {
    module: true,
    compress: { passes: 2 },
    mangle: true,
    format: { comments: false },
  });
  if (!result.code) throw new Error(`terser returned nothing for ${file}`);
  await writeFile(path.join(dir, file), result.code);
  const indexPath = path.join(dir, 'index.html');
  const { html, found } = replaceIntegrity(await readFile(indexPath, 'utf8'), file, integrity(result.code));
  if (found === 0) throw new Error(`index.html has no <link> for ${file}`);
  await writeFile(indexPath, html);
  console.log(`minify-js: ${file} ${source.length} -> ${result.code.length} bytes`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv[2]).catch((err) => {
    console.error(`minify-js: ${err.message}`);
    process.exit(1);
  });
}
