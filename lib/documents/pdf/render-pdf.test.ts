import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { pdfPages } from "@/lib/testing/pdf-text";
import type { Printable } from "./printable";
import { renderPdf } from "./render-pdf";

// The shared layout: Chinese prints as Chinese, a long table breaks across pages with its
// header repeated, and every page carries "page x of y".

function printable(rows: number): Printable {
  return {
    title: "报价单",
    number: "Q-2026-00042",
    meta: [{ label: "日期", value: "2026-11-30" }],
    parties: [{ heading: "客户", lines: ["上海测试贸易有限公司", "上海市浦东新区世纪大道 100 号"] }],
    blocks: [
      {
        kind: "table",
        table: {
          columns: [
            { label: "品名及规格", weight: 3 },
            { label: "数量", weight: 1, align: "right" },
          ],
          rows: Array.from({ length: rows }, (_, i) => [{ text: `产品 ${i + 1} 号`, note: `SKU-${i + 1}` }, String(i + 1)]),
        },
      },
      { kind: "totals", rows: [{ label: "价税合计", value: "¥1,130.00", strong: true }] },
      { kind: "text", heading: "备注", text: "含运费。" },
      { kind: "signature", heading: "上述货物已验收无误", boxes: ["收货人签字", "日期", "盖章"] },
    ],
    pageLabel: (page, pages) => `第 ${page} 页，共 ${pages} 页`,
  };
}

const letterhead = { name: "测试科技有限公司", lines: ["税号：91310000TEST"], logo: null };

describe("renderPdf", () => {
  it("prints Chinese text, totals and the signature area", async () => {
    const bytes = await renderPdf(printable(3), letterhead, { title: "报价单 Q-2026-00042", author: "测试科技有限公司" });
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe("%PDF-");
    const { pages, text } = await pdfPages(bytes);
    expect(pages).toBe(1);
    for (const s of ["测试科技有限公司", "报价单", "Q-2026-00042", "上海测试贸易有限公司", "产品 3 号", "SKU-3", "¥1,130.00", "收货人签字", "盖章", "第 1 页，共 1 页"]) expect(text).toContain(s);
  });

  it("breaks a long table across pages, repeating the header and numbering every page", async () => {
    const bytes = await renderPdf(printable(150), letterhead, { title: "t", author: "a" });
    const { pages, text } = await pdfPages(bytes);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(text.split("品名及规格").length - 1).toBe(pages);
    expect(text).toContain(`第 ${pages} 页，共 ${pages} 页`);
    expect(text).toContain("产品 150 号");
  });

  it("draws a PNG logo on the letterhead", async () => {
    const logo = await sharp({ create: { width: 80, height: 30, channels: 3, background: "#1d4ed8" } }).png().toBuffer();
    const bytes = await renderPdf(printable(1), { ...letterhead, logo }, { title: "t", author: "a" });
    expect(Buffer.from(bytes).includes("/Subtype /Image")).toBe(true);
    expect(await pdfPages(bytes)).toMatchObject({ pages: 1 });
  });
});
