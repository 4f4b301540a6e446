// The portal's HTTP entry: `next start`, plus the one thing Next.js does not give the app — the
// address of the connection. Next only fills X-Forwarded-For with the socket's address when the
// client sent none (base-server.js: `req.headers['x-forwarded-for'] ??= socket.remoteAddress`),
// so with no proxy in front a made-up header hid the real client from the rate limits.
//
//   node scripts/serve.mjs [-H host] [-p port]        (the same flags as `next start`)
//
// Every request gets CLIENT_ADDRESS_HEADER set from `req.socket.remoteAddress`, after any copy the
// client sent is deleted, and the process is marked (a global symbol no request can set) so the
// app trusts that header only when this entry runs it (lib/rate-limit/client-key.ts).
// Plain JavaScript: it runs before anything is compiled, and loads nothing of the app itself.
import { createServer } from "node:http";
import { pathToFileURL } from "node:url";

export const CLIENT_ADDRESS_HEADER = "x-sanat-client-address";
export const SERVED_BY_ENTRY = Symbol.for("sanat.client-address-header");

/** `-H 127.0.0.1 -p 3000` (also `--hostname`, `--port`, `--hostname=…`), as `next start` reads them. */
export function parseServeArguments(argv, env = process.env) {
  const options = { hostname: env.HOSTNAME || "0.0.0.0", port: Number(env.PORT || 3000) };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = () => inline ?? argv[++i];
    if (flag === "-H" || flag === "--hostname") options.hostname = value();
    else if (flag === "-p" || flag === "--port") options.port = Number(value());
    else throw new Error(`serve.mjs: unknown argument ${argv[i]} (it takes -H/--hostname and -p/--port)`);
  }
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) throw new Error(`serve.mjs: not a port: ${options.port}`);
  return options;
}

/** What the app may trust: the socket's address, never a header the client wrote. */
export function stampClientAddress(req) {
  delete req.headers[CLIENT_ADDRESS_HEADER];
  // Next.js reads req.headers; rawHeaders too, so no copy of a client's own survives anywhere
  for (let i = req.rawHeaders.length - 2; i >= 0; i -= 2) {
    if (req.rawHeaders[i].toLowerCase() === CLIENT_ADDRESS_HEADER) req.rawHeaders.splice(i, 2);
  }
  const address = req.socket.remoteAddress;
  if (address) {
    req.headers[CLIENT_ADDRESS_HEADER] = address;
    req.rawHeaders.push(CLIENT_ADDRESS_HEADER, address);
  }
}

async function main() {
  const { hostname, port } = parseServeArguments(process.argv.slice(2));
  // as `next start` does, before React and Next.js are loaded (they pick their build by it)
  process.env.NODE_ENV ??= "production";
  globalThis[SERVED_BY_ENTRY] = CLIENT_ADDRESS_HEADER;
  const { default: next } = await import("next");
  const app = next({ dev: false, hostname, port, dir: process.cwd() });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createServer((req, res) => {
    stampClientAddress(req);
    handle(req, res).catch((error) => {
      console.error("serve.mjs: the request handler failed", error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
  server.listen(port, hostname, () => console.log(`▲ Sanat ready on http://${hostname}:${port}`));
  // SIGTERM (Playwright, with-db.ts, a service manager) and Ctrl-C: stop taking connections, let
  // the ones in flight finish for a moment, then exit
  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      server.close(() => process.exit(0));
      server.closeIdleConnections?.();
      setTimeout(() => process.exit(0), 5_000).unref();
    });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
