import { checkHealth } from "@/lib/system/check-health";

export const dynamic = "force-dynamic";

// For load balancers and monitors: 200 while the database answers, 503 when it does not.
export async function GET() {
  const health = await checkHealth();
  return Response.json(
    health.ok ? { status: "ok", ...health } : { status: "unavailable", database: health.database, error: health.error },
    { status: health.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
