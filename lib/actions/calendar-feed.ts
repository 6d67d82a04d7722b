"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { door, type ActionState } from "@/lib/auth/door";
import { calendarFeedPath } from "@/lib/crm/calendar/calendar-token";
import { generateCalendarFeed, removeCalendarFeed } from "@/lib/crm/calendar/save-calendar-feed";
import { absoluteUrl, publicBaseUrl } from "@/lib/public-catalog/urls";

export type CalendarFeedState = ActionState<{ url: string | null }>;

const NoInput = z.object({});

/** Always the signed-in user's own feed: nothing about whose comes from the form. */
export async function generateCalendarFeedAction(): Promise<CalendarFeedState> {
  const state = await door(NoInput, {}, "crm.read", async (actor) => {
    const { token } = await generateCalendarFeed({ actor });
    return { url: absoluteUrl(publicBaseUrl(), calendarFeedPath(token)) };
  });
  if (state?.ok) revalidatePath("/app/profile");
  return state;
}

export async function removeCalendarFeedAction(): Promise<CalendarFeedState> {
  const state = await door(NoInput, {}, "crm.read", async (actor) => {
    await removeCalendarFeed({ actor });
    return { url: null };
  });
  if (state?.ok) revalidatePath("/app/profile");
  return state;
}
