import { readCompanyLogo } from "@/lib/settings/company/read-company-logo";

// The company logo, public like any letterhead (it will appear on the sign-in page, documents
// and the catalog). File names are random and change with every upload, so it caches forever.
export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }) {
  const logo = await readCompanyLogo((await params).name);
  if (!logo) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" } });
  const headers = new Headers({
    "Content-Type": logo.contentType,
    "Content-Length": String(logo.bytes.length),
    "Cache-Control": "public, max-age=31536000, immutable",
    // The browser must trust our type, never guess one from the bytes.
    "X-Content-Type-Options": "nosniff",
    // An SVG opened directly is a document that could run script: give it nothing to load or
    // run, in a sandbox, so even a hostile upload stays a picture. (next.config.js sets the
    // same for /files/*, because its headers take precedence over a route's.)
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
  });
  return new Response(new Uint8Array(logo.bytes), { headers });
}
