/**
 * Constants of the protocol that the content script needs as values: a module of its
 * own, so it reads them without loading the schemas (and zod) in protocol.ts.
 */

/** Limits that keep one message small: a huge page is annotated in several batches. */
export const MAX_CHUNK_CHARS = 200_000;
export const MAX_BATCH_CHARS = 1_000_000;

/**
 * The name of the port pages and the popup open to the data host (Chromium). The service
 * worker does not listen for ports, so a page's questions never wake it.
 */
export const HOST_PORT = 'newscontext-data-host';
