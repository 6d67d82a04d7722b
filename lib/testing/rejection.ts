/** What a promise rejects with (null when it resolves), so a test can assert on the error's type and key. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => null,
    (e: unknown) => e,
  );
}
