"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { acceptQuoteAction, decideQuoteApprovalAction, rejectQuoteAction, sendQuoteAction } from "@/lib/actions/quotes";

export type QuoteNextStep =
  | { kind: "send"; contactEmail: string | null }
  | { kind: "requestApproval"; discount: string }
  | { kind: "pending"; canDecide: boolean }
  | { kind: "approvalRejected" }
  | { kind: "sent"; revision: number }
  | { kind: "none" };

/** The one next step a quote offers, as the server worked it out (the services check again). */
export function QuoteActions({ quoteId, step }: { quoteId: string; step: QuoteNextStep }) {
  const t = useTranslations("quotes");
  if (step.kind === "none") return null;
  if (step.kind === "send") return <SendForm quoteId={quoteId} contactEmail={step.contactEmail} />;
  if (step.kind === "requestApproval")
    return (
      <StepForm quoteId={quoteId} action={sendQuoteAction} hidden={{ step: "requestApproval" }} hint={t("actions.requestApprovalHint", { discount: step.discount })} label={t("actions.requestApproval")} testId="quote-request-approval" />
    );
  if (step.kind === "approvalRejected") return <p className="text-sm text-red-700 dark:text-red-400">{t("actions.rejectedHint")}</p>;
  if (step.kind === "pending") return step.canDecide ? <DecisionForm quoteId={quoteId} /> : <p className="text-sm text-amber-700 dark:text-amber-400">{t("actions.pendingHint")}</p>;
  return (
    <div className="space-y-4">
      <StepForm quoteId={quoteId} action={acceptQuoteAction} hidden={{ revision: String(step.revision) }} hint={t("actions.acceptHint", { revision: step.revision })} label={t("actions.accept")} testId="quote-accept" />
      <RejectForm quoteId={quoteId} />
    </div>
  );
}

type Action = (prev: Awaited<ReturnType<typeof sendQuoteAction>>, form: FormData) => ReturnType<typeof sendQuoteAction>;

type StepProps = { quoteId: string; action: Action; hidden: Record<string, string>; hint: string; label: string; testId: string };

function StepForm({ quoteId, action, hidden, hint, label, testId }: StepProps) {
  const [state, run, pending] = useActionState(action, null);
  return (
    <form action={run} className="space-y-2">
      <input type="hidden" name="id" value={quoteId} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <p className="text-sm text-slate-600 dark:text-slate-400">{hint}</p>
      <FormStatus state={state} />
      <Button type="submit" disabled={pending} data-testid={testId}>
        {label}
      </Button>
    </form>
  );
}

function SendForm({ quoteId, contactEmail }: { quoteId: string; contactEmail: string | null }) {
  const t = useTranslations("quotes");
  const [state, run, pending] = useActionState(sendQuoteAction, null);
  return (
    <form action={run} className="space-y-2">
      <input type="hidden" name="id" value={quoteId} />
      {contactEmail && (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="email" defaultChecked data-testid="quote-send-email" />
          {t("actions.emailTo", { email: contactEmail })}
        </label>
      )}
      <FormStatus state={state} />
      <Button type="submit" disabled={pending} data-testid="quote-send">
        {t("actions.send")}
      </Button>
    </form>
  );
}

function DecisionForm({ quoteId }: { quoteId: string }) {
  const t = useTranslations("quotes");
  const [state, run, pending] = useActionState(decideQuoteApprovalAction, null);
  return (
    <form action={run} className="space-y-2" data-testid="quote-decision-form">
      <input type="hidden" name="id" value={quoteId} />
      <label htmlFor="quote-decision-comment" className="block text-sm font-medium text-slate-700 dark:text-slate-300">
        {t("actions.comment")}
      </label>
      <textarea id="quote-decision-comment" name="comment" rows={2} maxLength={2000} className={inputClass} data-testid="quote-decision-comment" />
      <p className="text-xs text-slate-500">{t("actions.commentHint")}</p>
      <FormStatus state={state} />
      <div className="flex gap-2">
        <Button type="submit" name="decision" value="approve" disabled={pending} data-testid="quote-approve">
          {t("actions.approve")}
        </Button>
        <Button type="submit" name="decision" value="reject" variant="secondary" disabled={pending} data-testid="quote-reject-discount">
          {t("actions.rejectDiscount")}
        </Button>
      </div>
    </form>
  );
}

function RejectForm({ quoteId }: { quoteId: string }) {
  const t = useTranslations("quotes");
  const [state, run, pending] = useActionState(rejectQuoteAction, null);
  return (
    <form action={run} className="space-y-2 border-t border-slate-100 pt-4 dark:border-slate-800">
      <input type="hidden" name="id" value={quoteId} />
      <label htmlFor="quote-reject-reason" className="block text-sm font-medium text-slate-700 dark:text-slate-300">
        {t("actions.rejectReason")}
      </label>
      <input id="quote-reject-reason" name="reason" required maxLength={2000} className={inputClass} />
      <FormStatus state={state} />
      <Button type="submit" variant="secondary" disabled={pending} data-testid="quote-customer-reject">
        {t("actions.reject")}
      </Button>
    </form>
  );
}
