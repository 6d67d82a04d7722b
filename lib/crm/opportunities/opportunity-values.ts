import "server-only";
import type { Scope } from "@/lib/auth/scope";
import { ownerWhere } from "@/lib/auth/scope";
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { percentToBasisPoints } from "@/lib/domain/basis-points";
import { tryParseMoney } from "@/lib/domain/money";
import { parseRequiredFields, type ForecastCategory } from "@/lib/domain/pipeline";
import { FieldError, NotFoundError } from "@/lib/errors";
import type { OpportunityCreateInput } from "@/lib/validation/opportunity";
import { accountScopeWhere, assertAssignable } from "../crm-scope";

const MAX_INT32 = 2_147_483_647;

/** Opportunities the scope may see: owned by someone in it, or shared with them by a split (as accounts). */
export function opportunityScopeWhere(scope: Scope): Prisma.OpportunityWhereInput {
  if (scope.kind === "all") return {};
  return { OR: [ownerWhere(scope, "ownerId"), { splits: { some: { userId: { in: scope.userIds } } } }] };
}

export type StageRow = { id: string; kind: string; defaultProbabilityBp: number; requiredFields: string; active: boolean };
export const STAGE_SELECT = { id: true, kind: true, defaultProbabilityBp: true, requiredFields: true, active: true } as const;

type EntryValues = { contactId: string | null; amount: number; expectedCloseDate: string; source: string; competitors: string; nextStep: string; lostReason: string };

/**
 * The rules for entering a stage: its required fields must be filled and "lost" needs a reason.
 * Errors name the field, so a form shows them next to it.
 */
export function assertCanEnter(stage: StageRow, values: EntryValues): void {
  for (const field of parseRequiredFields(stage.requiredFields)) {
    const value = values[field];
    if (value === null || value === "" || value === 0) throw new FieldError(field, "pipeline.requiredForStage");
  }
  if (stage.kind === "lost" && values.lostReason.trim() === "") throw new FieldError("lostReason", "pipeline.lostReason");
}

/** Won and lost close the forecast; leaving them reopens it as plain pipeline. */
export function forecastFor(stage: StageRow, wanted: ForecastCategory): ForecastCategory {
  if (stage.kind !== "open") return "closed";
  return wanted === "closed" ? "pipeline" : wanted;
}

/**
 * Checks every caller-supplied reference inside the transaction (an account the actor sees, a
 * contact of that account, an enabled currency, an active stage, an assignable owner) and returns
 * the row values. `current` keeps an existing owner/stage without re-checking assignment.
 */
export async function opportunityValues(tx: Tx, scope: Scope, assignable: Prisma.UserWhereInput, input: OpportunityCreateInput, current?: { ownerId: string; stageId: string; probabilityBp: number }) {
  const account = await tx.account.findFirst({ where: { AND: [{ id: input.accountId }, accountScopeWhere(scope)] }, select: { id: true } });
  if (!account) throw new NotFoundError();
  if (input.contactId) {
    const contact = await tx.contact.findFirst({ where: { id: input.contactId, accountId: input.accountId }, select: { id: true } });
    if (!contact) throw new FieldError("contactId", "choice");
  }
  const currency = await tx.currency.findFirst({ where: { code: input.currencyCode, enabled: true }, select: { code: true } });
  if (!currency) throw new FieldError("currencyCode", "choice");
  const amount = input.amount.trim() === "" ? 0 : tryParseMoney(input.amount, currency.code);
  if (amount === null || amount < 0 || amount > MAX_INT32) throw new FieldError("amount", "pipeline.amount");

  const stage = await tx.pipelineStage.findUnique({ where: { id: input.stageId }, select: STAGE_SELECT });
  if (!stage || (!stage.active && stage.id !== current?.stageId)) throw new FieldError("stageId", "choice");
  const owner =
    current?.ownerId === input.ownerId
      ? await tx.user.findUniqueOrThrow({ where: { id: input.ownerId }, select: { teamId: true } })
      : await assertAssignable(tx, assignable, input.ownerId, "ownerId");

  let probabilityBp: number;
  if (input.probability === "") probabilityBp = current && current.stageId === stage.id ? current.probabilityBp : stage.defaultProbabilityBp;
  else {
    const bp = percentToBasisPoints(input.probability);
    if (bp === null) throw new FieldError("probability", "pipeline.probability");
    probabilityBp = bp;
  }
  const values = {
    accountId: account.id,
    contactId: input.contactId,
    name: input.name,
    amount,
    currencyCode: currency.code,
    stageId: stage.id,
    probabilityBp,
    expectedCloseDate: input.expectedCloseDate,
    ownerId: input.ownerId,
    teamId: owner.teamId,
    source: input.source,
    campaign: input.campaign ?? "",
    rating: input.rating,
    forecastCategory: forecastFor(stage, input.forecastCategory),
    competitors: input.competitors,
    nextStep: input.nextStep,
    lostReason: stage.kind === "lost" ? input.lostReason : "",
  };
  if (stage.id !== current?.stageId) assertCanEnter(stage, { ...values, lostReason: input.lostReason });
  return { values, stage };
}
