import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";

/**
 * The better-sqlite3 adapter uses ONE connection per process. Its transactions take a mutex, but
 * plain queries do not: a query issued while another request's interactive transaction is open
 * runs inside that transaction — it reads uncommitted rows, and a write is lost if that
 * transaction rolls back (the hazard behind upstream reports of lost acknowledged writes).
 * This wrapper makes every statement outside a transaction wait until no transaction is open, so
 * each request sees only committed data and its writes commit on their own.
 * Consequence: inside `transact()` always use `tx`, never `db` (that would wait for itself).
 */
class Queue {
  private tail: Promise<void> = Promise.resolve();

  acquire(): Promise<() => void> {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const ready = this.tail.then(() => release);
    this.tail = this.tail.then(() => held);
    return ready;
  }
}

function serialize(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const queue = new Queue();
  const alone = async <T>(run: () => Promise<T>): Promise<T> => {
    const release = await queue.acquire();
    try {
      return await run();
    } finally {
      release();
    }
  };

  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw: (query: SqlQuery) => alone(() => adapter.queryRaw(query)),
    executeRaw: (query: SqlQuery) => alone(() => adapter.executeRaw(query)),
    executeScript: (script: string) => alone(() => adapter.executeScript(script)),
    getConnectionInfo: adapter.getConnectionInfo?.bind(adapter),
    dispose: () => adapter.dispose(),
    async startTransaction(isolationLevel) {
      const release = await queue.acquire();
      let open = true;
      const finish = () => {
        if (open) release();
        open = false;
      };
      let tx: Transaction;
      try {
        tx = await adapter.startTransaction(isolationLevel);
      } catch (error) {
        finish();
        throw error;
      }
      return {
        provider: tx.provider,
        adapterName: tx.adapterName,
        options: tx.options,
        queryRaw: (query: SqlQuery) => tx.queryRaw(query),
        executeRaw: (query: SqlQuery) => tx.executeRaw(query),
        commit: () => tx.commit().finally(finish),
        rollback: () => tx.rollback().finally(finish),
      };
    },
  };
}

export class SerializedSqliteFactory implements SqlDriverAdapterFactory {
  readonly provider = "sqlite" as const;
  readonly adapterName: string;

  constructor(private readonly inner: SqlDriverAdapterFactory) {
    this.adapterName = inner.adapterName;
  }

  async connect(): Promise<SqlDriverAdapter> {
    return serialize(await this.inner.connect());
  }
}
