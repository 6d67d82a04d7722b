import { describe, expect, it } from "vitest";
import { contentTypeOfLogo, detectImageType } from "./image-type";

const bytes = (...b: number[]) => new Uint8Array(b);
const text = (s: string) => new TextEncoder().encode(s);

describe("detectImageType", () => {
  it("recognises PNG, JPEG and WebP by their signatures", () => {
    expect(detectImageType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0))).toBe("png");
    expect(detectImageType(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10))).toBe("jpeg");
    expect(detectImageType(text("RIFF\x10\x00\x00\x00WEBPVP8 "))).toBe("webp");
  });

  it("recognises SVG documents with or without a prolog", () => {
    expect(detectImageType(text('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>'))).toBe("svg");
    expect(detectImageType(text('\ufeff<?xml version="1.0" encoding="UTF-8"?>\n<!-- logo -->\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x">\n<svg>'))).toBe("svg");
  });

  it("rejects other files whatever they are called", () => {
    expect(detectImageType(text("GIF89a"))).toBeNull();
    expect(detectImageType(text("<html><svg></svg></html>"))).toBeNull();
    expect(detectImageType(text("%PDF-1.7"))).toBeNull();
    expect(detectImageType(text("RIFF\x10\x00\x00\x00WAVE"))).toBeNull();
    expect(detectImageType(bytes(0x89, 0x50, 0x4e))).toBeNull();
    expect(detectImageType(bytes())).toBeNull();
    expect(detectImageType(bytes(0xc3, 0x28, 0x3c, 0x73, 0x76, 0x67))).toBeNull();
  });
});

describe("contentTypeOfLogo", () => {
  it("accepts only names we generate", () => {
    expect(contentTypeOfLogo("logo-0f8fad5b-d9cb-469f-a165-70867728950e.svg")).toBe("image/svg+xml");
    expect(contentTypeOfLogo("logo-0f8fad5b-d9cb-469f-a165-70867728950e.jpg")).toBe("image/jpeg");
    expect(contentTypeOfLogo("../carrack.db")).toBeNull();
    expect(contentTypeOfLogo("logo-0f8fad5b-d9cb-469f-a165-70867728950e.html")).toBeNull();
    expect(contentTypeOfLogo("logo-x.png")).toBeNull();
  });
});
