// Typed errors of the partner API: every failure answers `{ error: { code, message, details } }`
// in English (machine-facing), with the status it names. Never a 500 for bad input.

export type ApiErrorCode =
  | "unknown_parameter"
  | "invalid_parameter"
  | "invalid_cursor"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "rate_limited"
  | "internal_error";

export class ApiError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 422 | 429 | 500,
    readonly code: ApiErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export function errorBody(error: ApiError): { error: { code: ApiErrorCode; message: string; details: Record<string, unknown> } } {
  return { error: { code: error.code, message: error.message, details: error.details } };
}
