import { scanStorageConfig, type ScanStorageConfig } from "../env";
import type { BlobStorage } from "./blob-storage";
import { LocalFolderStorage } from "./local-folder-storage";
import { S3Storage } from "./s3-storage";

/**
 * The configured storage: an S3-compatible bucket when S3_BUCKET is set, else SCAN_STORAGE_DIR
 * (default .data/scans). lib/env.ts refuses a half-configured bucket when the portal starts.
 */
export function createScanStorage(config: ScanStorageConfig = scanStorageConfig()): BlobStorage {
  return config.s3 ? new S3Storage(config.s3) : new LocalFolderStorage(config.dir);
}

let storage: BlobStorage | undefined;

export function scanStorage(): BlobStorage {
  storage ??= createScanStorage();
  return storage;
}
