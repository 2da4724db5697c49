// `npm run backup [file]`: the embedded database (DATA_DIR) into one file, by default
// .data/backups/bidragskollen-<time>.tar.gz. Refuses while the server has the folder open.
import { runBackupCommand } from "./backup-restore.mjs";

runBackupCommand("backup");
