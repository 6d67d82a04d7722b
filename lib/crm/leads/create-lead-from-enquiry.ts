import "server-only";
import { writeAudit } from "@/lib/audit/write-audit";
import { transact } from "@/lib/db/transact";
import { FieldError } from "@/lib/errors";
import { nextDocumentNumber } from "@/lib/settings/numbering/next-document-number";
import type { EnquiryLeadInput } from "@/lib/validation/leads";
import { assignLeadOwner } from "./assign-lead-owner";
import { notifyLeadOwner } from "./notify-lead-owner";

/**
 * A visitor's enquiry from the public catalog becomes a lead (source "enquiry") with the product
 * and chosen configuration attached, owned by whoever the assignment rules pick. There is no
 * actor: the audit entry has none. The caller parses the form with EnquiryLeadInput first.
 */
export async function createLeadFromEnquiry({ input }: { input: EnquiryLeadInput }): Promise<{ id: string; number: string }> {
  return transact(async (tx) => {
    if (input.productId) {
      // Only a product that exists (the public page offers published ones) may be attached.
      const product = await tx.product.findUnique({ where: { id: input.productId }, select: { id: true } });
      if (!product) throw new FieldError("productId", "choice");
    }
    const owner = await assignLeadOwner(tx, { region: "" });
    const values = {
      personName: input.personName,
      company: input.company,
      email: input.email,
      phone: input.phone,
      message: input.message,
      productId: input.productId,
      configuration: input.configuration,
      source: "enquiry",
      ownerId: owner.id,
      teamId: owner.teamId,
    };
    const number = await nextDocumentNumber(tx, "LEAD", new Date());
    const lead = await tx.lead.create({ data: { ...values, number }, select: { id: true, number: true } });
    await writeAudit(tx, { actor: null, action: "create", entityType: "Lead", entityId: lead.id, after: { number, ...values, locale: input.locale } });
    await notifyLeadOwner(tx, { userId: owner.id, leadId: lead.id, number, personName: input.personName }, { email: true });
    return lead;
  });
}
