// dom-accessibility-api ships polyfills for browsers without Set and Array.from; every browser the extension
// runs in has both, so the build points those imports here (wxt.config.ts) and the content script stays small.
export default Set;
