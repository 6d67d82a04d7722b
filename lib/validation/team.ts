import { z } from "zod";

const Id = z.string().trim().min(1).max(50);
// A select's empty option means "none".
const OptionalId = z
  .string()
  .trim()
  .max(50)
  .transform((v) => (v === "" ? null : v))
  .nullable()
  .default(null);

export const TeamName = z.string().trim().min(1).max(100);

export const TeamCreateInput = z.object({ name: TeamName, parentId: OptionalId, managerId: OptionalId });
export type TeamCreateInput = z.output<typeof TeamCreateInput>;

export const TeamUpdateInput = TeamCreateInput.extend({ id: Id });
export type TeamUpdateInput = z.output<typeof TeamUpdateInput>;

export const TeamDeleteInput = z.object({ id: Id });
