// A local stand-in for NCALayer, the program on a citizen's computer that signs with her key, for
// the end-to-end stories (a Playwright webServer: playwright.config.ts). It speaks the part of
// NCALayer's websocket protocol the portal uses (components/auth/ncalayer-client.ts): a greeting
// with its version, then the "kz.gov.pki.knca.basics" module's `sign` with format "cms", answered
// `{ status: true, body: { result: [cms] } }`, a closed dialogue `{ status: true, body: {} }`,
// and a request it cannot do `{ status: false, code, message }`.
//
// It owns a test CA (lib/auth/ecp/test-ca.test-support.ts, the unit tests' own) and writes the
// bundle the portal trusts (its root and a CRL) to NCALAYER_STAND_IN_BUNDLE before it listens.
// Which key signs is the story's choice, sent as a cookie with the handshake (e2e/ncalayer/keys.ts).
//
//   NCALAYER_STAND_IN_PORT=4410 NCALAYER_STAND_IN_BUNDLE=.data/e2e-ecp/trusted.pem npx tsx e2e/ncalayer/stand-in.ts
import { mkdirSync, writeFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { WebSocketServer, type WebSocket } from "ws";
import { signCms, TestCa, type TestKeyHolder } from "../../lib/auth/ecp/test-ca.test-support";
import { decodeStandInKey, REVOKED_KEY_IIN, STAND_IN_COOKIE, type StandInKey } from "./keys";

const DAY = 86_400_000;
const port = Number(process.env.NCALAYER_STAND_IN_PORT);
const bundleFile = process.env.NCALAYER_STAND_IN_BUNDLE;
if (!port || !bundleFile) throw new Error("NCALAYER_STAND_IN_PORT and NCALAYER_STAND_IN_BUNDLE must be set");

const trusted = await TestCa.create("Sanat E2E");
const stranger = await TestCa.create("Sanat E2E");
const revoked = await trusted.person({ iin: REVOKED_KEY_IIN });
mkdirSync(path.dirname(bundleFile), { recursive: true });
writeFileSync(bundleFile, trusted.pemBundle([await trusted.revocationList([revoked.certificate])]));

// keys are made on first use, one per kind and IIN (an RSA key takes a moment)
const keys = new Map<string, Promise<{ holder: TestKeyHolder; ca: TestCa }>>();
function keyFor(choice: Exclude<StandInKey, { kind: "cancel" | "notRunning" }>) {
  if (choice.kind === "revoked") return Promise.resolve({ holder: revoked, ca: trusted });
  const id = `${choice.kind}.${choice.iin}`;
  if (!keys.has(id)) {
    const ca = choice.kind === "unknownCa" ? stranger : trusted;
    const validity = choice.kind === "expired" ? { notBefore: new Date(Date.now() - 400 * DAY), notAfter: new Date(Date.now() - DAY) } : {};
    keys.set(id, ca.person({ iin: choice.iin, ...validity }).then((holder) => ({ holder, ca })));
  }
  return keys.get(id)!;
}

function cookieOf(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return decodeURIComponent(value.join("="));
  }
  return undefined;
}

interface SignRequest {
  module?: string;
  method?: string;
  args?: { format?: string; data?: string; signingParams?: { decode?: boolean; encapsulate?: boolean; digested?: boolean } };
}

const failure = (code: string, message: string) => JSON.stringify({ status: false, code, message });

async function answer(socket: WebSocket, choice: StandInKey, text: string) {
  let request: SignRequest;
  try {
    request = JSON.parse(text) as SignRequest;
  } catch {
    return socket.send(failure("500", "the request is not JSON"));
  }
  if (request.module !== "kz.gov.pki.knca.basics" || request.method !== "sign") return socket.send(failure("500", `no such method: ${request.module}.${request.method}`));
  const { format, data, signingParams } = request.args ?? {};
  if (format !== "cms" || typeof data !== "string" || signingParams?.digested) return socket.send(failure("500", "only a CMS over base64 data is signed here"));
  if (choice.kind === "cancel" || choice.kind === "notRunning") return socket.send(JSON.stringify({ status: true, body: {} }));
  const content = signingParams?.decode ? new Uint8Array(Buffer.from(data, "base64")) : new TextEncoder().encode(data);
  const { holder, ca } = await keyFor(choice);
  const cms = await signCms(holder, content, { detached: !signingParams?.encapsulate, chain: [ca.intermediate.certificate] });
  socket.send(JSON.stringify({ status: true, body: { result: [cms] } }));
}

const server = http.createServer((request, response) => {
  // Playwright waits for this before it starts the portal's server
  response.writeHead(request.url === "/health" ? 200 : 404, { "Content-Type": "text/plain" }).end(request.url === "/health" ? "ok" : "");
});
const sockets = new WebSocketServer({ noServer: true });
server.on("upgrade", (request, socket, head) => {
  const choice = decodeStandInKey(cookieOf(request.headers.cookie, STAND_IN_COOKIE)) ?? { kind: "cancel" };
  if (choice.kind === "notRunning") return socket.destroy();
  sockets.handleUpgrade(request, socket, head, (client) => {
    client.send(JSON.stringify({ result: { version: "1.4-stand-in" } }));
    client.on("message", (message) => {
      answer(client, choice, message.toString()).catch((error: unknown) => client.send(failure("500", String(error))));
    });
  });
});
server.listen(port, "127.0.0.1", () => console.log(`NCALayer stand-in on ws://localhost:${port}, trusted bundle ${bundleFile}`));

const stop = () => {
  sockets.close();
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 2_000).unref();
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
