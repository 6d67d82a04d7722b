import "server-only";
import path from "node:path";

/** ${CARRACK_DATA_DIR ?? "data"}/outbox: emails written as .eml files when no SMTP_URL is set. */
export function emlOutboxDir(): string {
  return path.resolve(process.env.CARRACK_DATA_DIR ?? "data", "outbox");
}

/** ${CARRACK_DATA_DIR ?? "data"}/outbox-files: large attachments of queued emails (the job payload names them). */
export function attachmentFilesDir(): string {
  return path.resolve(process.env.CARRACK_DATA_DIR ?? "data", "outbox-files");
}
