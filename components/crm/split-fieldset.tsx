"use client";

import { useState } from "react";
import { Field, SelectField } from "@/components/ui/field";

export type SplitRow = { userId: string; percent: string };
type Labels = { legend: string; hint: string; user: string; percent: string; none: string };

const ROWS = 3;

/** Split owners as three user + percent rows, posted as repeated splitUserId / splitPercent fields. */
export function SplitFieldset({ initial, owners, labels, error }: { initial: SplitRow[]; owners: { id: string; name: string }[]; labels: Labels; error?: string }) {
  const [rows, setRows] = useState<SplitRow[]>(() => Array.from({ length: ROWS }, (_, i) => initial[i] ?? { userId: "", percent: "" }));
  const set = (i: number, key: keyof SplitRow, value: string) => setRows((all) => all.map((row, j) => (j === i ? { ...row, [key]: value } : row)));
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-slate-700 dark:text-slate-300">{labels.legend}</legend>
      <p className="text-xs text-slate-500">{labels.hint}</p>
      {rows.map((row, i) => (
        <div key={i} className="grid gap-2 sm:grid-cols-2">
          <SelectField label={labels.user} name="splitUserId" value={row.userId} onChange={(e) => set(i, "userId", e.target.value)} options={[{ value: "", label: labels.none }, ...owners.map((o) => ({ value: o.id, label: o.name }))]} />
          <Field label={labels.percent} name="splitPercent" inputMode="decimal" value={row.percent} onChange={(e) => set(i, "percent", e.target.value)} />
        </div>
      ))}
      {error && <p className="text-xs text-red-600 dark:text-red-400">{error}</p>}
    </fieldset>
  );
}
