import { describe, expect, it } from 'vitest';
import { attachmentName } from './attachmentName.js';
import { sniffAttachmentType } from './attachmentType.js';
import { sampleFiles } from './sampleFiles.js';

describe('the type of an attachment, judged from its bytes', () => {
  it.each([
    ['png', 'image/png'],
    ['jpeg', 'image/jpeg'],
    ['gif', 'image/gif'],
    ['webp', 'image/webp'],
    ['heic', 'image/heic'],
    ['pdf', 'application/pdf'],
    ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['pptx', 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
    ['odt', 'application/vnd.oasis.opendocument.text'],
    ['ods', 'application/vnd.oasis.opendocument.spreadsheet'],
    ['text', 'text/plain'],
    ['email', 'message/rfc822'],
  ] as const)('accepts %s as %s whatever it is called', async (kind, mediaType) => {
    expect(await sniffAttachmentType(sampleFiles[kind], 'fil.bin')).toMatchObject({ accepted: true, mediaType });
  });

  it('tells CSV from other text by the name, in UTF-8 and in the 8-bit encoding older Excel writes', async () => {
    expect(await sniffAttachmentType(sampleFiles.csv, 'lista.csv')).toMatchObject({ mediaType: 'text/csv' });
    expect(await sniffAttachmentType(sampleFiles.latin1Csv, 'lista.CSV')).toMatchObject({ mediaType: 'text/csv' });
    expect(await sniffAttachmentType(sampleFiles.csv, 'lista.txt')).toMatchObject({ mediaType: 'text/plain' });
  });

  it.each([
    ['html', 'HTML'],
    ['svg', 'SVG'],
    ['xml', 'XML'],
    ['textWithScript', 'script'],
    ['shellScript', 'script'],
    ['exe', 'EXE'],
    ['zip', 'ZIP'],
    ['binary', 'binary'],
  ] as const)('refuses %s, saying it looks like %s, even when named like a picture', async (kind, looksLike) => {
    const type = await sniffAttachmentType(sampleFiles[kind], 'bild.png');
    expect(type.accepted).toBe(false);
    expect(type.accepted === false && type.looksLike).toContain(looksLike);
  });
});

describe('the name an attachment is kept under', () => {
  it('drops folders, control and direction characters, and what Windows refuses', () => {
    expect(attachmentName('C:\\Users\\sofia\\..\\skärmbild.png', ['png'])).toBe('skärmbild.png');
    expect(attachmentName('../../etc/passwd.txt', ['txt'])).toBe('passwd.txt');
    expect(attachmentName('rapport\u202Efdp.txt', ['txt'])).toBe('rapportfdp.txt');
    expect(attachmentName('a\u0000b\r\nc?.pdf', ['pdf'])).toBe('abc_.pdf');
    expect(attachmentName('  ..  ', ['txt'])).toBeNull();
  });

  it('gives the extension of what the bytes are, so text called .bat never runs', () => {
    expect(attachmentName('run.bat', ['txt', 'log'])).toBe('run.bat.txt');
    expect(attachmentName('Foto.JPEG', ['jpg', 'jpeg'])).toBe('Foto.JPEG');
    expect(attachmentName('utan-ändelse', ['pdf'])).toBe('utan-ändelse.pdf');
  });

  it('keeps at most 200 characters, extension included, without splitting a character', () => {
    const name = attachmentName(`${'å'.repeat(150)}${'😀'.repeat(100)}.pdf`, ['pdf'])!;
    expect(Array.from(name)).toHaveLength(200);
    expect(name.endsWith('😀.pdf')).toBe(true);
  });
});
