import { basename } from 'node:path';
import { unzipSync } from 'fflate';
import { DomainError } from '@ptc/platform';
import { DirectoryErrors } from '../directory.errors.js';

/** What the upload interceptor hands over for each uploaded part (memory storage, multer's shape). */
export interface UploadedFile {
  fieldname: string;
  originalname: string;
  buffer: Buffer;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** A whole school's export is a few megabytes; a zip that expands past these is refused before it is expanded. */
export const ZIP_MAX_EXPANDED_BYTES = 100 * 1024 * 1024;
export const ZIP_MAX_ENTRIES = 100;
const utf8 = new TextDecoder('utf-8', { fatal: true });

function isZip(buffer: Buffer): boolean {
  return ZIP_MAGIC.every((byte, i) => buffer[i] === byte);
}

function decode(name: string, bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw DirectoryErrors.syncUnreadable(`${name} is not UTF-8 text`);
  }
}

/**
 * The uploaded files by lower-case file name (`students.csv`): separate files, or one zip holding
 * them (folders inside the zip are ignored). Text must be UTF-8; a byte-order mark is fine.
 */
export function readUploadedFiles(files: UploadedFile[] | undefined): Map<string, string> {
  if (!files?.length) throw DirectoryErrors.syncUnreadable('Upload the files as multipart/form-data (separate CSV files or one zip)');
  const texts = new Map<string, string>();
  const add = (name: string, bytes: Uint8Array) => {
    const key = basename(name).toLowerCase();
    if (texts.has(key)) throw DirectoryErrors.syncUnreadable(`${key} was uploaded twice`);
    texts.set(key, decode(key, bytes));
  };
  for (const file of files) {
    if (isZip(file.buffer)) {
      let entries: Record<string, Uint8Array>;
      let count = 0;
      let expanded = 0;
      try {
        // The sizes a zip declares bound what fflate writes (it inflates into buffers of that size).
        entries = unzipSync(new Uint8Array(file.buffer), {
          filter: (entry) => {
            count += 1;
            expanded += entry.originalSize;
            if (count > ZIP_MAX_ENTRIES || expanded > ZIP_MAX_EXPANDED_BYTES) throw DirectoryErrors.zipTooLarge(ZIP_MAX_ENTRIES, ZIP_MAX_EXPANDED_BYTES);
            return true;
          },
        });
      } catch (error) {
        if (error instanceof DomainError) throw error;
        throw DirectoryErrors.syncUnreadable(`${file.originalname} is not a readable zip file`);
      }
      for (const [name, bytes] of Object.entries(entries)) {
        if (!name.endsWith('/') && !basename(name).startsWith('.') && !name.startsWith('__MACOSX/')) add(name, bytes);
      }
    } else {
      // A part named after its kind ("students") counts as that file, whatever the client called it.
      const name = /\.csv$/i.test(file.originalname) ? file.originalname : `${file.fieldname}.csv`;
      add(name, file.buffer);
    }
  }
  return texts;
}
