"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { door, formObject, type ActionState } from "@/lib/auth/door";
import { transact } from "@/lib/db/transact";
import { enqueueDocumentEmailInTx, type EmailedDocument } from "@/lib/documents/email-document";
import { EmailDocumentFormInput } from "@/lib/documents/email-document-input";

export type EmailDocumentState = ActionState<EmailedDocument>;

/** The email form on quote, invoice and statement pages: render the PDF, queue the email. */
export async function emailDocumentAction(_prev: EmailDocumentState, form: FormData): Promise<EmailDocumentState> {
  const state = await door(EmailDocumentFormInput, formObject(form), "sales.read", (actor, input) =>
    transact((tx) =>
      enqueueDocumentEmailInTx(tx, { actor, document: input.document, to: input.recipients, locale: input.locale, subject: input.subject, message: input.message }),
    ),
  );
  if (!state?.ok) return state;
  // The outbox page lists the queued email.
  revalidatePath("/app/settings/outbox");
  const t = await getTranslations("documents");
  return { ...state, message: t("email.queued") };
}
