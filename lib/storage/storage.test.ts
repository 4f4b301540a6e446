import { mkdtempSync } from "node:fs";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEnv } from "../env";
import type { BlobStorage } from "./blob-storage";
import { createScanStorage } from "./index";
import { LocalFolderStorage } from "./local-folder-storage";
import { S3Storage } from "./s3-storage";

// A minimal S3-compatible server on loopback: path-style objects in memory, and it refuses
// any request that is not signed with SigV4 for the expected key and region.
const objects = new Map<string, { body: Buffer; type: string }>();
const seenAuthorizations: string[] = [];
const server = createServer(async (request: IncomingMessage, response) => {
  const authorization = request.headers.authorization ?? "";
  seenAuthorizations.push(authorization);
  if (!/^AWS4-HMAC-SHA256 Credential=test-key\/\d{8}\/kz-west-1\/s3\/aws4_request, SignedHeaders=.+, Signature=[0-9a-f]{64}$/.test(authorization)) {
    response.writeHead(403).end("unsigned");
    return;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const key = request.url!;
  if (request.method === "PUT") {
    objects.set(key, { body: Buffer.concat(chunks), type: String(request.headers["content-type"]) });
    response.writeHead(200).end();
  } else if (request.method === "GET") {
    const object = objects.get(key);
    if (!object) response.writeHead(404).end("NoSuchKey");
    else response.writeHead(200, { "Content-Type": object.type }).end(object.body);
  } else if (request.method === "DELETE") {
    objects.delete(key);
    response.writeHead(204).end();
  } else response.writeHead(405).end();
});

let endpoint = "";
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function roundTrip(storage: BlobStorage) {
  const bytes = new TextEncoder().encode("%PDF-1.4 scan");
  await storage.put("scans/app1/file.pdf", bytes, "application/pdf");
  expect(Buffer.from((await storage.get("scans/app1/file.pdf"))!).toString()).toBe("%PDF-1.4 scan");
  expect(await storage.get("scans/app1/missing.pdf")).toBeNull();
  await storage.delete("scans/app1/file.pdf");
  expect(await storage.get("scans/app1/file.pdf")).toBeNull();
  await expect(storage.put("../etc/passwd", bytes, "application/pdf")).rejects.toThrow(/Unsafe storage key/);
}

describe("scan storage", () => {
  it("keeps files in a local folder", async () => {
    await roundTrip(new LocalFolderStorage(mkdtempSync(path.join(tmpdir(), "sanat-storage-"))));
  });

  it("keeps files in an S3-compatible bucket with signed requests", async () => {
    const { scanStorage } = parseEnv({
      DATABASE_URL: "postgresql://sanat@127.0.0.1:5432/sanat",
      NEXTAUTH_SECRET: "a-session-key-of-sixteen+",
      S3_ENDPOINT: endpoint,
      S3_BUCKET: "sanat-scans",
      S3_REGION: "kz-west-1",
      S3_ACCESS_KEY_ID: "test-key",
      S3_SECRET_ACCESS_KEY: "test-secret",
    });
    const storage = createScanStorage(scanStorage);
    expect(storage).toBeInstanceOf(S3Storage);
    await roundTrip(storage);
    expect([...objects.keys()]).toEqual([]);
    expect(seenAuthorizations.length).toBeGreaterThanOrEqual(5);
  });

  it("reports a bucket's refusal instead of pretending the file was saved", async () => {
    const storage = new S3Storage({ endpoint, bucket: "b", region: "other-region", accessKeyId: "test-key", secretAccessKey: "x" });
    await expect(storage.put("scans/a.pdf", new Uint8Array([1]), "application/pdf")).rejects.toThrow(/S3 PUT scans\/a.pdf failed: 403/);
  });

  it("refuses a half-configured bucket at start-up, naming what is missing", () => {
    expect(() => parseEnv({ DATABASE_URL: "postgresql://sanat@127.0.0.1:5432/sanat", NEXTAUTH_SECRET: "a-session-key-of-sixteen+", S3_BUCKET: "sanat-scans" })).toThrow(
      /S3_ENDPOINT is required when S3_BUCKET is set/,
    );
  });
});
