import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { percentOf, sumMoney } from "@/lib/domain/money";
import { AppError } from "@/lib/errors";
import { convertToBase } from "@/lib/pricing/convert-to-base";
import { crmScope } from "../crm-scope";
import { teamFilterIds } from "../team-filter";
import { opportunitiesWhere, type OpportunitiesParams } from "./opportunities-table";
import { opportunityScopeWhere } from "./opportunity-values";

export type BoardTotals = { raw: number; weighted: number };
// Per currency that has no rate on or before today: shown apart, never added to the base totals.
export type Unconverted = Record<string, BoardTotals>;

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * The kanban board: one column per active stage with the actor's opportunities (optionally
 * filtered like the list), and raw and weighted totals in the base currency. Amounts in other currencies are
 * converted at the latest rate on or before `day`; without a rate they are totalled per currency.
 */
export async function findPipelineBoard({ actor, filters, day = today() }: { actor: Actor; filters?: Pick<OpportunitiesParams, "q" | "filters">; day?: string }) {
  const scope = await crmScope(actor);
  const [stages, company] = await Promise.all([
    db.pipelineStage.findMany({ where: { active: true }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, nameZh: true, nameEn: true, kind: true } }),
    db.company.findUnique({ where: { id: "company" }, select: { baseCurrency: true } }),
  ]);
  const base = company?.baseCurrency ?? "CNY";
  const and = [opportunityScopeWhere(scope), { stageId: { in: stages.map((s) => s.id) } }];
  // The same filters as the list (owner, team, close month, rating, search), so both views agree.
  if (filters) and.push(opportunitiesWhere(filters, await teamFilterIds(filters.filters.team)));
  const rows = await db.opportunity.findMany({
    where: { AND: and },
    orderBy: [{ expectedCloseDate: "asc" }, { id: "asc" }],
    take: 2000,
    select: { id: true, name: true, amount: true, currencyCode: true, probabilityBp: true, expectedCloseDate: true, stageId: true, account: { select: { name: true } }, owner: { select: { name: true } } },
  });

  const columns = stages.map((stage) => {
    const cards = rows.filter((r) => r.stageId === stage.id);
    return { stage, cards, converted: [] as number[], weighted: [] as number[], unconverted: {} as Unconverted };
  });
  for (const column of columns) {
    for (const card of column.cards) {
      let inBase: number | null = card.amount;
      if (card.currencyCode !== base) {
        try {
          inBase = (await convertToBase({ amount: card.amount, currency: card.currencyCode, date: day })).amount;
        } catch (error) {
          if (!(error instanceof AppError) || error.key !== "pricing.noRate") throw error;
          inBase = null;
        }
      }
      if (inBase === null) {
        const bucket = (column.unconverted[card.currencyCode] ??= { raw: 0, weighted: 0 });
        bucket.raw = sumMoney([bucket.raw, card.amount]);
        bucket.weighted = sumMoney([bucket.weighted, percentOf(card.amount, card.probabilityBp)]);
      } else {
        column.converted.push(inBase);
        column.weighted.push(percentOf(inBase, card.probabilityBp));
      }
    }
  }
  return {
    base,
    columns: columns.map(({ stage, cards, converted, weighted, unconverted }) => ({ stage, cards, totals: { raw: sumMoney(converted), weighted: sumMoney(weighted) }, unconverted })),
  };
}

export type PipelineBoard = Awaited<ReturnType<typeof findPipelineBoard>>;
