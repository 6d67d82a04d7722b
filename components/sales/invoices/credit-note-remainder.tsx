import { randomUUID } from "node:crypto";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { ApplyCreditForm, RefundForm } from "@/components/sales/payments/credit-actions";
import type { Actor } from "@/lib/auth/actor";
import { companyDay } from "@/lib/pricing/company-day";
import { findCreditNoteCredit } from "@/lib/sales/payments/find-credit-note-credit";

/**
 * On an issued credit note's page: what it still has to give (its total less applications and
 * refunds) can be applied to the customer's open invoices or paid back. Nothing when used up.
 */
export async function CreditNoteRemainder({ actor, creditNoteId }: { actor: Actor; creditNoteId: string }) {
  const { source, openInvoices } = await findCreditNoteCredit({ actor, creditNoteId });
  if (source.remainder <= 0) return null;
  const t = await getTranslations("payments");
  return (
    <div className="mb-4 grid gap-4 lg:grid-cols-2" data-testid="credit-note-remainder">
      <Card>
        <h2 className="mb-2 font-semibold">{t("detail.applyTitle")}</h2>
        <ApplyCreditForm source={source} invoices={openInvoices} />
      </Card>
      <Card>
        <h2 className="mb-2 font-semibold">{t("detail.refundTitle")}</h2>
        <RefundForm source={source} idempotencyKey={randomUUID()} today={companyDay()} />
      </Card>
    </div>
  );
}
