// Expected failures carry a message key from the `errors` catalog namespace, so the door that
// catches them can answer in the user's language. Anything else is a bug: logged, shown generic.
export class AppError extends Error {
  constructor(
    readonly key: string,
    readonly values: Record<string, string | number> = {},
    readonly status = 400,
  ) {
    super(key);
    this.name = "AppError";
  }
}

/** The record does not exist or the actor may not see it: both look the same (no existence leak). */
export class NotFoundError extends AppError {
  constructor() {
    super("notFound", {}, 404);
    this.name = "NotFoundError";
  }
}

/** The actor's role lacks the permission. Pages turn this into a 404 as well. */
export class AccessDeniedError extends AppError {
  constructor() {
    super("notFound", {}, 404);
    this.name = "AccessDeniedError";
  }
}

/** Input that parsed but breaks a business rule tied to one field (e.g. email already used). */
export class FieldError extends AppError {
  constructor(
    readonly field: string,
    key: string,
    values: Record<string, string | number> = {},
  ) {
    super(key, values, 422);
    this.name = "FieldError";
  }
}
