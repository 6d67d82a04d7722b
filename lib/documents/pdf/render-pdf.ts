import "server-only";
import PDFDocument from "pdfkit";
import { fontBytes } from "./fonts";
import type { Letterhead, PrintBlock, PrintCell, PrintColumn, Printable, PrintAmount } from "./printable";

// One layout for every sales document (A4, Noto Sans SC throughout so Chinese prints): the
// letterhead, the title with its number and dates, the buyer, then the blocks — line tables that
// break across pages with their header repeated, totals, texts, a signature area — and a footer
// with "page x of y" on every page.

const MARGIN = { top: 42, bottom: 56, left: 42, right: 42 };
const INK = "#111827";
const GREY = "#6b7280";
const RULE = "#d1d5db";
const HEADER_FILL = "#f3f4f6";
const PAD = 3;
/** A cell never grows past this (a pasted essay is cut with an ellipsis, not spread over pages). */
const MAX_ROW_HEIGHT = 320;

type Doc = PDFKit.PDFDocument;

export type PdfInfo = { title: string; author: string; subject?: string };

/** Renders `printable` under `letterhead`; resolves with the PDF file's bytes. */
export async function renderPdf(printable: Printable, letterhead: Letterhead, info: PdfInfo): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: "A4",
    margins: MARGIN,
    bufferPages: true,
    info: { Title: info.title, Author: info.author, Subject: info.subject ?? info.title, Creator: "Carrack" },
  });
  doc.registerFont("regular", fontBytes("regular"));
  doc.registerFont("bold", fontBytes("bold"));
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on("end", resolve);
    doc.on("error", reject);
  });

  drawLetterhead(doc, letterhead);
  drawTitle(doc, printable);
  drawParties(doc, printable.parties);
  for (const block of printable.blocks) drawBlock(doc, block);
  drawPageFurniture(doc, printable, letterhead);

  doc.end();
  await finished;
  return new Uint8Array(Buffer.concat(chunks));
}

const contentWidth = (doc: Doc) => doc.page.width - MARGIN.left - MARGIN.right;
const bottomLimit = (doc: Doc) => doc.page.height - MARGIN.bottom;

/** Starts a new page when `height` more points would run into the footer. */
function ensureSpace(doc: Doc, height: number): boolean {
  if (doc.y + height <= bottomLimit(doc)) return false;
  doc.addPage();
  doc.y = MARGIN.top;
  return true;
}

function rule(doc: Doc, y: number, color = RULE, x = MARGIN.left, width = contentWidth(doc)): void {
  doc.save().moveTo(x, y).lineTo(x + width, y).lineWidth(0.6).strokeColor(color).stroke().restore();
}

function drawLetterhead(doc: Doc, head: Letterhead): void {
  const top = MARGIN.top;
  let x = MARGIN.left;
  let logoBottom = top;
  if (head.logo) {
    doc.image(head.logo, MARGIN.left, top, { fit: [110, 46] });
    x += 120;
    logoBottom = top + 46;
  }
  const width = MARGIN.left + contentWidth(doc) - x;
  doc.font("bold").fontSize(14).fillColor(INK).text(head.name, x, top, { width });
  if (head.lines.length) doc.font("regular").fontSize(8).fillColor(GREY).text(head.lines.join("\n"), x, doc.y + 2, { width, lineGap: 1 });
  const y = Math.max(doc.y, logoBottom) + 8;
  rule(doc, y, INK);
  doc.y = y + 12;
}

function drawTitle(doc: Doc, p: Printable): void {
  const top = doc.y;
  const metaWidth = 230;
  const leftWidth = contentWidth(doc) - metaWidth - 10;
  doc.font("bold").fontSize(18).fillColor(INK).text(p.title, MARGIN.left, top, { width: leftWidth });
  doc.font("bold").fontSize(11).text(p.number, MARGIN.left, doc.y + 2, { width: leftWidth });
  if (p.stamp) doc.font("bold").fontSize(10).fillColor("#b91c1c").text(p.stamp, MARGIN.left, doc.y + 2, { width: leftWidth });
  const leftBottom = doc.y;

  const labelX = MARGIN.left + contentWidth(doc) - metaWidth;
  let y = top + 2;
  for (const m of p.meta) {
    doc.font("regular").fontSize(8.5).fillColor(GREY).text(m.label, labelX, y, { width: 88 });
    const labelBottom = doc.y;
    doc.fillColor(INK).text(m.value, labelX + 92, y, { width: metaWidth - 92 });
    y = Math.max(labelBottom, doc.y) + 1;
  }
  doc.y = Math.max(leftBottom, y) + 12;
}

function drawParties(doc: Doc, parties: Printable["parties"]): void {
  if (!parties.length) return;
  const gap = 16;
  const width = (contentWidth(doc) - gap * (parties.length - 1)) / parties.length;
  const top = doc.y;
  let bottom = top;
  parties.forEach((party, i) => {
    const x = MARGIN.left + i * (width + gap);
    doc.font("bold").fontSize(8.5).fillColor(GREY).text(party.heading, x, top, { width });
    doc.font("regular").fontSize(9.5).fillColor(INK).text(party.lines.filter(Boolean).join("\n"), x, doc.y + 1, { width, lineGap: 1 });
    bottom = Math.max(bottom, doc.y);
  });
  doc.y = bottom + 14;
}

function drawBlock(doc: Doc, block: PrintBlock): void {
  switch (block.kind) {
    case "table":
      return drawTable(doc, block.table.columns, block.table.rows, block.heading);
    case "totals":
      return drawTotals(doc, block.rows);
    case "text":
      return drawText(doc, block.heading, block.text);
    case "signature":
      return drawSignature(doc, block.heading, block.boxes);
  }
}

