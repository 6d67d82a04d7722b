"use client";

import { useTransition } from "react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";

/** A select that puts its value into the URL (and drops the page number), for server-rendered filters. */
export function UrlSelect({ name, label, value, options, allLabel, testId }: { name: string; label: string; value: string; options: { value: string; label: string }[]; allLabel: string; testId?: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  const [pending, start] = useTransition();
  return (
    <label className="flex flex-col gap-0.5 text-xs text-slate-500">
      {label}
      <select
        className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
        value={value}
        aria-busy={pending}
        data-testid={testId}
        onChange={(e) => {
          const next = new URLSearchParams(search.toString());
          if (e.target.value) next.set(name, e.target.value);
          else next.delete(name);
          next.delete("page");
          start(() => router.push(`${pathname}${next.size ? `?${next}` : ""}`));
        }}
      >
        <option value="">{allLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
