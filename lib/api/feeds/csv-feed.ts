import { stringify } from "csv-stringify/sync";
import type { PublicProduct } from "@/lib/public-catalog/schema";

// A CSV feed as chunks: the header, then each product's rows as they come. Cells starting with
// = + - @ are escaped against formula injection (the file is opened in spreadsheets too).

export type CsvRow = Record<string, string>;

const OPTIONS = { escape_formulas: true, record_delimiter: "windows" as const };

export async function* csvFeed(columns: readonly string[], products: AsyncIterable<PublicProduct>, rowsOf: (product: PublicProduct) => CsvRow[]): AsyncGenerator<string> {
  yield stringify([columns as string[]], { ...OPTIONS, bom: true });
  for await (const product of products) {
    const rows = rowsOf(product).map((row) => columns.map((c) => row[c] ?? ""));
    if (rows.length) yield stringify(rows, OPTIONS);
  }
}

/** Plain text as simple HTML paragraphs (Shopify's Body (HTML)). */
export function textToHtml(text: string): string {
  const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return text
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escape(p).replace(/\n/g, "<br>")}</p>`)
    .join("");
}
