import "server-only";
import { unstable_rethrow } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { AppError, FieldError } from "@/lib/errors";
import { log, requestId } from "@/lib/log";
import { loose } from "@/lib/i18n/loose";
import { translateIssues } from "@/lib/validation/translate-issues";
import type { Actor } from "./actor";
import { can, type Permission } from "./permissions";
import { getActor } from "./session";

export type ActionState<T = undefined> =
  | { ok: true; data?: T; message?: string }
  | { ok: false; error: string; fieldErrors?: Record<string, string> }
  | null;

/**
 * The one door every server action goes through: actor from the session (never from input),
 * permission, zod parse, then the service. Expected failures come back translated as data for
 * useActionState; anything unexpected is logged with the request id and answered generically.
 */
export async function door<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  permission: Permission | null,
  run: (actor: Actor, data: z.output<S>) => Promise<T>,
): Promise<ActionState<T>> {
  const t = await getTranslations("errors");
  const actor = await getActor();
  if (!actor) return { ok: false, error: t("signedOut") };
  if (permission && !can(actor, permission)) return { ok: false, error: t("notFound") };

  const parsed = schema.safeParse(input);
  if (!parsed.success) return invalidInputState(parsed.error.issues);
  try {
    return { ok: true, data: await run(actor, parsed.data) };
  } catch (error) {
    return failureState(error, { actor: actor.id });
  }
}

/** Input that did not parse: one translated message per field. */
export async function invalidInputState(issues: z.core.$ZodIssue[]): Promise<ActionState<never>> {
  const t = await getTranslations("errors");
  return { ok: false, error: t("invalidInput"), fieldErrors: await translateIssues(issues) };
}

/**
 * A failed service call as the form shows it: expected failures translated (a FieldError under
 * its field), anything else logged with the request id and answered generically.
 */
export async function failureState(error: unknown, logContext: Record<string, unknown> = {}): Promise<ActionState<never>> {
  unstable_rethrow(error); // redirect() and notFound() are control flow, not failures
  const t = await getTranslations("errors");
  if (error instanceof FieldError) {
    const message = loose(await getTranslations("validation"))(error.key, error.values);
    return { ok: false, error: message, fieldErrors: { [error.field]: message } };
  }
  if (error instanceof AppError) {
    return { ok: false, error: loose(t)(error.key, error.values) };
  }
  const id = await requestId();
  log.error({ err: error, requestId: id, ...logContext }, "action failed");
  return { ok: false, error: t("unexpected", { requestId: id ?? "-" }) };
}

/** FormData → plain object for zod (repeated keys become arrays). */
export function formObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith("$ACTION")) continue;
    if (key in out) out[key] = ([] as unknown[]).concat(out[key], value);
    else out[key] = value;
  }
  return out;
}
