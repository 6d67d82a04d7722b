/** Close-month filter choices: six months back to twelve ahead of today (YYYY-MM), oldest first. */
export function closeMonths(today: Date = new Date()): string[] {
  const months: string[] = [];
  for (let offset = -6; offset <= 12; offset++) {
    const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + offset, 1));
    months.push(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`);
  }
  return months;
}
