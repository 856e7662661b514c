#!/usr/bin/env node
// Minifies a release build's JavaScript, CSS and JSON in place and puts the new Subresource
// Integrity hashes into index.html, in place of the ones Trunk computed: the Wasm's
// imports get short names, in the Wasm and in the wasm-bindgen glue (246 names such as
// `__wbg_setAttribute_f75317b2b5cabfb4`: 5.8 KB less with brotli); the glue
// (ots-atlas-<hash>.js, 58 KB then, 22 KB minified by terser) and the stylesheets (*.css,
// comments and spaces dropped by clean-css, level 1) are minified, and the JSON of data/
// and i18n/ written without indentation. Together 9.6 KB less with brotli on the first
// load. index.html loses its explanatory comments (build-previews' markers stay) and its
// inline scripts are minified too (1.4 KB less with brotli). Trunk's own minifier cannot
// parse the glue, and would drop the comments build-previews fills in, so Trunk's `minify`
// stays off. The hashed names stay those of the files as Trunk wrote them.
//
//   node scripts/minify.mjs STAGING_DIR
//
// Trunk.toml's post_build hook runs it for release builds (TRUNK_PROFILE=release), after
// build-previews. terser and clean-css come from .tools/ (scripts/setup.sh installs the
// pinned versions).

import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Reads an unsigned LEB128 number at `at`: `[value, next offset]`. */
function readLeb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

/** An unsigned LEB128 number. */
function leb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return out;
}

/** The module the split main module imports its chunk loaders from (src/bin/split_wasm). */
const SPLIT_LOADER = './__wasm_split.js';

/** `a`, `b`, … `Z`, `ba`, …: the n-th short name (letters only, so a valid JS key). */
function shortName(n) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let name = '';
  do {
    name = letters[n % letters.length] + name;
    n = Math.floor(n / letters.length);
  } while (n > 0);
  return name;
}

/**
 * Renames the Wasm's imported functions (`__wbg_setAttribute_f75317b2b5cabfb4`, one per
 * browser API the app calls, each with a hash that no compressor can shrink) to short
 * names, in the import section and in the glue's import object alike: 2–3 KB less with
 * brotli. Every old name must be a key of the glue exactly once, or nothing is changed
 * and the build fails.
 */
export function shortenImports(wasm, js) {
  const utf8 = new TextDecoder();
  let at = 8;
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, body] = readLeb(wasm, at + 1);
    if (id !== 2) {
      at = body + size;
      continue;
    }
    const [count, first] = readLeb(wasm, body);
    const out = [...leb(count)];
    const renamed = new Map();
    let p = first;
    const name = () => {
      const [length, start] = readLeb(wasm, p);
      p = start + length;
      return wasm.subarray(start, p);
    };
    for (let i = 0; i < count; i++) {
      const module = name();
      const field = utf8.decode(name());
      const kind = wasm[p];
      if (kind !== 0) throw new Error(`import ${field} is not a function (kind ${kind})`);
      const [type, next] = readLeb(wasm, p + 1);
      p = next;
      // The split chunks' loaders (split-wasm): the loader module exports them under
      // these names, which stay.
      if (utf8.decode(module) === SPLIT_LOADER) {
        out.push(...leb(module.length), ...module, ...leb(field.length), ...Buffer.from(field), 0, ...leb(type));
        continue;
      }
      const short = shortName(renamed.size);
      if (renamed.has(field)) throw new Error(`import ${field} appears twice`);
      renamed.set(field, short);
      out.push(...leb(module.length), ...module, ...leb(short.length), ...Buffer.from(short), 0, ...leb(type));
    }
    if (p !== body + size) throw new Error('the import section has more than its imports');
    let code = js;
    for (const [field, short] of renamed) {
      const key = new RegExp(`\\b${field.replace(/\$/g, '\\$')}\\b`, 'g');
      const uses = code.match(key)?.length ?? 0;
      if (uses !== 1) throw new Error(`the glue names import ${field} ${uses} times, not once`);
      code = code.replace(key, short);
    }
    const section = Buffer.from([2, ...leb(out.length), ...out]);
    const bytes = Buffer.concat([wasm.subarray(0, at), section, wasm.subarray(body + size)]);
    return { wasm: bytes, js: code, count };
  }
  throw new Error('the Wasm has no import section');
}

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

/** A comment build-previews fills in (`<!-- share-meta -->`, `<!-- /boot-map -->`): kept. */
const MARKER_COMMENT = /^\s*\/?[a-z][a-z-]*\s*$/;

/**
 * index.html without its explanatory comments (build-previews' markers stay, so that it can
 * run on dist/ again) and with its inline scripts minified by terser as the glue is: 1.4 KB
 * less with brotli on every first load (12,278 → 10,850 B, December 2026). The CSP's hashes
 * are taken from the files as served (deploy/csp-hashes.mjs), after this.
 */
