import { createHash, randomBytes } from "node:crypto";

// The private calendar feed URL carries a random 32-byte token; only its sha256 is stored
// (User.calendarTokenHash), so a database leak does not leak working feed URLs.

/** base64url of 32 random bytes: 43 characters of [A-Za-z0-9_-]. */
export function newCalendarToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashCalendarToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** The token in a feed file name (`<token>.ics`), or null when the name cannot be one. */
export function tokenFromFileName(file: string): string | null {
  const m = /^([A-Za-z0-9_-]{43})\.ics$/.exec(file);
  return m ? m[1] : null;
}

export function calendarFeedPath(token: string): string {
  return `/calendar/${token}.ics`;
}
