// A client of its own for a spec whose requests count against a per-client limit (wrong
// passwords, status lookups): its connections come from an address of the loopback range that no
// other spec uses, so the portal, which keys clients by the socket's address (scripts/serve.mjs),
// sees another client. No header can do that any more, which is the point (issue 14, finding 2).
//
//   const client = await ownClient();
//   await client.fetch(url, init)                       // fetch(), redirects not followed
//   browser.newContext({ proxy: client.proxy })         // a browser or API context through it
//   await client.close()
import { randomInt } from "node:crypto";
import http from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";

export interface OwnClient {
  /** the source address the portal sees, e.g. 127.38.201.7 */
  readonly address: string;
  /** for `browser.newContext({ proxy })` or `request.newContext({ proxy })` */
  readonly proxy: { server: string };
  /** like fetch(), from this client's address; redirects are answered, never followed */
  fetch(url: string | URL, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

/** A random address of 127.0.0.0/8 other than 127.0.0.1, where every other spec's requests come from. */
export function randomLoopbackAddress(): string {
  return `127.${randomInt(1, 255)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;
}

export async function ownClient(address = randomLoopbackAddress()): Promise<OwnClient> {
  const agent = new http.Agent({ keepAlive: true, localAddress: address });
  // a forward proxy for browsers and API contexts: plain requests (absolute URLs) and CONNECT tunnels
  const proxy = http.createServer((incoming, outgoing) => {
    const target = new URL(incoming.url ?? "/");
    const upstream = http.request(
      { host: target.hostname, family: 4, port: target.port || 80, path: `${target.pathname}${target.search}`, method: incoming.method, headers: incoming.headers, agent },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
        answer.pipe(outgoing);
      },
    );
    upstream.on("error", () => outgoing.destroy());
    incoming.pipe(upstream);
  });
  proxy.on("connect", (request, socket, head) => {
    const [host, port] = (request.url ?? "").split(/:(?=\d+$)/);
    const tunnel = net.connect({ host, family: 4, port: Number(port), localAddress: address }, () => {
      socket.write("HTTP/1.1 200 Connection Established\r\n\r\n");
      tunnel.write(head);
      tunnel.pipe(socket);
      socket.pipe(tunnel);
    });
    tunnel.on("error", () => socket.destroy());
    socket.on("error", () => tunnel.destroy());
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;

  return {
    address,
    proxy: { server: proxyUrl },
    fetch: (url, init) => fetchFrom(agent, url, init),
    async close() {
      agent.destroy();
      proxy.closeAllConnections();
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
    },
  };
}

async function fetchFrom(agent: http.Agent, url: string | URL, init: RequestInit = {}): Promise<Response> {
  // the Request does the encoding (forms, URLSearchParams, strings) and names the content type
  const request = new Request(url, init);
  const body = init.body === undefined || init.body === null ? undefined : Buffer.from(await request.arrayBuffer());
  const target = new URL(request.url);
  const headers: Record<string, string> = Object.fromEntries(request.headers);
  if (body) headers["content-length"] = String(body.length);
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      { host: target.hostname, family: 4, port: target.port || 80, path: `${target.pathname}${target.search}`, method: request.method, headers, agent },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on("data", (chunk: Buffer) => chunks.push(chunk));
        answer.on("error", reject);
        answer.on("end", () => {
          const responseHeaders = new Headers();
          for (let i = 0; i < answer.rawHeaders.length; i += 2) responseHeaders.append(answer.rawHeaders[i]!, answer.rawHeaders[i + 1]!);
          const status = answer.statusCode ?? 502;
          const hasBody = ![101, 204, 205, 304].includes(status);
          resolve(new Response(hasBody ? Buffer.concat(chunks) : null, { status, statusText: answer.statusMessage, headers: responseHeaders }));
        });
      },
    );
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}
