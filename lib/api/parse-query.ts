import { z } from "zod";
import { ApiError } from "./api-error";

// Query strings are parsed strictly: an unknown or repeated parameter is a 400 (a typo such as
// `updated_since` must not silently return the whole catalog), a value of the wrong form a 400,
// a well-formed value out of range (limit=500) a 422.

const RANGE_CODES = new Set(["too_big", "too_small", "invalid_value"]);

export function parseQuery<S extends z.ZodObject>(schema: S, params: URLSearchParams): z.output<S> {
  const known = new Set(Object.keys(schema.shape));
  const raw: Record<string, string> = {};
  for (const [name, value] of params) {
    if (!known.has(name)) throw new ApiError(400, "unknown_parameter", `Unknown query parameter "${name}"`, { parameter: name, allowed: [...known] });
    if (name in raw) throw new ApiError(400, "invalid_parameter", `Query parameter "${name}" given more than once`, { parameter: name });
    raw[name] = value;
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => ({ parameter: i.path.join("."), code: i.code, message: i.message }));
  const status = parsed.error.issues.every((i) => RANGE_CODES.has(i.code)) ? 422 : 400;
  throw new ApiError(status, "invalid_parameter", `Invalid query parameter "${issues[0]?.parameter}": ${issues[0]?.message}`, { issues });
}
