import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { companyDay } from "@/lib/pricing/company-day";
import { createAccountRow, createContactRow } from "@/lib/testing/crm-factories";
import { createActor, createCompany, createTeam } from "@/lib/testing/factories";
import { createOpportunityRow, createStages } from "@/lib/testing/pipeline-factories";
import { createPricedProduct } from "@/lib/testing/pricing-factories";
import type { QuoteCreateInput, QuoteLineInput } from "@/lib/validation/quotes";
import { acceptQuote } from "./accept-quote";
import { createQuote } from "./create-quote";
import { decideQuoteApproval } from "./decide-quote-approval";
import { expireQuotes } from "./expire-quotes";
import { findQuote } from "./find-quote";
import { findQuotes } from "./find-quotes";
import { QUOTES_TABLE } from "./quotes-table";
import { parseTableParams } from "@/lib/table/params";
import { requestQuoteApproval } from "./request-quote-approval";
import { sendQuote } from "./send-quote";
import { updateQuote } from "./update-quote";

// Quotes end to end through the services: revisions, discount approval, sending, acceptance
// into an order and a won opportunity (atomically, once under racing accepts), expiry, scope.

let rep: Actor;
let otherRep: Actor;
let manager: Actor;
let stages: Awaited<ReturnType<typeof createStages>>;
let product: { id: string };

const today = companyDay();
const inDays = (n: number) => companyDay(new Date(Date.now() + n * 86_400_000));
const keyOf = (e: unknown) => (e instanceof AppError ? e.key : String(e));

beforeAll(async () => {
  await createCompany();
  const team = await createTeam();
  manager = await createActor("manager", { teamId: team.id });
  await db.team.update({ where: { id: team.id }, data: { managerId: manager.id } });
  rep = await createActor("sales", { teamId: team.id });
  otherRep = await createActor("sales");
  stages = await createStages();
  product = await createPricedProduct({ listPrice: 10000, vatRateCode: "VAT13" });
});

const line = (changes: Partial<QuoteLineInput> = {}): QuoteLineInput => ({ productId: product.id, description: "", quantity: "2", unitPrice: "100.00", discount: "", vatRate: "", ...changes });

async function newQuote(actor: Actor, changes: Partial<QuoteCreateInput> = {}) {
  const account = await createAccountRow({ ownerId: actor.id });
  const input: QuoteCreateInput = { accountId: account.id, opportunityId: null, contactId: null, title: "Office chairs", currencyCode: "CNY", priceListId: null, validUntil: inDays(30), paymentTermsDays: 30, notes: "", terms: "", lines: [line()], ...changes };
  const quote = await createQuote({ actor, input });
  return { ...quote, accountId: account.id, input };
}

