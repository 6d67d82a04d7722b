import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";

/** Every stage in board order, for the admin page. */
export async function findPipelineStages({ actor }: { actor: Actor }) {
  assertCan(actor, "settings.pipeline.manage");
  return db.pipelineStage.findMany({
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, nameZh: true, nameEn: true, position: true, defaultProbabilityBp: true, requiredFields: true, kind: true, active: true },
  });
}
