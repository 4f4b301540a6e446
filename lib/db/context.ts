import type { Db } from "./client";

/** What every use-case needs from outside: the database and a clock (pinned in tests and the seed). */
export interface WorkflowContext {
  db: Db;
  now: () => Date;
  /**
   * "skip" only when replaying history (the demo seed walks months of past work through the
   * use-cases): those changes are not news to anyone, and nobody should be messaged about them.
   */
  notifications?: "enqueue" | "skip";
}

export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
