import { z } from "zod";
import type { BlobStorage } from "./blob-storage";
import { LocalFolderStorage } from "./local-folder-storage";
import { S3Storage } from "./s3-storage";

const s3Env = z.object({
  S3_ENDPOINT: z.string().url(),
  S3_BUCKET: z.string().min(3),
  S3_REGION: z.string().default("us-east-1"),
  S3_ACCESS_KEY_ID: z.string().min(1),
  S3_SECRET_ACCESS_KEY: z.string().min(1),
});

/** The configured storage: an S3-compatible bucket when S3_BUCKET is set, else SCAN_STORAGE_DIR (default .data/scans). */
export function createScanStorage(env: Record<string, string | undefined> = process.env): BlobStorage {
  if (env.S3_BUCKET) {
    // a half-configured bucket fails at start-up, not at the first upload
    const config = s3Env.parse(env);
    return new S3Storage({
      endpoint: config.S3_ENDPOINT,
      bucket: config.S3_BUCKET,
      region: config.S3_REGION,
      accessKeyId: config.S3_ACCESS_KEY_ID,
      secretAccessKey: config.S3_SECRET_ACCESS_KEY,
    });
  }
  return new LocalFolderStorage(env.SCAN_STORAGE_DIR ?? ".data/scans");
}

let storage: BlobStorage | undefined;

export function scanStorage(): BlobStorage {
  storage ??= createScanStorage();
  return storage;
}
