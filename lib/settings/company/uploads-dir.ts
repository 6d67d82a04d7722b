import "server-only";
import path from "node:path";

/** Where uploaded files live: ./data/uploads unless CARRACK_DATA_DIR moves the data folder. */
export function uploadsDir(): string {
  return path.resolve(process.env.CARRACK_DATA_DIR ?? "data", "uploads");
}
