// `npm run restore <file> [--force]`: a backup into DATA_DIR, which must be empty or new
// (--force moves a folder that holds something aside; nothing is deleted).
import { runBackupCommand } from "./backup-restore.mjs";

runBackupCommand("restore");
