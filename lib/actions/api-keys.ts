"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { door, formObject, type ActionState } from "@/lib/auth/door";
import { createApiKey } from "@/lib/api/keys/create-api-key";
import { revokeApiKey } from "@/lib/api/keys/revoke-api-key";
import { updateApiKey } from "@/lib/api/keys/update-api-key";
import { createWebhook, deleteWebhook, redeliverWebhook, setWebhookActive, updateWebhook } from "@/lib/api/webhooks/manage-webhooks";
import { ApiKeyInput, ApiKeyUpdateInput, IdInput, WebhookInput, WebhookUpdateInput } from "@/lib/validation/api";

/** Admin only. The new key comes back once, for the form to show; it is never stored. */
export async function createApiKeyAction(_prev: ActionState<{ id: string; key: string }>, form: FormData): Promise<ActionState<{ id: string; key: string }>> {
  return door(ApiKeyInput, formObject(form), "api.manage", async (actor, input) => {
    const created = await createApiKey({ actor, input });
    revalidatePath("/app/settings/api-keys");
    return created;
  });
}

export async function updateApiKeyAction(_prev: ActionState<{ id: string; key: string }>, form: FormData): Promise<ActionState<{ id: string; key: string }>> {
  return door(ApiKeyUpdateInput, formObject(form), "api.manage", async (actor, input) => {
    await updateApiKey({ actor, input });
    revalidatePath("/app/settings/api-keys", "layout");
    return undefined;
  });
}

export async function revokeApiKeyAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return door(IdInput, formObject(form), "api.manage", async (actor, input) => {
    await revokeApiKey({ actor, id: input.id });
    revalidatePath("/app/settings/api-keys", "layout");
    return undefined;
  });
}

export async function createWebhookAction(_prev: ActionState<{ secret: string }>, form: FormData): Promise<ActionState<{ secret: string }>> {
  return door(WebhookInput, formObject(form), "api.manage", async (actor, input) => {
    const { secret } = await createWebhook({ actor, input });
    revalidatePath(`/app/settings/api-keys/${input.apiKeyId}`);
    return { secret };
  });
}

export async function updateWebhookAction(_prev: ActionState<{ secret: string }>, form: FormData): Promise<ActionState<{ secret: string }>> {
  return door(WebhookUpdateInput, formObject(form), "api.manage", async (actor, input) => {
    await updateWebhook({ actor, input });
    revalidatePath("/app/settings/api-keys", "layout");
    return undefined;
  });
}

const ToggleInput = IdInput.extend({ active: z.enum(["true", "false"]).transform((v) => v === "true") });

export async function setWebhookActiveAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return door(ToggleInput, formObject(form), "api.manage", async (actor, input) => {
    await setWebhookActive({ actor, id: input.id, active: input.active });
    revalidatePath("/app/settings/api-keys", "layout");
    return undefined;
  });
}

export async function deleteWebhookAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return door(IdInput, formObject(form), "api.manage", async (actor, input) => {
    await deleteWebhook({ actor, id: input.id });
    revalidatePath("/app/settings/api-keys", "layout");
    return undefined;
  });
}

export async function redeliverWebhookAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return door(IdInput, formObject(form), "api.manage", async (actor, input) => {
    await redeliverWebhook({ actor, deliveryId: input.id });
    revalidatePath("/app/settings/api-keys", "layout");
    return undefined;
  });
}
