import type { Db } from "../db/client";

/** What every use-case needs from outside: the database and a clock (pinned in tests and the seed). */
export interface WorkflowContext {
  db: Db;
  now: () => Date;
}

export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
