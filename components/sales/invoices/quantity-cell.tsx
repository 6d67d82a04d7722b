"use client";

import { inputClass } from "@/components/ui/field";

/** A table cell with a quantity typed as text (empty = none) and its error under it. */
export function QuantityCell({ value, onChange, label, error, disabled, testId }: { value: string; onChange: (v: string) => void; label: string; error?: string; disabled?: boolean; testId: string }) {
  return (
    <td className="px-3 py-2">
      <input
        className={`${inputClass} w-28`}
        inputMode="decimal"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder="0"
        disabled={disabled}
        aria-label={label}
        aria-invalid={error ? true : undefined}
        data-testid={testId}
      />
      {error && <p className="mt-1 text-xs text-red-600 dark:text-red-400">{error}</p>}
    </td>
  );
}
