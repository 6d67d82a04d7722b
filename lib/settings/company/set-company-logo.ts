import "server-only";
import { randomUUID } from "node:crypto";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { transact } from "@/lib/db/transact";
import { FieldError, NotFoundError } from "@/lib/errors";
import { log } from "@/lib/log";
import { detectImageType, IMAGE_EXTENSIONS, LOGO_FILE_NAME, MAX_LOGO_BYTES } from "./image-type";
import { uploadsDir } from "./uploads-dir";

/**
 * Replaces (or, with `file: null`, removes) the company logo. The file gets a random name we
 * choose, so nothing of the upload's name reaches the disk; its type comes from its bytes.
 * The new file is written before the database points at it and the old one removed only after
 * the change has committed, so the page never shows a missing logo.
 */
export async function setCompanyLogo({ actor, file }: { actor: Actor; file: File | null }): Promise<string | null> {
  assertCan(actor, "settings.company.manage");
  let name: string | null = null;
  if (file) {
    if (file.size === 0 || file.size > MAX_LOGO_BYTES) throw new FieldError("logo", "imageType");
    const bytes = new Uint8Array(await file.arrayBuffer());
    const type = detectImageType(bytes);
    if (!type) throw new FieldError("logo", "imageType");
    name = `logo-${randomUUID()}.${IMAGE_EXTENSIONS[type]}`;
    await mkdir(uploadsDir(), { recursive: true });
    await writeFile(path.join(uploadsDir(), name), bytes, { flag: "wx" });
  }

  let previous: string | null;
  try {
    previous = await transact(async (tx) => {
      const before = await tx.company.findUnique({ where: { id: "company" }, select: { logoPath: true } });
      if (!before) throw new NotFoundError();
      await tx.company.update({ where: { id: "company" }, data: { logoPath: name } });
      await writeAudit(tx, { actor, action: "update", entityType: "Company", entityId: "company", before: { logoPath: before.logoPath }, after: { logoPath: name } });
      return before.logoPath;
    });
  } catch (error) {
    if (name) await removeUpload(name);
    throw error;
  }
  if (previous && previous !== name) await removeUpload(previous);
  return name;
}

async function removeUpload(name: string): Promise<void> {
  if (!LOGO_FILE_NAME.test(name)) return; // only ever delete files we named
  await rm(path.join(uploadsDir(), name), { force: true }).catch((err) => log.warn({ err, name }, "could not remove old logo"));
}
