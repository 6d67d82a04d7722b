import type { Role } from "./roles";
import type { Locale } from "@/lib/i18n/locales";

/** The signed-in staff user, always loaded from the database, never from request input. */
export type Actor = {
  id: string;
  email: string;
  name: string;
  role: Role;
  teamId: string | null;
  locale: Locale;
};
