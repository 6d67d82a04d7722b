import "server-only";
import type { z } from "zod";
import { failureState, invalidInputState, type ActionState } from "./door";

/**
 * The door of the few server actions anonymous visitors may call (the public enquiry form): no
 * session and no permission, but the same zod parse, translated field errors and typed failures
 * as door(); anything unexpected is logged and answered generically, never a 500. Spam
 * protection (honeypot, rate limit) is the service's job.
 */
export async function publicDoor<S extends z.ZodType, T>(schema: S, input: unknown, run: (data: z.output<S>) => Promise<T>): Promise<ActionState<T>> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) return invalidInputState(parsed.error.issues);
  try {
    return { ok: true, data: await run(parsed.data) };
  } catch (error) {
    return failureState(error, { door: "public" });
  }
}
