"use server";

import { revalidatePath } from "next/cache";
import { door } from "@/lib/auth/door";
import { retryOutboxMessage } from "@/lib/jobs/retry-outbox-message";
import { OutboxIdInput } from "@/lib/validation/outbox";

export async function retryOutboxMessageAction(input: unknown) {
  const result = await door(OutboxIdInput, input, "settings.company.manage", (actor, data) => retryOutboxMessage({ actor, input: data }));
  if (result?.ok) revalidatePath("/app/settings/outbox");
  return result;
}
