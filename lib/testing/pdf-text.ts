// The text of a PDF, for tests (unit, integration and e2e): proves a document really carries
// its number, the customer's Chinese name and its totals, not just that some bytes came back.
import { PDFParse } from "pdf-parse";

export async function pdfText(bytes: Uint8Array | ArrayBuffer): Promise<string> {
  // A copy: pdf.js transfers (detaches) the buffer it is given.
  const parser = new PDFParse({ data: new Uint8Array(bytes).slice() });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

/** Page count and text, for tests of page breaks. */
export async function pdfPages(bytes: Uint8Array | ArrayBuffer): Promise<{ pages: number; text: string }> {
  const parser = new PDFParse({ data: new Uint8Array(bytes).slice() });
  try {
    const result = await parser.getText();
    return { pages: result.total, text: result.text };
  } finally {
    await parser.destroy();
  }
}
