import { z } from "zod";
import { Password } from "./user";

export const ChangePasswordInput = z
  .object({ current: z.string().min(1).max(200), next: Password, confirm: z.string() })
  .refine((v) => v.next === v.confirm, { path: ["confirm"], error: "passwordsDiffer" });
