import { feedRoute } from "@/lib/api/feeds/feed-route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = feedRoute("woocommerce");
