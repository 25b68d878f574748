// See nativeSet.ts: the native Array.from instead of dom-accessibility-api's polyfill.
export default Array.from;
