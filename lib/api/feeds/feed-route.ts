import "server-only";
import { db } from "@/lib/db/client";
import { publicBaseUrl } from "@/lib/public-catalog/urls";
import { apiRoute } from "../api-route";
import { LocaleQuery } from "../schemas";
import { feedVersion } from "./feed-version";
import { FEEDS, feedChunks, type FeedKind } from "./feeds";

/** The GET handler of one feed: streamed, with an ETag known before the first byte. */
export function feedRoute(kind: FeedKind) {
  return apiRoute({
    query: LocaleQuery,
    scope: "feeds.read",
    run: async ({ query, audience, request }) => {
      const baseUrl = publicBaseUrl(request);
      const company = await db.company.findUnique({ where: { id: "company" }, select: { name: true } });
      return {
        kind: "stream",
        contentType: FEEDS[kind].contentType,
        filename: FEEDS[kind].file,
        version: await feedVersion(audience, [kind, query.locale, baseUrl, company?.name ?? ""].join("|")),
        open: () => feedChunks(kind, { audience, locale: query.locale, baseUrl }),
      };
    },
  });
}
