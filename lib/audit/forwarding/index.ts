// Central audit forwarding: the outbox (Dexie), the forwarder and its retry schedule. Pure except for the
// database; the browser wiring (alarms, settings, messages) is in ./browserForwarder.
export { createForwarder, readForwardingStatus, type Forwarder, type ForwarderDeps, type FlushReason, type ForwardingStatus } from './forwarder';
export { forwardedRecord, toNdjson, type ForwardingSource } from './forwardedRecord';
export { queuedCount, readForwardingState, type ForwardingError, type ForwardingState, type OutboxEntry } from './outbox';
export { PRODUCTION_RETRY, retryDelayMs, TEST_BUILD_RETRY, type RetrySchedule } from './retrySchedule';
