import "server-only";
import { createLeadFromEnquiry } from "@/lib/crm/leads/create-lead-from-enquiry";
import { db } from "@/lib/db/client";
import { FieldError } from "@/lib/errors";
import { log } from "@/lib/log";
import type { PublicEnquiryInput } from "@/lib/validation/public-enquiry";
import { findPublicProductBySlug } from "../find-public-product";
import { baseCurrency } from "../load-public-products";
import { toPublicProduct } from "../to-public-product";
import { publicBaseUrl } from "../urls";
import { describeSelection, type EnquiryLabels } from "./enquiry-configuration";
import { consumeEnquiry } from "./enquiry-rate-limit";

export type EnquiryResult = { kind: "sent"; number: string } | { kind: "ignored" } | { kind: "rateLimited"; retryAfterSeconds: number };

/**
 * A visitor's enquiry from a product page becomes a lead (createLeadFromEnquiry: owner by the
 * assignment rules), with the product and the checked configuration attached. A filled honeypot
 * is answered like a success and writes nothing; over the rate limit nothing is written either.
 * Only a product that is public now can be enquired about; the price is the server's, not the page's.
 */
export async function submitEnquiry({ input, address, labels }: { input: PublicEnquiryInput; address: string; labels: EnquiryLabels }): Promise<EnquiryResult> {
  if (input.website.trim() !== "") {
    log.info({ address }, "enquiry honeypot filled: ignored");
    return { kind: "ignored" };
  }
  const wait = await consumeEnquiry(address);
  if (wait > 0) return { kind: "rateLimited", retryAfterSeconds: wait };

  const source = await findPublicProductBySlug(input.slug);
  if (!source) throw new FieldError("slug", "public.product");
  const product = toPublicProduct(source, { locale: input.locale, baseUrl: publicBaseUrl(), baseCurrency: await baseCurrency() });
  const checked = describeSelection(product, { variantSku: input.variantSku, configuration: { choices: input.choices } }, labels);
  if (!checked.ok) throw new FieldError("configuration", "public.configuration");

  // The lead points at the variant chosen, else the product itself.
  const variant = checked.variant ? await db.product.findFirst({ where: { sku: checked.variant.sku, parentId: source.id }, select: { id: true } }) : null;
  const lead = await createLeadFromEnquiry({
    input: {
      personName: input.personName,
      company: input.company,
      email: input.email,
      phone: input.phone,
      message: input.message,
      productId: variant?.id ?? source.id,
      configuration: JSON.stringify(checked.entries),
      locale: input.locale,
    },
  });
  return { kind: "sent", number: lead.number };
}