const cellText = (cell: PrintCell) => (typeof cell === "string" ? cell : cell.text);
const cellNote = (cell: PrintCell) => (typeof cell === "string" ? "" : (cell.note ?? ""));

function drawTable(doc: Doc, columns: PrintColumn[], rows: PrintCell[][], heading?: string): void {
  const total = columns.reduce((a, c) => a + c.weight, 0);
  const widths = columns.map((c) => (contentWidth(doc) * c.weight) / total);
  const xs = widths.map((_, i) => MARGIN.left + widths.slice(0, i).reduce((a, w) => a + w, 0));

  const header = () => {
    doc.font("bold").fontSize(8);
    const h = Math.max(...columns.map((c, i) => doc.heightOfString(c.label, { width: widths[i] - 2 * PAD }))) + 2 * PAD;
    const y = doc.y;
    doc.save().rect(MARGIN.left, y, contentWidth(doc), h).fill(HEADER_FILL).restore();
    columns.forEach((c, i) => doc.fillColor(INK).text(c.label, xs[i] + PAD, y + PAD, { width: widths[i] - 2 * PAD, align: c.align ?? "left" }));
    doc.y = y + h;
  };

  if (heading) {
    ensureSpace(doc, 40);
    doc.font("bold").fontSize(9.5).fillColor(INK).text(heading, MARGIN.left, doc.y, { width: contentWidth(doc) });
    doc.y += 3;
  }
  ensureSpace(doc, 40);
  header();
  for (const row of rows) {
    doc.font("regular").fontSize(8.5);
    const heights = row.map((cell, i) => {
      const width = widths[i] - 2 * PAD;
      let h = doc.heightOfString(cellText(cell) || " ", { width });
      const note = cellNote(cell);
      if (note) h += doc.font("regular").fontSize(7).heightOfString(note, { width }) + 1;
      doc.fontSize(8.5);
      return h;
    });
    const rowHeight = Math.min(Math.max(...heights) + 2 * PAD, MAX_ROW_HEIGHT);
    if (ensureSpace(doc, rowHeight)) header();
    const y = doc.y;
    row.forEach((cell, i) => {
      const options = { width: widths[i] - 2 * PAD, align: columns[i].align ?? "left", height: rowHeight - 2 * PAD, ellipsis: true } as const;
      doc.font("regular").fontSize(8.5).fillColor(INK).text(cellText(cell), xs[i] + PAD, y + PAD, options);
      const note = cellNote(cell);
      if (note) doc.fontSize(7).fillColor(GREY).text(note, xs[i] + PAD, doc.y + 1, { ...options, height: Math.max(8, y + rowHeight - doc.y - PAD) });
    });
    doc.y = y + rowHeight;
    rule(doc, doc.y);
  }
  doc.y += 10;
}

function drawTotals(doc: Doc, rows: PrintAmount[]): void {
  const width = 280;
  const x = MARGIN.left + contentWidth(doc) - width;
  ensureSpace(doc, rows.length * 15 + 6);
  for (const row of rows) {
    const y = doc.y;
    if (row.strong) rule(doc, y - 1, INK, x, width);
    doc.font(row.strong ? "bold" : "regular").fontSize(row.strong ? 10 : 9).fillColor(INK);
    doc.text(row.label, x, y + 2, { width: 170, align: "right" });
    const labelBottom = doc.y;
    doc.text(row.value, x + 174, y + 2, { width: width - 174, align: "right" });
    doc.y = Math.max(labelBottom, doc.y) + 1;
  }
  doc.y += 10;
}

function drawText(doc: Doc, heading: string, text: string): void {
  if (!text.trim()) return;
  ensureSpace(doc, 36);
  doc.font("bold").fontSize(9).fillColor(INK).text(heading, MARGIN.left, doc.y, { width: contentWidth(doc) });
  // Long texts flow onto the next page by themselves (pdfkit breaks at the bottom margin).
  doc.font("regular").fontSize(8.5).fillColor(INK).text(text.trim(), MARGIN.left, doc.y + 2, { width: contentWidth(doc), lineGap: 1 });
  doc.y += 10;
}

function drawSignature(doc: Doc, heading: string, boxes: string[]): void {
  const boxHeight = 64;
  ensureSpace(doc, boxHeight + 30);
  doc.font("bold").fontSize(9).fillColor(INK).text(heading, MARGIN.left, doc.y, { width: contentWidth(doc) });
  const top = doc.y + 4;
  const gap = 12;
  const width = (contentWidth(doc) - gap * (boxes.length - 1)) / boxes.length;
  boxes.forEach((label, i) => {
    const x = MARGIN.left + i * (width + gap);
    doc.save().rect(x, top, width, boxHeight).lineWidth(0.8).strokeColor(GREY).stroke().restore();
    doc.font("regular").fontSize(8.5).fillColor(GREY).text(label, x + 5, top + 5, { width: width - 10 });
  });
  doc.y = top + boxHeight + 12;
}

/** Footer on every page, and the title repeated at the top of continuation pages. */
function drawPageFurniture(doc: Doc, p: Printable, head: Letterhead): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing inside the bottom margin would make pdfkit open a new page: lift the margin first.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const width = contentWidth(doc) / 2;
    const y = doc.page.height - MARGIN.bottom + 20;
    rule(doc, y - 6);
    doc.font("regular").fontSize(7.5).fillColor(GREY);
    doc.text(head.name, MARGIN.left, y, { width, lineBreak: false });
    doc.text(p.pageLabel(i - range.start + 1, range.count), MARGIN.left + width, y, { width, align: "right", lineBreak: false });
    if (i > range.start) doc.text(`${p.title} ${p.number}`, MARGIN.left, MARGIN.top - 22, { width: contentWidth(doc), align: "right", lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}
