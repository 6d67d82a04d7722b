import { describe, expect, it } from "vitest";
import { DEFAULT_LOCALE, isLocale, localeFromAcceptLanguage, LOCALES } from "./locales";

describe("locales", () => {
  it("supports zh-CN (the default) and English", () => {
    expect(LOCALES).toEqual(["zh-CN", "en"]);
    expect(DEFAULT_LOCALE).toBe("zh-CN");
    expect(isLocale("zh-CN")).toBe(true);
    expect(isLocale("en")).toBe(true);
    for (const v of ["zh", "zh-cn", "en-US", "fr", "", null, undefined, 1]) expect(isLocale(v), String(v)).toBe(false);
  });

  it("picks the best supported language from Accept-Language, by quality", () => {
    expect(localeFromAcceptLanguage("zh-CN,zh;q=0.9,en;q=0.8")).toBe("zh-CN");
    expect(localeFromAcceptLanguage("en-US,en;q=0.9")).toBe("en");
    expect(localeFromAcceptLanguage("zh-TW")).toBe("zh-CN");
    expect(localeFromAcceptLanguage("en;q=0.5, zh;q=0.8")).toBe("zh-CN");
    expect(localeFromAcceptLanguage("fr-FR,fr;q=0.9,en;q=0.3")).toBe("en");
    expect(localeFromAcceptLanguage("EN-gb")).toBe("en");
  });

  it("answers null when nothing fits or there is no header", () => {
    expect(localeFromAcceptLanguage("fr-FR,de;q=0.5")).toBeNull();
    expect(localeFromAcceptLanguage("")).toBeNull();
    expect(localeFromAcceptLanguage(null)).toBeNull();
    expect(localeFromAcceptLanguage(undefined)).toBeNull();
    expect(localeFromAcceptLanguage("*")).toBeNull();
  });
});
