import "server-only";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

// Noto Sans SC covers Chinese, Latin and the currency signs we print, so every document uses it
// for all text (pdfkit's built-in fonts have no CJK glyphs). pdfkit embeds only the glyphs a
// document uses, so a PDF stays small although each font file is ~10 MB.
//
// The path is built at run time only, out of the bundler's sight: a require.resolve or an
// import of the .ttf would make Turbopack try to bundle the package's fonts and fail the build.

const PACKAGE_DIR = ["node_modules", "@expo-google-fonts", "noto-sans-sc"];
const FILES = { regular: ["400Regular", "NotoSansSC_400Regular.ttf"], bold: ["700Bold", "NotoSansSC_700Bold.ttf"] } as const;
export type FontWeight = keyof typeof FILES;

/**
 * Where the font file lives: CARRACK_FONT_DIR (a folder holding the package's weight folders)
 * when set; else node_modules of the working directory — `next start`, tsx scripts and vitest
 * all run from the repository root — or of a folder above it.
 */
export function fontPath(weight: FontWeight): string {
  const candidates: string[] = [];
  if (process.env.CARRACK_FONT_DIR) candidates.push(path.join(process.env.CARRACK_FONT_DIR, ...FILES[weight]));
  for (let dir = process.cwd(), i = 0; i < 6; i++) {
    candidates.push(path.join(/* turbopackIgnore: true */ dir, ...PACKAGE_DIR, ...FILES[weight]));
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`PDF font not found: ${FILES[weight].join("/")} (looked in ${candidates.join(", ")})`);
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