export async function minifyIndexHtml(html, minify) {
  const withoutComments = html.replace(/<!--([\s\S]*?)-->/g, (comment, text) => (MARKER_COMMENT.test(text) ? comment : ''));
  const scripts = [...withoutComments.matchAll(/(<script\b([^>]*)>)([\s\S]*?)(<\/script>)/g)];
  let out = '';
  let at = 0;
  for (const m of scripts) {
    const [whole, open, attributes, code, close] = m;
    out += withoutComments.slice(at, m.index);
    at = m.index + whole.length;
    if (/\bsrc=/.test(attributes) || !code.trim()) {
      out += whole;
      continue;
    }
    const module = /\btype="module"/.test(attributes);
    const result = await minify(code, { module, compress: { passes: 2 }, mangle: true, format: { comments: false } });
    if (!result.code) throw new Error(`the minifier returned nothing for an inline script of index.html`);
    out += open + result.code + close;
  }
  out += withoutComments.slice(at);
  // The lines the comments and scripts left empty.
  return out.replace(/\n\s*\n/g, '\n');
}

/** Stylesheets the app links itself when a page needs them (not part of the first load). */
const LINKED_BY_THE_APP = new Set(['worksheet.css']);

async function main(dir) {
  if (!dir) throw new Error('usage: node scripts/minify.mjs STAGING_DIR');
  const tools = createRequire(path.join(ROOT, '.tools', 'noop.js'));
  const { minify } = tools('terser');
  const CleanCSS = tools('clean-css');
  const files = await readdir(dir);
  const glue = files.filter((f) => /^ots-atlas-[0-9a-f]+\.js$/.test(f));
  if (glue.length !== 1) throw new Error(`expected one ots-atlas-<hash>.js in ${dir}, found ${glue.length}`);
  const styles = files.filter((f) => f.endsWith('.css'));
  // The chunks' loader (split-wasm), minified as the glue is.
  const loaders = files.filter((f) => /^__wasm_split-[0-9a-f]+\.js$/.test(f));
  const indexPath = path.join(dir, 'index.html');
  let html = await readFile(indexPath, 'utf8');
  const report = [];
  // Short import names first, in the glue as wasm-bindgen wrote it.
  const wasmFile = glue[0].replace(/\.js$/, '_bg.wasm');
  const wasmBefore = await readFile(path.join(dir, wasmFile));
  const shortened = shortenImports(wasmBefore, await readFile(path.join(dir, glue[0]), 'utf8'));
  await writeFile(path.join(dir, wasmFile), shortened.wasm);
  await writeFile(path.join(dir, glue[0]), shortened.js);
  const replacedWasm = replaceIntegrity(html, wasmFile, integrity(shortened.wasm));
  if (replacedWasm.found === 0) throw new Error(`index.html has no <link> for ${wasmFile}`);
  html = replacedWasm.html;
  report.push(`${wasmFile} ${wasmBefore.length} -> ${shortened.wasm.length} (${shortened.count} imports renamed)`);
  for (const file of [...glue, ...loaders, ...styles]) {
    const source = await readFile(path.join(dir, file), 'utf8');
    let code;
    if (file.endsWith('.js')) {
      code = (await minify(source, { module: true, compress: { passes: 2 }, mangle: true, format: { comments: false } })).code;
    } else {
      const result = new CleanCSS({ level: 1 }).minify(source);
      if (result.errors.length) throw new Error(`clean-css: ${file}: ${result.errors.join('; ')}`);
      code = result.styles;
    }
    if (!code) throw new Error(`the minifier returned nothing for ${file}`);
    await writeFile(path.join(dir, file), code);
    const replaced = replaceIntegrity(html, file, integrity(code));
    // The worksheet's stylesheet is linked by its page (src/ui/worksheet.rs), not index.html.
    if (replaced.found === 0 && !LINKED_BY_THE_APP.has(file)) throw new Error(`index.html has no <link> for ${file}`);
    html = replaced.html;
    report.push(`${file} ${source.length} -> ${code.length}`);
  }
  const htmlBefore = html.length;
  html = await minifyIndexHtml(html, minify);
  report.push(`index.html ${htmlBefore} -> ${html.length}`);
  await writeFile(indexPath, html);
  // The data and language files without their indentation (the committed files keep it
  // for people reading them): JSON.parse then JSON.stringify gives the same values.
  let jsonBefore = 0;
  let jsonAfter = 0;
  for (const sub of ['data', 'data/names', 'i18n']) {
    const folder = path.join(dir, sub);
    for (const file of (await readdir(folder)).filter((f) => /\.json$/.test(f))) {
      const text = await readFile(path.join(folder, file), 'utf8');
      const compact = JSON.stringify(JSON.parse(text));
      await writeFile(path.join(folder, file), compact);
      jsonBefore += Buffer.byteLength(text);
      jsonAfter += Buffer.byteLength(compact);
    }
  }
  report.push(`JSON files ${jsonBefore} -> ${jsonAfter}`);
  console.log(`minify: ${report.join(', ')} bytes`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv[2]).catch((err) => {
    console.error(`minify: ${err.message}`);
    process.exit(1);
  });
}
