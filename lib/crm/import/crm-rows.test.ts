import { describe, expect, it } from "vitest";
import { accountFormFromRow, codeFromLabel, contactFormFromRow, parseBoolean, parseLocale, type ExistingAccountForm } from "./crm-rows";

const existing: ExistingAccountForm = {
  id: "a1",
  ownerId: "u1",
  code: "C-00001",
  name: "Acme",
  type: "partner",
  industry: "Food",
  region: "north",
  province: "Hebei",
  city: "Baoding",
  billingAddress: "1 Road",
  shippingAddress: "2 Road",
  taxId: "TAX1",
  paymentTermsDays: "45",
  creditLimit: "100.00",
  tags: "vip",
  status: "active",
};

describe("codes from labels", () => {
  it("takes a code, its English label or its Chinese label, case and spaces folded", () => {
    expect(codeFromLabel("Prospect", ["customer", "prospect"], [{ prospect: "Prospect" }])).toBe("prospect");
    expect(codeFromLabel(" 潜在客户 ", ["customer", "prospect"], [{ prospect: "Prospect" }, { prospect: "潜在客户" }])).toBe("prospect");
    expect(codeFromLabel("wholesaler", ["customer", "prospect"], [{}])).toBeNull();
  });

  it("reads yes/no and languages in both languages", () => {
    expect([parseBoolean("是"), parseBoolean("No"), parseBoolean("1"), parseBoolean("maybe")]).toEqual([true, false, true, null]);
    expect([parseLocale("中文"), parseLocale("English"), parseLocale("zh-CN"), parseLocale("fr")]).toEqual(["zh-CN", "en", "zh-CN", null]);
  });
});

describe("account rows", () => {
  it("a new account takes the defaults for what the row leaves out", () => {
    const { form, errors } = accountFormFromRow({ code: "C-9", name: "New Co", region: "华东" }, null);
    expect(errors).toEqual([]);
    expect(form).toMatchObject({ code: "C-9", name: "New Co", type: "customer", status: "active", region: "east", paymentTermsDays: "30", creditLimit: "" });
  });

  it("an update keeps required values on empty cells and clears optional ones", () => {
    const { form } = accountFormFromRow({ code: "C-00001", name: "", type: "", industry: "", region: "", credit_limit: "", tags: "new" }, existing);
    expect(form).toMatchObject({ name: "Acme", type: "partner", industry: "", region: "", creditLimit: "", tags: "new", city: "Baoding", paymentTermsDays: "45" });
  });

  it("leaves unmapped columns as they are", () => {
    const { form } = accountFormFromRow({ code: "C-00001" }, existing);
    expect(form).toEqual(existing);
  });

  it("reports an unknown type, status or region on its cell", () => {
    const { errors } = accountFormFromRow({ name: "X", type: "wholesaler", status: "gone", region: "atlantis" }, null);
    expect(errors.map((e) => e.field)).toEqual(["type", "status", "region"]);
    expect(errors[0]).toMatchObject({ key: "crmChoice", values: { value: "wholesaler" } });
  });
});

describe("contact rows", () => {
  it("fills a new contact and reads the flags", () => {
    const { form, errors } = contactFormFromRow({ name: "Li Wei", email: "li@x.example", preferred_locale: "英文", is_primary: "是" }, null);
    expect(errors).toEqual([]);
    expect(form).toMatchObject({ name: "Li Wei", email: "li@x.example", preferredLocale: "en", isPrimary: true, title: "" });
  });

  it("reports bad flags and languages, keeps the rest", () => {
    const { form, errors } = contactFormFromRow({ name: "", title: "CEO", preferred_locale: "klingon", is_primary: "perhaps" }, { name: "Old", title: "", department: "Sales", email: "", phone: "", mobile: "", preferredLocale: "zh-CN", isPrimary: true, notes: "" });
    expect(errors.map((e) => e.field)).toEqual(["preferred_locale", "is_primary"]);
    expect(form).toMatchObject({ name: "Old", title: "CEO", department: "Sales", isPrimary: true });
  });
});
