import "server-only";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

// Noto Sans SC covers Chinese, Latin and the currency signs we print, so every document uses it
// for all text (pdfkit's built-in fonts have no CJK glyphs). pdfkit embeds only the glyphs a
// document uses, so a PDF stays small although each font file is ~10 MB.

const PACKAGE = "@expo-google-fonts/noto-sans-sc";
const FILES = { regular: "400Regular/NotoSansSC_400Regular.ttf", bold: "700Bold/NotoSansSC_700Bold.ttf" } as const;
export type FontWeight = keyof typeof FILES;

/**
 * Where the font file lives. `next start`, tsx scripts and vitest all run from the repository
 * root, so process.cwd() finds node_modules; module resolution is the fallback for a process
 * started elsewhere (it walks up from this file's compiled location).
 */
export function fontPath(weight: FontWeight): string {
  const relative = `${PACKAGE}/${FILES[weight]}`;
  const candidates = [path.join(process.cwd(), "node_modules", relative)];
  try {
    candidates.push(createRequire(import.meta.url).resolve(relative));
  } catch {
    // not resolvable from here: the cwd candidate is all we have
  }
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`PDF font not found: ${relative} (looked in ${candidates.join(", ")})`);
  return found;
}

const cache = new Map<FontWeight, Buffer>();

/** The font's bytes, read once per process. */
export function fontBytes(weight: FontWeight): Buffer {
  let bytes = cache.get(weight);
  if (!bytes) {
    bytes = readFileSync(fontPath(weight));
    cache.set(weight, bytes);
  }
  return bytes;
}
