/** A translator for keys known only at run time (error keys carried by AppError). */
export type LooseTranslate = ((key: string, values?: Record<string, string | number>) => string) & { has(key: string): boolean };

export function loose(t: unknown): LooseTranslate {
  return t as LooseTranslate;
}
