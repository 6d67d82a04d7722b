import type { z } from "zod";

// A zod issue → a key of the `validation` catalog and its values, like translateIssues does for
// forms, but kept untranslated so an import can report it per row and translate once.

const KEY = /^[A-Za-z][\w.]*$/;

export function issueKey(issue: z.core.$ZodIssue): { key: string; values?: Record<string, string | number> } {
  // Schemas name their own message key ({ error: "catalog.money" }); zod's defaults are sentences.
  if (issue.message && KEY.test(issue.message)) return { key: issue.message };
  switch (issue.code) {
    case "too_small":
      return issue.minimum === 1 && issue.origin === "string" ? { key: "required" } : { key: "tooSmall", values: { min: String(issue.minimum) } };
    case "too_big":
      return { key: "tooBig", values: { max: String(issue.maximum) } };
    case "invalid_format":
      return { key: issue.format === "email" ? "email" : "format" };
    case "invalid_value":
      return { key: "choice" };
    case "invalid_type":
      return { key: issue.input === undefined || issue.input === "" ? "required" : "format" };
    default:
      return { key: "format" };
  }
}
