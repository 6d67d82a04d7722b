/** Before and after side by side (stacked on phones), pretty-printed JSON. */
export function AuditValues({ before, after, labels }: { before: unknown; after: unknown; labels: { before: string; after: string; empty: string } }) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <Snapshot title={labels.before} value={before} empty={labels.empty} testId="audit-before" />
      <Snapshot title={labels.after} value={after} empty={labels.empty} testId="audit-after" />
    </div>
  );
}

function Snapshot({ title, value, empty, testId }: { title: string; value: unknown; empty: string; testId: string }) {
  const text = value === null || value === undefined ? null : typeof value === "string" ? value : JSON.stringify(value, null, 2);
  return (
    <section className="min-w-0">
      <h2 className="mb-2 text-sm font-medium text-slate-500">{title}</h2>
      <pre
        data-testid={testId}
        className="max-h-[32rem] overflow-auto rounded-lg border border-slate-200 bg-slate-50 p-3 font-mono text-xs leading-relaxed text-slate-800 dark:border-slate-800 dark:bg-slate-950 dark:text-slate-200"
      >
        {text ?? <span className="text-slate-400">{empty}</span>}
      </pre>
    </section>
  );
}
