#!/usr/bin/env node
// Prints the Content-Security-Policy for a built site: the app runs without
// 'unsafe-eval' and without 'unsafe-inline' scripts; the inline scripts of this build
// (Trunk's loader in index.html, the redirect script of the share pages) are allowed by
// their SHA-256 hashes, which change with every build.
//
//   node deploy/csp-hashes.mjs [DIST=dist]                 the header, and what was hashed
//   node deploy/csp-hashes.mjs dist --nginx FILE           write `set $ots_atlas_csp "…";`
//   node deploy/csp-hashes.mjs dist --json                 policy, directives and sources
//
// What is hashed (every .html file of DIST, share/ included):
//   - inline <script> elements (no src), as the HTML parser sees them (CR LF -> LF);
//   - inline <style> elements (style-src);
//   - style="…" attributes (style-src, with 'unsafe-hashes': only those exact values);
//   - `script_sha256` values found in DIST/share/meta.json (written by build-previews, when it
//     writes share pages with an inline script; absent otherwise), in the forms
//     "sha256-<base64>", "<base64>" or 64 hex digits.
// Inline event handlers (onclick="…") and javascript: URLs are reported as problems: the
// policy does not allow them.
//
//   import { cspForDist } from './deploy/csp-hashes.mjs';
//   const { policy, directives, sources, warnings } = await cspForDist('dist');

import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Where the hashes go. Order matters only for readability. */
export function buildPolicy({ scriptHashes = [], styleHashes = [], styleAttrHashes = [] } = {}) {
  const uniq = (list) => [...new Set(list)].sort();
  const script = ["'self'", "'wasm-unsafe-eval'", ...uniq(scriptHashes).map((h) => `'${h}'`)];
  const style = ["'self'", ...uniq(styleHashes).map((h) => `'${h}'`)];
  if (styleAttrHashes.length) style.push("'unsafe-hashes'", ...uniq(styleAttrHashes).map((h) => `'${h}'`));
  const directives = [
    ['default-src', ["'self'"]],
    ['script-src', script],
    ['style-src', style],
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    // The map is meant to be embedded in other sites (an <iframe>): any parent may frame it.
    ['frame-ancestors', ['*']],
  ];
  return { directives, policy: directives.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ') };
}

/** "sha256-<base64>" of a text as a browser hashes it (UTF-8, newlines normalised). */
export function sha256Source(text) {
  const normalised = text.replace(/\r\n?/g, '\n');
  return `sha256-${createHash('sha256').update(normalised, 'utf8').digest('base64')}`;
}

/** Accepts "sha256-<base64>", "<base64>" or hex; returns "sha256-<base64>" or null. */
export function normaliseHash(value) {
  if (typeof value !== 'string') return null;
  const v = value.trim().replace(/^'|'$/g, '');
  if (/^sha256-[A-Za-z0-9+/]{43}=$/.test(v)) return v;
  if (/^[A-Za-z0-9+/]{43}=$/.test(v)) return `sha256-${v}`;
  if (/^[0-9a-fA-F]{64}$/.test(v)) return `sha256-${Buffer.from(v, 'hex').toString('base64')}`;
  return null;
}

const decodeEntities = (s) =>
  s
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** Script types a browser executes (others, e.g. application/ld+json, are data). */
const EXECUTABLE = /^(|module|text\/javascript|application\/javascript|text\/ecmascript|application\/ecmascript)$/i;

function attr(attrs, name) {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attrs);
  return m ? decodeEntities(m[2] ?? m[3] ?? m[4] ?? '') : null;
}

/** The inline code of one HTML document. */
export function inlineCode(html) {
  const scripts = [];
  const styles = [];
  const styleAttrs = [];
  const problems = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const [, attrs, body] = m;
    if (attr(attrs, 'src') !== null) continue;
    if (!EXECUTABLE.test((attr(attrs, 'type') ?? '').trim())) continue;
    scripts.push(body);
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)) styles.push(m[1]);
  // Tags outside scripts and styles, for attributes.
  const markup = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '');
  for (const m of markup.matchAll(/<[a-z][^>]*>/gi)) {
    const tag = m[0];
    const style = attr(tag, 'style');
    if (style !== null && style.trim()) styleAttrs.push(style);
    for (const h of tag.matchAll(/\s(on[a-z]+)\s*=/gi)) problems.push(`inline event handler ${h[1]}= (not allowed by the policy)`);
    if (/\s(href|src|action)\s*=\s*["']?\s*javascript:/i.test(tag)) problems.push('javascript: URL (not allowed by the policy)');
  }
  return { scripts, styles, styleAttrs, problems };
}

async function htmlFiles(dir, rel = '') {
  const out = [];
  let entries;
  try {
    entries = await readdir(path.join(dir, rel), { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    const r = path.join(rel, e.name);
    if (e.isDirectory()) out.push(...(await htmlFiles(dir, r)));
    else if (/\.html?$/i.test(e.name)) out.push(r);
  }
  return out.sort();
}

/** Every `script_sha256` value anywhere in a JSON document. */
function findScriptHashes(value, found = []) {
  if (Array.isArray(value)) value.forEach((v) => findScriptHashes(v, found));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'script_sha256') found.push(...(Array.isArray(v) ? v : [v]));
      else findScriptHashes(v, found);
    }
  }
  return found;
}

