import * as nodeFs from "node:fs/promises";
import path from "node:path";
import { dataDirFsError } from "./data-dir-error";

export type CheckFs = Pick<typeof nodeFs, "mkdir" | "open" | "unlink">;

/**
 * Creates the data folder if needed and proves it can be written: creates, fsyncs and deletes
 * a small file. PGlite itself fails on a read-only or full folder with "RuntimeError:
 * unreachable", which names neither the folder nor the cause; this fails first, and clearly.
 * Throws a DataDirError ("read-only", "full", "not-a-folder" or "unusable").
 */
export async function checkDataDirWritable(dataDir: string, fs: CheckFs = nodeFs): Promise<void> {
  const dir = path.resolve(dataDir);
  try {
    await fs.mkdir(dir, { recursive: true });
  } catch (error) {
    throw dataDirFsError(dir, error);
  }
  const probe = path.join(dir, `.write-check-${process.pid}`);
  let created = false;
  try {
    const file = await fs.open(probe, "w");
    created = true;
    try {
      // 64 KiB rather than a few bytes: a disk with a little room left for metadata but none
      // for data pages would pass a tiny probe and fail PGlite's first write.
      await file.write(Buffer.alloc(64 * 1024));
      await file.sync();
    } finally {
      await file.close();
    }
  } catch (error) {
    throw dataDirFsError(dir, error);
  } finally {
    if (created) await fs.unlink(probe).catch(() => {});
  }
}
