import { z } from "zod";
import { MAX_NOTE_LENGTH } from "@/lib/domain/configuration";
import { LOCALES } from "@/lib/i18n/locales";

// The enquiry form of a public product page. The visitor is anonymous, so everything is bounded;
// the chosen options arrive as JSON text and are checked against the product by the service.

const Text = (max: number) => z.string().trim().max(max).default("");
const Email = z.union([z.literal(""), z.email({ error: "email" }).trim().toLowerCase().max(320)]).default("");

const Choice = z.object({ group: z.string().max(64), choice: z.string().max(64), note: z.string().trim().max(MAX_NOTE_LENGTH).optional() });

const ChoicesJson = z
  .string()
  .max(20_000)
  .default("[]")
  .transform((text, ctx) => {
    try {
      return JSON.parse(text || "[]") as unknown;
    } catch {
      ctx.addIssue({ code: "custom", error: "public.configuration" });
      return z.NEVER;
    }
  })
  .pipe(z.array(Choice).max(50, { error: "public.configuration" }));

export const PublicEnquiryInput = z
  .object({
    slug: z.string().trim().min(1).max(200),
    locale: z.enum(LOCALES).default("zh-CN"),
    variantSku: Text(64),
    choices: ChoicesJson,
    personName: z.string().trim().min(1).max(100),
    company: Text(200),
    email: Email,
    phone: Text(50),
    message: Text(4000),
    // The honeypot: hidden from people, filled in by bots that fill every field.
    website: z.string().max(1000).default(""),
  })
  .refine((v) => v.email !== "" || v.phone !== "", { path: ["email"], error: "public.contactRequired" });
export type PublicEnquiryInput = z.output<typeof PublicEnquiryInput>;