/**
 * The policy for a built site. `sources` says where each hash comes from; `warnings` lists
 * what the policy will block or what looks inconsistent (never fatal).
 */
export async function cspForDist(dist) {
  const root = path.resolve(dist);
  const scriptHashes = new Map();
  const styleHashes = new Map();
  const styleAttrHashes = new Map();
  const warnings = [];
  const note = (map, hash, where) => map.set(hash, [...(map.get(hash) ?? []), where]);
  const files = await htmlFiles(root);
  if (!files.includes('index.html')) warnings.push(`${root}/index.html is missing: is this a built dist/?`);
  for (const file of files) {
    const code = inlineCode(await readFile(path.join(root, file), 'utf8'));
    code.scripts.forEach((s) => note(scriptHashes, sha256Source(s), file));
    code.styles.forEach((s) => note(styleHashes, sha256Source(s), file));
    code.styleAttrs.forEach((s) => note(styleAttrHashes, sha256Source(s), `${file} (style attribute)`));
    for (const p of new Set(code.problems)) warnings.push(`${file}: ${p}`);
  }
  // Hashes build-previews declares for its pages (may not exist yet).
  let meta = null;
  try {
    meta = JSON.parse(await readFile(path.join(root, 'share/meta.json'), 'utf8'));
  } catch (err) {
    if (err.code !== 'ENOENT') warnings.push(`share/meta.json: ${err.message}`);
  }
  if (meta) {
    for (const raw of findScriptHashes(meta)) {
      const hash = normaliseHash(raw);
      if (!hash) {
        warnings.push(`share/meta.json: script_sha256 ${JSON.stringify(raw)} is not a SHA-256 hash`);
        continue;
      }
      if (!scriptHashes.has(hash)) warnings.push(`share/meta.json: script_sha256 ${hash} matches no inline script in share/ (allowed anyway)`);
      note(scriptHashes, hash, 'share/meta.json');
    }
  }
  const { policy, directives } = buildPolicy({
    scriptHashes: [...scriptHashes.keys()],
    styleHashes: [...styleHashes.keys()],
    styleAttrHashes: [...styleAttrHashes.keys()],
  });
  const sources = {
    scripts: Object.fromEntries(scriptHashes),
    styles: Object.fromEntries(styleHashes),
    styleAttributes: Object.fromEntries(styleAttrHashes),
  };
  return { root, files, policy, directives, sources, warnings };
}

/** The nginx snippet ots-atlas.conf includes (`ots-atlas-csp.conf`). */
export function nginxSnippet({ root, policy, sources }) {
  if (/["\\$]/.test(policy)) throw new Error('the policy contains a character nginx would need escaped');
  const lines = [
    `# Generated by deploy/csp-hashes.mjs from ${root} on ${new Date().toISOString()}.`,
    '# Do not edit: regenerate after every build (the hashes name this build\'s files).',
    ...Object.entries(sources.scripts).map(([h, where]) => `#   script ${h}: ${[...new Set(where)].join(', ')}`),
    ...Object.entries(sources.styles).map(([h, where]) => `#   <style> ${h}: ${[...new Set(where)].join(', ')}`),
    ...Object.entries(sources.styleAttributes).map(([h, where]) => `#   style= ${h}: ${[...new Set(where)].join(', ')}`),
    `set $ots_atlas_csp "${policy}";`,
    '',
  ];
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const usage = 'usage: csp-hashes.mjs [DIST=dist] [--nginx FILE] [--json]';
  let dist = 'dist';
  let nginxFile = null;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--nginx') nginxFile = args[++i];
    else if (args[i] === '--json') json = true;
    else if (args[i] === '-h' || args[i] === '--help') {
      console.log(usage);
      process.exit(0);
    } else if (args[i].startsWith('-')) {
      console.error(`csp-hashes: unknown option ${args[i]}\n${usage}`);
      process.exit(2);
    } else dist = args[i];
  }
  if (nginxFile === undefined) {
    console.error(`csp-hashes: --nginx needs a file name\n${usage}`);
    process.exit(2);
  }
  const result = await cspForDist(dist);
  for (const w of result.warnings) console.error(`csp-hashes: warning: ${w}`);
  if (nginxFile) {
    await writeFile(nginxFile, nginxSnippet(result));
    console.error(`csp-hashes: wrote ${nginxFile} (${Object.keys(result.sources.scripts).length} script hash(es) from ${result.files.length} HTML file(s))`);
  } else if (json) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    console.log(`Content-Security-Policy: ${result.policy}`);
    for (const [kind, map] of Object.entries(result.sources)) {
      for (const [hash, where] of Object.entries(map)) console.error(`  ${kind.padEnd(15)} ${hash}  ${[...new Set(where)].join(', ')}`);
    }
  }
}
