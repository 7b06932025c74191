import { afterEach, describe, expect, it } from 'vitest';
import { createMailer, type MailerConfig } from './mailer';
import { startTestSmtpServer, type TestSmtpServer } from '../../../test/test-smtp-server';

const SUBJECT = 'Nhắc hạn: còn 3 ngày — Báo cáo quý I/2024';
const TEXT =
  'Báo cáo «Báo cáo quý I/2024» đến hạn ngày 15/03/2024 (còn 3 ngày).\n' +
  'Đề nghị đơn vị hoàn thành và cập nhật trên hệ thống đúng hạn.';

let server: TestSmtpServer | null = null;

afterEach(async () => {
  await server?.close();
  server = null;
});

function configFor(smtp: TestSmtpServer): MailerConfig {
  return {
    host: smtp.host,
    port: smtp.port,
    secure: false,
    from: 'parplan <noreply@parplan.test>',
  };
}

describe('mailer over a real SMTP server', () => {
  it('delivers a Vietnamese reminder to two recipients', async () => {
    server = await startTestSmtpServer();
    const mailer = createMailer(configFor(server));
    expect(mailer.enabled).toBe(true);

    const result = await mailer.send({
      to: ['sotuphap@parplan.test', 'vanphong@parplan.test'],
      subject: SUBJECT,
      text: TEXT,
    });

    expect(result).toEqual({
      accepted: ['sotuphap@parplan.test', 'vanphong@parplan.test'],
      rejected: [],
    });
    expect(server.messages).toHaveLength(1);
    const [received] = server.messages;
    expect(received?.from).toBe('noreply@parplan.test');
    expect(received?.to).toEqual(['sotuphap@parplan.test', 'vanphong@parplan.test']);
    expect(received?.subject).toBe(SUBJECT);
    expect(received?.text.trimEnd()).toBe(TEXT);
    // The subject travels RFC 2047-encoded, never as raw UTF-8 in the header.
    expect(received?.raw).toMatch(/^Subject: =\?UTF-8\?[QB]\?/im);
    expect(received?.raw).not.toContain(`Subject: ${SUBJECT}`);
  });

  it('reports a refused recipient in `rejected` and still delivers to the others', async () => {
    server = await startTestSmtpServer({ rejectRecipients: ['khongton@parplan.test'] });
    const mailer = createMailer(configFor(server));

    const result = await mailer.send({
      to: ['sotuphap@parplan.test', 'khongton@parplan.test'],
      subject: SUBJECT,
      text: TEXT,
    });

    expect(result).toEqual({
      accepted: ['sotuphap@parplan.test'],
      rejected: ['khongton@parplan.test'],
    });
    expect(server.messages).toHaveLength(1);
    expect(server.messages[0]?.to).toEqual(['sotuphap@parplan.test']);
  });

  it('rejects the promise when every recipient is refused', async () => {
    server = await startTestSmtpServer({ rejectRecipients: ['khongton@parplan.test'] });
    const mailer = createMailer(configFor(server));

    await expect(
      mailer.send({ to: ['khongton@parplan.test'], subject: SUBJECT, text: TEXT }),
    ).rejects.toThrow(/recipients were rejected/);
    expect(server.messages).toHaveLength(0);
  });

  it('sends nothing for a message without recipients', async () => {
    server = await startTestSmtpServer();
    const result = await createMailer(configFor(server)).send({
      to: [],
      subject: SUBJECT,
      text: TEXT,
    });
    expect(result).toEqual({ accepted: [], rejected: [] });
    expect(server.messages).toHaveLength(0);
  });
});

describe('disabled mailer (e-mail not configured)', () => {
  it('sends nothing and accepts no one', async () => {
    server = await startTestSmtpServer();
    const mailer = createMailer(null);
    expect(mailer.enabled).toBe(false);

    const result = await mailer.send({
      to: ['sotuphap@parplan.test'],
      subject: SUBJECT,
      text: TEXT,
    });

    expect(result).toEqual({ accepted: [], rejected: [] });
    expect(server.messages).toHaveLength(0);
  });
});
