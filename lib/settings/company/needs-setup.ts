import "server-only";
import { db } from "@/lib/db/client";

/** True until the first administrator exists (an empty company started with CARRACK_DEMO=0). */
export async function needsSetup(): Promise<boolean> {
  const admin = await db.user.findFirst({ where: { role: "admin" }, select: { id: true } });
  return !admin;
}
