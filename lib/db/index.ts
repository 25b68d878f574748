// Extension pages and background only: never import this from the content script.
export { AppDB, APP_DB_NAME, assertExtensionContext, getAppDB } from './app-db';
export * from './collection';
export {
  addScreenToCollection,
  clearCollection,
  getCollection,
  purgeExpiredCollections,
  removeScreenFromCollection,
  type AddScreenResult,
  type CollectionRefusal,
  type ScreenInput,
} from './collections';
export { lastCallTime, recordCallTime } from './callTimes';
