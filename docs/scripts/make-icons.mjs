#!/usr/bin/env node
// Renders the extension icon (toolbar 16/32, extensions page 48, store 128) from the one SVG below into
// public/icon/<size>.png, where WXT finds them for the manifest's `icons` and the toolbar button.
//   node docs/scripts/make-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROME_PATH, CHROMIUM_FLAGS } from '../../tests/chromium.mjs';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const out = join(root, 'public/icon');

// A record page with a check mark on the panel's accent blue: "the record, checked by you".
export const ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="26" fill="#005a9c"/>
  <path d="M36 22h40l20 20v64a6 6 0 0 1-6 6H36a6 6 0 0 1-6-6V28a6 6 0 0 1 6-6z" fill="#ffffff"/>
  <path d="M76 22v20h20" fill="#cfe0ef"/>
  <rect x="42" y="50" width="34" height="7" rx="3.5" fill="#8fb3d3"/>
  <rect x="42" y="64" width="24" height="7" rx="3.5" fill="#8fb3d3"/>
  <path d="M46 88l12 12 26-28" fill="none" stroke="#0b7a3b" stroke-width="11" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`;

const sizes = [16, 32, 48, 96, 128];
mkdirSync(out, { recursive: true });
writeFileSync(join(root, 'docs/icon.svg'), ICON_SVG + '\n');
const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_FLAGS, headless: false });
const page = await browser.newPage();
for (const size of sizes) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${ICON_SVG.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
  await page.screenshot({ path: join(out, `${size}.png`), omitBackground: true });
  console.log(`public/icon/${size}.png`);
}
await browser.close();
