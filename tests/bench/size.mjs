// Size benchmark: what the browser has to load for the content script and for the side panel to start.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { init as initLexer, parse as parseModule } from 'es-module-lexer';

/** Raw and gzip (level 9, as a web server or the store would) bytes of some files. */
export function measureFiles(paths) {
  let raw = 0;
  let gzip = 0;
  for (const path of paths) {
    const bytes = readFileSync(path);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip, files: paths.length };
}

/** Script URLs an HTML page loads up front: module and classic `<script src>` and `<link rel=modulepreload>`. */
export function initialScriptsOfHtml(html) {
  const urls = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc=["']([^"']+)["'][^>]*>/gi)) urls.push(m[1]);
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    if (/\brel=["']?modulepreload\b/i.test(m[0])) {
      const href = /\bhref=["']([^"']+)["']/i.exec(m[0]);
      if (href) urls.push(href[1]);
    }
  }
  return urls;
}

function resolveUrl(root, fromFile, url) {
  if (/^[a-z]+:/i.test(url)) return null; // chrome-extension://, https:, data: … are not part of the package walk
  const clean = url.split(/[?#]/)[0];
  return clean.startsWith('/') ? join(root, clean) : resolve(dirname(fromFile), clean);
}

/**
 * Every JS file the page needs before it can run: the HTML's scripts and preloads, then each module's static
 * `import` / `export … from` (found with es-module-lexer, so strings and comments do not count), transitively.
 * Dynamic `import()` is lazy loading and is not followed.
 *
 * @param {string} root  the extension's output folder (…/chrome-mv3)
 * @param {string} htmlFile  e.g. sidepanel.html, relative to root
 * @returns {Promise<string[]>} absolute paths
 */
export async function initialScriptGraph(root, htmlFile) {
  await initLexer;
  const htmlPath = join(root, htmlFile);
  const queue = initialScriptsOfHtml(readFileSync(htmlPath, 'utf8'))
    .map((u) => resolveUrl(root, htmlPath, u))
    .filter(Boolean);
  const seen = new Set();
  while (queue.length) {
    const file = queue.shift();
    if (seen.has(file) || !file.endsWith('.js') || !existsSync(file)) continue;
    seen.add(file);
    const [imports] = parseModule(readFileSync(file, 'utf8'));
    for (const imp of imports) {
      if (imp.d !== -1 || !imp.n) continue; // -1 = static; ≥ 0 = dynamic import(); -2 = import.meta
      const target = resolveUrl(root, file, imp.n);
      if (target) queue.push(target);
    }
  }
  return [...seen];
}

/**
 * Records content-script and side-panel initial sizes of a built extension.
 * @param {{ extensionDir: string, results: ReturnType<import('./results.mjs').createResults>, log: (s: string) => void }} env
 */
export async function benchSize(env) {
  const dir = env.extensionDir;
  const content = join(dir, 'content-scripts', 'content.js');
  for (const file of ['manifest.json', 'sidepanel.html', 'content-scripts/content.js']) {
    if (!existsSync(join(dir, file))) throw new Error(`No ${file} in ${dir}: is the build complete?`);
  }
  const cs = measureFiles([content]);
  env.results.record('size.contentScript.raw', cs.raw / 1000, 'kB');
  env.results.record('size.contentScript.gzip', cs.gzip / 1000, 'kB', { target: '≤ 50 kB', met: cs.gzip <= 50_000 });

  const files = await initialScriptGraph(dir, 'sidepanel.html');
  const sp = measureFiles(files);
  env.results.record('size.sidepanelInitial.raw', sp.raw / 1000, 'kB', { note: `${sp.files} files` });
  env.results.record('size.sidepanelInitial.gzip', sp.gzip / 1000, 'kB', { target: '≤ 350 kB', met: sp.gzip <= 350_000 });
  env.log(`size: content script ${(cs.gzip / 1000).toFixed(1)} kB gzip; side panel ${(sp.gzip / 1000).toFixed(1)} kB gzip in ${files.map((f) => relative(dir, f)).join(', ')}`);
  return { files };
}
