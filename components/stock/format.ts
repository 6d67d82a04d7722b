import { formatQuantity } from "@/lib/domain/quantity";

/** 1500 thousandths → "1.5", 1234000 → "1,234" in the viewer's locale; exact (Intl formats the decimal text). */
export function displayQuantity(thousandths: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(formatQuantity(thousandths) as Intl.StringNumericLiteral);
}

/** Quantity with a sign, for in/out columns and differences: "+2", "−1.5". */
export function displaySignedQuantity(thousandths: number, locale: string): string {
  const text = displayQuantity(Math.abs(thousandths), locale);
  return thousandths > 0 ? `+${text}` : thousandths < 0 ? `−${text}` : text;
}
