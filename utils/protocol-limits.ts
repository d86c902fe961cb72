/**
 * Message limits shared by the content script and the schemas in protocol.ts. A module
 * of its own so the content script reads them without loading zod.
 */

/** Limits that keep one message small: a huge page is annotated in several batches. */
export const MAX_CHUNK_CHARS = 200_000;
export const MAX_BATCH_CHARS = 1_000_000;
