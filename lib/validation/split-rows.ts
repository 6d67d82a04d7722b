import { percentToBasisPoints } from "@/lib/domain/basis-points";

const list = (v: FormDataEntryValue[]): string[] => v.map((x) => String(x));

/**
 * Split-owner rows posted as repeated splitUserId / splitPercent fields → `{ userId, percentBp }`.
 * Empty rows are skipped; a percentage that does not parse becomes 0, which zod rejects on "splits".
 */
export function splitRowsFromForm(form: FormData): { userId: string; percentBp: number }[] {
  const users = list(form.getAll("splitUserId"));
  const percents = list(form.getAll("splitPercent"));
  return users
    .map((userId, i) => ({ userId: userId.trim(), percent: (percents[i] ?? "").trim() }))
    .filter((row) => row.userId !== "")
    .map((row) => ({ userId: row.userId, percentBp: percentToBasisPoints(row.percent) ?? 0 }));
}
