"use client";

import { useRef, useState, useTransition } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { moveOpportunityAction } from "@/lib/actions/opportunities";
import type { PipelineBoard as Board } from "@/lib/crm/opportunities/find-pipeline-board";
import { displayMoney } from "@/lib/domain/money";
import { stageName } from "@/lib/domain/pipeline";
import { cn } from "@/components/ui/cn";

/**
 * Kanban by stage. Cards move by native HTML5 drag and drop, or with the per-card stage menu
 * (keyboard and touch). Every move goes through the same server rules; lost asks for a reason.
 */
export function PipelineBoard({ board, canMove }: { board: Board; canMove: boolean }) {
  const t = useTranslations("pipeline");
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [over, setOver] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The dragged card, kept here too: some browsers hide dataTransfer contents until the drop.
  const dragged = useRef<{ id: string; from: string } | null>(null);
  const stages = board.columns.map((c) => c.stage);

  function move(id: string, fromStageId: string, stageId: string) {
    if (stageId === fromStageId) return;
    let lostReason = "";
    if (stages.find((s) => s.id === stageId)?.kind === "lost") {
      lostReason = window.prompt(t("board.lostPrompt"))?.trim() ?? "";
      if (!lostReason) return;
    }
    startTransition(async () => {
      const state = await moveOpportunityAction({ id, stageId, lostReason });
      if (state && !state.ok) setError(t("board.moveFailed", { error: Object.values(state.fieldErrors ?? {})[0] ?? state.error }));
      else setError(null);
      router.refresh();
    });
  }

  return (
    <div>
      <p className="mb-3 text-xs text-slate-500">{t("board.dragHint")}</p>
      {error && (
        <p role="alert" className="mb-3 rounded-md bg-red-50 px-3 py-2 text-sm text-red-700 dark:bg-red-950 dark:text-red-300" data-testid="board-error">
          {error}
        </p>
      )}
      <div className={cn("flex gap-3 overflow-x-auto pb-4", pending && "opacity-70")} data-testid="pipeline-board">
        {board.columns.map((column) => (
          <section
            key={column.stage.id}
            data-testid={`board-column-${column.stage.id}`}
            data-stage-kind={column.stage.kind}
            aria-label={stageName(column.stage, locale)}
            className={cn("flex w-72 shrink-0 flex-col rounded-xl border border-slate-200 bg-slate-50 p-2 dark:border-slate-800 dark:bg-slate-900", over === column.stage.id && "ring-2 ring-brand-500")}
            onDragOver={(e) => {
              if (!canMove) return;
              e.preventDefault();
              setOver(column.stage.id);
            }}
            onDragLeave={() => setOver((v) => (v === column.stage.id ? null : v))}
            onDrop={(e) => {
              e.preventDefault();
              setOver(null);
              const [id, from] = e.dataTransfer.getData("text/plain").split("|");
              const card = id && from ? { id, from } : dragged.current;
              dragged.current = null;
              if (card) move(card.id, card.from, column.stage.id);
            }}
          >
            <header className="mb-2 px-1">
              <h2 className="text-sm font-semibold">
                {stageName(column.stage, locale)} <span className="text-slate-500">({column.cards.length})</span>
              </h2>
              <p className="text-xs tabular-nums text-slate-600 dark:text-slate-400" data-testid="column-totals">
                {t("board.total")} {displayMoney(column.totals.raw, board.base, locale)} · {t("board.weighted")} {displayMoney(column.totals.weighted, board.base, locale)}
              </p>
              {Object.keys(column.unconverted).length > 0 && (
                <p className="text-xs tabular-nums text-amber-700 dark:text-amber-400" data-testid="column-unconverted">
                  {t("board.noRate")}{" "}
                  {Object.entries(column.unconverted)
                    .map(([currency, v]) => `${displayMoney(v.raw, currency, locale)} (${t("board.weighted")} ${displayMoney(v.weighted, currency, locale)})`)
                    .join(" · ")}
                </p>
              )}
            </header>
            <ul className="flex min-h-16 flex-col gap-2">
              {column.cards.length === 0 && <li className="px-1 text-xs text-slate-400">{t("board.empty")}</li>}
              {column.cards.map((card) => (
                <li
                  key={card.id}
                  draggable={canMove}
                  data-testid={`board-card-${card.id}`}
                  onDragStart={(e) => {
                    dragged.current = { id: card.id, from: card.stageId };
                    e.dataTransfer.setData("text/plain", `${card.id}|${card.stageId}`);
                    e.dataTransfer.effectAllowed = "move";
                  }}
                  className={cn("rounded-lg border border-slate-200 bg-white p-2 text-sm shadow-sm dark:border-slate-700 dark:bg-slate-800", canMove && "cursor-grab")}
                >
                  <Link href={`/app/crm/opportunities/${card.id}`} draggable={false} className="font-medium text-brand-600 hover:underline dark:text-blue-400">
                    {card.name}
                  </Link>
                  <p className="text-xs text-slate-500">{card.account.name}</p>
                  <p className="text-xs tabular-nums">
                    {displayMoney(card.amount, card.currencyCode, locale)} · {card.expectedCloseDate || "—"} · {card.owner.name}
                  </p>
                  {canMove && (
                    <select
                      aria-label={`${t("board.moveTo")} — ${t("board.cardLabel", { name: card.name, account: card.account.name })}`}
                      className="mt-1 w-full rounded border border-slate-200 bg-transparent px-1 py-0.5 text-xs dark:border-slate-700"
                      value={card.stageId}
                      disabled={pending}
                      data-testid="board-card-move"
                      onChange={(e) => move(card.id, card.stageId, e.target.value)}
                    >
                      {stages.map((s) => (
                        <option key={s.id} value={s.id}>
                          {t("board.moveTo")} {stageName(s, locale)}
                        </option>
                      ))}
                    </select>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}
