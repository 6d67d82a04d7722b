import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can, type Permission } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/audit/write-audit";
import type { Tx } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { AccessDeniedError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import type { DocumentRef } from "./document-ref";
import type { DocumentKind } from "./document-source";
import { documentsTranslator } from "./document-text";
import { renderDocumentPdf } from "./render-document-pdf";

/** Who may send which document to a customer (reading it needs only sales.read). */
const SEND_PERMISSIONS: Record<DocumentRef["type"], Permission[]> = {
  quote: ["sales.manage"],
  order: ["sales.manage"],
  delivery: ["delivery.manage", "sales.manage"],
  invoice: ["billing.manage", "sales.manage"],
  statement: ["billing.manage", "sales.manage"],
};

export type EmailDocumentInput = {
  actor: Actor;
  document: DocumentRef;
  to: string | string[];
  /** The document's and the email's language: the recipient's. */
  locale: Locale;
  /** Empty: the standard subject ("<company> 报价单 Q-2026-00001"). */
  subject?: string;
  /** Empty: the standard greeting naming the document. */
  message?: string;
};

export type EmailedDocument = { outboxId: string; fileName: string; number: string; kind: DocumentKind };

/**
 * Renders the document's PDF and queues an email with it attached, in the caller's transaction:
 * the email exists exactly when the caller's change (a quote marked sent, an invoice issued)
 * commits, and the worker sends it afterwards. Audited on the document.
 */
export async function enqueueDocumentEmailInTx(tx: Tx, input: EmailDocumentInput): Promise<EmailedDocument> {
  const { actor, document, locale } = input;
  if (!SEND_PERMISSIONS[document.type].some((p) => can(actor, p))) throw new AccessDeniedError();
  const { bytes, source } = await renderDocumentPdf(tx, { actor, document, locale });
  const t = documentsTranslator(locale);
  const values: Record<string, string> = { ...source.emailValues, company: source.seller.name, sender: actor.name };
  const subject = input.subject?.trim() || t(`email.subjects.${source.kind}`, { company: values.company, number: values.number ?? "", from: values.from ?? "", to: values.to ?? "" });
  const text =
    input.message?.trim() ||
    (source.kind === "statement"
      ? t("email.bodyStatement", { from: values.from ?? "", to: values.to ?? "", sender: values.sender, company: values.company })
      : t("email.body", { document: source.printable.title, number: source.number, sender: values.sender, company: values.company }));
  const to = (Array.isArray(input.to) ? input.to : [input.to]).map((a) => a.trim()).filter(Boolean);

  const queued = await enqueueEmail(tx, {
    to,
    subject,
    text,
    replyTo: actor.email,
    attachments: [{ filename: source.fileName, contentType: "application/pdf", content: bytes }],
  });
  await writeAudit(tx, {
    actor,
    action: "email",
    entityType: source.entity.type,
    entityId: source.entity.id,
    after: { document: source.kind, number: source.number, to, subject, locale, outboxId: queued.id },
  });
  return { outboxId: queued.id, fileName: source.fileName, number: source.number, kind: source.kind };
}
