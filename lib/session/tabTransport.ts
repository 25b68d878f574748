import type { FrameAgent } from './frameAgent';

/** A frame the content script runs in. */
export interface FrameTarget {
  frameId: number;
}

/** The agent's requests the panel makes (the change watch runs inside the frame and reports by itself). */
type PanelRequest = Exclude<keyof FrameAgent, 'changeSinceRead'>;

/** A frame's agent as the panel reaches it: every call goes over a message and may fail. */
export type RemoteFrameAgent = { [K in PanelRequest]: (...args: Parameters<FrameAgent[K]>) => Promise<Awaited<ReturnType<FrameAgent[K]>>> };

/**
 * How the panel reaches the frames of a tab. The browser implementation injects the content script and
 * sends typed messages; tests plug in documents of their own (jsdom, happy-dom) with one agent each.
 */
export interface TabTransport {
  /** Makes sure the content script runs in every frame of the tab and lists those frames. Throws when the tab cannot be reached. */
  frames(tabId: number): Promise<FrameTarget[]>;
  /** The agent of one frame. */
  agent(tabId: number, frameId: number): RemoteFrameAgent;
  /** The address of a frame, to name one that failed; '' when it cannot be told. */
  frameUrl(tabId: number, frameId: number): Promise<string>;
}

/** A transport over in-process agents, e.g. one per jsdom document; frame 0 is the top frame. */
export function localTabTransport(agents: Map<number, FrameAgent>): TabTransport {
  return {
    frames: async () => [...agents.keys()].map((frameId) => ({ frameId })),
    agent(_tabId, frameId) {
      const agent = agents.get(frameId);
      const call = async <T>(f: (a: FrameAgent) => T | Promise<T>): Promise<T> => {
        if (!agent) throw new Error(`Could not establish connection. Receiving end does not exist. (frame ${frameId})`);
        return f(agent);
      };
      return {
        read: () => call((a) => a.read()),
        fingerprint: () => call((a) => a.fingerprint()),
        fill: (request) => call((a) => a.fill(request)),
        undo: (request) => call((a) => a.undo(request)),
        locate: (target) => call((a) => a.locate(target)),
      };
    },
    frameUrl: async () => '',
  };
}
