import { z } from "zod";

export const OutboxIdInput = z.object({ id: z.string().trim().min(1).max(50) });
