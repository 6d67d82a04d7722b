// Sizes shared by the browser (chunking, messages) and the server (enforcing them).

/** Largest file the import accepts. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** The browser sends the file in pieces of at most this size (server actions take 2 MB). */
export const MAX_CHUNK_BYTES = 1024 * 1024;
/** Rows per batch call and per transaction. */
export const IMPORT_BATCH_SIZE = 200;
