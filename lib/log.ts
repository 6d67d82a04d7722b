import "server-only";
import pino from "pino";
import { headers } from "next/headers";

// JSON logs to stdout; LOG_LEVEL=debug for more. Every line about a request carries its id.
export const log = pino({ level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "warn" : "info") });

/** The request id set by proxy.ts (or the proxy in front of us), for correlating logs and errors. */
export async function requestId(): Promise<string | undefined> {
  try {
    return (await headers()).get("x-request-id") ?? undefined;
  } catch {
    return undefined; // outside a request (scripts, tests)
  }
}
