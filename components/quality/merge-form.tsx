"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { GitMerge } from "lucide-react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { FormStatus } from "@/components/ui/form-status";
import { mergeRecordsAction } from "@/lib/actions/duplicates";

export type MergeSide = { id: string; title: string; subtitle: string; href: string; related: { label: string; count: number }[] };
export type MergeRow = { field: string; label: string; a: string; b: string; aEmpty: boolean; bEmpty: boolean };

type Props = { type: string; a: MergeSide; b: MergeSide; rows: MergeRow[] };

/** Both records side by side: which one stays, and per differing field which value it keeps. */
export function MergeForm({ type, a, b, rows }: Props) {
  const t = useTranslations("quality.merge");
  const [state, action, pending] = useActionState(mergeRecordsAction, null);
  const [keep, setKeep] = useState<"a" | "b">("a");
  // A field defaults to the kept record's value, unless that is empty and the other is not.
  const [picked, setPicked] = useState<Record<string, "a" | "b">>({});
  const sideFor = (row: MergeRow): "a" | "b" => picked[row.field] ?? (keep === "a" ? (row.aEmpty && !row.bEmpty ? "b" : "a") : row.bEmpty && !row.aEmpty ? "a" : "b");
  const differing = rows.filter((r) => r.a !== r.b);
  const same = rows.filter((r) => r.a === r.b);

  const header = (side: "a" | "b", record: MergeSide) => (
    <th className={cn("px-4 py-3 text-left align-top", keep === side && "bg-brand-50 dark:bg-brand-950")}>
      <div className="text-xs uppercase text-slate-500">{side === "a" ? t("recordA") : t("recordB")}</div>
      <a href={record.href} className="font-semibold text-brand-700 hover:underline dark:text-brand-300" data-testid={`merge-title-${side}`}>
        {record.title}
      </a>
      <div className="text-xs font-normal text-slate-500">{record.subtitle}</div>
      <label className="mt-2 flex items-center gap-2 text-sm font-normal">
        <input type="radio" name="keep" value={side} checked={keep === side} onChange={() => setKeep(side)} data-testid={`keep-${side}`} />
        {t("keep")}
      </label>
    </th>
  );

  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (!window.confirm(t("confirm"))) e.preventDefault();
      }}
      className="space-y-4"
      data-testid="merge-form"
    >
      <input type="hidden" name="type" value={type} />
      <input type="hidden" name="a" value={a.id} />
      <input type="hidden" name="b" value={b.id} />
      <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
        <table className="w-full text-sm">
          <thead className="border-b border-slate-200 dark:border-slate-800">
            <tr>
              <th className="w-48 px-4 py-3 text-left align-top text-xs uppercase text-slate-500">{t("field")}</th>
              {header("a", a)}
              {header("b", b)}
            </tr>
          </thead>
          <tbody>
            {differing.map((row) => (
              <tr key={row.field} className="border-b border-slate-100 dark:border-slate-800" data-testid={`merge-row-${row.field}`}>
                <td className="px-4 py-2 font-medium">{row.label}</td>
                {(["a", "b"] as const).map((side) => (
                  <td key={side} className={cn("px-4 py-2", sideFor(row) === side && "bg-green-50 dark:bg-green-950")}>
                    <label className="flex items-start gap-2">
                      <input
                        type="radio"
                        name={`field.${row.field}`}
                        value={side}
                        checked={sideFor(row) === side}
                        onChange={() => setPicked((p) => ({ ...p, [row.field]: side }))}
                        data-testid={`pick-${row.field}-${side}`}
                      />
                      <span className={cn("whitespace-pre-wrap", (side === "a" ? row.aEmpty : row.bEmpty) && "text-slate-400")}>{side === "a" ? row.a : row.b}</span>
                    </label>
                  </td>
                ))}
              </tr>
            ))}
            {same.map((row) => (
              <tr key={row.field} className="border-b border-slate-100 text-slate-500 dark:border-slate-800">
                <td className="px-4 py-2">{row.label}</td>
                <td colSpan={2} className="px-4 py-2">
                  <span className="whitespace-pre-wrap">{row.a}</span> <span className="text-xs">· {t("same")}</span>
                </td>
              </tr>
            ))}
            <tr>
              <td className="px-4 py-2 font-medium">{t("related")}</td>
              {[a, b].map((record) => (
                <td key={record.id} className="px-4 py-2 text-slate-600 dark:text-slate-400">
                  {record.related.map((r) => `${r.label}: ${r.count}`).join(" · ")}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      <FormStatus state={state} />
      <Button type="submit" disabled={pending} data-testid="merge-submit">
        <GitMerge className="h-4 w-4" aria-hidden />
        {t("submit")}
      </Button>
    </form>
  );
}
