/** One labelled value in a record's key-facts grid; empty values show a dash. */
export function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="text-sm text-slate-900 dark:text-slate-100">{children || "—"}</dd>
    </div>
  );
}
