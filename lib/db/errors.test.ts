import { describe, expect, it } from "vitest";
import { isRetryableConflict, isUniqueViolation } from "./errors";

describe("isRetryableConflict", () => {
  it("recognises Prisma and PostgreSQL conflict codes", () => {
    for (const code of ["P2034", "P1008", "40001", "40P01"]) expect(isRetryableConflict({ code }), code).toBe(true);
  });

  it("recognises SQLite busy and PostgreSQL messages, also in a nested cause", () => {
    expect(isRetryableConflict(new Error("SqliteError: database is locked"))).toBe(true);
    expect(isRetryableConflict(new Error("SQLITE_BUSY: cannot commit"))).toBe(true);
    expect(isRetryableConflict(new Error("could not serialize access due to concurrent update"))).toBe(true);
    expect(isRetryableConflict(new Error("Raw query failed. Code: `40P01`. Message: `deadlock detected`"))).toBe(true);
    expect(isRetryableConflict(new Error("outer", { cause: new Error("Transaction failed due to a write conflict") }))).toBe(true);
  });

  it("does not retry ordinary failures", () => {
    for (const e of [new Error("boom"), { code: "P2002" }, { code: "23505" }, null, undefined, "text", 42]) {
      expect(isRetryableConflict(e), String(e)).toBe(false);
    }
  });
});

describe("isUniqueViolation", () => {
  it("recognises Prisma's code and both databases' messages", () => {
    expect(isUniqueViolation({ code: "P2002" })).toBe(true);
    expect(isUniqueViolation(new Error("UNIQUE constraint failed: User.email"))).toBe(true);
    expect(isUniqueViolation(new Error('duplicate key value violates unique constraint "User_email_key"'))).toBe(true);
    expect(isUniqueViolation(new Error("wrapped", { cause: new Error("UNIQUE constraint failed: Team.name") }))).toBe(true);
  });

  it("is false for anything else", () => {
    for (const e of [new Error("foreign key constraint failed"), { code: "P2003" }, null, undefined, {}]) {
      expect(isUniqueViolation(e), String(e)).toBe(false);
    }
  });
});
