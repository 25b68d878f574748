// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_ID } from '../extension-key';
import { LOCKABLE_PATHS, policySchema } from '../policy';
import { listSchemaPaths } from '../settingPaths';
import { chromiumPolicy, forcelistEntry } from '../../../packaging/policyExamples.mjs';
import { codeBlocks, parseReg, plistToJson, policyProblems, regKeyAt, regToJson } from './support/policyExamples';

const GECKO_ID = 'dossierhulp@example.org';
/** Where the guide's self-hosting examples put updates.xml; npm run package writes the same policies for it. */
const UPDATE_URL = 'https://intranet.zorg.example/dossierhulp/updates.xml';
const guide = readFileSync(resolve(__dirname, '../../../docs/admin.md'), 'utf8');
const blocks = codeBlocks(guide);
const at = (block: { line: number }) => `docs/admin.md:${block.line}`;

describe('docs/admin.md', () => {
  it('has a table row for every policy key, nested ones included', () => {
    const missing = listSchemaPaths(policySchema).filter((path) => !guide.includes(`| \`${path}\` |`));
    expect(missing).toEqual([]);
  });

  it('lists exactly the paths lockedSettings accepts', () => {
    const line = guide.split('\n').find((l) => l.startsWith('Paden voor `lockedSettings`:')) ?? '';
    const listed = [...line.matchAll(/`([\w.]+)`/g)].map((m) => m[1]).filter((p) => p !== 'lockedSettings');
    const sentence = listed.slice(0, listed.indexOf('userTemplates') + 1);
    expect(new Set(sentence)).toEqual(new Set(LOCKABLE_PATHS));
  });

  it('has only JSON blocks that parse, and every policy in them is valid for Chrome and for Dossierhulp', () => {
    let policies = 0;
    for (const block of blocks.filter((b) => b.lang === 'json')) {
      const json = JSON.parse(block.body) as Record<string, any>;
      if (block.info === 'policy') {
        expect(policyProblems(json, { chrome: true }), at(block)).toEqual([]);
        policies++;
      }
      const chromeExtensions = json['3rdparty']?.extensions;
      if (chromeExtensions) {
        expect(Object.keys(chromeExtensions), at(block)).toEqual([EXTENSION_ID]);
        expect(policyProblems(chromeExtensions[EXTENSION_ID], { chrome: true }), at(block)).toEqual([]);
        policies++;
      }
      const firefoxExtensions = json.policies?.['3rdparty']?.Extensions;
      if (firefoxExtensions) {
        expect(Object.keys(firefoxExtensions), at(block)).toEqual([GECKO_ID]);
        expect(policyProblems(firefoxExtensions[GECKO_ID], { chrome: false }), at(block)).toEqual([]);
        expect(Object.keys(json.policies.ExtensionSettings), at(block)).toEqual([GECKO_ID]);
        policies++;
      }
      if (json.ExtensionSettings && !json.policies) {
        // What npm run package writes for Chrome, with the same ID and update URL.
        expect(json.ExtensionSettings, at(block)).toEqual(chromiumPolicy({ id: EXTENSION_ID, updateUrl: UPDATE_URL, browser: 'chrome' }).ExtensionSettings);
      }
      if (json.ExtensionInstallForcelist) {
        expect(json.ExtensionInstallForcelist, at(block)).toEqual([forcelistEntry(EXTENSION_ID, UPDATE_URL)]);
      }
      const firefoxInstall = json.policies?.ExtensionSettings?.[GECKO_ID];
      if (firefoxInstall) {
        expect(firefoxInstall.installation_mode, at(block)).toBe('force_installed');
        expect(firefoxInstall.install_url, at(block)).toMatch(/^https:\/\/intranet\.zorg\.example\/dossierhulp\/dossierhulp-[\d.]+-firefox\.xpi$/);
      }
    }
    expect(policies).toBeGreaterThanOrEqual(3);
  });

  it('has .reg files that regedit can import and that Chrome/Edge turn into a valid policy', () => {
    const regBlocks = blocks.filter((b) => b.lang === 'reg');
    let policies = 0;
    for (const block of regBlocks) {
      const root = parseReg(block.body);
      for (const vendor of ['Google\\Chrome', 'Microsoft\\Edge']) {
        for (const hive of ['HKEY_LOCAL_MACHINE', 'HKEY_CURRENT_USER']) {
          const extensions = regKeyAt(root, `${hive}\\SOFTWARE\\Policies\\${vendor}\\3rdparty\\extensions`);
          if (!extensions) continue;
          expect([...extensions.keys.keys()], at(block)).toEqual([EXTENSION_ID]);
          const policyKey = regKeyAt(extensions, `${EXTENSION_ID}\\policy`);
          expect(policyKey, at(block)).toBeDefined();
          expect(policyProblems(regToJson(policyKey!), { chrome: true }), at(block)).toEqual([]);
          policies++;
        }
        const browserKey = regKeyAt(root, `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\${vendor}`);
        const settings = browserKey?.values.get('ExtensionSettings');
        if (typeof settings === 'string') {
          // The same ExtensionSettings npm run package writes into policies/chrome-edge-windows.reg.
          const browser = vendor === 'Google\\Chrome' ? 'chrome' : 'edge';
          expect(JSON.parse(settings), at(block)).toEqual(chromiumPolicy({ id: EXTENSION_ID, updateUrl: UPDATE_URL, browser }).ExtensionSettings);
        }
        const forcelist = browserKey && regKeyAt(browserKey, 'ExtensionInstallForcelist');
        for (const entry of forcelist?.values.values() ?? []) expect(String(entry)).toBe(forcelistEntry(EXTENSION_ID, UPDATE_URL));
      }
    }
    expect(policies).toBeGreaterThanOrEqual(3);
    // The registry example carries the same policy as the JSON example.
    const chromeReg = regBlocks.find((b) => b.body.includes('Google\\Chrome\\3rdparty'))!;
    const fromReg = regToJson(regKeyAt(parseReg(chromeReg.body), `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${EXTENSION_ID}\\policy`)!);
    const policyBlock = blocks.find((b) => b.info === 'policy')!;
    expect(fromReg).toEqual(JSON.parse(policyBlock.body));
  });

  it('has well-formed XML, a configuration profile with a valid policy and an update manifest for the ID', () => {
    const xmlBlocks = blocks.filter((b) => b.lang === 'xml');
    let profiles = 0;
    let manifests = 0;
    for (const block of xmlBlocks) {
      const doc = new DOMParser().parseFromString(block.body, 'application/xml');
      expect(doc.getElementsByTagName('parsererror'), at(block)).toHaveLength(0);
      const root = doc.documentElement;
      if (root.tagName === 'plist') {
        const profile = plistToJson(root.firstElementChild!) as { PayloadContent: Array<Record<string, unknown>> };
        for (const payload of profile.PayloadContent) {
          expect(payload.PayloadType).toBe(`com.google.Chrome.extensions.${EXTENSION_ID}`);
          const policy = Object.fromEntries(Object.entries(payload).filter(([key]) => !key.startsWith('Payload')));
          expect(policyProblems(policy, { chrome: true }), at(block)).toEqual([]);
          profiles++;
        }
      }
      if (root.tagName === 'gupdate') {
        expect(root.getElementsByTagName('app')[0]?.getAttribute('appid')).toBe(EXTENSION_ID);
        // The .crx sits next to updates.xml, as npm run package lays them out.
        const codebase = root.getElementsByTagName('updatecheck')[0]?.getAttribute('codebase') ?? '';
        expect(new URL('.', codebase).href).toBe(new URL('.', UPDATE_URL).href);
        manifests++;
      }
    }
    expect([profiles, manifests]).toEqual([1, 1]);
  });

  it('uses one extension ID everywhere', () => {
    const ids = new Set([...guide.matchAll(/\b[a-p]{32}\b/g)].map((m) => m[0]));
    expect([...ids]).toEqual([EXTENSION_ID]);
  });
});
