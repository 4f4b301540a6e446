import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "@": path.resolve(import.meta.dirname) };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "components/**/*.test.ts", "prisma/**/*.test.ts", "scripts/**/*.test.ts"],
          environment: "node",
          env: { TZ: "Asia/Aqtau" },
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // registration seals the activation code of a new teacher's receipt under a key from NEXTAUTH_SECRET
          env: { TZ: "Asia/Aqtau", NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "integration-tests-secret-of-at-least-32-characters" },
        },
      },
    ],
  },
});
