import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { DocumentRef } from "./document-ref";

// The email form's input. The document travels as one hidden JSON field (its shape differs per
// type: a quote's id and revision, a statement's account and period) and is parsed like the rest.

const MAX_RECIPIENTS = 10;
const OneEmail = z.email();

const Recipients = z
  .string()
  .trim()
  .min(1)
  .max(2000)
  .transform((text, ctx) => {
    const list = text.split(/[\s,;]+/).filter(Boolean);
    if (list.length === 0 || list.length > MAX_RECIPIENTS || list.some((a) => !OneEmail.safeParse(a).success)) {
      ctx.addIssue({ code: "custom", message: "email" });
      return z.NEVER;
    }
    return list;
  });

const DocumentJson = z
  .string()
  .max(1000)
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: "custom", message: "format" });
      return z.NEVER;
    }
  })
  .pipe(DocumentRef);

export const EmailDocumentFormInput = z.object({
  document: DocumentJson,
  recipients: Recipients,
  locale: z.enum(LOCALES),
  subject: z.string().trim().max(200).default(""),
  message: z.string().trim().max(5000).default(""),
});
export type EmailDocumentFormInput = z.infer<typeof EmailDocumentFormInput>;
