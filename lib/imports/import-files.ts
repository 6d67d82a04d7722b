import "server-only";
import { randomBytes } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { appendFile, mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { parse } from "csv-parse";
import type { Actor } from "@/lib/auth/actor";
import { NotFoundError } from "@/lib/errors";
import { log } from "@/lib/log";
import { bomEncoding, detectDelimiter, utf8Checker, type CsvEncoding } from "./encoding";
import { ImportError } from "./import-error";
import { MAX_CHUNK_BYTES, MAX_IMPORT_BYTES } from "./limits";

// Uploaded import files live on disk, never whole in memory: the browser sends the file in
// chunks, we normalise it once to UTF-8 and count its records, and each batch later streams
// from a byte checkpoint near its first row. A sidecar JSON holds who owns it and what it is.

/** A byte offset is remembered every this many data rows (batch sizes are multiples of it). */
export const CHECKPOINT_EVERY = 100;
const MAX_AGE_MS = 24 * 60 * 60 * 1000;
const TOKEN = /^[a-f0-9]{32}$/;

export type ImportMeta = {
  token: string;
  userId: string;
  type: string;
  fileName: string;
  size: number;
  status: "uploading" | "ready";
  createdAt: string;
  encoding?: CsvEncoding;
  delimiter?: "," | ";" | "\t";
  headers?: string[];
  /** Data rows (the header row excluded). */
  total?: number;
  /** Data row index (multiple of CHECKPOINT_EVERY) → byte offset where that row starts. */
  checkpoints?: Record<number, number>;
};

export type ReadyImport = Required<ImportMeta>;

export function importsDir(): string {
  return path.resolve(process.env.CARRACK_DATA_DIR ?? "data", "imports");
}

function fileOf(token: string, ext: "part" | "csv" | "json"): string {
  // The token is ours (random hex) and checked, so no caller text ever reaches a path.
  if (!TOKEN.test(token)) throw new NotFoundError();
  return path.join(importsDir(), `${token}.${ext}`);
}

/** Parser options shared by counting and reading, so both see exactly the same records. */
export function csvOptions(delimiter: string) {
  return {
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    max_record_size: 1024 * 1024,
  } as const;
}

async function writeMeta(meta: ImportMeta): Promise<void> {
  const file = fileOf(meta.token, "json");
  await writeFile(`${file}.tmp`, JSON.stringify(meta));
  await rename(`${file}.tmp`, file);
}

/** The actor's own upload; anybody else's (or a forged token) is simply not found. */
export async function loadImport({ actor, token }: { actor: Actor; token: string }): Promise<ImportMeta> {
  let meta: ImportMeta;
  try {
    meta = JSON.parse(await readFile(fileOf(token, "json"), "utf8")) as ImportMeta;
  } catch {
    throw new NotFoundError();
  }
  if (meta.userId !== actor.id || meta.token !== token) throw new NotFoundError();
  return meta;
}

export async function loadReadyImport(args: { actor: Actor; token: string; type: string }): Promise<ReadyImport> {
  const meta = await loadImport(args);
  if (meta.status !== "ready" || meta.type !== args.type) throw new NotFoundError();
  return meta as ReadyImport;
}

/** Old uploads are removed when a new one starts: nobody resumes an import after a day. */
async function removeStale(now: number): Promise<void> {
  const dir = importsDir();
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    if (!/^[a-f0-9]{32}\.(part|csv|json)(\.tmp)?$/.test(name)) continue;
    const file = path.join(dir, name);
    const info = await stat(file).catch(() => null);
    if (info && now - info.mtimeMs > MAX_AGE_MS) await rm(file, { force: true }).catch((err) => log.warn({ err, file }, "could not remove old import"));
  }
}

export async function createUpload({ actor, type, fileName, size }: { actor: Actor; type: string; fileName: string; size: number }): Promise<ImportMeta> {
  if (size <= 0) throw new ImportError("errors.empty");
  if (size > MAX_IMPORT_BYTES) throw new ImportError("errors.tooLarge", { max: MAX_IMPORT_BYTES / 1024 / 1024 });
  await mkdir(importsDir(), { recursive: true });
  await removeStale(Date.now());
  const meta: ImportMeta = {
    token: randomBytes(16).toString("hex"),
    userId: actor.id,
    type,
    fileName: fileName.slice(0, 200),
    size,
    status: "uploading",
    createdAt: new Date().toISOString(),
  };
  await writeFile(fileOf(meta.token, "part"), new Uint8Array(0), { flag: "wx" });
  await writeMeta(meta);
  return meta;
}

/**
 * Appends one chunk at `offset`. A retried chunk (already there, same length) is accepted
 * without appending twice; anything out of order is refused.
 */
export async function appendChunk({ actor, token, offset, bytes }: { actor: Actor; token: string; offset: number; bytes: Uint8Array }): Promise<number> {
  const meta = await loadImport({ actor, token });
  if (meta.status !== "uploading") throw new NotFoundError();
  if (bytes.length === 0 || bytes.length > MAX_CHUNK_BYTES) throw new ImportError("errors.chunk");
  if (offset + bytes.length > meta.size) throw new ImportError("errors.chunk");
  const file = fileOf(token, "part");
  const { size } = await stat(file);
  if (size === offset + bytes.length) return size; // a retry of the chunk we already have
  if (size !== offset) throw new ImportError("errors.chunk");
  await appendFile(file, bytes);
  return offset + bytes.length;
}

