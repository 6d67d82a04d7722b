import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { LOCALES } from "@/lib/i18n/locales";

export const Email = z.string().trim().toLowerCase().min(1).max(320).email({ error: "email" });
export const Password = z.string().min(10, { error: "passwordLength" }).max(200);
export const PersonName = z.string().trim().min(1).max(100);

export const SetupInput = z
  .object({
    companyName: z.string().trim().min(1).max(200),
    name: PersonName,
    email: Email,
    password: Password,
    confirm: z.string(),
    locale: z.enum(LOCALES).catch("zh-CN"),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], error: "passwordsDiffer" });

const OptionalId = z
  .string()
  .trim()
  .max(50)
  .transform((v) => (v === "" ? null : v))
  .nullable()
  .default(null);

export const UserCreateInput = z.object({
  name: PersonName,
  email: Email,
  role: z.enum(ROLES),
  teamId: OptionalId,
  locale: z.enum(LOCALES),
  password: Password,
});
export type UserCreateInput = z.output<typeof UserCreateInput>;

export const UserUpdateInput = z.object({
  id: z.string().min(1).max(50),
  name: PersonName,
  email: Email,
  role: z.enum(ROLES),
  teamId: OptionalId,
  locale: z.enum(LOCALES),
  active: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()),
  password: z.union([z.literal(""), Password]).default(""),
});
export type UserUpdateInput = z.output<typeof UserUpdateInput>;
