import type { BlobStorage } from "./blob-storage";
import { LocalFolderStorage } from "./local-folder-storage";

let storage: BlobStorage | undefined;

/** The configured storage: SCAN_STORAGE_DIR (default .data/scans). */
export function scanStorage(): BlobStorage {
  storage ??= new LocalFolderStorage(process.env.SCAN_STORAGE_DIR ?? ".data/scans");
  return storage;
}
