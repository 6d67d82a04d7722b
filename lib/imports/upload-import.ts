import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/errors";
import { appendChunk, createUpload, finishUpload, loadImport, readRows } from "./import-files";
import { importerFor } from "./registry";

// The three steps of sending a file, each checking the import type's permission again.

function importerAllowed(actor: Actor, type: string) {
  const importer = importerFor(type);
  if (!importer) throw new NotFoundError();
  assertCan(actor, importer.permission);
  return importer;
}

export async function startImportUpload({ actor, type, fileName, size }: { actor: Actor; type: string; fileName: string; size: number }): Promise<{ token: string }> {
  importerAllowed(actor, type);
  const meta = await createUpload({ actor, type, fileName, size });
  return { token: meta.token };
}

export async function uploadImportChunk({ actor, token, offset, chunk }: { actor: Actor; token: string; offset: number; chunk: Blob }): Promise<{ received: number }> {
  const meta = await loadImport({ actor, token });
  importerAllowed(actor, meta.type);
  const received = await appendChunk({ actor, token, offset, bytes: new Uint8Array(await chunk.arrayBuffer()) });
  return { received };
}

export type UploadedImport = { token: string; headers: string[]; total: number; encoding: string; fileName: string; preview: string[][] };

export async function finishImportUpload({ actor, token }: { actor: Actor; token: string }): Promise<UploadedImport> {
  const meta = await loadImport({ actor, token });
  importerAllowed(actor, meta.type);
  const ready = await finishUpload({ actor, token });
  // A few rows so the mapping step can show what each column holds.
  const preview = (await readRows(ready, 0, 3)).map((r) => r.record.map((v) => v.slice(0, 100)));
  return { token, headers: ready.headers, total: ready.total, encoding: ready.encoding, fileName: ready.fileName, preview };
}
