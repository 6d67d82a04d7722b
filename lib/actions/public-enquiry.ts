"use server";

import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { formObject, type ActionState } from "@/lib/auth/door";
import { publicDoor } from "@/lib/auth/public-door";
import { enquiryAddress } from "@/lib/public-catalog/site/enquiry-rate-limit";
import { submitEnquiry, type EnquiryResult } from "@/lib/public-catalog/site/submit-enquiry";
import { PublicEnquiryInput } from "@/lib/validation/public-enquiry";

/** The enquiry form of a public product page: no session, rate-limited, creates a lead. */
export async function sendEnquiryAction(_prev: ActionState<EnquiryResult>, form: FormData): Promise<ActionState<EnquiryResult>> {
  const request = await headers();
  const address = enquiryAddress((name) => request.get(name));
  return publicDoor(PublicEnquiryInput, formObject(form), async (input) => {
    // The configuration is written in the visitor's language: it is what they saw and chose.
    const t = await getTranslations({ locale: input.locale, namespace: "public" });
    const labels = { product: t("enquiry.product"), sku: t("sku"), price: t("configuredPrice"), onRequest: t("priceOnRequest"), vat: (inclusive: boolean) => (inclusive ? t("inclVat") : t("exclVat")) };
    return submitEnquiry({ input, address, labels });
  });
}
