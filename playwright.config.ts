import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { standInPort } from "./e2e/ncalayer/keys";

// The end-to-end run serves the built portal on its own database: a fresh `sanat_e2e` on the
// embedded server (its own data folder and port), or on the server TEST_DATABASE_URL names.
const PORT = Number(process.env.E2E_PORT ?? 3100);
// E2E_BASE_URL runs the stories against a portal already running (e.g. `npm run dev`); then
// E2E_DATABASE_URL must name its database.
const externalBaseURL = process.env.E2E_BASE_URL;
const baseURL = externalBaseURL ?? `http://localhost:${PORT}`;
// sign-in by signature: a local NCALayer stand-in (e2e/ncalayer/stand-in.ts) signs with a test CA's
// keys, and the portal trusts that CA's bundle, which the stand-in writes when it starts
const NCALAYER_PORT = standInPort(PORT);
const trustedBundle = path.resolve(".data", `e2e-ecp-${PORT}`, "trusted-ca.pem");
const serverEnv: Record<string, string> = {
  SANAT_ECP_CA_FILE: trustedBundle,
  SANAT_NCALAYER_URL: `ws://localhost:${NCALAYER_PORT}`,
  NEXTAUTH_URL: baseURL,
  NEXTAUTH_SECRET: "e2e-secret-not-for-production-0123456789",
  NEXT_TELEMETRY_DISABLED: "1",
  NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next",
  SANAT_DATABASE: "sanat_e2e",
  EMBEDDED_PG_DIR: process.env.E2E_PG_DIR ?? ".data/postgres-e2e",
  EMBEDDED_PG_PORT: process.env.E2E_PG_PORT ?? "54331",
};
// the specs register packages in their own process, and a registration keeps the teacher's
// activation code under a key of this secret (lib/auth/sign-in-code-values.ts): the server must
// read it with the same key, so the specs' processes share the server's secret
process.env.NEXTAUTH_SECRET = serverEnv.NEXTAUTH_SECRET;
if (process.env.TEST_DATABASE_URL) {
  const url = new URL(process.env.TEST_DATABASE_URL);
  url.pathname = "/sanat_e2e";
  serverEnv.DATABASE_URL = url.toString();
}

export default defineConfig({
  testDir: "e2e",
  // several test runs may share a checkout (each on its own port): keep their artifacts apart
  outputDir: process.env.E2E_PORT ? `test-results-${process.env.E2E_PORT}` : "test-results",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 30_000,
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    // signs each demo account in once and saves its session (e2e/support.ts: SAVED_SESSIONS)
    { name: "setup", testMatch: /auth\.setup\.ts$/ },
    // e2e/online/ puts a version serving the e-government portal in force for the whole portal:
    // its stories run after every other one (run alone: `--project online --no-deps`)
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, dependencies: ["setup"], testIgnore: /e2e\/online\// },
    { name: "online", use: { ...devices["Desktop Chrome"] }, dependencies: ["chromium"], testMatch: /e2e\/online\/.*\.spec\.ts$/ },
  ],
  webServer: externalBaseURL ? undefined : [
    {
      command: "npx tsx e2e/ncalayer/stand-in.ts",
      url: `http://127.0.0.1:${NCALAYER_PORT}/health`,
      env: { NCALAYER_STAND_IN_PORT: String(NCALAYER_PORT), NCALAYER_STAND_IN_BUNDLE: trustedBundle },
      timeout: 60_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
      gracefulShutdown: { signal: "SIGTERM", timeout: 5_000 },
    },
    {
      command: `npx tsx scripts/with-db.ts --fresh -- prisma migrate deploy -- tsx prisma/seed.ts --demo -- node scripts/serve.mjs -H 127.0.0.1 -p ${PORT}`,
      url: `${baseURL}/sign-in`,
      env: serverEnv,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
      gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    },
  ],
});
