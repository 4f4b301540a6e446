// An S3-compatible bucket (AWS, MinIO, Ceph, a national cloud): plain HTTPS requests signed
// with AWS Signature V4, path-style addressing so any compatible server works.
import { AwsClient } from "aws4fetch";
import { assertSafeKey, type BlobStorage } from "./blob-storage";

export interface S3Config {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

export class S3Storage implements BlobStorage {
  readonly kind = "s3";
  private readonly client: AwsClient;

  constructor(private readonly config: S3Config) {
    this.client = new AwsClient({
      accessKeyId: config.accessKeyId,
      secretAccessKey: config.secretAccessKey,
      region: config.region,
      service: "s3",
    });
  }

  private urlOf(key: string): string {
    assertSafeKey(key);
    return `${this.config.endpoint.replace(/\/$/, "")}/${encodeURIComponent(this.config.bucket)}/${key}`;
  }

  async put(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
    const response = await this.client.fetch(this.urlOf(key), {
      method: "PUT",
      // a copy as a plain ArrayBuffer: what the signer hashes and fetch sends
      body: bytes.slice().buffer as ArrayBuffer,
      headers: { "Content-Type": contentType, "Content-Length": String(bytes.byteLength) },
    });
    if (!response.ok) throw new Error(`S3 PUT ${key} failed: ${response.status} ${await response.text()}`);
  }

  async get(key: string): Promise<Uint8Array | null> {
    const response = await this.client.fetch(this.urlOf(key), { method: "GET" });
    if (response.status === 404) return null;
    if (!response.ok) throw new Error(`S3 GET ${key} failed: ${response.status} ${await response.text()}`);
    return new Uint8Array(await response.arrayBuffer());
  }

  async delete(key: string): Promise<void> {
    const response = await this.client.fetch(this.urlOf(key), { method: "DELETE" });
    // S3 answers 204 whether or not the object existed
    if (!response.ok && response.status !== 404) throw new Error(`S3 DELETE ${key} failed: ${response.status}`);
  }
}
