import pg from "pg";

// The pg driver adapter cannot decode pg_catalog's `name` (oid 19) and `"char"` (oid 18)
// columns, which the migration engine reads (upstream prisma/orm#27403). Reporting them as
// text (oid 25) lets `prisma migrate` run. Used by prisma.config.ts only, never by the app.
const AS_TEXT = new Set([18, 19]);

type QueryResultLike = { fields?: { dataTypeID: number }[] };

function patch<T>(result: T): T {
  for (const r of Array.isArray(result) ? result : [result]) {
    for (const f of (r as QueryResultLike)?.fields ?? []) {
      if (AS_TEXT.has(f.dataTypeID)) f.dataTypeID = 25;
    }
  }
  return result;
}

export class CatalogTextClient extends pg.Client {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query(...args: any[]): any {
    const last = args[args.length - 1];
    if (typeof last === "function") {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      args[args.length - 1] = (err: unknown, res: any) => last(err, err ? res : patch(res));
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      return (super.query as any)(...args);
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const out = (super.query as any)(...args);
    return out && typeof out.then === "function" ? out.then(patch) : out;
  }
}
