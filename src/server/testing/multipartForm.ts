import { randomBytes } from 'node:crypto';

export type FormPart = { name: string; value: string } | { name: string; fileName: string; content: Buffer; contentType?: string };

/** A multipart/form-data body for a test request (the test client sends it with its boundary). */
export class MultipartForm {
  readonly boundary = `varn-test-${randomBytes(8).toString('hex')}`;

  constructor(readonly parts: FormPart[]) {}

  get contentType(): string {
    return `multipart/form-data; boundary=${this.boundary}`;
  }

  get payload(): Buffer {
    const chunks: Buffer[] = [];
    for (const part of this.parts) {
      const disposition = 'fileName' in part ? `form-data; name="${part.name}"; filename="${part.fileName}"` : `form-data; name="${part.name}"`;
      const type = 'fileName' in part ? `\r\nContent-Type: ${part.contentType ?? 'application/octet-stream'}` : '';
      chunks.push(Buffer.from(`--${this.boundary}\r\nContent-Disposition: ${disposition}${type}\r\n\r\n`));
      chunks.push('fileName' in part ? part.content : Buffer.from(part.value));
      chunks.push(Buffer.from('\r\n'));
    }
    chunks.push(Buffer.from(`--${this.boundary}--\r\n`));
    return Buffer.concat(chunks);
  }
}
