import { afterEach, describe, expect, it, vi } from "vitest";
import { publicStatusUrl } from "./notifications/enqueue";
import { EnvError, envValue, parseEnv, publicOrigin, scanStorageConfig } from "./env";

const DEMO = { DATABASE_URL: "postgresql://sanat@127.0.0.1:5432/sanat", NEXTAUTH_SECRET: "a-session-key-of-sixteen+" };
const PRODUCTION = {
  SANAT_MODE: "production",
  DATABASE_URL: "postgresql://sanat_app:secret@db.internal:5432/sanat",
  NEXTAUTH_URL: "https://sanat.example.kz",
  NEXTAUTH_SECRET: "s".repeat(32),
  DOCUMENT_SIGNING_SECRET: "d".repeat(32),
};

/** The variables an invalid configuration names, each with its message. */
function problemsOf(source: Record<string, string | undefined>): Record<string, string> {
  try {
    parseEnv(source);
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    return Object.fromEntries(error.problems.map((p) => [p.variable, p.message]));
  }
  return {};
}

afterEach(() => vi.unstubAllEnvs());

describe("the configuration", () => {
  it("gives the README's defaults to what is not set", () => {
    const env = parseEnv(DEMO);
    expect(env).toMatchObject({
      SANAT_MODE: "demo",
      DATABASE_POOL_SIZE: 10,
      NEXTAUTH_URL: "http://localhost:3000",
      // the demo signs documents with the session key
      DOCUMENT_SIGNING_SECRET: DEMO.NEXTAUTH_SECRET,
      TRUSTED_PROXY_HOPS: 0,
      NOTIFICATION_WORKER: "on",
      NOTIFICATION_POLL_MS: 2000,
      LOG_LEVEL: "info",
      scanStorage: { dir: ".data/scans", s3: null },
    });
  });

  it("reads an empty variable as unset, so its default applies", () => {
    expect(parseEnv({ ...DEMO, DATABASE_POOL_SIZE: "", LOG_LEVEL: " " })).toMatchObject({ DATABASE_POOL_SIZE: 10, LOG_LEVEL: "info" });
  });

  it("names every bad variable at once, with what it must be, and never echoes a value", () => {
    const problems = problemsOf({
      DATABASE_URL: "mysql://root@127.0.0.1/sanat",
      NEXTAUTH_SECRET: "short-secret",
      NEXTAUTH_URL: "sanat.example.kz",
      DATABASE_POOL_SIZE: "ten",
      TRUSTED_PROXY_HOPS: "-1",
      NOTIFICATION_POLL_MS: "1.5",
      NOTIFICATION_WORKER: "maybe",
      SMTP_URL: "mail.example.kz:587",
      LOG_LEVEL: "verbose",
      SANAT_MODE: "staging",
    });
    expect(problems).toEqual({
      DATABASE_URL: "must be a postgresql://user:password@host:5432/database URL",
      NEXTAUTH_SECRET: "must be at least 16 characters (the session key)",
      NEXTAUTH_URL: "must be the origin the portal is served at, e.g. https://sanat.example.kz",
      DATABASE_POOL_SIZE: "must be a whole number of connections from 1 to 200",
      TRUSTED_PROXY_HOPS: "must be a whole number of proxies from 0 to 10",
      NOTIFICATION_POLL_MS: "must be a whole number of milliseconds from 100 to 3600000",
      NOTIFICATION_WORKER: 'must be "on" or "off"',
      SMTP_URL: "must be an smtp:// or smtps:// URL",
      LOG_LEVEL: "must be one of debug, info, warn, error",
      SANAT_MODE: 'must be "demo" or "production"',
    });
    expect(() => parseEnv({ ...DEMO, NEXTAUTH_SECRET: "short-secret" })).toThrow(/^The portal's configuration is invalid:\n {2}NEXTAUTH_SECRET must be at least 16/);
    expect(String(problemsOf({ ...DEMO, NEXTAUTH_SECRET: "short-secret" }).NEXTAUTH_SECRET)).not.toContain("short-secret");
  });

  it("requires the database and the session key", () => {
    expect(Object.keys(problemsOf({}))).toEqual(["DATABASE_URL", "NEXTAUTH_SECRET"]);
    expect(problemsOf({ NEXTAUTH_SECRET: DEMO.NEXTAUTH_SECRET }).DATABASE_URL).toMatch(/^is required/);
    expect(problemsOf({ ...DEMO, DATABASE_URL: "postgresql://127.0.0.1:5432" }).DATABASE_URL).toMatch(/database URL/);
  });

  it("refuses a half-configured bucket, naming each missing variable", () => {
    expect(problemsOf({ ...DEMO, S3_BUCKET: "sanat-scans", S3_ENDPOINT: "https://s3.example.kz" })).toEqual({
      S3_ACCESS_KEY_ID: "is required when S3_BUCKET is set (scans go to the bucket)",
      S3_SECRET_ACCESS_KEY: "is required when S3_BUCKET is set (scans go to the bucket)",
    });
    const complete = { ...DEMO, S3_BUCKET: "sanat-scans", S3_ENDPOINT: "https://s3.example.kz", S3_ACCESS_KEY_ID: "k", S3_SECRET_ACCESS_KEY: "s" };
    expect(parseEnv(complete).scanStorage.s3).toEqual({ endpoint: "https://s3.example.kz", bucket: "sanat-scans", region: "us-east-1", accessKeyId: "k", secretAccessKey: "s" });
  });

  describe("in production", () => {
    it("accepts a complete configuration and keeps only the origin of NEXTAUTH_URL", () => {
      expect(parseEnv({ ...PRODUCTION, NEXTAUTH_URL: "https://sanat.example.kz/" })).toMatchObject({ SANAT_MODE: "production", NEXTAUTH_URL: "https://sanat.example.kz" });
    });

    it("requires the public origin, the session key and a document-signing key of its own", () => {
      expect(problemsOf({ SANAT_MODE: "production", DATABASE_URL: PRODUCTION.DATABASE_URL, NEXTAUTH_SECRET: PRODUCTION.NEXTAUTH_SECRET })).toEqual({
        NEXTAUTH_URL: "is required in production: the public origin, e.g. https://sanat.example.kz",
        DOCUMENT_SIGNING_SECRET: "is required in production: the key of the QR links on receipts and refusals",
      });
      expect(problemsOf({ ...PRODUCTION, NEXTAUTH_SECRET: undefined }).NEXTAUTH_SECRET).toMatch(/^is required/);
      expect(problemsOf({ ...PRODUCTION, NEXTAUTH_SECRET: "s".repeat(20) })).toEqual({ NEXTAUTH_SECRET: "must be at least 32 characters in production" });
      expect(problemsOf({ ...PRODUCTION, DOCUMENT_SIGNING_SECRET: PRODUCTION.NEXTAUTH_SECRET })).toEqual({ DOCUMENT_SIGNING_SECRET: "must differ from NEXTAUTH_SECRET in production" });
    });

    it("wants https, except on this machine's loopback, and an origin without a path", () => {
      expect(problemsOf({ ...PRODUCTION, NEXTAUTH_URL: "http://sanat.example.kz" })).toEqual({ NEXTAUTH_URL: "must be https:// in production (http only on this machine's loopback)" });
      expect(problemsOf({ ...PRODUCTION, NEXTAUTH_URL: "https://sanat.example.kz/portal" })).toEqual({ NEXTAUTH_URL: "must be an origin only, without a path, in production" });
      expect(parseEnv({ ...PRODUCTION, NEXTAUTH_URL: "http://127.0.0.1:3440" }).NEXTAUTH_URL).toBe("http://127.0.0.1:3440");
    });

    it("names the production rules' problems together with the variables that are bad on their own", () => {
      expect(problemsOf({ ...PRODUCTION, DOCUMENT_SIGNING_SECRET: undefined, NOTIFICATION_POLL_MS: "soon", NEXTAUTH_URL: "not a url" })).toEqual({
        DOCUMENT_SIGNING_SECRET: "is required in production: the key of the QR links on receipts and refusals",
        NOTIFICATION_POLL_MS: "must be a whole number of milliseconds from 100 to 3600000",
        // bad on its own: said once, not again as "required in production"
        NEXTAUTH_URL: "must be the origin the portal is served at, e.g. https://sanat.example.kz",
      });
      expect(() => parseEnv({ ...PRODUCTION, NEXTAUTH_URL: "not a url" })).toThrow(expect.objectContaining({ problems: [expect.objectContaining({ variable: "NEXTAUTH_URL" })] }));
    });

    it("is what `next start` runs unless the demo is asked for", () => {
      expect(Object.keys(problemsOf({ ...DEMO, NODE_ENV: "production" }))).toEqual(["NEXTAUTH_URL", "NEXTAUTH_SECRET", "DOCUMENT_SIGNING_SECRET"]);
      expect(parseEnv({ ...DEMO, NODE_ENV: "production", SANAT_MODE: "demo" }).SANAT_MODE).toBe("demo");
      expect(parseEnv({ ...DEMO, NODE_ENV: "development" }).SANAT_MODE).toBe("demo");
    });
  });

  it("validates one variable by its own field, for code that runs outside the portal too", () => {
    expect(envValue("LOG_LEVEL", {})).toBe("info");
    expect(envValue("TRUSTED_PROXY_HOPS", { TRUSTED_PROXY_HOPS: "2" })).toBe(2);
    expect(() => envValue("LOG_LEVEL", { LOG_LEVEL: "loud" })).toThrow(/LOG_LEVEL must be one of debug, info, warn, error/);
  });

  it("builds the links of e-mails on the configured origin, never on a request's Host", () => {
    vi.stubEnv("NEXTAUTH_URL", "https://sanat.example.kz/");
    expect(publicOrigin()).toBe("https://sanat.example.kz");
    expect(publicStatusUrl()).toBe("https://sanat.example.kz/status");
    vi.stubEnv("NEXTAUTH_URL", "");
    // the demo's default, not whatever Host a request names
    expect(publicStatusUrl()).toBe("http://localhost:3000/status");
  });

  it("reads where scans go by the same fields and rule", () => {
    expect(scanStorageConfig({})).toEqual({ dir: ".data/scans", s3: null });
    expect(() => scanStorageConfig({ S3_BUCKET: "sanat-scans" })).toThrow(/S3_ENDPOINT is required when S3_BUCKET is set/);
  });
});
