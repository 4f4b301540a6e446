// Which key the NCALayer stand-in (e2e/ncalayer/stand-in.ts) signs with, as a story picks it: the
// person at NCALayer's dialogue chooses a key file; a story says which by a cookie the browser
// sends with the websocket handshake (cookies go to every port of a host), so stories running in
// parallel, each in its own browser context, never pick for each other.
import type { BrowserContext } from "@playwright/test";

export const STAND_IN_COOKIE = "sanat-ncalayer-stand-in";

export type StandInKey =
  /** an authentication key of the trusted test CA, for this IIN */
  | { kind: "citizen"; iin: string }
  /** the same, issued by a CA the portal does not trust */
  | { kind: "unknownCa"; iin: string }
  /** the trusted CA's, expired yesterday */
  | { kind: "expired"; iin: string }
  /** the trusted CA's, on the CRL the bundle carries (the stand-in made it for REVOKED_KEY_IIN) */
  | { kind: "revoked" }
  /** the person closes NCALayer's dialogue */
  | { kind: "cancel" }
  /** nothing answers: the stand-in drops the connection before the handshake, as a closed port does */
  | { kind: "notRunning" };

/** The IIN of the revoked key's certificate: revoked keys are made once, before the bundle is written. */
export const REVOKED_KEY_IIN = "760907410001";

export function encodeStandInKey(key: StandInKey): string {
  return "iin" in key ? `${key.kind}.${key.iin}` : key.kind;
}

export function decodeStandInKey(value: string | undefined): StandInKey | null {
  const [kind, iin] = (value ?? "").split(".");
  if ((kind === "citizen" || kind === "unknownCa" || kind === "expired") && /^\d{12}$/.test(iin ?? "")) return { kind, iin: iin! };
  if (kind === "revoked" || kind === "cancel" || kind === "notRunning") return { kind };
  return null;
}

/** The port of the stand-in's websocket, for `playwright.config.ts` and the stories alike. */
export function standInPort(appPort: number): number {
  return Number(process.env.E2E_NCALAYER_PORT ?? appPort + 1000);
}

/** Sets the key this context's NCALayer signs with. */
export async function chooseNcaLayerKey(context: BrowserContext, key: StandInKey): Promise<void> {
  await context.addCookies([{ name: STAND_IN_COOKIE, value: encodeStandInKey(key), domain: "localhost", path: "/" }]);
}
