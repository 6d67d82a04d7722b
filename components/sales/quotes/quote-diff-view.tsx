import { useLocale, useTranslations } from "next-intl";
import { basisPointsToPercent } from "@/lib/domain/basis-points";
import { displayMoney } from "@/lib/domain/money";
import { formatQuantity } from "@/lib/domain/quantity";
import type { DiffLine, HeaderField, LineField, QuoteDiff } from "@/lib/domain/quote-diff";

type Props = { diff: QuoteDiff; fromCurrency: string; toCurrency: string };

const MONEY_HEADER = new Set<HeaderField>(["subtotal", "taxTotal", "total"]);

/** A revision diff as two tables: header fields before/after, then lines added, removed or changed. */
export function QuoteDiffView({ diff, fromCurrency, toCurrency }: Props) {
  const t = useTranslations("quotes");
  const locale = useLocale();
  const header = (field: HeaderField, value: unknown, currency: string) => {
    if (typeof value === "boolean") return value ? t("diff.yes") : t("diff.no");
    if (MONEY_HEADER.has(field) && typeof value === "number") return displayMoney(value, currency, locale);
    return value === null || value === "" ? "—" : String(value);
  };
  const cell = (field: LineField, line: DiffLine, currency: string) => {
    const value = line[field];
    if (field === "description") return line.description;
    if (field === "quantity") return formatQuantity(line.quantity);
    if (field === "discountBp" || field === "vatRateBp") return `${basisPointsToPercent(value as number)} %`;
    return displayMoney(value as number, currency, locale);
  };
  if (diff.header.length === 0 && diff.lines.length === 0) return <p className="text-sm text-slate-600" data-testid="quote-diff-empty">{t("diff.noChanges")}</p>;

  return (
    <div className="space-y-6" data-testid="quote-diff">
      {diff.header.length > 0 && (
        <section>
          <h2 className="mb-2 text-sm font-semibold">{t("diff.header")}</h2>
          <table className="w-full text-sm">
            <thead>
              <tr className="border-b border-slate-200 text-left text-xs text-slate-500 dark:border-slate-700">
                <th className="py-2">{t("diff.field")}</th>
                <th className="py-2">{t("diff.before")}</th>
                <th className="py-2">{t("diff.after")}</th>
              </tr>
            </thead>
            <tbody>
              {diff.header.map((c) => (
                <tr key={c.field} className="border-b border-slate-100 dark:border-slate-800" data-testid="quote-diff-header" data-field={c.field}>
                  <td className="py-2">{t(`diff.fields.${c.field}`)}</td>
                  <td className="py-2 text-red-700 line-through dark:text-red-400">{header(c.field, c.from, fromCurrency)}</td>
                  <td className="py-2 text-green-700 dark:text-green-400">{header(c.field, c.to, toCurrency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      <section>
        <h2 className="mb-2 text-sm font-semibold">{t("diff.lines")}</h2>
        <ul className="space-y-2 text-sm">
          {diff.lines.map((c, i) => (
            <li key={i} className="rounded-md border border-slate-200 p-2 dark:border-slate-700" data-testid={`quote-diff-${c.kind}`} data-fields={c.kind === "changed" ? c.fields.join(",") : undefined}>
              <span className="mr-2 font-medium">{t(`diff.${c.kind}`)}</span>
              {c.kind === "added" && <span>{`${c.to.description} · ${formatQuantity(c.to.quantity)} × ${displayMoney(c.to.unitPrice, toCurrency, locale)} = ${displayMoney(c.to.net, toCurrency, locale)}`}</span>}
              {c.kind === "removed" && <span className="line-through">{`${c.from.description} · ${formatQuantity(c.from.quantity)} × ${displayMoney(c.from.unitPrice, fromCurrency, locale)}`}</span>}
              {c.kind === "changed" && (
                <span>
                  {c.to.description}:{" "}
                  {c.fields.map((f) => (
                    <span key={f} className="mr-3 inline-block">
                      {t(`diff.fields.${f}`)} <span className="text-red-700 line-through dark:text-red-400">{cell(f, c.from, fromCurrency)}</span> → <span className="text-green-700 dark:text-green-400">{cell(f, c.to, toCurrency)}</span>
                    </span>
                  ))}
                </span>
              )}
            </li>
          ))}
        </ul>
        <p className="mt-2 text-xs text-slate-500">{t("diff.unchanged", { count: diff.unchangedLines })}</p>
      </section>
    </div>
  );
}
