import { afterEach, describe, expect, it } from "vitest";
import { activeEInvoiceProvider, clearEInvoiceProviders, registerEInvoiceProvider } from "./provider";

afterEach(() => clearEInvoiceProviders());

describe("e-invoice provider registry", () => {
  it("has no provider until one is registered", async () => {
    expect(activeEInvoiceProvider()).toBeNull();
    registerEInvoiceProvider({ name: "test-platform", submit: async (inv) => ({ status: "accepted", ref: `REF-${inv.number}` }) });
    const provider = activeEInvoiceProvider();
    expect(provider?.name).toBe("test-platform");
    expect(await provider?.submit({ invoiceId: "i", kind: "INVOICE", number: "INV-1", issueDate: "2026-06-15", currencyCode: "CNY", originalNumber: null, buyer: { name: "", taxId: "", address: "" }, lines: [], subtotal: 0, taxTotal: 0, total: 0 })).toEqual({ status: "accepted", ref: "REF-INV-1" });
  });
});
