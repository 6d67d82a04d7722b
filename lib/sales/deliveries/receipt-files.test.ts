import { describe, expect, it } from "vitest";
import { detectReceiptType, isReceiptFileName, receiptFileName } from "./receipt-files";

const bytes = (...b: number[]) => new Uint8Array([...b, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);

describe("receipt files", () => {
  it("tells jpeg, png, webp and pdf by their first bytes", () => {
    expect(detectReceiptType(bytes(0xff, 0xd8, 0xff))).toBe("jpeg");
    expect(detectReceiptType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe("png");
    expect(detectReceiptType(bytes(0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50))).toBe("webp");
    expect(detectReceiptType(new TextEncoder().encode("%PDF-1.7\n"))).toBe("pdf");
  });

  it("refuses anything else, SVG and HTML included", () => {
    expect(detectReceiptType(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toBeNull();
    expect(detectReceiptType(new TextEncoder().encode("<html><script>alert(1)</script>"))).toBeNull();
    expect(detectReceiptType(new Uint8Array())).toBeNull();
  });

  it("names files itself and accepts only its own names", () => {
    const name = receiptFileName("0f8fad5b-d9cb-469f-a165-70867728950e", "pdf");
    expect(name).toBe("r-0f8fad5b-d9cb-469f-a165-70867728950e.pdf");
    expect(isReceiptFileName(name)).toBe(true);
    expect(isReceiptFileName("../carrack.db")).toBe(false);
    expect(isReceiptFileName("r-0f8fad5b-d9cb-469f-a165-70867728950e.svg")).toBe(false);
  });
});
