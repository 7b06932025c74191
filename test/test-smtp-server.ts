// Plumbing for tests: a real SMTP server (smtp-server) in the test process on 127.0.0.1 and a
// free port, keeping every message it receives with its subject and text body decoded.
import type { AddressInfo } from 'node:net';
import smtpServer from 'smtp-server';

/** A message as the test server received it. */
export interface ReceivedMail {
  /** Envelope sender (MAIL FROM), or null for the null sender. */
  from: string | null;
  /** Envelope recipients the server accepted (RCPT TO). */
  to: string[];
  /** The message exactly as sent, headers and body, CRLF line ends. */
  raw: string;
  /** The Subject header with RFC 2047 encoded-words decoded, or null when absent. */
  subject: string | null;
  /** The body decoded from its Content-Transfer-Encoding (single-part messages only). */
  text: string;
}

/** A running test server. */
export interface TestSmtpServer {
  host: string;
  port: number;
  messages: ReceivedMail[];
  close(): Promise<void>;
}

/** Starts a server that accepts anyone without auth, refusing the addresses in `rejectRecipients` (550). */
export async function startTestSmtpServer(
  options: { rejectRecipients?: string[] } = {},
): Promise<TestSmtpServer> {
  const rejected = new Set((options.rejectRecipients ?? []).map((a) => a.toLowerCase()));
  const messages: ReceivedMail[] = [];
  const server = new smtpServer.SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (rejected.has(address.address.toLowerCase())) {
        const error = Object.assign(new Error(`Mailbox ${address.address} does not exist`), {
          responseCode: 550,
        });
        callback(error);
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', callback);
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const { mailFrom, rcptTo } = session.envelope;
        messages.push({
          from: mailFrom === false ? null : mailFrom.address,
          to: rcptTo.map((address) => address.address),
          raw,
          ...decodeMessage(raw),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    host: '127.0.0.1',
    port,
    messages,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Splits headers from body, unfolds headers, decodes the Subject and the body. */
function decodeMessage(raw: string): { subject: string | null; text: string } {
  const split = raw.indexOf('\r\n\r\n');
  const head = split === -1 ? raw : raw.slice(0, split);
  const body = split === -1 ? '' : raw.slice(split + 4);
  const headers = new Map<string, string>();
  // A header line starting with white space continues the previous header (RFC 5322 folding).
  for (const line of head.replace(/\r\n(?=[ \t])/g, '').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0)
      headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const subject = headers.get('subject');
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  return {
    subject: subject === undefined ? null : decodeEncodedWords(subject),
    text: decodeBody(body, encoding).replace(/\r\n/g, '\n'),
  };
}

/** RFC 2047: "=?UTF-8?Q?Nh=E1=BA=AFc?= =?UTF-8?B?...?=" → text; white space between words drops. */
function decodeEncodedWords(value: string): string {
  const word = /=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g;
  // Bytes of adjacent encoded-words are joined before UTF-8 decoding: a character may be split.
  const joined = value.replace(/(\?=)\s+(?==\?)/g, '$1');
  let result = '';
  let pending: Buffer[] = [];
  let last = 0;
  for (const match of joined.matchAll(word)) {
    const between = joined.slice(last, match.index);
    if (between !== '') {
      result += Buffer.concat(pending).toString('utf8') + between;
      pending = [];
    }
    const [, , encoding = 'Q', data = ''] = match;
    pending.push(
      encoding.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64')
        : quotedPrintableBytes(data.replace(/_/g, ' ')),
    );
    last = match.index + match[0].length;
  }
  return result + Buffer.concat(pending).toString('utf8') + joined.slice(last);
}

function decodeBody(body: string, encoding: string): string {
  if (encoding === 'base64')
    return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    // "=" at a line end is a soft break that joins the two lines.
    return quotedPrintableBytes(body.replace(/=\r\n/g, '')).toString('utf8');
  }
  return body;
}

/** "=E1=BA=AF" → the three bytes; other characters stand for themselves. */
function quotedPrintableBytes(text: string): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const hex = text.slice(i + 1, i + 3);
    if (text[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(text[i] ?? '', 'utf8'));
    }
  }
  return Buffer.from(bytes);
}
