// Load test of the partner API's catalog list next to a bare node:http server answering the same
// JSON bytes, both on loopback with 50 connections (autocannon):
//   npx tsx scripts/bench-api.ts --url http://127.0.0.1:3316 [--seconds 10] [--connections 50]
// Start the app first from a production build (e.g. node scripts/e2e-server.mjs with
// E2E_PORT=3316 and CARRACK_API_ANON_PER_MINUTE set high, or the key's limit raised).
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { parseArgs } from "node:util";
import autocannon from "autocannon";

const { values } = parseArgs({ options: { url: { type: "string", default: "http://127.0.0.1:3316" }, seconds: { type: "string", default: "10" }, connections: { type: "string", default: "50" }, path: { type: "string", default: "/api/v1/catalog/products?limit=50&locale=en" } } });

async function run(title: string, url: string) {
  const result = await autocannon({ url, connections: Number(values.connections), duration: Number(values.seconds) });
  const line = { target: title, requestsPerSecond: Math.round(result.requests.average), p50ms: result.latency.p50, p99ms: result.latency.p99, non2xx: result.non2xx, errors: result.errors, throughputMBps: +(result.throughput.average / 1e6).toFixed(2) };
  console.log(JSON.stringify(line));
  return line;
}

async function benchMain() {
  const target = `${values.url}${values.path}`;
  const sample = await fetch(target);
  if (!sample.ok) throw new Error(`${target} answered ${sample.status}`);
  const body = Buffer.from(await sample.arrayBuffer());
  const headers = { "Content-Type": "application/json; charset=utf-8", ETag: sample.headers.get("etag") ?? "", "Cache-Control": sample.headers.get("cache-control") ?? "" };
  console.log(`payload ${body.length} bytes, ${(JSON.parse(body.toString()) as { data: unknown[] }).data.length} products`);

  const bare = createServer((_req, res) => res.writeHead(200, headers).end(body));
  await new Promise<void>((r) => bare.listen(0, "127.0.0.1", r));
  const barePort = (bare.address() as AddressInfo).port;
  try {
    await run("bare node:http", `http://127.0.0.1:${barePort}/`);
    await run("carrack /api/v1/catalog/products", target);
  } finally {
    bare.close();
  }
}

benchMain().catch((error) => {
  console.error(error);
  process.exit(1);
});
