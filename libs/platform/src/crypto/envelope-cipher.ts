import { createCipheriv, createDecipheriv, randomBytes, type DecipherGCM } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';

const MAGIC = Buffer.from('PTCENV1\n', 'ascii');
const IV_BYTES = 12;
const TAG_BYTES = 16;
const WRAPPED_KEY_BYTES = 32;

export class DecryptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DecryptionError';
  }
}

/**
 * Envelope encryption with AES-256-GCM: each object gets a fresh data key, which is stored wrapped
 * (also AES-256-GCM) by the configured key-encryption key, named by its id in the header so that
 * older keys still decrypt after a rotation. Any changed byte fails the GCM tag. Small objects go
 * through `encrypt`/`decrypt`; backups stream through `encryptStream`/`decryptStream` (same layout).
 *
 * Layout: MAGIC | keyIdLength (1) | keyId | wrapIv (12) | wrappedKey (32) | wrapTag (16) | iv (12) | ciphertext | tag (16)
 */
@Injectable()
export class EnvelopeCipher {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** The id of the key new objects are encrypted with. */
  get currentKeyId(): string {
    return this.config.encryption.keys[0].id;
  }

  encrypt(plaintext: Buffer | Uint8Array): Buffer {
    const { header, cipher } = this.begin();
    return Buffer.concat([header, cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
  }

  decrypt(envelope: Buffer): Buffer {
    const parsed = this.parseHeader(envelope);
    if (!parsed || envelope.length < parsed.headerLength + TAG_BYTES) throw new DecryptionError('not a complete PTC encrypted file');
    const decipher = parsed.decipher;
    decipher.setAuthTag(envelope.subarray(envelope.length - TAG_BYTES));
    try {
      return Buffer.concat([decipher.update(envelope.subarray(parsed.headerLength, envelope.length - TAG_BYTES)), decipher.final()]);
    } catch {
      throw new DecryptionError(`the file does not authenticate with key "${parsed.keyId}": it was changed, or the key is wrong`);
    }
  }

  /** Plaintext in, the envelope out (header first, tag last). */
  encryptStream(): Transform {
    const { header, cipher } = this.begin();
    let started = false;
    return new Transform({
      transform(chunk: Buffer, _encoding, done: TransformCallback) {
        if (!started) {
          started = true;
          this.push(header);
        }
        done(null, cipher.update(chunk));
      },
      flush(done: TransformCallback) {
        if (!started) this.push(header);
        this.push(cipher.final());
        done(null, cipher.getAuthTag());
      },
    });
  }

  /**
   * The envelope in, plaintext out. Plaintext flows before the tag is checked (it comes last), so
   * a consumer must treat what it received as untrusted until the stream ends without an error;
   * a restore therefore writes inside a transaction it commits only at the end.
   */
  decryptStream(): Transform {
    let pending = Buffer.alloc(0);
    let decipher: DecipherGCM | undefined;
    let keyId = '';
    const cipherWith = (buffer: Buffer) => this.parseHeader(buffer);
    return new Transform({
      transform(chunk: Buffer, _encoding, done: TransformCallback) {
        pending = Buffer.concat([pending, chunk]);
        if (!decipher) {
          let parsed;
          try {
            parsed = cipherWith(pending);
          } catch (error) {
            return done(error as Error);
          }
          if (!parsed) return done(); // header not complete yet
          decipher = parsed.decipher;
          keyId = parsed.keyId;
          pending = pending.subarray(parsed.headerLength);
        }
        // Hold back what could be the tag.
        if (pending.length <= TAG_BYTES) return done();
        const body = pending.subarray(0, pending.length - TAG_BYTES);
        pending = pending.subarray(pending.length - TAG_BYTES);
        done(null, decipher.update(body));
      },
      flush(done: TransformCallback) {
        if (!decipher || pending.length !== TAG_BYTES) return done(new DecryptionError('not a complete PTC encrypted file'));
        decipher.setAuthTag(pending);
        try {
          done(null, decipher.final());
        } catch {
          done(new DecryptionError(`the file does not authenticate with key "${keyId}": it was changed, or the key is wrong`));
        }
      },
    });
  }

  private begin() {
    const kek = this.config.encryption.keys[0];
    const dataKey = randomBytes(32);
    const wrapIv = randomBytes(IV_BYTES);
    const wrap = createCipheriv('aes-256-gcm', kek.key, wrapIv);
    const wrappedKey = Buffer.concat([wrap.update(dataKey), wrap.final()]);
    const iv = randomBytes(IV_BYTES);
    const keyId = Buffer.from(kek.id, 'utf8');
    const header = Buffer.concat([MAGIC, Buffer.from([keyId.length]), keyId, wrapIv, wrappedKey, wrap.getAuthTag(), iv]);
    return { header, cipher: createCipheriv('aes-256-gcm', dataKey, iv) };
  }

  /** The data-key decipher from a header, or undefined while the buffer holds less than a header. */
  private parseHeader(buffer: Buffer): { decipher: DecipherGCM; keyId: string; headerLength: number } | undefined {
    if (buffer.length < MAGIC.length + 1) return undefined;
    if (!buffer.subarray(0, MAGIC.length).equals(MAGIC)) throw new DecryptionError('not a PTC encrypted file');
    const keyIdLength = buffer[MAGIC.length];
    const headerLength = MAGIC.length + 1 + keyIdLength + IV_BYTES + WRAPPED_KEY_BYTES + TAG_BYTES + IV_BYTES;
    if (buffer.length < headerLength) return undefined;
    let at = MAGIC.length + 1;
    const keyId = buffer.subarray(at, (at += keyIdLength)).toString('utf8');
    const kek = this.config.encryption.keys.find((k) => k.id === keyId);
    if (!kek) throw new DecryptionError(`encrypted with key "${keyId}", which ENCRYPTION_KEYS does not list`);
    const wrapIv = buffer.subarray(at, (at += IV_BYTES));
    const wrappedKey = buffer.subarray(at, (at += WRAPPED_KEY_BYTES));
    const wrapTag = buffer.subarray(at, (at += TAG_BYTES));
    const iv = buffer.subarray(at, (at += IV_BYTES));
    let dataKey: Buffer;
    try {
      const unwrap = createDecipheriv('aes-256-gcm', kek.key, wrapIv).setAuthTag(wrapTag);
      dataKey = Buffer.concat([unwrap.update(wrappedKey), unwrap.final()]);
    } catch {
      throw new DecryptionError(`the file does not authenticate with key "${keyId}": it was changed, or the key is wrong`);
    }
    return { decipher: createDecipheriv('aes-256-gcm', dataKey, iv), keyId, headerLength };
  }
}
