// Dexie needs IndexedDB; unit tests run in Node, so provide an in-memory one.
import 'fake-indexeddb/auto';
