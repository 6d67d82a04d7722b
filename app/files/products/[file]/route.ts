import { readProductImage } from "@/lib/catalog/images/read-product-image";

// Product images (WebP copies we made ourselves). Names are random and never reused, so a file
// can be cached for a year; images of unpublished products are cached only by the browser.
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const image = await readProductImage((await params).file);
  if (!image) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store" } });
  return new Response(new Uint8Array(image.bytes), {
    headers: {
      "Content-Type": "image/webp",
      "Content-Length": String(image.bytes.length),
      "Cache-Control": `${image.isPublic ? "public" : "private"}, max-age=31536000, immutable`,
      // The browser must trust our type, never guess one from the bytes.
      "X-Content-Type-Options": "nosniff",
    },
  });
}
