"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { submitEInvoiceAction } from "@/lib/actions/invoices";

/** Shown only when a national e-invoice provider is registered (lib/sales/einvoice/provider.ts). */
export function EInvoiceButton({ id }: { id: string }) {
  const t = useTranslations("invoices.actions");
  const [state, action, pending] = useActionState(submitEInvoiceAction, null);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="id" value={id} />
      <Button type="submit" variant="secondary" disabled={pending} data-testid="submit-einvoice">
        {t("einvoice")}
      </Button>
      <FormStatus state={state} />
    </form>
  );
}
