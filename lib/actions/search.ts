"use server";

import { z } from "zod";
import { getActor } from "@/lib/auth/session";
import { searchRecords, type RecordHit } from "@/lib/search/search-records";

const SearchInput = z.object({ query: z.string().max(100) });

export async function searchRecordsAction(input: unknown): Promise<RecordHit[]> {
  const parsed = SearchInput.safeParse(input);
  if (!parsed.success) return [];
  const actor = await getActor();
  if (!actor) return [];
  return searchRecords({ actor, query: parsed.data.query });
}
