import { randomBytes } from 'node:crypto';
import { Readable, Writable, type Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { loadConfig } from '../config/app-config.js';
import { DecryptionError, EnvelopeCipher } from './envelope-cipher.js';

const key = () => randomBytes(32).toString('base64');
const cipherWith = (keys: string) => new EnvelopeCipher(loadConfig({ ENCRYPTION_KEYS: keys }));

describe('EnvelopeCipher (AES-256-GCM, wrapped data keys)', () => {
  const k1 = key();
  const k2 = key();
  const secret = Buffer.from('Zoë O’Brien, parent0-0@home.example, +44 20 7946 0000');

  it('round-trips, and never writes the plaintext or the same bytes twice', () => {
    const cipher = cipherWith(`k1:${k1}`);
    const a = cipher.encrypt(secret);
    const b = cipher.encrypt(secret);
    expect(cipher.decrypt(a)).toEqual(secret);
    expect(a.equals(b)).toBe(false);
    expect(a.includes(Buffer.from('parent0-0'))).toBe(false);
  });

  it('refuses a flipped byte anywhere after the header', () => {
    const cipher = cipherWith(`k1:${k1}`);
    const sealed = cipher.encrypt(secret);
    for (const at of [20, 40, sealed.length - 30, sealed.length - 1]) {
      const tampered = Buffer.from(sealed);
      tampered[at] ^= 0x01;
      expect(() => cipher.decrypt(tampered)).toThrow(DecryptionError);
    }
  });

  it('decrypts with an older key after rotation, and says which key is missing otherwise', () => {
    const old = cipherWith(`k1:${k1}`).encrypt(secret);
    expect(cipherWith(`k2:${k2},k1:${k1}`).decrypt(old)).toEqual(secret);
    expect(() => cipherWith(`k2:${k2}`).decrypt(old)).toThrow('encrypted with key "k1", which ENCRYPTION_KEYS does not list');
    expect(() => cipherWith(`k1:${k2}`).decrypt(old)).toThrow('does not authenticate with key "k1"');
  });

  it('is configured strictly: 32-byte keys, required in production', () => {
    expect(() => loadConfig({ ENCRYPTION_KEYS: 'k1:c2hvcnQ=' })).toThrow('exactly 32 bytes');
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow('ENCRYPTION_KEYS is required in production');
  });
});

describe('EnvelopeCipher streams', () => {
  const run = async (input: Buffer, transform: Transform, chunk = 1000) => {
    const out: Buffer[] = [];
    const pieces = Array.from({ length: Math.ceil(input.length / chunk) }, (_, i) => input.subarray(i * chunk, (i + 1) * chunk));
    await pipeline(Readable.from(pieces), transform, new Writable({ write: (c, _e, done) => void (out.push(c), done()) }));
    return Buffer.concat(out);
  };
  const cipher = cipherWith(`k1:${key()}`);
  const big = randomBytes(300_000);

  it('streams the same layout as the buffer form, both ways, in any chunking', async () => {
    const sealed = await run(big, cipher.encryptStream(), 777);
    expect(cipher.decrypt(sealed)).toEqual(big);
    expect(await run(cipher.encrypt(big), cipher.decryptStream(), 97)).toEqual(big);
  });

  it('fails the stream when a byte was flipped', async () => {
    const sealed = cipher.encrypt(big);
    sealed[sealed.length - 100] ^= 0x80;
    await expect(run(sealed, cipher.decryptStream())).rejects.toThrow(DecryptionError);
  });
});