describe("create and revise", () => {
  it("prices lines exactly with VAT from the product, numbers the quote, and keeps every revision", async () => {
    const { id, number, input } = await newQuote(rep, { lines: [line(), line({ productId: null, description: "Installation", quantity: "1", unitPrice: "50.00", vatRate: "6" })] });
    expect(number).toMatch(/\d{5}$/);
    let q = await findQuote({ actor: rep, id });
    expect(q.current).toMatchObject({ revision: 1, subtotal: 25000, taxTotal: 2600 + 300, total: 27900, totalBase: 27900 });
    expect(q.current.lines.map((l) => l.vatRateBp)).toEqual([1300, 600]);

    // A draft is edited in place.
    expect(await updateQuote({ actor: rep, input: { ...input, id, lines: [line({ quantity: "3" })] } })).toMatchObject({ revision: 1, newRevision: false });
    await sendQuote({ actor: rep, id });
    // Sent: the edit becomes revision 2, back to draft; revision 1 stays as it was sent.
    expect(await updateQuote({ actor: rep, input: { ...input, id, lines: [line({ quantity: "4" })] } })).toMatchObject({ revision: 2, newRevision: true });
    q = await findQuote({ actor: rep, id });
    expect(q.status).toBe("draft");
    expect(q.revisions.map((r) => [r.revision, r.total, r.sentAt !== null])).toEqual([
      [1, 33900, true],
      [2, 45200, false],
    ]);

    // Only the current revision can be accepted.
    await sendQuote({ actor: rep, id });
    expect(keyOf(await acceptQuote({ actor: rep, input: { id, revision: 1 } }).catch((e) => e))).toBe("quotes.notCurrentRevision");
    const { orderId } = await acceptQuote({ actor: rep, input: { id, revision: 2 } });
    const order = await db.salesOrder.findUniqueOrThrow({ where: { id: orderId }, include: { lines: true } });
    expect(order).toMatchObject({ status: "draft", number: null, quoteId: id, total: 45200n });
    expect(keyOf(await updateQuote({ actor: rep, input: { ...input, id } }).catch((e) => e))).toBe("quotes.notEditable");
  });

  it("another rep's quote is not found, for reading and for every change", async () => {
    const { id, input } = await newQuote(rep);
    await expect(findQuote({ actor: otherRep, id })).rejects.toMatchObject({ key: "notFound" });
    await expect(updateQuote({ actor: otherRep, input: { ...input, id } })).rejects.toMatchObject({ key: "notFound" });
    await expect(sendQuote({ actor: otherRep, id })).rejects.toMatchObject({ key: "notFound" });
    await expect(acceptQuote({ actor: otherRep, input: { id, revision: 1 } })).rejects.toMatchObject({ key: "notFound" });
    const params = parseTableParams(QUOTES_TABLE, { q: input.title });
    expect((await findQuotes({ actor: otherRep, params })).rows.some((r) => r.id === id)).toBe(false);
    // An account outside the rep's scope cannot be quoted either.
    const foreign = await createAccountRow({ ownerId: rep.id });
    await expect(createQuote({ actor: otherRep, input: { ...input, accountId: foreign.id } })).rejects.toMatchObject({ key: "notFound" });
  });
});

describe("discount approval", () => {
  it("above the rep's limit: send is refused until a manager approves; decisions are audited and notified", async () => {
    const { id, input } = await newQuote(rep, { lines: [line({ discount: "15" })] });
    expect(keyOf(await sendQuote({ actor: rep, id }).catch((e) => e))).toBe("quotes.approvalRequired");
    expect((await findQuote({ actor: rep, id })).needsApproval).toBe(true);

    const { notified } = await requestQuoteApproval({ actor: rep, id });
    expect(notified).toBe(1); // the team's manager
    expect(await db.notification.count({ where: { userId: manager.id, kind: "quote_approval" } })).toBeGreaterThan(0);
    expect((await db.quote.findUniqueOrThrow({ where: { id } })).status).toBe("pending_approval");
    expect(keyOf(await sendQuote({ actor: rep, id }).catch((e) => e))).toBe("quotes.wrongStatus");
    // The rep cannot decide (no permission); rejecting needs a comment.
    await expect(decideQuoteApproval({ actor: rep, input: { id, decision: "approve", comment: "" } })).rejects.toThrow();
    expect(keyOf(await decideQuoteApproval({ actor: manager, input: { id, decision: "reject", comment: "" } }).catch((e) => e))).toBe("quotes.commentRequired");

    await decideQuoteApproval({ actor: manager, input: { id, decision: "reject", comment: "Too deep" } });
    expect(keyOf(await sendQuote({ actor: rep, id }).catch((e) => e))).toBe("quotes.approvalRequired");
    // Revising after a rejection makes revision 2, which asks again.
    expect(await updateQuote({ actor: rep, input: { ...input, id, lines: [line({ discount: "12" })] } })).toMatchObject({ revision: 2, newRevision: true });
    await requestQuoteApproval({ actor: rep, id });
    await decideQuoteApproval({ actor: manager, input: { id, decision: "approve", comment: "OK for this customer" } });
    await sendQuote({ actor: rep, id });

    const q = await findQuote({ actor: rep, id });
    expect(q.status).toBe("sent");
    expect(q.revisions.map((r) => [r.revision, r.approvalStatus, r.approvalComment])).toEqual([
      [1, "rejected", "Too deep"],
      [2, "approved", "OK for this customer"],
    ]);
    const audit = await db.auditEntry.findMany({ where: { entityType: "Quote", entityId: id }, orderBy: [{ at: "asc" }, { id: "asc" }], select: { action: true, actorId: true } });
    expect(audit.map((a) => a.action)).toEqual(["create", "request_approval", "reject", "revise", "request_approval", "approve", "send"]);
    expect(audit.filter((a) => a.action === "approve" || a.action === "reject").every((a) => a.actorId === manager.id)).toBe(true);
    expect(await db.notification.count({ where: { userId: rep.id, kind: "quote_approval" } })).toBe(2);
  });

  it("asks the nearest manager up the team tree, or every approver when there is none", async () => {
    const parent = await createTeam();
    const child = await createTeam({ parentId: parent.id });
    const boss = await createActor("manager", { teamId: parent.id });
    await db.team.update({ where: { id: parent.id }, data: { managerId: boss.id } });
    const juniorRep = await createActor("sales", { teamId: child.id });
    const { id } = await newQuote(juniorRep, { lines: [line({ discount: "20" })] });
    expect(await requestQuoteApproval({ actor: juniorRep, id })).toMatchObject({ notified: 1 });
    expect(await db.notification.count({ where: { userId: boss.id, kind: "quote_approval", link: `/app/sales/quotes/${id}` } })).toBe(1);
    const loneRep = await createActor("sales");
    const lone = await newQuote(loneRep, { lines: [line({ discount: "20" })] });
    const { notified } = await requestQuoteApproval({ actor: loneRep, id: lone.id });
    expect(notified).toBe(await db.user.count({ where: { role: { in: ["admin", "manager"] }, active: true } }));
  });

  it("within the limit no approval is needed and none can be requested", async () => {
    const { id } = await newQuote(rep, { lines: [line({ discount: "10" })] });
    expect(keyOf(await requestQuoteApproval({ actor: rep, id }).catch((e) => e))).toBe("quotes.approvalNotNeeded");
    await sendQuote({ actor: rep, id });
  });
});

