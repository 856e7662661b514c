#!/usr/bin/env node
// Minifies a release build's JavaScript, CSS and JSON in place and puts the new Subresource
// Integrity hashes into index.html, in place of the ones Trunk computed: the wasm-bindgen
// glue (ots-atlas-<hash>.js, 65 KB as written, 30 KB minified by terser) and the
// stylesheets (*.css, comments and spaces dropped by clean-css, level 1), and the JSON of
// data/ and i18n/ written without indentation. Together 3.8 KB less with brotli on the
// first load. Trunk's own minifier cannot parse the glue, and
// minifying the HTML would drop the comments build-share fills in, so Trunk's `minify`
// stays off. The hashed names stay those of the files as Trunk wrote them.
//
//   node scripts/minify.mjs STAGING_DIR
//
// Trunk.toml's post_build hook runs it for release builds (TRUNK_PROFILE=release), after
// build-share. terser and clean-css come from .tools/ (scripts/setup.sh installs the
// pinned versions).

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
  if (!dir) throw new Error('usage: node scripts/minify.mjs STAGING_DIR');
  const tools = createRequire(path.join(ROOT, '.tools', 'noop.js'));
  const { minify } = tools('terser');
  const CleanCSS = tools('clean-css');
  const files = await readdir(dir);
  const glue = files.filter((f) => /^ots-atlas-[0-9a-f]+\.js$/.test(f));
  if (glue.length !== 1) throw new Error(`expected one ots-atlas-<hash>.js in ${dir}, found ${glue.length}`);
  const styles = files.filter((f) => f.endsWith('.css'));
  const indexPath = path.join(dir, 'index.html');
  let html = await readFile(indexPath, 'utf8');
  const report = [];
  for (const file of [...glue, ...styles]) {
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
    if (replaced.found === 0) throw new Error(`index.html has no <link> for ${file}`);
    html = replaced.html;
    report.push(`${file} ${source.length} -> ${code.length}`);
  }
  await writeFile(indexPath, html);
  // The data and language files without their indentation (the committed files keep it
  // for people reading them): JSON.parse then JSON.stringify gives the same values.
  let jsonBefore = 0;
  let jsonAfter = 0;
  for (const sub of ['data', 'data/names', 'i18n']) {
    const folder = path.join(dir, sub);
    for (const file of (await readdir(folder)).filter((f) => /\.(json|geojson)$/.test(f))) {
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
