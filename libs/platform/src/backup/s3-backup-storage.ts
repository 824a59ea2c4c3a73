import { PassThrough, type Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, ListObjectsV2Command, NoSuchKey, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type { S3StorageConfig } from '../config/app-config.js';
import { StorageObjectMissing, type BackupStorage } from './backup-storage.js';

/**
 * Backups in a bucket of an S3-compatible object storage. A backup is streamed as a multipart
 * upload, which S3 makes visible only when it completes, so a crash never leaves a half object
 * under the backup's name; the manifest is written after it, and only manifests count as backups.
 */
export class S3BackupStorage implements BackupStorage {
  private readonly client: S3Client;

  constructor(private readonly config: S3StorageConfig) {
    this.client = new S3Client({
      region: config.region,
      endpoint: config.endpoint,
      forcePathStyle: config.forcePathStyle,
      credentials: config.credentials,
    });
  }

  get location(): string {
    return `s3://${this.config.bucket}/${this.config.prefix}`;
  }

  private key(name: string): string {
    return this.config.prefix ? `${this.config.prefix}/${name}` : name;
  }

  async create(name: string) {
    const stream = new PassThrough();
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.config.bucket, Key: this.key(name), Body: stream, ServerSideEncryption: this.config.serverSideEncryption },
    });
    const uploaded = upload.done();
    // Awaited by commit; until then a failure must not surface as an unhandled rejection.
    uploaded.catch(() => {});
    return {
      stream,
      commit: async () => {
        await uploaded;
      },
      abort: async () => {
        stream.destroy();
        await upload.abort().catch(() => {});
      },
    };
  }

  async read(name: string): Promise<Readable> {
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.config.bucket, Key: this.key(name) }));
      return object.Body as Readable;
    } catch (error) {
      if (error instanceof NoSuchKey) throw new StorageObjectMissing(name);
      throw error;
    }
  }

  async get(name: string): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const chunk of await this.read(name)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  async put(name: string, body: string | Buffer): Promise<void> {
    await this.client.send(
      new PutObjectCommand({ Bucket: this.config.bucket, Key: this.key(name), Body: body, ServerSideEncryption: this.config.serverSideEncryption }),
    );
  }

  async list(prefix?: string): Promise<string[]> {
    const root = this.config.prefix ? `${this.config.prefix}/` : '';
    const under = prefix ? `${root}${prefix}/` : root;
    const names: string[] = [];
    let token: string | undefined;
    do {
      const page = await this.client.send(new ListObjectsV2Command({ Bucket: this.config.bucket, Prefix: under, Delimiter: '/', ContinuationToken: token }));
      for (const object of page.Contents ?? []) names.push(object.Key!.slice(root.length));
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return names.sort();
  }

  async delete(name: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.config.bucket, Key: this.key(name) }));
  }
}
