// NCALayer's websocket protocol, the part sign-in needs: the "basics" module's CMS signing with a
// key meant for authentication. NCALayer greets a new connection with its version, answers
// `{ status: true, body: { result: [cms] } }`, a cancelled dialogue with a body without a result,
// and a failure with `{ status: false, code, message }`.

export type NcaLayerOutcome = { kind: "signed"; cms: string } | { kind: "notRunning" } | { kind: "cancelled" } | { kind: "failed"; detail: string };

const CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
const GREETING_WAIT_MS = 3_000;

function base64OfText(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The detached CMS of `challenge` by the key the person chooses in NCALayer. */
export function signWithNcaLayer(url: string, challenge: string, locale: string): Promise<NcaLayerOutcome> {
  return new Promise((resolve) => {
    let socket: WebSocket;
    let opened = false;
    let requested = false;
    const finish = (outcome: NcaLayerOutcome) => {
      resolve(outcome);
      try {
        socket.close();
      } catch {
        // already closed
      }
    };
    try {
      socket = new WebSocket(url);
    } catch {
      resolve({ kind: "notRunning" });
      return;
    }
    const request = () => {
      if (requested) return;
      requested = true;
      socket.send(
        JSON.stringify({
          module: "kz.gov.pki.knca.basics",
          method: "sign",
          args: {
            allowedStorages: null,
            format: "cms",
            data: base64OfText(challenge),
            signingParams: { decode: true, encapsulate: false, digested: false, tsaProfile: null },
            signerParams: { extKeyUsageOids: [CLIENT_AUTH], chain: [] },
            locale: locale === "kk" ? "kk" : locale === "ru" ? "ru" : "en",
          },
        }),
      );
    };
    socket.onopen = () => {
      opened = true;
      // an NCALayer that does not greet still gets the request
      setTimeout(request, GREETING_WAIT_MS);
    };
    socket.onerror = () => {
      if (!opened) finish({ kind: "notRunning" });
    };
    socket.onclose = () => finish(opened ? { kind: "failed", detail: "closed" } : { kind: "notRunning" });
    socket.onmessage = (event) => {
      let message: { result?: { version?: string }; status?: boolean; body?: { result?: unknown }; code?: string; message?: string };
      try {
        message = JSON.parse(String(event.data));
      } catch {
        finish({ kind: "failed", detail: "unreadable answer" });
        return;
      }
      if (!requested && message.result?.version) return request();
      if (message.status === true) {
        const result = message.body?.result;
        const cms = Array.isArray(result) ? result[0] : result;
        finish(typeof cms === "string" && cms ? { kind: "signed", cms } : { kind: "cancelled" });
      } else finish({ kind: "failed", detail: String(message.code ?? message.message ?? "unknown") });
    };
  });
}
