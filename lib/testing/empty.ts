// Stands in for `server-only` under Vitest (see vitest.config.ts): importing the real package
// outside React Server Components throws, and every module is server-side in these tests.
export {};
