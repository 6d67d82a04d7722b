import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { db } from "@/lib/db/client";
import { contentTypeOfLogo } from "./image-type";
import { uploadsDir } from "./uploads-dir";

/**
 * The current logo's bytes and type, or null. Only the file the company row names is served,
 * so an old logo or any other file in the data folder can never be fetched by name.
 */
export async function readCompanyLogo(name: string): Promise<{ bytes: Buffer; contentType: string } | null> {
  const contentType = contentTypeOfLogo(name);
  if (!contentType) return null;
  const company = await db.company.findUnique({ where: { id: "company" }, select: { logoPath: true } });
  if (company?.logoPath !== name) return null;
  try {
    return { bytes: await readFile(path.join(uploadsDir(), name)), contentType };
  } catch {
    return null;
  }
}
