import type { Page } from 'playwright-core';
import type { FillResult, ScannedField } from '../../../lib/page/types';
import { tabIdOf, type ExtensionBrowser } from '../harness';

/** A scanned field and the frame it lives in ('0' is the top document). */
export interface FrameField {
  frame: string;
  field: ScannedField;
}
export interface FrameEntry {
  frame: string;
  key: string;
  value: string | boolean;
  /** What the field showed when it was scanned (the panel sends this; the content script refuses a change). */
  expected: string | boolean;
}
export interface FrameResult extends FillResult {
  frame: string;
}

/**
 * One way of running lib/page: in the page's own world (the bundle injected into each frame) or in the
 * extension's isolated world (the built content script in every frame, driven by the same messages the
 * panel sends). Both see the same page and are measured the same way.
 */
export interface World {
  name: 'paginawereld' | 'geïsoleerd';
  prepare(page: Page): Promise<void>;
  scan(page: Page): Promise<FrameField[]>;
  fill(page: Page, entries: FrameEntry[]): Promise<FrameResult[]>;
  undo(page: Page, results: FrameResult[]): Promise<FrameResult[]>;
}

type DH = {
  scanFields(d: Document): ScannedField[];
  fillFields(d: Document, e: unknown[], o?: { clearInPageWorld?: unknown }): Promise<FillResult[]>;
  undoFill(d: Document, r: FillResult[], o?: { clearInPageWorld?: unknown }): Promise<FillResult[]>;
  clearDirectly: unknown;
};
type WithDH = { DH: DH };

function byFrame<T extends { frame: string }>(items: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(item.frame, [...(map.get(item.frame) ?? []), item]);
  return map;
}

/** lib/page bundled and evaluated in every frame of the page, in the page's own JavaScript world. */
export function pageWorld(bundle: string): World {
  const frames = (page: Page) => page.frames().filter((f) => !f.isDetached() && f.url().startsWith('http'));
  return {
    name: 'paginawereld',
    async prepare(page) {
      for (const frame of frames(page)) {
        const present = await frame.evaluate(() => !!(window as unknown as Partial<WithDH>).DH);
        if (!present) await frame.addScriptTag({ content: bundle });
      }
    },
    async scan(page) {
      const all: FrameField[] = [];
      const list = frames(page);
      for (let i = 0; i < list.length; i++) {
        const fields = await list[i]!.evaluate(() => (window as unknown as WithDH).DH.scanFields(document));
        all.push(...fields.map((field) => ({ frame: String(i), field })));
      }
      return all;
    },
    async fill(page, entries) {
      const list = frames(page);
      const out: FrameResult[] = [];
      for (const [frame, group] of byFrame(entries)) {
        const results = await list[Number(frame)]!.evaluate(
          (e) => { const { DH } = window as unknown as WithDH; return DH.fillFields(document, e, { clearInPageWorld: DH.clearDirectly }); },
          group.map(({ key, value }) => ({ key, value })),
        );
        out.push(...results.map((r) => ({ ...r, frame })));
      }
      return out;
    },
    async undo(page, results) {
      const list = frames(page);
      const out: FrameResult[] = [];
      for (const [frame, group] of byFrame(results)) {
        const undone = await list[Number(frame)]!.evaluate(
          (r) => { const { DH } = window as unknown as WithDH; return DH.undoFill(document, r, { clearInPageWorld: DH.clearDirectly }); },
          group.map(({ frame: _f, ...r }) => r),
        );
        out.push(...undone.map((r) => ({ ...r, frame })));
      }
      return out;
    },
  };
}

interface FrameRead {
  frameId: number;
  fields: ScannedField[];
  fieldsFingerprint: string;
}

/**
 * Sends one of the panel's own messages (lib/messaging ProtocolMap) to the content script of one frame, from the
 * extension's service worker, in the wire format of @webext-core/messaging.
 */
