import { z } from "zod";

export const NotificationIdInput = z.object({ id: z.string().trim().min(1).max(50) });
export const NoInput = z.object({}).strict();
