"use client";

import { useTranslations } from "next-intl";
import { inputClass } from "@/components/ui/field";
import type { ColumnMapping } from "@/lib/imports/mapping";

export type WizardField = { key: string; label: string; required: boolean; aliases: string[] };

/** One row per field: which column of the file fills it, with a sample of the first rows. */
export function MappingStep({
  fields,
  headers,
  preview,
  mapping,
  onChange,
}: {
  fields: WizardField[];
  headers: string[];
  preview: string[][];
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
}) {
  const t = useTranslations("imports");
  const set = (key: string, value: string) => {
    const next = { ...mapping };
    if (value === "") delete next[key];
    else next[key] = Number(value);
    onChange(next);
  };
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm" data-testid="import-mapping">
        <thead className="text-xs uppercase text-slate-500">
          <tr>
            <th className="py-2 pr-3">{t("field")}</th>
            <th className="py-2 pr-3">{t("column")}</th>
            <th className="py-2">{t("sample")}</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => {
            const index = mapping[field.key];
            const sample = index === undefined ? [] : preview.map((r) => r[index] ?? "").filter((v) => v !== "");
            return (
              <tr key={field.key} className="border-t border-slate-100 align-top dark:border-slate-800">
                <td className="py-2 pr-3">
                  <div className="font-medium">
                    {field.label}
                    {field.required && <span className="text-red-600"> *</span>}
                  </div>
                  <div className="font-mono text-xs text-slate-500">{field.key}</div>
                </td>
                <td className="py-2 pr-3">
                  <select
                    aria-label={field.label}
                    data-testid={`map-${field.key}`}
                    className={`${inputClass} min-w-44`}
                    value={index === undefined ? "" : String(index)}
                    onChange={(e) => set(field.key, e.target.value)}
                  >
                    <option value="">{t("notImported")}</option>
                    {headers.map((h, i) => (
                      <option key={i} value={String(i)}>
                        {h || t("unnamedColumn", { n: i + 1 })}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="max-w-64 truncate py-2 text-xs text-slate-500" title={sample.join(" · ")}>
                  {sample.slice(0, 3).join(" · ")}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