describe("send by email", () => {
  it("queues the revision's PDF to the contact with the status change, and refuses without a contact email", async () => {
    const withoutContact = await newQuote(rep);
    expect(keyOf(await sendQuote({ actor: rep, id: withoutContact.id, email: true }).catch((e) => e))).toBe("quotes.noContactEmail");
    expect((await db.quote.findUniqueOrThrow({ where: { id: withoutContact.id } })).status).toBe("draft");

    const account = await createAccountRow({ ownerId: rep.id });
    const contact = await createContactRow({ accountId: account.id, ownerId: rep.id, email: "buyer@customer.example" });
    const before = await db.outboxMessage.count({ where: { kind: "email" } });
    const { id } = await createQuote({ actor: rep, input: { ...withoutContact.input, accountId: account.id, contactId: contact.id } });
    expect(await sendQuote({ actor: rep, id, email: true })).toMatchObject({ emailed: true });
    const messages = await db.outboxMessage.findMany({ where: { kind: "email" }, orderBy: { id: "asc" }, skip: before });
    expect(messages).toHaveLength(1);
    const payload = JSON.parse(messages[0].payload) as { to: string[] | string; attachments: { filename: string; contentType: string }[] };
    expect(JSON.stringify(payload.to)).toContain("buyer@customer.example");
    expect(payload.attachments).toEqual([expect.objectContaining({ contentType: "application/pdf" })]);
    expect((await db.quote.findUniqueOrThrow({ where: { id } })).status).toBe("sent");
  });
});

