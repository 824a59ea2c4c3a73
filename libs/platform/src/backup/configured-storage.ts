import type { AppConfig } from '../config/app-config.js';
import { DirectoryBackupStorage, type BackupStorage } from './backup-storage.js';
import { S3BackupStorage } from './s3-backup-storage.js';

/** The configured storage of backups and the erasure journal: the bucket when BACKUP_S3_BUCKET is set, else BACKUP_DIR. */
export function backupStorageFor(config: AppConfig): BackupStorage {
  return config.backup.s3 ? new S3BackupStorage(config.backup.s3) : new DirectoryBackupStorage(config.backup.dir);
}
