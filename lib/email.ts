import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer, { type Transport } from 'nodemailer'

import { env } from './env'

export type SentMail = { to: string; subject: string; text: string; html?: string; at: Date }

/**
 * Without SMTP settings (development and tests) mail is not sent: it is logged and kept in
 * this outbox, which the tests read to assert notifications. Production sets SMTP_HOST.
 */
const store = globalThis as typeof globalThis & { __hikakuOutbox?: SentMail[] }
export const outbox: SentMail[] = (store.__hikakuOutbox ??= [])

type OutboxInfo = {
  envelope: ReturnType<Parameters<Transport['send']>[0]['message']['getEnvelope']>
  messageId: string
}

const outboxTransport = nodemailer.createTransport<OutboxInfo>({
  name: 'hikaku-outbox',
  version: '1',
  send(mail, callback) {
    const data = mail.data
    const message: SentMail = {
      to: [data.to].flat().map(String).join(', '),
      subject: String(data.subject ?? ''),
      text: String(data.text ?? ''),
      html: data.html ? String(data.html) : undefined,
      at: new Date(),
    }
    outbox.push(message)
    if (!env.isTest)
      console.info(`[hikaku mail] to ${message.to}: ${message.subject}\n${message.text}`)
    callback(null, {
      envelope: mail.message.getEnvelope(),
      messageId: `<outbox-${outbox.length}@hikaku>`,
    })
  },
})

export const email = nodemailerAdapter({
  defaultFromAddress: env.smtp.from,
  defaultFromName: 'Hikaku',
  skipVerify: true,
  ...(env.smtp.host
    ? {
        transportOptions: {
          host: env.smtp.host,
          port: env.smtp.port,
          secure: env.smtp.port === 465,
          auth: env.smtp.user ? { user: env.smtp.user, pass: env.smtp.pass } : undefined,
        },
      }
    : { transport: outboxTransport }),
})
