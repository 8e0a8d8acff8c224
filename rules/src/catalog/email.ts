/**
 * E-mail. The recipient's own address is what the provider needs (role `recipient`); the subject, body,
 * template data and attachments are judged as data, so a mail to the person themself with their own
 * data is fine while another person's data in it is not.
 */
import type { ArgRole, SinkSpec } from './types.js';
import { AMAZON_SES, MAILCHIMP, MAILGUN, POSTMARK, RESEND, SENDGRID } from './vendors.js';

/** nodemailer-style message fields */
const MAIL_FIELDS: Record<string, ArgRole> = {
  to: 'recipient',
  cc: 'recipient',
  bcc: 'recipient',
  subject: 'data',
  text: 'data',
  html: 'data',
  amp: 'data',
  attachments: 'data',
};

const SES_FIELDS: Record<string, ArgRole> = {
  'Destination.ToAddresses': 'recipient',
  'Destination.CcAddresses': 'recipient',
  'Destination.BccAddresses': 'recipient',
  Destinations: 'recipient',
  // v1 `Message`, templated `TemplateData`, raw `RawMessage`; v2 `Content`
  Message: 'data',
  TemplateData: 'data',
  RawMessage: 'data',
  Content: 'data',
};

const SES_METHODS = '{sendEmail,sendTemplatedEmail,sendRawEmail}';

export const email: readonly SinkSpec[] = [
  {
    id: 'nodemailer',
    family: 'email',
    kind: 'send',
    api: 'transporter.sendMail',
    module: ['nodemailer'],
    paths: ['createTransport().sendMail'],
    // A transporter created in another module and imported or injected.
    receiverNames: ['transporter', 'transport', 'mailer'],
    args: [{ index: 0, role: 'options', properties: MAIL_FIELDS }],
  },
  {
    id: 'nestjs-mailer',
    family: 'email',
    kind: 'send',
    api: 'MailerService.sendMail',
    module: ['@nestjs-modules/mailer'],
    paths: ['MailerService.new().sendMail'],
    args: [{ index: 0, role: 'options', properties: { ...MAIL_FIELDS, context: 'data' } }],
  },
  {
    id: 'sendgrid',
    family: 'email',
    kind: 'send',
    api: 'sgMail.send',
    module: ['@sendgrid/mail'],
    // `personalizations` (per-recipient addresses and data mixed) is not listed: its recipients and data
    // cannot be told apart by key.
    paths: ['{send,sendMultiple}', 'MailService.new().{send,sendMultiple}'],
    args: [
      {
        index: 0,
        role: 'options',
        properties: { ...MAIL_FIELDS, dynamicTemplateData: 'data', customArgs: 'data' },
      },
    ],
    vendor: SENDGRID,
  },
  {
    id: 'mailgun.js',
    family: 'email',
    kind: 'send',
    api: 'mg.messages.create',
    module: ['mailgun.js'],
    // `new Mailgun(formData).client({ username, key }).messages.create(domain, message)`
    paths: ['new().client().messages.create', 'Mailgun.new().client().messages.create'],
    args: [
      { index: 0, role: 'none' },
      {
        index: 1,
        role: 'options',
        properties: { ...MAIL_FIELDS, attachment: 'data', 'h:X-Mailgun-Variables': 'data', 't:variables': 'data' },
      },
    ],
    vendor: MAILGUN,
  },
  {
    id: 'mailgun-js',
    family: 'email',
    kind: 'send',
    api: 'mailgun.messages().send',
    module: ['mailgun-js'],
    paths: ['().messages().send'],
    args: [{ index: 0, role: 'options', properties: { ...MAIL_FIELDS, attachment: 'data' } }],
    vendor: MAILGUN,
  },
  {
    id: 'aws-sdk.ses.SendEmailCommand',
    family: 'email',
    kind: 'send',
    api: 'SendEmailCommand',
    module: ['@aws-sdk/client-ses', '@aws-sdk/client-sesv2'],
    paths: ['{SendEmailCommand,SendTemplatedEmailCommand,SendRawEmailCommand}'],
    construct: true,
    args: [{ index: 0, role: 'options', properties: SES_FIELDS }],
    vendor: AMAZON_SES,
  },
  {
    id: 'aws-sdk.ses.sendEmail',
    family: 'email',
    kind: 'send',
    api: 'ses.sendEmail',
    module: ['@aws-sdk/client-ses', '@aws-sdk/client-sesv2', 'aws-sdk', 'aws-sdk/clients/ses'],
    paths: [`{SES,SESv2}.new().${SES_METHODS}`, `new().${SES_METHODS}`],
    args: [{ index: 0, role: 'options', properties: SES_FIELDS }],
    vendor: AMAZON_SES,
  },
  {
    id: 'postmark',
    family: 'email',
    kind: 'send',
    api: 'postmark.sendEmail',
    module: ['postmark'],
    paths: ['{ServerClient,Client}.new().{sendEmail,sendEmailWithTemplate}'],
    args: [
      {
        index: 0,
        role: 'options',
        properties: {
          To: 'recipient',
          Cc: 'recipient',
          Bcc: 'recipient',
          Subject: 'data',
          HtmlBody: 'data',
          TextBody: 'data',
          TemplateModel: 'data',
          Attachments: 'data',
          Metadata: 'data',
        },
      },
    ],
    vendor: POSTMARK,
  },
  {
    id: 'resend',
    family: 'email',
    kind: 'send',
    api: 'resend.emails.send',
    module: ['resend'],
    paths: ['Resend.new().emails.{send,create}'],
    args: [{ index: 0, role: 'options', properties: { ...MAIL_FIELDS, react: 'data' } }],
    vendor: RESEND,
  },
  {
    id: 'mailchimp-transactional',
    family: 'email',
    kind: 'send',
    api: 'mailchimp.messages.send',
    module: ['@mailchimp/mailchimp_transactional'],
    paths: ['().messages.{send,sendTemplate}'],
    args: [
      {
        index: 0,
        role: 'options',
        properties: {
          'message.to': 'recipient',
          'message.subject': 'data',
          'message.html': 'data',
          'message.text': 'data',
          'message.global_merge_vars': 'data',
          'message.merge_vars': 'data',
          'message.attachments': 'data',
          template_content: 'data',
        },
      },
    ],
    vendor: MAILCHIMP,
  },
];
