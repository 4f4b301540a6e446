// Signs each demo account in once per run, through next-auth's own credentials endpoint, and
// saves the session for the stories (see SAVED_SESSIONS in support.ts). The stories of signing in
// itself still use the form (e2e/auth/).
import { mkdirSync } from "node:fs";
import path from "node:path";
import { test as setup } from "@playwright/test";
import { signedInContext } from "./authz/api-session";
import { SAVED_SESSIONS, savedSession, type SavedSession } from "./support";

for (const [role, login] of Object.entries(SAVED_SESSIONS) as [SavedSession, string][]) {
  setup(`sign in as ${role} (${login}) and save the session`, async ({ baseURL }) => {
    mkdirSync(path.dirname(savedSession(role)), { recursive: true });
    const session = await signedInContext(baseURL!, login);
    await session.storageState({ path: savedSession(role) });
    await session.dispose();
  });
}
