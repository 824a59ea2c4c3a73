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
// What Excel on Windows writes in Western European locales when not told to use UTF-8.
const windows1252 = new TextDecoder('windows-1252');

/** What was detected in each uploaded file, for the sync's report. */
export interface ImportedFile {
  file: string;
  encoding: 'UTF-8' | 'Windows-1252';
  delimiter?: ',' | ';' | '\t';
}

/** The uploaded files' texts by lower-case name, and what was detected in each. */
export class UploadedTexts extends Map<string, string> {
  readonly detected = new Map<string, ImportedFile>();

  describe(): ImportedFile[] {
    return [...this.detected.values()].sort((a, b) => a.file.localeCompare(b.file));
  }
}

function isZip(buffer: Buffer): boolean {
  return ZIP_MAGIC.every((byte, i) => buffer[i] === byte);
}

/** UTF-8 (with or without a byte-order mark) when the bytes are valid UTF-8, else Windows-1252. */
function decode(bytes: Uint8Array): { text: string; encoding: ImportedFile['encoding'] } {
  try {
    return { text: utf8.decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: windows1252.decode(bytes), encoding: 'Windows-1252' };
  }
}

/**
 * The uploaded files by lower-case file name (`students.csv`): separate files, or one zip holding
 * them (folders inside the zip are ignored). Text is UTF-8 (a byte-order mark is fine), or
 * Windows-1252 when it is not valid UTF-8.
 */
export function readUploadedFiles(files: UploadedFile[] | undefined): UploadedTexts {
  if (!files?.length) throw DirectoryErrors.syncUnreadable('Upload the files as multipart/form-data (separate CSV files or one zip)');
  const texts = new UploadedTexts();
  const add = (name: string, bytes: Uint8Array) => {
    const key = basename(name).toLowerCase();
    if (texts.has(key)) throw DirectoryErrors.syncUnreadable(`${key} was uploaded twice`);
    const { text, encoding } = decode(bytes);
    texts.set(key, text);
    texts.detected.set(key, { file: key, encoding });
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
