// Adapter for the Prisma CLI's Wasm schema engine (migrations only; the app uses plain PrismaPg).
// It works around two bugs of @prisma/adapter-pg 6.19.3 without patching node_modules:
//  1. catalog columns of type `name` (OID 19) and `"char"` (OID 18) cannot be deserialized
//     (prisma/orm#27403): report them as text (OID 25);
//  2. connectToShadowDb() reuses the main database when given a connection string, and drops
//     the shadow database before closing its pool: we create, connect to and drop it ourselves;
//  3. executeScript() splits a migration on every ";", which breaks function bodies (our
//     append-only audit trigger): we send the script whole, as PostgreSQL's simple protocol allows.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

const TEXT_OID = 25;
const OIDS_READ_AS_TEXT = new Set([18, 19]);

type QueryResultLike = { fields?: { dataTypeID: number }[] };

function reportCatalogTypesAsText<T>(result: T): T {
  for (const r of Array.isArray(result) ? result : [result]) {
    for (const field of (r as QueryResultLike)?.fields ?? []) {
      if (OIDS_READ_AS_TEXT.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
    }
  }
  return result;
}

class CatalogSafeClient extends pg.Client {
  // pg calls query() both with a callback (from Pool.query) and promise-style (in transactions).
  override query(...args: unknown[]): never {
    const last = args[args.length - 1];
    if (typeof last === "function") {
      const callback = last as (error: unknown, result: unknown) => void;
      args[args.length - 1] = (error: unknown, result: unknown) =>
        callback(error, error ? result : reportCatalogTypesAsText(result));
      return (super.query as (...a: unknown[]) => never)(...args);
    }
    const pending = (super.query as (...a: unknown[]) => unknown)(...args);
    if (pending && typeof (pending as Promise<unknown>).then === "function") {
      return (pending as Promise<unknown>).then(reportCatalogTypesAsText) as never;
    }
    return pending as never;
  }
}

function poolConfig(connectionString: string): pg.PoolConfig {
  return { connectionString, Client: CatalogSafeClient, allowExitOnIdle: true, max: 4 };
}

function withDatabase(connectionString: string, database: string): string {
  const url = new URL(connectionString);
  url.pathname = `/${database}`;
  return url.toString();
}

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;

function runScriptsWhole(adapter: Adapter): Adapter {
  adapter.executeScript = async (script: string) => {
    try {
      await (adapter.underlyingDriver() as pg.Pool).query(script);
    } catch (error) {
      // the adapter's own mapping turns a pg error into the DriverAdapterError Prisma expects
      (adapter as unknown as { onError(e: unknown): never }).onError(error);
    }
  };
  return adapter;
}

export function createMigrationAdapter(connectionString: string): SqlMigrationAwareDriverAdapterFactory {
  const main = new PrismaPg(poolConfig(connectionString));
  return {
    provider: main.provider,
    adapterName: main.adapterName,
    connect: async () => runScriptsWhole(await main.connect()),
    async connectToShadowDb() {
      const explicitShadow = process.env.SHADOW_DATABASE_URL;
      if (explicitShadow) return runScriptsWhole(await new PrismaPg(poolConfig(explicitShadow)).connect());

      const database = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
      const admin = new pg.Client({ connectionString });
      await admin.connect();
      await admin.query(`CREATE DATABASE "${database}"`);
      await admin.end();

      const shadow = runScriptsWhole(await new PrismaPg(poolConfig(withDatabase(connectionString, database))).connect());
      const disposeShadowPool = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await disposeShadowPool();
        const dropper = new pg.Client({ connectionString });
        await dropper.connect();
        await dropper.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
        await dropper.end();
      };
      return shadow;
    },
  };
}
