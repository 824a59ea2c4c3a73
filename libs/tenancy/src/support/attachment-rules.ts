/** The kinds of file an email logged in a support case may carry, recognised by their first bytes. */
export const ATTACHMENT_TYPES: Record<string, (content: Buffer) => boolean> = {
  'application/pdf': (c) => c.subarray(0, 5).toString('latin1') === '%PDF-',
  'image/png': (c) => c.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/jpeg': (c) => c.length > 3 && c[0] === 0xff && c[1] === 0xd8 && c[2] === 0xff,
  'text/plain': (c) => isText(c),
  'message/rfc822': (c) => isText(c),
};

/** UTF-8 text without control characters other than tab, line feed and carriage return. */
function isText(content: Buffer): boolean {
  const text = content.toString('utf8');
  return !text.includes('\uFFFD') && !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text);
}

/** Why an attachment is refused (its declared type, what it is, its size, its name), or null. */
export function attachmentProblem(file: { filename: string; contentType: string; content: Buffer }, maxBytes: number): string | null {
  const looksRight = ATTACHMENT_TYPES[file.contentType];
  if (!looksRight) return `${file.contentType} is not accepted (PDF, PNG, JPEG, plain text or an email message)`;
  if (file.content.length === 0) return 'the file is empty';
  if (file.content.length > maxBytes) return `the file is larger than ${maxBytes} bytes`;
  if (!looksRight(file.content)) return `the file is not ${file.contentType}`;
  if (!/^[^/\\\u0000-\u001f]{1,200}$/.test(file.filename)) return 'the file name must be 1-200 characters, without slashes';
  return null;
}
