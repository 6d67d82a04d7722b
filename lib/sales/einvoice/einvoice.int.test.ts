import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db, dbKind } from "@/lib/db/client";
import { createAccountRow } from "@/lib/testing/crm-factories";
import { createActor, createCompany } from "@/lib/testing/factories";
import { createInvoice } from "@/lib/sales/invoices/create-invoice";
import { issueInvoice } from "@/lib/sales/invoices/issue-invoice";
import { clearEInvoiceProviders, registerEInvoiceProvider, type EInvoicePayload } from "./provider";
import { submitEInvoice } from "./submit-einvoice";

// The e-invoice hook: nothing happens without a provider; with one (a test double standing in
// for a deployment's own integration) an issued invoice is submitted once and the answer kept.

let finance: Actor;
beforeAll(async () => {
  await createCompany();
  finance = await createActor("finance");
});
afterEach(() => clearEInvoiceProviders());

async function issued() {
  const account = await createAccountRow({ ownerId: finance.id });
  const { id } = await createInvoice({ actor: finance, input: { accountId: account.id, issueDate: "2026-06-15", freeLines: [{ productId: null, description: "维修服务", quantity: 1000, unitPrice: 10_000, discountBp: 0, vatRateBp: 600 }] } });
  await issueInvoice({ actor: finance, invoiceId: id, today: "2026-06-15" });
  return id;
}

describe(`e-invoice hook on ${dbKind}`, () => {
  it("is not there without a provider, submits once with one", async () => {
    const id = await issued();
    await expect(submitEInvoice({ actor: finance, invoiceId: id })).rejects.toMatchObject({ status: 404 });
    const seen: EInvoicePayload[] = [];
    registerEInvoiceProvider({ name: "test-platform", submit: async (inv) => (seen.push(inv), { status: "accepted", ref: `SD-${inv.number}` }) });
    const answer = await submitEInvoice({ actor: finance, invoiceId: id });
    expect(answer.status).toBe("accepted");
    expect(seen[0]).toMatchObject({ kind: "INVOICE", total: 10_600, taxTotal: 600, lines: [{ description: "维修服务", net: 10_000, tax: 600 }] });
    expect(await db.invoice.findUniqueOrThrow({ where: { id } })).toMatchObject({ einvoiceProvider: "test-platform", einvoiceStatus: "accepted", einvoiceRef: answer.ref, status: "issued" });
    await expect(submitEInvoice({ actor: finance, invoiceId: id })).rejects.toMatchObject({ key: "invoices.einvoiceSubmitted" });
    expect(seen).toHaveLength(1);
  });

  it("gives the claim back when the platform fails", async () => {
    const id = await issued();
    registerEInvoiceProvider({ name: "down", submit: async () => Promise.reject(new Error("platform unavailable")) });
    await expect(submitEInvoice({ actor: finance, invoiceId: id })).rejects.toThrow("platform unavailable");
    expect((await db.invoice.findUniqueOrThrow({ where: { id } })).einvoiceStatus).toBe("");
  });
});
