// Encrypts TOTP secrets at rest with AES-256-GCM. The key comes from PARPLAN_SECRET_KEY, or, when
// unset (development, a single machine), from a random key written once to
// PARPLAN_DATA_DIR/secret.key (mode 600). Losing that key makes the stored secrets unreadable:
// each enrolled user then needs an administrator's "Đặt lại xác thực hai bước".
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Encrypts and decrypts short secrets bound to a context (the tenant and user they belong to). */
export interface SecretBox {
  seal(plain: string, context: string): string;
  open(sealed: string, context: string): string;
}

const FORMAT = 'v1';

/** A box over 32 key bytes derived (HKDF-SHA256) from `keyMaterial`. */
export function secretBoxFrom(keyMaterial: string | Buffer): SecretBox {
  const key = Buffer.from(hkdfSync('sha256', keyMaterial, 'parplan', 'two-factor secrets', 32));
  return {
    seal(plain, context) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      // The context as additional data: a sealed secret copied onto another user fails to open.
      cipher.setAAD(Buffer.from(context));
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      const parts = [iv, cipher.getAuthTag(), body].map((part) => part.toString('base64url'));
      return [FORMAT, ...parts].join('.');
    },
    open(sealed, context) {
      const [format, iv, tag, body] = sealed.split('.');
      if (format !== FORMAT || !iv || !tag || body === undefined)
        throw new Error('not a sealed secret');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(context));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([
        decipher.update(Buffer.from(body, 'base64url')),
        decipher.final(),
      ]).toString('utf8');
    },
  };
}

/**
 * The app's box: PARPLAN_SECRET_KEY when given, else the key file under the data folder (created
 * on first use; read back by every later start).
 */
export function loadSecretBox(config: {
  PARPLAN_SECRET_KEY?: string | undefined;
  PARPLAN_DATA_DIR: string;
}): SecretBox {
  if (config.PARPLAN_SECRET_KEY) return secretBoxFrom(config.PARPLAN_SECRET_KEY);
  const file = path.resolve(config.PARPLAN_DATA_DIR, 'secret.key');
  return secretBoxFrom(readOrCreateKeyFile(file));
}

function readOrCreateKeyFile(file: string): Buffer {
  try {
    return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const key = randomBytes(32);
  try {
    // 'wx': two processes starting together never overwrite each other's key.
    writeFileSync(file, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  }
}
