import "server-only";
import path from "node:path";

/** ${CARRACK_DATA_DIR ?? "data"}/uploads/products: product images, resized copies only. */
export function productUploadsDir(): string {
  return path.resolve(process.env.CARRACK_DATA_DIR ?? "data", "uploads", "products");
}
