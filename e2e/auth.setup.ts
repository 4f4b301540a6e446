// Signs each demo account in once per run, through next-auth's own endpoints, and saves the
// session for the stories (see SAVED_SESSIONS in support.ts): staff by password, the teacher (who
// has none) by the code sent to her phone, read from the demo's SMS outbox. The stories of signing
// in itself still use the forms (e2e/auth/, e2e/applicant/).
import { mkdirSync } from "node:fs";
import path from "node:path";
import { test as setup } from "@playwright/test";
import { signedInContext, teacherSignedInContext } from "./authz/api-session";
import { SAVED_SESSIONS, savedSession, type SavedSession } from "./support";

for (const [role, login] of Object.entries(SAVED_SESSIONS) as [SavedSession, string][]) {
  setup(`sign in as ${role} (${login}) and save the session`, async ({ baseURL }) => {
    mkdirSync(path.dirname(savedSession(role)), { recursive: true });
    const session = role === "teacher" ? await teacherSignedInContext(baseURL!, login) : await signedInContext(baseURL!, login);
    await session.storageState({ path: savedSession(role) });
    await session.dispose();
  });
}
