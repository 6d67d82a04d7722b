// Display helpers shared by the service pages (server and client components).

export const STATUS_TONE = { open: "blue", in_progress: "amber", resolved: "green", closed: "slate" } as const;
export const SEVERITY_TONE = { low: "slate", medium: "blue", high: "amber", critical: "red" } as const;

export type Tone = "slate" | "green" | "red" | "blue" | "amber";

export function statusTone(status: string): Tone {
  return STATUS_TONE[status as keyof typeof STATUS_TONE] ?? "slate";
}

export function severityTone(severity: string): Tone {
  return SEVERITY_TONE[severity as keyof typeof SEVERITY_TONE] ?? "slate";
}

/** A catalog product as "SKU · name" in the reader's language, else the free text. */
export function caseProductLabel(product: { sku: string; nameZh: string; nameEn: string } | null, productText: string, locale: string): string {
  if (product) return `${product.sku} · ${locale === "zh-CN" ? product.nameZh : product.nameEn}`;
  return productText;
}

/** A YYYY-MM-DD calendar day for display (formatted in UTC so the day never shifts). */
export function dayAsDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}
