// Recognising database errors that mean "another writer got there first; try again".
const RETRYABLE_PRISMA_CODES = new Set(["P2034", "P1008"]);
const RETRYABLE_SQLSTATES = new Set(["40001", "40P01"]);

function text(error: unknown): string {
  if (!error || typeof error !== "object") return String(error);
  const e = error as { message?: unknown; cause?: unknown };
  return `${String(e.message ?? "")} ${e.cause ? text(e.cause) : ""}`;
}

export function isRetryableConflict(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string" && (RETRYABLE_PRISMA_CODES.has(code) || RETRYABLE_SQLSTATES.has(code))) return true;
  const message = text(error);
  return /SQLITE_BUSY|database is locked|could not serialize|deadlock detected|write conflict/i.test(message);
}

export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "P2002" || /UNIQUE constraint failed|duplicate key value/i.test(text(error));
}
