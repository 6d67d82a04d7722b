import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

/** The period of a ledger or statement: a plain GET form, so the URL says what is shown. */
export async function PeriodForm({ from, to }: { from: string; to: string }) {
  const t = await getTranslations("receivables.ledger");
  return (
    <form method="get" className="flex flex-wrap items-end gap-2" data-testid="period-form">
      <Field label={t("from")} name="from" type="date" defaultValue={from} />
      <Field label={t("to")} name="to" type="date" defaultValue={to} />
      <Button type="submit" variant="secondary">{t("show")}</Button>
    </form>
  );
}
