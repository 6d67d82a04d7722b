// What a printed document is made of, independent of the document type: the loaders turn a
// quote, order, delivery, invoice or statement into a Printable (all text already translated
// and formatted), and render-pdf.ts lays any Printable out the same way. Pure types.

export type Align = "left" | "right" | "center";

export type PrintColumn = { label: string; weight: number; align?: Align };

/** A cell: its text, optionally with a small second line under it (a SKU, a due date). */
export type PrintCell = string | { text: string; note?: string };

export type PrintTable = { columns: PrintColumn[]; rows: PrintCell[][] };

export type PrintAmount = { label: string; value: string; strong?: boolean };

export type PrintBlock =
  | { kind: "table"; heading?: string; table: PrintTable }
  | { kind: "totals"; rows: PrintAmount[] }
  | { kind: "text"; heading: string; text: string }
  | { kind: "signature"; heading: string; boxes: string[] };

export type Printable = {
  /** "报价单", "Invoice"… */
  title: string;
  number: string;
  /** Shown in red under the number (e.g. a draft that is not a valid document yet). */
  stamp?: string;
  /** Dates, references, terms: label/value pairs on the right of the title. */
  meta: { label: string; value: string }[];
  /** The buyer block, and a ship-to block where it differs. */
  parties: { heading: string; lines: string[] }[];
  blocks: PrintBlock[];
  /** "Page 2 of 3" in the document's language. */
  pageLabel: (page: number, pages: number) => string;
};

/** The seller as printed at the top of the first page and in the footer. */
export type Letterhead = {
  name: string;
  /** Address, tax id, phone, email: one printed line each. */
  lines: string[];
  /** PNG or JPEG bytes (pdfkit draws no other formats); null prints the name only. */
  logo: Buffer | null;
};