export async function sendToContentScript<T>(ext: ExtensionBrowser, tabId: number, frameId: number, type: string, data?: unknown): Promise<T> {
  return ext.worker.evaluate(
    async ({ tabId, frameId, type, data }) => {
      type Chrome = { tabs: { sendMessage(t: number, m: unknown, o: { frameId: number }): Promise<{ res?: unknown; err?: { message: string } } | undefined> } };
      const api = (globalThis as unknown as { chrome: Chrome }).chrome;
      const answer = await api.tabs.sendMessage(tabId, { id: Math.floor(Math.random() * 1e9), type, data, timestamp: Date.now() }, { frameId });
      if (!answer) throw new Error(`Geen antwoord op ${type} uit frame ${frameId}`);
      if (answer.err) throw new Error(`${type} in frame ${frameId}: ${answer.err.message}`);
      return answer.res;
    },
    { tabId, frameId, type, data },
  ) as Promise<T>;
}

/**
 * The built extension's content script in the isolated world of every frame, sent the panel's own messages
 * (readPage, fillFields, undoFill) through sendToContentScript.
 */
export function isolatedWorld(ext: ExtensionBrowser): World {
  const reads = new WeakMap<Page, { tabId: number; frames: FrameRead[] }>();
  const send = <T>(tabId: number, frameId: number, type: string, data?: unknown) => sendToContentScript<T>(ext, tabId, frameId, type, data);
  async function read(page: Page) {
    const tabId = await tabIdOf(ext, page);
    const frameIds = await ext.worker.evaluate(async (id: number) => {
      type Chrome = { scripting: { executeScript(o: unknown): Promise<{ frameId: number }[]> } };
      const api = (globalThis as unknown as { chrome: Chrome }).chrome;
      const results = await api.scripting.executeScript({ target: { tabId: id, allFrames: true }, files: ['/content-scripts/content.js'] });
      return results.map((r) => r.frameId);
    }, tabId);
    const frames: FrameRead[] = [];
    for (const frameId of frameIds.sort((a, b) => a - b)) {
      const r = await send<{ fields: ScannedField[]; fieldsFingerprint: string }>(tabId, frameId, 'readPage');
      frames.push({ frameId, fields: r.fields, fieldsFingerprint: r.fieldsFingerprint });
    }
    reads.set(page, { tabId, frames });
    return { tabId, frames };
  }
  const fingerprint = (page: Page, frame: string) => reads.get(page)?.frames.find((f) => String(f.frameId) === frame)?.fieldsFingerprint ?? '';
  // The fingerprint of the read the fill was prepared on: undo sends the same one, as the panel does.
  const filledOn = new WeakMap<Page, Map<string, string>>();
  return {
    name: 'geïsoleerd',
    async prepare(page) {
      await read(page);
    },
    async scan(page) {
      const { frames } = await read(page);
      return frames.flatMap((f) => f.fields.map((field) => ({ frame: String(f.frameId), field })));
    },
    async fill(page, entries) {
      const { tabId } = reads.get(page)!;
      const out: FrameResult[] = [];
      const prints = new Map<string, string>();
      for (const [frame, group] of byFrame(entries)) {
        prints.set(frame, fingerprint(page, frame));
        const results = await send<FillResult[]>(tabId, Number(frame), 'fillFields', {
          entries: group.map(({ key, value, expected }) => ({ key, value, expected })),
          expectedFingerprint: fingerprint(page, frame),
        });
        out.push(...results.map((r) => ({ ...r, frame })));
      }
      filledOn.set(page, prints);
      return out;
    },
    async undo(page, results) {
      const { tabId } = reads.get(page)!;
      const prints = filledOn.get(page) ?? new Map<string, string>();
      const out: FrameResult[] = [];
      for (const [frame, group] of byFrame(results)) {
        const undone = await send<FillResult[]>(tabId, Number(frame), 'undoFill', {
          results: group.map(({ frame: _f, ...r }) => r),
          expectedFingerprint: prints.get(frame) ?? '',
        });
        out.push(...undone.map((r) => ({ ...r, frame })));
      }
      return out;
    },
  };
}
