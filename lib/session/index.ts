/**
 * The flow, in one place: read a tab → suggest → review → fill → undo.
 * - fillSession.ts owns the flow and its state; components render it and call its methods.
 * - frameAgent.ts is the content script's side: one field collection per message, its handles reused.
 * - readTab.ts / fillTab.ts route a request to the frames of a tab, over a TabTransport.
 * - fieldRef.ts: the one field reference ({ frameId, key }) that travels from the read to the fill.
 */
export { createFillSession, type FillSession, type FillSessionDeps, type FillSessionState, type SessionNotice } from './fillSession';
export { fieldRefSchema, refId, refOf, sameRef, type FieldRef } from './fieldRef';
export { fillTab, locateInTab, mergeFillResults, undoTabFill } from './fillTab';
export { mergeFrames, readTab, TabReadError } from './readTab';
export { localTabTransport, type FrameTarget, type RemoteFrameAgent, type TabTransport } from './tabTransport';
export type { FillRequest, FrameFailure, FrameRead, PanelField, TabFillResult, TabFrame, TabRead } from './types';