describe("accept", () => {
  async function sentQuoteWithOpportunity(lines = [line()]) {
    const account = await createAccountRow({ ownerId: rep.id });
    await db.account.update({ where: { id: account.id }, data: { prepaymentBp: 3000 } });
    const contact = await createContactRow({ accountId: account.id, ownerId: rep.id });
    const opportunity = await createOpportunityRow({ accountId: account.id, ownerId: rep.id, stageId: stages.proposal, amount: 1 });
    const input: QuoteCreateInput = { accountId: account.id, opportunityId: opportunity.id, contactId: contact.id, title: "Deal", currencyCode: "CNY", priceListId: null, validUntil: inDays(10), paymentTermsDays: 45, notes: "n", terms: "t", lines };
    const { id } = await createQuote({ actor: rep, input });
    await sendQuote({ actor: rep, id });
    return { id, opportunityId: opportunity.id };
  }

  it("creates the draft order and wins the opportunity with the quote's total in one go", async () => {
    const { id, opportunityId } = await sentQuoteWithOpportunity();
    const { orderId } = await acceptQuote({ actor: rep, input: { id, revision: 1 } });
    const order = await db.salesOrder.findUniqueOrThrow({ where: { id: orderId }, include: { lines: true } });
    expect(order).toMatchObject({ status: "draft", ownerId: rep.id, opportunityId, paymentTermsDays: 45, subtotal: 20000n, taxTotal: 2600n, total: 22600n, prepaymentRequired: 6780n });
    expect(order.lines).toEqual([expect.objectContaining({ productId: product.id, quantity: 2000, unitPrice: 10000, net: 20000n, tax: 2600n, gross: 22600n, vatRateBp: 1300 })]);
    const opportunity = await db.opportunity.findUniqueOrThrow({ where: { id: opportunityId }, include: { stage: true, stageChanges: true } });
    expect(opportunity).toMatchObject({ amount: 22600, forecastCategory: "closed" });
    expect(opportunity.stage.kind).toBe("won");
    expect(opportunity.stageChanges.some((c) => c.toStageId === opportunity.stageId)).toBe(true);
    expect((await db.quote.findUniqueOrThrow({ where: { id } })).status).toBe("accepted");
  });

  it("a failure midway (the opportunity cannot take the amount) writes nothing", async () => {
    // 2 × 2 000 000 000.00 fen… is past the opportunity's 32-bit amount: the order was already written when that is found.
    const { id, opportunityId } = await sentQuoteWithOpportunity([line({ unitPrice: "20000000.00", quantity: "200" })]);
    expect(keyOf(await acceptQuote({ actor: rep, input: { id, revision: 1 } }).catch((e) => e))).toBe("quotes.opportunityAmount");
    expect(await db.salesOrder.count({ where: { quoteId: id } })).toBe(0);
    expect((await db.quote.findUniqueOrThrow({ where: { id } })).status).toBe("sent");
    const opportunity = await db.opportunity.findUniqueOrThrow({ where: { id: opportunityId }, include: { stage: true } });
    expect(opportunity.stage.kind).not.toBe("won");
    expect(await db.auditEntry.count({ where: { entityType: "Quote", entityId: id, action: "accept" } })).toBe(0);
  });

  it("6 concurrent accepts make exactly one order", async () => {
    const { id, opportunityId } = await sentQuoteWithOpportunity();
    const results = await Promise.allSettled(Array.from({ length: 6 }, () => acceptQuote({ actor: rep, input: { id, revision: 1 } })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(keyOf(r.reason)).toBe("quotes.wrongStatus");
    expect(await db.salesOrder.count({ where: { quoteId: id } })).toBe(1);
    expect(await db.opportunityStageChange.count({ where: { opportunityId, toStageId: stages.won } })).toBe(1);
  });
});

describe("expiry", () => {
  it("marks draft and sent quotes past their validity expired, and accept refuses them", async () => {
    const sent = await newQuote(rep);
    await sendQuote({ actor: rep, id: sent.id });
    const draft = await newQuote(rep);
    const valid = await newQuote(rep);
    const yesterday = inDays(-1);
    await db.quote.updateMany({ where: { id: { in: [sent.id, draft.id] } }, data: { validUntil: yesterday } });
    // Before the sweep, the list already shows them expired and accept refuses.
    expect(keyOf(await acceptQuote({ actor: rep, input: { id: sent.id, revision: 1 } }).catch((e) => e))).toBe("quotes.expired");
    const params = parseTableParams(QUOTES_TABLE, { status: "expired" });
    const listed = (await findQuotes({ actor: rep, params })).rows.map((r) => r.id);
    expect(listed).toEqual(expect.arrayContaining([sent.id, draft.id]));
    expect(listed).not.toContain(valid.id);

    expect(await expireQuotes({ today })).toBeGreaterThanOrEqual(2);
    const statuses = await db.quote.findMany({ where: { id: { in: [sent.id, draft.id, valid.id] } }, select: { id: true, status: true } });
    expect(Object.fromEntries(statuses.map((s) => [s.id, s.status]))).toEqual({ [sent.id]: "expired", [draft.id]: "expired", [valid.id]: "draft" });
    expect(keyOf(await acceptQuote({ actor: rep, input: { id: sent.id, revision: 1 } }).catch((e) => e))).toBe("quotes.expired");
    expect(await expireQuotes({ today })).toBe(0);
  });
});
