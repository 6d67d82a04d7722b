"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Send, XCircle } from "lucide-react";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { issueInvoiceAction, voidInvoiceAction } from "@/lib/actions/invoices";

/** Issue and void for a draft invoice; refusals (quantities taken meanwhile, no rate) show below. */
export function InvoiceDraftActions({ id }: { id: string }) {
  const t = useTranslations("invoices.actions");
  const [issueState, issue, issuing] = useActionState(issueInvoiceAction, null);
  const [voidState, voidDraft, voiding] = useActionState(voidInvoiceAction, null);
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <form action={issue} onSubmit={(e) => { if (!window.confirm(t("issueConfirm"))) e.preventDefault(); }}>
          <input type="hidden" name="id" value={id} />
          <Button type="submit" disabled={issuing || voiding} data-testid="issue-invoice">
            <Send className="h-4 w-4" aria-hidden />
            {t("issue")}
          </Button>
        </form>
        <form action={voidDraft} onSubmit={(e) => { if (!window.confirm(t("voidConfirm"))) e.preventDefault(); }}>
          <input type="hidden" name="id" value={id} />
          <Button type="submit" variant="danger" disabled={issuing || voiding} data-testid="void-invoice">
            <XCircle className="h-4 w-4" aria-hidden />
            {t("void")}
          </Button>
        </form>
      </div>
      <FormStatus state={issueState} />
      <FormStatus state={voidState} />
    </div>
  );
}
