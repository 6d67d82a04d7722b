"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getActor } from "@/lib/auth/session";
import { updateOwnPreferences } from "@/lib/settings/users/update-own-preferences";
import { LOCALES, LOCALE_COOKIE } from "@/lib/i18n/locales";
import { THEMES, THEME_COOKIE } from "@/lib/ui/theme";

const ONE_YEAR = 365 * 24 * 3600;
const LocaleInput = z.object({ locale: z.enum(LOCALES) });
const ThemeInput = z.object({ theme: z.enum(THEMES) });

/** Language switch: stored on the user (so it follows them to any device) and in a cookie. */
export async function setLocaleAction(input: unknown): Promise<{ ok: boolean }> {
  const parsed = LocaleInput.safeParse(input);
  if (!parsed.success) return { ok: false };
  const actor = await getActor();
  if (actor) await updateOwnPreferences({ actor, locale: parsed.data.locale });
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, { path: "/", maxAge: ONE_YEAR, sameSite: "lax" });
  revalidatePath("/", "layout");
  return { ok: true };
}

/** Light/dark/system is a per-browser choice: a cookie read by the root layout. */
export async function setThemeAction(input: unknown): Promise<{ ok: boolean }> {
  const parsed = ThemeInput.safeParse(input);
  if (!parsed.success) return { ok: false };
  (await cookies()).set(THEME_COOKIE, parsed.data.theme, { path: "/", maxAge: ONE_YEAR, sameSite: "lax" });
  revalidatePath("/", "layout");
  return { ok: true };
}
