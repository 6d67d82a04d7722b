import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { loadScope } from "@/lib/auth/load-scope";
import { assertCan } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import { transact } from "@/lib/db/transact";
import { isLineProblem, linesTotal, parseLine, type ExactLine } from "@/lib/domain/line-input";
import { FieldError, NotFoundError } from "@/lib/errors";
import type { OpportunityLinesInput } from "@/lib/validation/lines";
import { opportunityScopeWhere } from "./opportunity-values";

const MAX_INT32 = 2_147_483_647;

/**
 * Replaces an opportunity's product lines and sets its amount to their total (an opportunity
 * with lines is worth what its lines say). Every line is checked before anything is written;
 * products must exist. An empty list removes the lines and leaves the amount as it was.
 */
export async function saveOpportunityLines({ actor, input }: { actor: Actor; input: OpportunityLinesInput }): Promise<{ id: string; amount: number; changed: boolean }> {
  assertCan(actor, "crm.manage");
  const scope = await loadScope(actor);
  return transact(async (tx) => {
    const opportunity = await tx.opportunity.findFirst({
      where: { AND: [{ id: input.id }, opportunityScopeWhere(scope)] },
      select: { id: true, amount: true, currencyCode: true, lines: { orderBy: { position: "asc" }, select: { productId: true, description: true, quantity: true, unitPrice: true, discountBp: true } } },
    });
    if (!opportunity) throw new NotFoundError();

    const productIds = [...new Set(input.lines.map((l) => l.productId).filter((id): id is string => id !== null))];
    const products = productIds.length
      ? await tx.product.findMany({ where: { id: { in: productIds }, kind: { not: "group" } }, select: { id: true, uomDecimals: true, nameZh: true, nameEn: true } })
      : [];
    const byId = new Map(products.map((p) => [p.id, p]));
    const lines: ExactLine[] = input.lines.map((typed, i) => {
      const product = typed.productId ? byId.get(typed.productId) : null;
      if (typed.productId && !product) throw new FieldError(`lines.${i}.productId`, "choice");
      const facts = product ? { uomDecimals: product.uomDecimals, name: actor.locale === "en" ? product.nameEn : product.nameZh } : null;
      const parsed = parseLine(typed, i, opportunity.currencyCode, facts);
      if (isLineProblem(parsed)) throw new FieldError(parsed.field, parsed.key);
      return parsed;
    });
    const total = linesTotal(lines);
    if (total > MAX_INT32) throw new FieldError("lines", "lines.total");

    const before = opportunity.lines;
    const after = lines.map(({ productId, description, quantity, unitPrice, discountBp }) => ({ productId, description, quantity, unitPrice, discountBp }));
    if (JSON.stringify(before) === JSON.stringify(after)) return { id: opportunity.id, amount: opportunity.amount, changed: false };

    await tx.opportunityLine.deleteMany({ where: { opportunityId: opportunity.id } });
    if (after.length) await tx.opportunityLine.createMany({ data: after.map((line, position) => ({ ...line, position, opportunityId: opportunity.id })) });
    const amount = after.length ? total : opportunity.amount;
    await tx.opportunity.update({ where: { id: opportunity.id }, data: { amount }, select: { id: true } });
    await writeAudit(tx, { actor, action: "update", entityType: "Opportunity", entityId: opportunity.id, before: { lines: before, amount: opportunity.amount }, after: { lines: after, amount } });
    return { id: opportunity.id, amount, changed: true };
  });
}
