// The JavaScript a page of the web app needs before it can show anything: the entry chunk, the
// page's own chunk, the reader's catalogue and every chunk they import statically, from Vite's
// build manifest; gzip sizes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export function initialJavaScript(distDir, pageSource, catalogue = 'i18n/en.json') {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8'));
  const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
  if (!entry) throw new Error('no entry in the build manifest');
  // A page bundled into the entry has no chunk of its own.
  const page = Object.keys(manifest).find((key) => key.endsWith(pageSource));
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entry);
  if (page) visit(page);
  // The reader's catalogue is loaded before the first render: it counts.
  const strings = Object.keys(manifest).find((key) => key.endsWith(catalogue));
  if (strings) visit(strings);
  const sizes = [...files].map((file) => {
    const bytes = readFileSync(join(distDir, file));
    return { file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  return { files: sizes, gzipBytes: sizes.reduce((n, f) => n + f.gzip, 0), bytes: sizes.reduce((n, f) => n + f.bytes, 0) };
}
