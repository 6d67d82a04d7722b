import { describe, expect, it } from "vitest";
import { formatDocumentNumber } from "./document-number";

describe("formatDocumentNumber", () => {
  it("pads the counter", () => {
    expect(formatDocumentNumber("Q", 2026, 1, 5)).toBe("Q-2026-00001");
    expect(formatDocumentNumber("INV", 2027, 42, 3)).toBe("INV-2027-042");
    expect(formatDocumentNumber("SO", 2026, 7, 8)).toBe("SO-2026-00000007");
  });

  it("never truncates a counter longer than the padding", () => {
    expect(formatDocumentNumber("Q", 2026, 123456, 3)).toBe("Q-2026-123456");
  });

  it("rejects counters that cannot be document numbers", () => {
    expect(() => formatDocumentNumber("Q", 2026, 0, 5)).toThrow(RangeError);
    expect(() => formatDocumentNumber("Q", 2026, 1.5, 5)).toThrow(RangeError);
  });
});
