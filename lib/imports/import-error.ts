import { AppError } from "@/lib/errors";

/**
 * A failure of the import as a whole (file too large, not a CSV, mapping incomplete), with a
 * message key in the `imports` catalog. Row problems are not errors: they are reported as data.
 */
export class ImportError extends AppError {
  constructor(key: string, values: Record<string, string | number> = {}) {
    super(key, values, 400);
    this.name = "ImportError";
  }
}