async function readHead(file: string, length: number): Promise<Uint8Array> {
  const handle = await open(file, "r");
  try {
    const buffer = new Uint8Array(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** BOM first, then a streaming UTF-8 validity check over the whole file; GB18030 otherwise. */
async function sniffEncoding(file: string): Promise<{ encoding: CsvEncoding; skip: number }> {
  const bom = bomEncoding(await readHead(file, 4));
  if (bom) return { encoding: bom.encoding, skip: bom.length };
  const check = utf8Checker();
  for await (const chunk of createReadStream(file)) {
    if (!check.push(chunk as Buffer)) return { encoding: "gb18030", skip: 0 };
  }
  return { encoding: check.end() ? "utf-8" : "gb18030", skip: 0 };
}

/** Rewrites the upload as UTF-8 without a BOM (a plain copy when it already is UTF-8). */
async function normalize(from: string, to: string, encoding: CsvEncoding, skip: number): Promise<void> {
  const source = createReadStream(from, { start: skip });
  if (encoding === "utf-8") {
    await pipeline(source, createWriteStream(to, { flags: "wx" }));
    return;
  }
  const decoder = new TextDecoder(encoding);
  await pipeline(
    source,
    async function* (chunks: AsyncIterable<Buffer>) {
      for await (const chunk of chunks) yield Buffer.from(decoder.decode(chunk, { stream: true }), "utf8");
      yield Buffer.from(decoder.decode(), "utf8");
    },
    createWriteStream(to, { flags: "wx" }),
  );
}

/** One pass over the normalised file: the header, the number of data rows, the checkpoints. */
async function survey(file: string, delimiter: string): Promise<{ headers: string[]; total: number; checkpoints: Record<number, number> }> {
  const parser = createReadStream(file).pipe(parse({ ...csvOptions(delimiter), info: true }));
  let headers: string[] | null = null;
  let total = 0;
  const checkpoints: Record<number, number> = {};
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { bytes: number } }>) {
      if (headers === null) headers = record.map((h) => h.trim());
      else total += 1;
      // info.bytes is where the next record starts: remember it for every CHECKPOINT_EVERY-th row.
      if (total % CHECKPOINT_EVERY === 0) checkpoints[total] = info.bytes;
    }
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new ImportError("errors.malformed", { line: typeof line === "number" ? line : 0 });
  }
  if (!headers || headers.every((h) => h === "")) throw new ImportError("errors.noHeader");
  if (total === 0) throw new ImportError("errors.noRows");
  return { headers, total, checkpoints };
}

/** After the last chunk: decode, normalise, count. The import is then ready for batches. */
export async function finishUpload({ actor, token }: { actor: Actor; token: string }): Promise<ReadyImport> {
  const meta = await loadImport({ actor, token });
  if (meta.status === "ready") return meta as ReadyImport;
  const part = fileOf(token, "part");
  const csv = fileOf(token, "csv");
  const { size } = await stat(part);
  if (size !== meta.size) throw new ImportError("errors.chunk");
  const { encoding, skip } = await sniffEncoding(part);
  await rm(csv, { force: true });
  await normalize(part, csv, encoding, skip);
  await rm(part, { force: true });
  const head = new TextDecoder("utf-8").decode(await readHead(csv, 64 * 1024));
  const delimiter = detectDelimiter(head);
  const { headers, total, checkpoints } = await survey(csv, delimiter);
  const ready: ReadyImport = { ...meta, status: "ready", encoding, delimiter, headers, total, checkpoints };
  await writeMeta(ready);
  return ready;
}

/**
 * Data rows [offset, offset + limit) as raw records, streamed from the nearest checkpoint so a
 * batch deep in a large file neither re-reads nor holds the rows before it.
 */
export async function readRows(meta: ReadyImport, offset: number, limit: number): Promise<{ index: number; record: string[] }[]> {
  if (offset >= meta.total) return [];
  const base = Math.floor(offset / CHECKPOINT_EVERY) * CHECKPOINT_EVERY;
  const start = meta.checkpoints[base];
  if (start === undefined) throw new Error(`missing checkpoint ${base}`);
  const stream = createReadStream(fileOf(meta.token, "csv"), { start });
  const parser = stream.pipe(parse(csvOptions(meta.delimiter)));
  const rows: { index: number; record: string[] }[] = [];
  let index = base;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      if (index >= offset) rows.push({ index, record });
      index += 1;
      if (rows.length >= limit) break;
    }
  } finally {
    stream.destroy();
  }
  return rows;
}

/** Removes an import's files (when the user starts over or is done). */
export async function discardImport({ actor, token }: { actor: Actor; token: string }): Promise<void> {
  await loadImport({ actor, token });
  for (const ext of ["part", "csv", "json"] as const) await rm(fileOf(token, ext), { force: true });
}
