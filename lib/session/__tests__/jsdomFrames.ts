import { createRequire } from 'node:module';
import { createFrameAgent, type FrameAgent } from '../frameAgent';

/** The part of jsdom used here (the project has no @types/jsdom, so the shape is stated once). */
interface JsdomModule {
  JSDOM: new (html: string, options: { url: string; pretendToBeVisual: boolean }) => { window: Window & typeof globalThis };
}
const { JSDOM } = createRequire(import.meta.url)('jsdom') as JsdomModule;

/** One frame of a test tab: its own jsdom document and the agent the content script would run there. */
export interface TestFrame {
  doc: Document;
  agent: FrameAgent;
}

/** Builds frames from HTML, frame 0 being the top frame; each document is separate, as iframes are. */
export function jsdomFrames(pages: Record<number, { html: string; url?: string }>): Map<number, TestFrame> {
  const frames = new Map<number, TestFrame>();
  for (const [id, page] of Object.entries(pages)) {
    const frameId = Number(id);
    const dom = new JSDOM(page.html, { url: page.url ?? `http://ecd.test/frame-${frameId}.html`, pretendToBeVisual: true });
    const doc = dom.window.document;
    frames.set(frameId, { doc, agent: createFrameAgent(doc, { isTop: () => frameId === 0 }) });
  }
  return frames;
}

export const agentsOf = (frames: Map<number, TestFrame>) => new Map([...frames].map(([id, f]) => [id, f.agent]));
