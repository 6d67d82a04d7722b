"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { door, formObject, type ActionState } from "@/lib/auth/door";
import { createTeam } from "@/lib/settings/teams/create-team";
import { deleteTeam } from "@/lib/settings/teams/delete-team";
import { updateTeam } from "@/lib/settings/teams/update-team";
import { TeamCreateInput, TeamDeleteInput, TeamUpdateInput } from "@/lib/validation/team";

/** Admin only. The form stays on the tree page, which shows the new team. */
export async function createTeamAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return door(TeamCreateInput, formObject(form), "settings.teams.manage", async (actor, input) => {
    await createTeam({ actor, ...input });
    revalidatePath("/app/settings/teams");
    return undefined;
  });
}

export async function updateTeamAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return door(TeamUpdateInput, formObject(form), "settings.teams.manage", async (actor, input) => {
    await updateTeam({ actor, ...input });
    revalidatePath("/app/settings/teams", "layout");
    return undefined;
  });
}

export async function deleteTeamAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const result = await door(TeamDeleteInput, formObject(form), "settings.teams.manage", async (actor, input) => {
    await deleteTeam({ actor, id: input.id });
    revalidatePath("/app/settings/teams");
    return undefined;
  });
  // Outside the door: redirect works by throwing, and only after the delete has committed.
  if (result?.ok) redirect("/app/settings/teams");
  return result;
}
