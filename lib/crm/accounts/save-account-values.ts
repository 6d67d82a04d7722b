import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { percentToBasisPoints } from "@/lib/domain/basis-points";
import { accountCode, ACCOUNT_CODE_DIGITS, ACCOUNT_CODE_PREFIX, normalizeTags } from "@/lib/domain/crm";
import { tryParseMoney } from "@/lib/domain/money";
import { FieldError } from "@/lib/errors";
import type { AccountCreateInput } from "@/lib/validation/crm";
import { assertAssignable } from "../crm-scope";
import { assertSplits } from "../owner-splits";

const MAX_INT32 = 2_147_483_647;

/** Credit limit text in the base currency → exact minor units; "" = no limit. */
export function parseCreditLimit(text: string, currency: string): number | null {
  if (text.trim() === "") return null;
  const minor = tryParseMoney(text, currency);
  if (minor === null || minor < 0 || minor > MAX_INT32) throw new FieldError("creditLimit", "crm.creditLimit");
  return minor;
}

/** Prepayment share as percent text → basis points; "" = none; undefined = not given. */
export function parsePrepayment(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (text.trim() === "") return 0;
  const bp = percentToBasisPoints(text);
  if (bp === null || bp < 0 || bp > 10_000) throw new FieldError("prepaymentPercent", "pricing.percent");
  return bp;
}

/**
 * Checks every caller-supplied reference inside the transaction (owner and split owners the
 * actor may assign, an existing active price list, splits ≤ 100 %) and returns the row values.
 * Credit settings change only with `mayEditCredit` (credit.release): a rep must not raise their
 * own customer's limit; without it they stay as stored (update) or at the defaults (create).
 */
export async function accountValues(
  tx: Tx,
  assignable: Prisma.UserWhereInput,
  input: AccountCreateInput,
  current?: { ownerId: string; splitUserIds: string[] },
  mayEditCredit = true,
) {
  const company = await tx.company.findUnique({ where: { id: "company" }, select: { baseCurrency: true } });
  // Parsed (and refused when malformed) either way, so a form or import row is judged the same.
  const parsedLimit = parseCreditLimit(input.creditLimit, company?.baseCurrency ?? "CNY");
  const prepaymentBp = parsePrepayment(input.prepaymentPercent);
  const creditLimit = mayEditCredit ? parsedLimit : undefined;
  // Keeping an existing owner or split needs no assignment right (a split owner may edit details).
  const owner =
    current?.ownerId === input.ownerId
      ? await tx.user.findUniqueOrThrow({ where: { id: input.ownerId }, select: { teamId: true } })
      : await assertAssignable(tx, assignable, input.ownerId, "ownerId");
  if (input.priceListId) {
    const list = await tx.priceList.findFirst({ where: { id: input.priceListId, active: true }, select: { id: true } });
    if (!list) throw new FieldError("priceListId", "choice");
  }
  await assertSplits(tx, assignable, input.ownerId, input.splits, current?.splitUserIds);
  return {
    name: input.name,
    type: input.type,
    industry: input.industry,
    region: input.region,
    province: input.province,
    city: input.city,
    billingAddress: input.billingAddress,
    shippingAddress: input.shippingAddress,
    taxId: input.taxId,
    ownerId: input.ownerId,
    // Copied from the owner so team reports group without walking users.
    teamId: owner.teamId,
    paymentTermsDays: input.paymentTermsDays,
    creditLimit,
    priceListId: input.priceListId,
    tags: normalizeTags(input.tags),
    status: input.status,
    // Credit policy: undefined leaves the stored value (update) or the column default (create).
    creditOverdueDays: mayEditCredit ? input.creditOverdueDays : undefined,
    creditCheckAt: mayEditCredit ? input.creditCheckAt : undefined,
    creditAction: mayEditCredit ? input.creditAction : undefined,
    prepaymentBp: mayEditCredit ? prepaymentBp : undefined,
  };
}

/** The next free generated code (C-00001 …); the unique index settles a race, the caller retries. */
export async function nextAccountCode(tx: Tx): Promise<string> {
  // Hand-entered codes under the prefix ("C-ABC") sort after the digits: skip past them.
  const recent = await tx.account.findMany({ where: { code: { startsWith: ACCOUNT_CODE_PREFIX } }, orderBy: { code: "desc" }, select: { code: true }, take: 50 });
  const pattern = new RegExp(`^${ACCOUNT_CODE_PREFIX}\\d{${ACCOUNT_CODE_DIGITS}}$`);
  const last = recent.find((row) => pattern.test(row.code));
  const n = last ? Number(last.code.slice(ACCOUNT_CODE_PREFIX.length)) : 0;
  return accountCode(n + 1);
}
