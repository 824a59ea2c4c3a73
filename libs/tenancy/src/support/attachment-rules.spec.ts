import { attachmentProblem } from './attachment-rules.js';

const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n');
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

describe('support case attachments', () => {
  it('accepts files that are what they say, within the size', () => {
    expect(attachmentProblem({ filename: 'invoice.pdf', contentType: 'application/pdf', content: pdf }, 1000)).toBeNull();
    expect(attachmentProblem({ filename: 'screen.png', contentType: 'image/png', content: png }, 1000)).toBeNull();
    expect(attachmentProblem({ filename: 'note.txt', contentType: 'text/plain', content: Buffer.from('Hello, ¿qué tal?\n') }, 1000)).toBeNull();
  });

  it('refuses other types, files that are not what they say, empty or too large files, and bad names', () => {
    expect(attachmentProblem({ filename: 'a.exe', contentType: 'application/x-msdownload', content: Buffer.from('MZ') }, 1000)).toMatch(/not accepted/);
    expect(attachmentProblem({ filename: 'fake.pdf', contentType: 'application/pdf', content: png }, 1000)).toBe('the file is not application/pdf');
    expect(attachmentProblem({ filename: 'bin.txt', contentType: 'text/plain', content: Buffer.from([0x00, 0x01, 0x02]) }, 1000)).toBe('the file is not text/plain');
    expect(attachmentProblem({ filename: 'empty.pdf', contentType: 'application/pdf', content: Buffer.alloc(0) }, 1000)).toBe('the file is empty');
    expect(attachmentProblem({ filename: 'big.pdf', contentType: 'application/pdf', content: pdf }, 10)).toMatch(/larger than 10 bytes/);
    expect(attachmentProblem({ filename: '../etc/passwd', contentType: 'text/plain', content: Buffer.from('x') }, 1000)).toMatch(/without slashes/);
  });
});
