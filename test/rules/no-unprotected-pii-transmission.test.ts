// Personal data sent to third parties, placed in URLs, or sent over plain-text / unverified transport.
// Cases are written from what the rule must report (brief, DESIGN.md "What is a take-out"); positions and
// message data are those of the sink's callee, as the engine reports them.
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../rules/src/rules/no-unprotected-pii-transmission.js';
import exportRule from '../../rules/src/rules/no-unprotected-pii-export.js';

const ruleTester = new RuleTester({
  languageOptions: {
    parserOptions: {
      ecmaFeatures: { jsx: true },
    },
  },
});

ruleTester.run('no-unprotected-pii-transmission', rule, {
  valid: [
    // the page's own origin and API base URLs named as such are first party
    {
      code: `
export async function saveProfile(user: { email: string; phone: string }) {
  await fetch(\`\${location.origin}/api/profile\`, { method: 'PUT', body: JSON.stringify({ email: user.email, phone: user.phone }) });
}
`,
      options: [{ minConfidence: 'low' }],
    },
    {
      code: `
import axios from 'axios';
export async function register(form: { fullName: string; email: string }) {
  await axios.post(process.env.API_BASE_URL + '/register', { name: form.fullName, email: form.email });
}
`,
      options: [{ minConfidence: 'low' }],
    },
    // fetch and node-fetch
    {
      code: `
export async function signup(form) {
  await fetch('/api/signup', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: form.name, email: form.email, password: form.password }) });
}
`,
    },
    {
      code: `
export async function login(email: string, password: string) {
  const res = await fetch('/api/auth/login', { method: 'POST', body: JSON.stringify({ email, password }) });
  return res.json();
}
`,
    },
    {
      code: `
export async function sync(url: string, user) {
  await fetch(url, { method: 'POST', body: JSON.stringify({ email: user.email }) });
}
`,
    },
    {
      code: `
import axios from 'axios';
export async function save(user) {
  await axios.post(\`\${process.env.API_BASE_URL}/users\`, { email: user.email });
}
`,
    },
    {
      code: `
export async function rates() {
  return fetch('https://api.exchangerate.example.com/latest?base=JPY');
}
`,
    },
    {
      code: `
export async function load(user) {
  return fetch(\`/api/users/\${user.id}\`);
}
`,
    },
    {
      code: `
export async function upload(file: File) {
  const body = new FormData();
  body.append('file', file, file.name);
  await fetch('https://upload.example-cdn.com/files', { method: 'POST', body });
}
`,
    },
    {
      code: `
export async function call(user) {
  return Promise.race([fetch('/api/me', { method: 'POST', body: JSON.stringify({ email: user.email }) }), new Promise((r) => setTimeout(r, 5000))]);
}
`,
    },
    // axios: methods, axios(config), axios.create() instances (relative paths go to the base URL)
    {
      code: `
import axios from 'axios';
export async function save(profile) {
  await axios.post('/api/profile', { phone: profile.phone, address: profile.address });
}
`,
    },
    {
      code: `
import axios from 'axios';
const api = axios.create({ baseURL: '/api' });
export async function save(user) {
  await api.put('/me', { email: user.email });
}
`,
    },
    {
      code: `
import axios from 'axios';
declare function maskEmail(s: string): string;
export async function sync(user) {
  await axios.post('https://api.partner.example.org/u', { email: maskEmail(user.email) });
}
`,
    },
    {
      code: `
import axios from 'axios';
export async function sync(payment) {
  await axios.post('https://api.partner.example.org/p', { last4: payment.cardNumber.slice(-4) });
}
`,
    },
    {
      code: `
import crypto from 'crypto';
import axios from 'axios';
export async function sync(publicKey: string, customer) {
  const payload = crypto.publicEncrypt(publicKey, Buffer.from(JSON.stringify({ email: customer.email })));
  await axios.post('https://api.partner.example.org/u', payload);
}
`,
    },
    {
      code: `
import axios from 'axios';
export async function ping(healthCheck) {
  await axios.post('https://status.example-monitor.com/ping', { telemetry: healthCheck.status });
}
`,
    },
    {
      code: `
import axios from 'axios';
export async function save() {
  await axios.post('https://translate.example-saas.com/strings', { email: 'メールアドレス', phone: '電話番号' });
}
`,
    },
    // got, ky, superagent, request, jQuery, Angular, ofetch
    {
      code: `
import got from 'got';
export async function save(user) {
  await got.post('http://localhost:8080/internal/users', { json: { email: user.email } });
}
`,
    },
    {
      code: `
import ky from 'ky';
const api = ky.create({ prefixUrl: '/api' });
export async function save(user) {
  await api.post('profile', { json: { phone: user.phone } });
}
`,
    },
    // http(s).request and XMLHttpRequest
    {
      code: `
export function save(form) {
  const xhr = new XMLHttpRequest();
  xhr.open('POST', '/api/contact');
  xhr.send(JSON.stringify({ name: form.name, email: form.email }));
}
`,
    },
    // WebSocket, ws, socket.io, EventSource, sendBeacon, postMessage
    {
      code: `
export function connect(user) {
  const socket = new WebSocket('wss://' + location.host + '/ws');
  socket.send(JSON.stringify({ type: 'hello', name: user.name }));
}
`,
    },
    {
      code: `
import { io } from 'socket.io-client';
const socket = io();
export function send(user, text: string) {
  socket.emit('message', { from: user.name, text });
}
`,
    },
    {
      code: `
export function leave(form) {
  navigator.sendBeacon('/api/draft', JSON.stringify({ email: form.email }));
}
`,
    },
    {
      code: `
export function connect(user) {
  const socket = new WebSocket('ws://localhost:8080');
  socket.send(JSON.stringify({ email: user.email }));
}
`,
    },
    {
      code: `
export function share(user) {
  window.parent.postMessage({ email: user.email }, 'https://app.example.com');
}
`,
    },
    {
      code: `
export function resize(height: number) {
  window.parent.postMessage({ type: 'resize', height }, '*');
}
`,
    },
    // Personal data in URLs and query strings (inUrl), even to the app's own back end
    {
      code: `
export async function next(pageToken: string) {
  return fetch(\`https://www.googleapis.com/drive/v3/files?pageToken=\${pageToken}\`);
}
`,
    },
    // Plain-text transport and TLS verification turned off (insecureTransport, TO-NET)
    {
      code: `
export async function dev(user) {
  await fetch('http://localhost:3000/api/users', { method: 'POST', body: JSON.stringify({ email: user.email }) });
}
`,
    },
    // E-mail and SMS: to the person themself is the purpose, except kinds never sent in clear
    {
      code: `
import nodemailer from 'nodemailer';
const transporter = nodemailer.createTransport({ host: 'smtp.example.com' });
export async function welcome(user) {
  await transporter.sendMail({ to: user.email, subject: 'Welcome', text: \`Hello \${user.name}, thanks for signing up.\` });
}
`,
    },
    {
      code: `
import nodemailer from 'nodemailer';
const transporter = nodemailer.createTransport({ host: 'smtp.example.com' });
export async function sendWelcome(email: string, name: string) {
  await transporter.sendMail({ to: email, subject: 'Welcome', html: \`<p>\${name} 様</p>\` });
}
`,
    },
    {
      code: `
import sgMail from '@sendgrid/mail';
export async function confirm(customer) {
  await sgMail.send({ to: customer.email, from: 'noreply@example.com', subject: 'Order', text: \`Dear \${customer.name}, your order ships to \${customer.address}.\` });
}
`,
    },
    {
      code: `
import nodemailer from 'nodemailer';
const transporter = nodemailer.createTransport({ host: 'smtp.example.com' });
export async function reset(user, resetToken: string) {
  await transporter.sendMail({ to: user.email, subject: 'Reset', text: \`https://app.example.com/reset?token=\${resetToken}\` });
}
`,
    },
    {
      code: `
import nodemailer from 'nodemailer';
const transporter = nodemailer.createTransport({ host: 'smtp.example.com' });
export async function confirm(user) {
  await transporter.sendMail({ to: user.email, subject: 'Confirm', text: \`We will call \${user.phone}\` });
}
`,
    },
    {
      code: `
import twilio from 'twilio';
const client = twilio('sid', 'token');
export async function otp(user, code: string) {
  await client.messages.create({ to: user.phone, from: '+815000000000', body: \`Your code is \${code}\` });
}
`,
    },
    // Analytics SDKs
    {
      code: `
export function identify(user) {
  analytics.identify(user.id, { plan: user.plan });
}
`,
    },
    {
      code: `
export function track(product) {
  gtag('event', 'add_to_cart', { item_id: product.sku, value: product.price });
}
`,
    },
    {
      code: `
export function boot(user) {
  Intercom('boot', { app_id: 'abc', user_id: user.id });
}
`,
    },
    {
      code: `
export function track(user) {
  analytics.track('Profile Viewed', { emailVerified: user.emailVerified, phoneCount: user.phoneCount });
}
`,
    },
    // Monitoring and error tracking
    {
      code: `
import * as Sentry from '@sentry/react';
export function ctx(user) {
  Sentry.setUser({ id: user.id });
}
`,
    },
    {
      code: `
import * as Sentry from '@sentry/node';
export function ctx(req) {
  Sentry.setTag('route', req.path);
}
`,
    },
    // Signed tokens (a JWS payload is only Base64url-encoded)
    {
      code: `
import jwt from 'jsonwebtoken';
export function token(user) {
  return jwt.sign({ sub: user.id, role: user.role }, process.env.JWT_SECRET!, { expiresIn: '1h' });
}
`,
    },
    {
      code: `
import { EncryptJWT } from 'jose';
export async function token(user, key: Uint8Array) {
  return new EncryptJWT({ email: user.email }).setProtectedHeader({ alg: 'dir', enc: 'A256GCM' }).encrypt(key);
}
`,
    },
    // Weak protection (Base64, unsalted hash) is still reported
    {
      code: `
import crypto from 'crypto';
export function identify(user) {
  const hashed = crypto.createHmac('sha256', process.env.ANALYTICS_PEPPER!).update(user.email).digest('hex');
  analytics.identify(hashed);
}
`,
    },
    // Configuration: firstPartyHosts, policy (TO-APR), sanitizers, names, minConfidence
    {
      code: `
export async function save(user) {
  await fetch('https://api.example.co.jp/users', { method: 'POST', body: JSON.stringify({ email: user.email }) });
}
`,
      options: [{ firstPartyHosts: ['api.example.co.jp'] }],
    },
    {
      code: `
import axios from 'axios';
export async function save(user) {
  await axios.post('https://members.example.co.jp/api/profile', { phone: user.phone });
}
`,
      settings: { piiGuard: { firstPartyHosts: ['*.example.co.jp'] } },
    },
    {
      code: `
import axios from 'axios';
const api = axios.create({ baseURL: 'https://api.example.co.jp/v1' });
export async function save(user) {
  await api.post('/users', { email: user.email, name: user.name });
}
`,
      options: [{ firstPartyHosts: ['api.example.co.jp'] }],
    },
    {
      code: `
import sgMail from '@sendgrid/mail';
export async function notify(lead) {
  await sgMail.send({ to: 'sales@example.com', from: 'noreply@example.com', subject: 'Lead', text: lead.email });
}
`,
      options: [{ policy: { approved: [{ kinds: ['email'], destinations: ['SendGrid'], sinks: ['email'], reason: 'Transactional mail contract (DPA 2024-05)' }] } }],
    },
    {
      code: `
import axios from 'axios';
export async function sync(user) {
  await axios.post('https://api.partner.example.org/leads', { email: user.email, phone: user.phone });
}
`,
      settings: { piiGuard: { policy: { approved: [{ destinations: ['*.partner.example.org'], reason: 'Outsourcing contract #42' }] } } },
    },
    {
      code: `
import axios from 'axios';
declare function tokenizeContact(s: string): string;
export async function sync(user) {
  await axios.post('https://api.partner.example.org/u', { ref: tokenizeContact(user.email) });
}
`,
      options: [{ sanitizers: [{ name: 'tokenizeContact' }] }],
    },
    {
      code: `
export function track(config) {
  gtag('event', 'config_loaded', { supportEmail: config.supportEmail });
}
`,
      options: [{ names: { ignore: ['supportEmail'] } }],
    },
    // Not a transmission: the app's own database, other rules' sinks, UI rendering
    {
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function signup(form) {
  return prisma.user.create({ data: { email: form.email, name: form.name, phone: form.phone } });
}
`,
    },
    {
      code: `
export async function save(userRepository, dto) {
  return userRepository.save({ email: dto.email, address: dto.address });
}
`,
    },
    {
      code: `
import { Pool } from 'pg';
const pool = new Pool();
export async function find(email: string) {
  return pool.query('SELECT * FROM users WHERE email = $1', [email]);
}
`,
    },
    {
      code: `
export async function save(User, form) {
  await User.create({ email: form.email, phone: form.phone });
}
`,
    },
    {
      code: `
import { getFirestore, doc, setDoc } from 'firebase/firestore';
export async function save(uid: string, profile) {
  await setDoc(doc(getFirestore(), 'users', uid), { email: profile.email, phone: profile.phone });
}
`,
    },
    {
      code: `
export function Row({ customer }) {
  return <tr><td>{customer.name}</td><td>{customer.email}</td></tr>;
}
`,
      filename: 'file.tsx',
    },
    {
      code: `
export function f(user) {
  console.info(user.email);
}
`,
    },
    {
      code: `
export function f(user) {
  localStorage.setItem('e', user.email);
}
`,
    },
    // The customer's own order in a mail to the customer: an order is no other person, so its address is
    // the customer's own (an order confirmation)
    {
      code: `
import nodemailer from 'nodemailer';
const transporter = nodemailer.createTransport({ host: 'smtp.example.com' });
export async function orderConfirmation(customer: { email: string; name: string }, order: { shippingAddress: string }) {
  await transporter.sendMail({ to: customer.email, subject: 'ご注文確認', text: \`\${customer.name} 様 お届け先: \${order.shippingAddress}\` });
}
`,
    },
    // Self-delivery needs the recipient and the data to be of one record: an SMS to the patient themself
    // about their own booking is the purpose of the message.
    {
      code: `
import twilio from 'twilio';
const client = twilio('sid', 'token');
export async function remind(p: { shimei: string; denwa: string; yoyakuJikan: string }) {
  await client.messages.create({ from: '+815031234567', to: p.denwa, body: \`\${p.shimei} 様 明日 \${p.yoyakuJikan} のご予約をお待ちしております\` });
}
`,
    },
    // Slack Bolt: a count posted with say() names nobody
    {
      code: `
import { App } from '@slack/bolt';
const app = new App({ token: process.env.SLACK_BOT_TOKEN, signingSecret: process.env.SLACK_SIGNING_SECRET });
app.command('/kaiin-count', async ({ ack, say }) => {
  await ack();
  const members = await listMembers();
  await say(\`会員数: \${members.length}件\`);
});
`,
    },
    // GmailApp.createDraft to the person themself, with their own booking, like sendEmail
    {
      filename: 'Code.gs.js',
      code: `
function draftReminder(m) {
  GmailApp.createDraft(m.mail, '【ご予約確認】', \`\${m.shimei} 様\\n明日 \${m.jikan} のご予約をお待ちしております。\`);
}
`,
    },
    // An SMS API behind the kintone plug-in proxy: to the customer themself about their own booking
    // (the addressee and the text read off the same record `r`)
    {
      filename: 'customize.js',
      code: `
((PLUGIN_ID) => {
  kintone.events.on('app.record.detail.process.proceed', async (event) => {
    const r = event.record;
    await kintone.plugin.app.proxy(PLUGIN_ID, 'https://api.sms-link.jp/v1/messages', 'POST', {}, { to: r.携帯番号.value, text: \`\${r.お客様名.value}様 明日\${r.予約時刻.value}のご予約をお待ちしております\` });
    return event;
  });
})(kintone.$PLUGIN_ID);
`,
    },
  ],
  invalid: [
    // fetch and node-fetch
    {
      code: `
export async function sync(user) {
  await fetch('https://hooks.example-crm.com/contacts', { method: 'POST', body: JSON.stringify({ email: user.email }) });
}
`,
      errors: [
        {
          messageId: 'unprotected',
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 14,
          data: {
            data: 'e-mail address: user.email',
            sink: 'fetch',
            destination: 'hooks.example-crm.com',
            protection: '',
            requirements: '[TO-MIN, APPI-3P, APPI-3P-REC, APPI-SEC, CWE-201, CWE-359 +2 more]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
import fetch from 'node-fetch';
export async function sync(customer) {
  await fetch('https://api.hubspot.com/crm/v3/objects/contacts', { method: 'POST', body: JSON.stringify({ email: customer.email, firstname: customer.firstName }) });
}
`,
      errors: [
        {
          messageId: 'unprotected',
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 14,
          data: {
            data: 'e-mail address: customer.email, name: customer.firstName',
            sink: 'fetch',
            destination: 'api.hubspot.com',
            protection: '',
            requirements: '[TO-MIN, APPI-3P, APPI-3P-REC, APPI-SEC, CWE-201, CWE-359 +2 more]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
export async function notify(user) {
  await fetch(process.env.CRM_WEBHOOK_URL!, { method: 'POST', body: JSON.stringify({ email: user.email }) });
}
`,
      errors: [
        {
          messageId: 'unprotected',
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 14,
          data: {
            data: 'e-mail address: user.email',
            sink: 'fetch',
            destination: 'an external destination',
            protection: '',
            requirements: '[TO-MIN, APPI-3P, APPI-3P-REC, APPI-SEC, CWE-201, CWE-359 +2 more]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
export async function sync(user) {
  await fetch(\`\${process.env.HUBSPOT_API_BASE}/contacts\`, { method: 'POST', body: JSON.stringify({ email: user.email }) });
}
`,
      errors: [
        { messageId: 'unprotected', line: 3, column: 9, endLine: 3, endColumn: 14 },
      ],
    },
    // axios: methods, axios(config), axios.create() instances (relative paths go to the base URL)
    {
      code: `
import axios from 'axios';
export async function sync(user) {
  await axios.post('https://api.partner.example.org/leads', { email: user.email, phone: user.phone });
}
`,
      errors: [
        {
          messageId: 'unprotected',
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 19,
          data: {
            data: 'e-mail address: user.email, phone number: user.phone',
            sink: 'axios.post',
            destination: 'api.partner.example.org',
            protection: '',
            requirements: '[TO-MIN, APPI-3P, APPI-3P-REC, APPI-SEC, CWE-201, CWE-359 +2 more]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
import axios from 'axios';
export async function sync(user) {
  await axios({ method: 'post', url: 'https://api.partner.example.org/x', data: { address: user.address } });
}
`,
      errors: [
        { messageId: 'unprotected', line: 4, column: 9, endLine: 4, endColumn: 14 },
      ],
    },
    {
      code: `
import axios from 'axios';
export async function sync(customer) {
  await axios.request({ url: 'https://api.partner.example.org/c', method: 'post', data: { phone: customer.phone } });
}
`,
      errors: [
        { messageId: 'unprotected', line: 4, column: 9, endLine: 4, endColumn: 22 },
      ],
    },
    {
      code: `
import axios from 'axios';
const crm = axios.create({ baseURL: 'https://api.salesforce.com/services/data' });
export async function sync(contact) {
  await crm.post('/sobjects/Contact', { Email: contact.email });
}
`,
      errors: [
        {
          messageId: 'unprotected',
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 17,
          data: {
            data: 'e-mail address: contact.email',
            sink: 'crm.post',
            destination: 'api.salesforce.com',
            protection: '',
            requirements: '[TO-MIN, APPI-3P, APPI-3P-REC, APPI-SEC, CWE-201, CWE-359 +2 more]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
import axios from 'axios';
const zendesk = axios.create({ baseURL: 'https://acme.zendesk.com/api/v2' });
export async function find(user) {
  return zendesk.get('/users/search', { params: { query: user.email } });
}
`,
      errors: [
        { messageId: 'inUrl', line: 5, column: 10, endLine: 5, endColumn: 21 },
      ],
    },
    {
      code: `
import axios from 'axios';
const crm = axios.create({ baseURL: process.env.CRM_API_URL });
export async function sync(user) {
  await crm.post('/contacts', { email: user.email });
}
`,
      errors: [
        { messageId: 'unprotected', line: 5, column: 9, endLine: 5, endColumn: 17 },
      ],
    },
    {
      code: `
import axios from 'axios';
export async function sync(user) {
  await axios.post(process.env.PARTNER_API_URL!, { phone: user.phone });
}
`,
      errors: [
        {
          messageId: 'unprotected',
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 19,
          data: {
            data: 'phone number: user.phone',
            sink: 'axios.post',
            destination: 'an external destination',
            protection: '',
            requirements: '[TO-MIN, APPI-3P, APPI-3P-REC, APPI-SEC, CWE-201, CWE-359 +2 more]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
const MARKETING_ENDPOINT = process.env.MARKETING_ENDPOINT;
export async function sync(user) {
  await fetch(MARKETING_ENDPOINT!, { method: 'POST', body: JSON.stringify({ email: user.email }) });
}
`,
      errors: [
        { messageId: 'unprotected', line: 4, column: 9, endLine: 4, endColumn: 14 },
      ],
    },
    {
      code: `
import axios from 'axios';
const webhookUrl = process.env.SLACK_WEBHOOK_URL;
export async function notify(user) {
  await axios.post(webhookUrl, { text: \`signup: \${user.email}\` });
}
`,
      errors: [
        { messageId: 'unprotected', line: 5, column: 9, endLine: 5, endColumn: 19 },
      ],
    },
    {
      code: `
import axios from 'axios';
export async function notify(user) {
  await axios.post(process.env.SLACK_WEBHOOK_URL, { text: \`signup: \${user.email}\` });
}
`,
      errors: [
        { messageId: 'unprotected', line: 4, column: 9, endLine: 4, endColumn: 19 },
      ],
    },
    {
      code: `
import axios from 'axios';
interface Lead { id: string; email: string; companyName: string }
export async function push(lead: Lead) {
  await axios.post('https://api.partner.example.org/leads', lead);
}
`,
      errors: [
        {
          messageId: 'wholeRecord',
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 19,
          data: {
            data: 'e-mail address: lead.email',
            sink: 'axios.post',
            destination: 'api.partner.example.org',
            protection: '',
            requirements: '[TO-MIN, APPI-3P, APPI-3P-REC, APPI-SEC, GDPR-5-1-c, GDPR-25 +4 more]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
import { HttpService } from '@nestjs/axios';
export class Crm {
  constructor(private readonly httpService: HttpService) {}
  push(customer) {
    return this.httpService.post('https://api.partner.example.org/c', { email: customer.email });
  }
}
`,
      errors: [
        { messageId: 'unprotected', line: 6, column: 12, endLine: 6, endColumn: 33 },
      ],
    },
    {
      code: `
import { api } from './api';
export async function save(user) {
  await api.post(someUrl, { email: user.email });
}
declare const someUrl: string;
`,
      options: [{ minConfidence: 'low' }],
      errors: [
        { messageId: 'unprotected', line: 4, column: 9, endLine: 4, endColumn: 17 },
      ],
    },
    // got, ky, superagent, request, jQuery, Angular, ofetch
    {
      code: `
import got from 'got';
export async function sync(user) {
  await got.post('https://api.partner.example.org/users', { json: { email: user.email } });
}
`,
      errors: [
        { messageId: 'unprotected', line: 4, column: 9, endLine: 4, endColumn: 17 },
      ],
    },
    {
      code: `
import got from 'got';
const client = got.extend({ prefixUrl: 'https://api.mailchimp.com/3.0' });
export async function sync(user) {
  await client.post('lists/1/members', { json: { email_address: user.email } });
}
`,
      errors: [
        { messageId: 'unprotected', line: 5, column: 9, endLine: 5, endColumn: 20 },
      ],
    },
    {
      code: `
import ky from 'ky';
export async function sync(user) {
  await ky.post('https://api.partner.example.org/users', { json: { phone: user.phone } });
}
`,
      errors: [
        { messageId: 'unprotected', line: 4, column: 9, endLine: 4, endColumn: 16 },
      ],
    },
    {
      code: `
import superagent from 'superagent';
export async function sync(user) {
  await superagent.post('https://api.partner.example.org/users').set('X-Key', 'k').send({ email: user.email });
}
`,
      errors: [
        {
          messageId: 'unprotected',
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 88,
          data: {
            data: 'e-mail address: user.email',
            sink: 'superagent.post(\'https://api.partner.ex…',
            destination: 'api.partner.example.org',
            protection: '',
            requirements: '[TO-MIN, APPI-3P, APPI-3P-REC, APPI-SEC, CWE-201, CWE-359 +2 more]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
import $ from 'jquery';
export function sync(user) {
  $.post('https://api.partner.example.org/u', { phone: user.phone });
}
`,
      errors: [
        { messageId: 'unprotected', line: 4, column: 3, endLine: 4, endColumn: 9 },
      ],
    },
    {
      code: `
import algoliasearch from 'algoliasearch';
const index = algoliasearch('app', 'key').initIndex('users');
export async function sync(user) {
  await index.saveObject({ objectID: user.id, email: user.email });
}
`,
      errors: [
        { messageId: 'unprotected', line: 5, column: 9, endLine: 5, endColumn: 25 },
      ],
    },
    // http(s).request and XMLHttpRequest
    {
      code: `
import https from 'https';
export function sync(user) {
  const req = https.request('https://api.partner.example.org/users', { method: 'POST' });
  req.write(JSON.stringify({ email: user.email }));
  req.end();
}
`,
      errors: [
        { messageId: 'unprotected', line: 5, column: 3, endLine: 5, endColumn: 12 },
      ],
    },
    {
      code: `
export function sync(user) {
  const xhr = new XMLHttpRequest();
  xhr.open('POST', 'https://collector.example-ads.com/u');
  xhr.send(JSON.stringify({ email: user.email }));
}
`,
      errors: [
        { messageId: 'unprotected', line: 5, column: 3, endLine: 5, endColumn: 11 },
      ],
    },
    // WebSocket, ws, socket.io, EventSource, sendBeacon, postMessage
    {
      code: `
import WebSocket from 'ws';
export function connect(user) {
  const ws = new WebSocket('wss://stream.partner.example.org');
  ws.send(JSON.stringify({ phone: user.phone }));
}
`,
      errors: [
        { messageId: 'unprotected', line: 5, column: 3, endLine: 5, endColumn: 10 },
      ],
    },
    {
      code: `
import { io } from 'socket.io-client';
const socket = io('https://chat.partner.example.org');
export function join(user) {
  socket.emit('join', { email: user.email });
}
`,
      errors: [
        { messageId: 'unprotected', line: 5, column: 3, endLine: 5, endColumn: 14 },
      ],
    },
    {
      code: `
import { Server } from 'socket.io';
const io = new Server(3000);
export function announce(user) {
  io.emit('user-joined', { name: user.name, email: user.email });
}
`,
      errors: [
        {
          messageId: 'unprotected',
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 10,
          data: {
            data: 'name: user.name, e-mail address: user.email',
            sink: 'io.emit',
            destination: 'an external destination',
            protection: '',
            requirements: '[TO-MIN, APPI-3P, APPI-3P-REC, APPI-SEC, CWE-201, CWE-359 +2 more]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
import { Server } from 'socket.io';
const io = new Server();
export function announce(room: string, patient) {
  io.to(room).emit('admitted', { name: patient.fullName, diagnosis: patient.diagnosis });
}
`,
      errors: [
        {
          messageId: 'unprotected',
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 19,
          data: {
            data: 'name: patient.fullName, health or medical information: patient.diagnosis',
            sink: 'io.to(room).emit',
            destination: 'an external destination',
            protection: '',
            requirements: '[TO-MIN, APPI-3P, APPI-3P-REC, APPI-R7-1, APPI-SEC, APPI-SENS-ACQ +3 more]',
            reportable: ' A leak would be reportable from a single person (APPI-R7-1).',
          },
        },
      ],
    },
    {
      code: `
export function track(user) {
  navigator.sendBeacon('https://collect.example-ads.com/b', JSON.stringify({ email: user.email }));
}
`,
      errors: [
        {
          messageId: 'unprotected',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 23,
          data: {
            data: 'e-mail address: user.email',
            sink: 'navigator.sendBeacon',
            destination: 'collect.example-ads.com',
            protection: '',
            requirements: '[TO-MIN, APPI-3P, APPI-3P-REC, APPI-SEC, CWE-201, CWE-359 +2 more]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
export function share(user) {
  window.parent.postMessage({ email: user.email }, '*');
}
`,
      errors: [
        {
          messageId: 'unprotected',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 28,
          data: {
            data: 'e-mail address: user.email',
            sink: 'window.parent.postMessage',
            destination: 'an external destination',
            protection: '',
            requirements: '[TO-MIN, APPI-3P, APPI-3P-REC, APPI-SEC, CWE-201, CWE-359 +2 more]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
export function share(customer) {
  window.opener.postMessage(customer, '*');
}
`,
      errors: [
        { messageId: 'wholeRecord', line: 3, column: 3, endLine: 3, endColumn: 28 },
      ],
    },
    // Personal data in URLs and query strings (inUrl), even to the app's own back end
    {
      code: `
export async function lookup(user) {
  return fetch(\`/api/users?email=\${user.email}\`);
}
`,
      errors: [
        {
          messageId: 'inUrl',
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 15,
          data: {
            data: 'e-mail address: user.email',
            sink: 'fetch',
            destination: 'the app\'s own server',
            protection: '',
            requirements: '[TO-MIN, APPI-SEC, CWE-201, CWE-359, CWE-598, APPI-R7-3 +1 more]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
export async function find(user) {
  const qs = new URLSearchParams({ email: user.email });
  return fetch(\`/api/lookup?\${qs}\`);
}
`,
      errors: [
        { messageId: 'inUrl', line: 4, column: 10, endLine: 4, endColumn: 15 },
      ],
    },
    {
      code: `
export async function save(user) {
  await fetch(\`/api/users?phone=\${user.phone}\`, { method: 'POST', body: JSON.stringify({ email: user.email }) });
}
`,
      errors: [
        {
          messageId: 'inUrl',
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 14,
          data: {
            data: 'phone number: user.phone',
            sink: 'fetch',
            destination: 'the app\'s own server',
            protection: '',
            requirements: '[TO-MIN, APPI-SEC, CWE-201, CWE-359, CWE-598, APPI-R7-3 +1 more]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
export async function find(endpoint: string, user) {
  await fetch(\`\${endpoint}?email=\${encodeURIComponent(user.email)}\`);
}
`,
      errors: [
        { messageId: 'inUrl', line: 3, column: 9, endLine: 3, endColumn: 14 },
      ],
    },
    {
      code: `
import axios from 'axios';
export async function find(user) {
  return axios.get('/api/search', { params: { email: user.email } });
}
`,
      errors: [
        { messageId: 'inUrl', line: 4, column: 10, endLine: 4, endColumn: 19 },
      ],
    },
    {
      code: `
import axios from 'axios';
const api = axios.create({ baseURL: '/api' });
export async function find(user) {
  return api.get(\`/users?phone=\${user.phone}\`);
}
`,
      errors: [
        { messageId: 'inUrl', line: 5, column: 10, endLine: 5, endColumn: 17 },
      ],
    },
    {
      code: `
import got from 'got';
export async function find(user) {
  await got('https://api.example.com/lookup', { searchParams: { phone: user.phone } });
}
`,
      errors: [
        { messageId: 'inUrl', line: 4, column: 9, endLine: 4, endColumn: 12 },
      ],
    },
    {
      code: `
import request from 'superagent';
export async function find(user) {
  return request.get('/api/users').query({ phone: user.phone });
}
`,
      errors: [
        { messageId: 'inUrl', line: 4, column: 10, endLine: 4, endColumn: 41 },
      ],
    },
    {
      code: `
export async function find(user) {
  return $fetch('/api/users', { query: { email: user.email } });
}
`,
      errors: [
        { messageId: 'inUrl', line: 3, column: 10, endLine: 3, endColumn: 16 },
      ],
    },
    {
      code: `
import { HttpClient } from '@angular/common/http';
export class UserService {
  constructor(private http: HttpClient) {}
  find(user) {
    return this.http.get('/api/users', { params: { email: user.email } });
  }
}
`,
      errors: [
        { messageId: 'inUrl', line: 6, column: 12, endLine: 6, endColumn: 25 },
      ],
    },
    {
      code: `
export function find(user) {
  const xhr = new XMLHttpRequest();
  xhr.open('GET', '/api/users?phone=' + user.phone);
  xhr.send();
}
`,
      errors: [
        { messageId: 'inUrl', line: 4, column: 3, endLine: 4, endColumn: 11 },
      ],
    },
    {
      code: `
export function connect(user) {
  return new WebSocket(\`wss://rt.example.com/socket?email=\${user.email}\`);
}
`,
      errors: [
        { messageId: 'inUrl', line: 3, column: 14, endLine: 3, endColumn: 23 },
      ],
    },
    {
      code: `
export function listen(user) {
  return new EventSource('/api/events?email=' + encodeURIComponent(user.email));
}
`,
      errors: [
        { messageId: 'inUrl', line: 3, column: 14, endLine: 3, endColumn: 25 },
      ],
    },
    {
      code: `
export function track(user) {
  navigator.sendBeacon('/beacon?email=' + user.email);
}
`,
      errors: [
        { messageId: 'inUrl', line: 3, column: 3, endLine: 3, endColumn: 23 },
      ],
    },
    // Plain-text transport and TLS verification turned off (insecureTransport, TO-NET)
    {
      code: `
export async function sync(user) {
  await fetch('http://partner.example.net/import', { method: 'POST', body: JSON.stringify({ phone: user.phone }) });
}
`,
      errors: [
        {
          messageId: 'insecureTransport',
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 14,
          data: {
            data: 'phone number: user.phone',
            sink: 'fetch',
            destination: 'partner.example.net',
            protection: '',
            requirements: '[TO-MIN, TO-NET, APPI-3P, APPI-3P-REC, APPI-SEC, CWE-201 +4 more]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
import axios from 'axios';
export async function sync(user) {
  await axios.put('http://legacy.example.net/users/1', { phone: user.phone });
}
`,
      errors: [
        { messageId: 'insecureTransport', line: 4, column: 9, endLine: 4, endColumn: 18 },
      ],
    },
    {
      code: `
import axios from 'axios';
const legacy = axios.create({ baseURL: 'http://legacy.example.net' });
export async function sync(user) {
  await legacy.post('/users', { email: user.email });
}
`,
      errors: [
        { messageId: 'insecureTransport', line: 5, column: 9, endLine: 5, endColumn: 20 },
      ],
    },
    {
      code: `
import superagent from 'superagent';
export async function sync(user) {
  await superagent.post('http://legacy.example.net/u').send({ phone: user.phone });
}
`,
      errors: [
        { messageId: 'insecureTransport', line: 4, column: 9, endLine: 4, endColumn: 60 },
      ],
    },
    {
      code: `
import http from 'http';
export function sync(user) {
  const req = http.request({ hostname: 'partner.example.net', path: '/users', method: 'POST' });
  req.end(JSON.stringify({ phone: user.phone }));
}
`,
      errors: [
        {
          messageId: 'insecureTransport',
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 10,
          data: {
            data: 'phone number: user.phone',
            sink: 'req.end',
            destination: 'partner.example.net',
            protection: '',
            requirements: '[TO-MIN, TO-NET, APPI-3P, APPI-3P-REC, APPI-SEC, CWE-201 +4 more]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
import http from 'http';
export function find(user) {
  http.get('http://lookup.example.net/users?email=' + user.email);
}
`,
      errors: [
        { messageId: 'insecureTransport', line: 4, column: 3, endLine: 4, endColumn: 11 },
      ],
    },
    {
      code: `
export function connect(user) {
  const socket = new WebSocket('ws://chat.example.com/socket');
  socket.send(JSON.stringify({ email: user.email }));
}
`,
      errors: [
        {
          messageId: 'insecureTransport',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 14,
          data: {
            data: 'e-mail address: user.email',
            sink: 'socket.send',
            destination: 'chat.example.com',
            protection: '',
            requirements: '[TO-MIN, TO-NET, APPI-3P, APPI-3P-REC, APPI-SEC, CWE-201 +4 more]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
import { io } from 'socket.io-client';
const socket = io('ws://rt.example.net');
export function join(user) {
  socket.emit('hello', { phone: user.phone });
}
`,
      errors: [
        { messageId: 'insecureTransport', line: 5, column: 3, endLine: 5, endColumn: 14 },
      ],
    },
    {
      code: `
import axios from 'axios';
import https from 'https';
export async function sync(user) {
  await axios.post('https://api.example.com/users', { email: user.email }, { httpsAgent: new https.Agent({ rejectUnauthorized: false }) });
}
`,
      errors: [
        {
          messageId: 'insecureTransport',
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 19,
          data: {
            data: 'e-mail address: user.email',
            sink: 'axios.post',
            destination: 'api.example.com',
            protection: '',
            requirements: '[TO-MIN, TO-NET, APPI-3P, APPI-3P-REC, APPI-SEC, CWE-201 +4 more]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
import got from 'got';
export async function sync(user) {
  await got.post('https://api.example.com/u', { json: { email: user.email }, https: { rejectUnauthorized: false } });
}
`,
      errors: [
        { messageId: 'insecureTransport', line: 4, column: 9, endLine: 4, endColumn: 17 },
      ],
    },
    {
      code: `
import fetch from 'node-fetch';
import https from 'https';
const agent = new https.Agent({ rejectUnauthorized: false });
export async function sync(user) {
  await fetch('https://api.example.com/u', { method: 'POST', agent, body: JSON.stringify({ phone: user.phone }) });
}
`,
      errors: [
        { messageId: 'insecureTransport', line: 6, column: 9, endLine: 6, endColumn: 14 },
      ],
    },
    {
      code: `
import request from 'request';
export function sync(user) {
  request.post('https://api.example.com/u', { json: { email: user.email }, strictSSL: false });
}
`,
      errors: [
        { messageId: 'insecureTransport', line: 4, column: 3, endLine: 4, endColumn: 15 },
      ],
    },
    {
      code: `
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
export async function sync(user) {
  await fetch('https://api.partner.example.org/u', { method: 'POST', body: JSON.stringify({ email: user.email }) });
}
`,
      errors: [
        { messageId: 'insecureTransport', line: 4, column: 9, endLine: 4, endColumn: 14 },
      ],
    },
    // E-mail and SMS: to the person themself is the purpose, except kinds never sent in clear
    {
      code: `
import nodemailer from 'nodemailer';
const transporter = nodemailer.createTransport({ host: 'smtp.example.com' });
export async function notifyOps(customer) {
  await transporter.sendMail({ to: 'ops@example.com', subject: 'New signup', text: \`\${customer.name} <\${customer.email}> \${customer.phone}\` });
}
`,
      errors: [
        {
          messageId: 'unprotected',
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 29,
          data: {
            data: 'name: customer.name, e-mail address: customer.email, phone number: customer.phone',
            sink: 'transporter.sendMail',
            destination: 'an external destination',
            protection: '',
            requirements: '[TO-MIN, APPI-SEC, CWE-201, CWE-359, APPI-R7-3, APPI-R7-4]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
import nodemailer from 'nodemailer';
const transporter = nodemailer.createTransport({ host: 'smtp.example.com' });
export async function notify(customer) {
  await transporter.sendMail({ to: 'support@example.com', subject: 'Complaint', text: JSON.stringify(customer) });
}
`,
      errors: [
        { messageId: 'wholeRecord', line: 5, column: 9, endLine: 5, endColumn: 29 },
      ],
    },
    {
      code: `
import nodemailer from 'nodemailer';
const transporter = nodemailer.createTransport({ host: 'smtp.example.com' });
export async function confirm(user) {
  await transporter.sendMail({ to: user.email, subject: 'Registered', text: \`Your My Number: \${user.myNumber}\` });
}
`,
      errors: [
        {
          messageId: 'unprotected',
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 29,
          data: {
            data: 'My Number (individual number): user.myNumber',
            sink: 'transporter.sendMail',
            destination: 'an external destination',
            protection: '',
            requirements: '[TO-MIN, APPI-SEC, MYN-FILE, MYN-PROVIDE, MYN-STORE, CWE-201 +2 more]',
            reportable: ' A leak would be reportable from a single person (MYN-BREACH).',
          },
        },
      ],
    },
    {
      code: `
import nodemailer from 'nodemailer';
const transporter = nodemailer.createTransport({ host: 'smtp.example.com' });
export async function receipt(user, payment) {
  await transporter.sendMail({ to: user.email, subject: 'Receipt', text: \`Card: \${payment.cardNumber}\` });
}
`,
      errors: [
        { messageId: 'unprotected', line: 5, column: 9, endLine: 5, endColumn: 29 },
      ],
    },
    {
      code: `
import nodemailer from 'nodemailer';
const transporter = nodemailer.createTransport({ host: 'smtp.example.com' });
export async function confirm(user) {
  await transporter.sendMail({ to: user.email, subject: 'Payout', text: \`Account: \${user.bankAccountNumber}\` });
}
`,
      errors: [
        { messageId: 'unprotected', line: 5, column: 9, endLine: 5, endColumn: 29 },
      ],
    },
    {
      code: `
import nodemailer from 'nodemailer';
const transporter = nodemailer.createTransport({ host: 'smtp.example.com' });
export async function confirm(user) {
  await transporter.sendMail({ to: user.email, subject: 'Account', text: \`Your password is \${user.password}\` });
}
`,
      errors: [
        {
          messageId: 'unprotected',
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 29,
          data: {
            data: 'password, secret or access token: user.password',
            sink: 'transporter.sendMail',
            destination: 'an external destination',
            protection: '',
            requirements: '[TO-MIN, APPI-SEC, CWE-201, CWE-359, CWE-522, APPI-R7-3 +1 more]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
import nodemailer from 'nodemailer';
const transporter = nodemailer.createTransport({ host: 'smtp.example.com' });
export async function notify(user, otherUser) {
  await transporter.sendMail({ to: user.email, subject: 'Hi', text: \`\${otherUser.name} \${otherUser.phone}\` });
}
`,
      errors: [
        { messageId: 'unprotected', line: 5, column: 9, endLine: 5, endColumn: 29 },
      ],
    },
    {
      code: `
import sgMail from '@sendgrid/mail';
export async function notify(lead) {
  await sgMail.send({ to: 'sales@example.com', from: 'noreply@example.com', subject: 'Lead', text: \`\${lead.email} \${lead.phone}\` });
}
`,
      errors: [
        {
          messageId: 'unprotected',
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 20,
          data: {
            data: 'e-mail address: lead.email, phone number: lead.phone',
            sink: 'sgMail.send',
            destination: 'SendGrid',
            protection: '',
            requirements: '[TO-MIN, APPI-3P, APPI-3P-REC, APPI-SEC, APPI-XB, PPC-GL-10-7 +4 more]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
import sgMail from '@sendgrid/mail';
export async function notify(employee) {
  await sgMail.send({ to: employee.email, from: 'hr@example.com', subject: 'MN', text: \`個人番号: \${employee.myNumber}\` });
}
`,
      errors: [
        { messageId: 'unprotected', line: 4, column: 9, endLine: 4, endColumn: 20 },
      ],
    },
    {
      code: `
import twilio from 'twilio';
const client = twilio('sid', 'token');
export async function alert(user) {
  await client.messages.create({ to: '+819000000000', from: '+815000000000', body: \`Card \${user.cardNumber}\` });
}
`,
      errors: [
        { messageId: 'unprotected', line: 5, column: 9, endLine: 5, endColumn: 31 },
      ],
    },
    // Analytics SDKs
    {
      code: `
export function track(user) {
  gtag('event', 'sign_up', { email: user.email });
}
`,
      errors: [
        {
          messageId: 'unprotected',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 7,
          data: {
            data: 'e-mail address: user.email',
            sink: 'gtag',
            destination: 'Google Analytics',
            protection: '',
            requirements: '[TO-MIN, APPI-3P, APPI-3P-REC, APPI-SEC, APPI-XB, PPC-GL-10-7 +4 more]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
export function track(form) {
  fbq('track', 'Lead', { em: form.email, ph: form.phone });
}
`,
      errors: [
        { messageId: 'unprotected', line: 3, column: 3, endLine: 3, endColumn: 6 },
      ],
    },
    {
      code: `
export function track(user) {
  window.dataLayer.push({ event: 'login', userEmail: user.email });
}
`,
      errors: [
        { messageId: 'unprotected', line: 3, column: 3, endLine: 3, endColumn: 24 },
      ],
    },
    {
      code: `
import ReactGA from 'react-ga4';
export function track(user) {
  ReactGA.event({ category: 'user', action: 'signup', label: user.email });
}
`,
      errors: [
        { messageId: 'unprotected', line: 4, column: 3, endLine: 4, endColumn: 16 },
      ],
    },
    {
      code: `
export function identify(user) {
  analytics.identify(user.id, { email: user.email, name: user.name });
}
`,
      errors: [
        {
          messageId: 'unprotected',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 21,
          data: {
            data: 'e-mail address: user.email, name: user.name',
            sink: 'analytics.identify',
            destination: 'Segment',
            protection: '',
            requirements: '[TO-MIN, APPI-3P, APPI-3P-REC, APPI-SEC, APPI-XB, PPC-GL-10-7 +4 more]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
export function track(order) {
  analytics.track('Order Completed', { phone: order.customerPhone });
}
`,
      errors: [
        { messageId: 'unprotected', line: 3, column: 3, endLine: 3, endColumn: 18 },
      ],
    },
    {
      code: `
import { Analytics } from '@segment/analytics-node';
const analytics = new Analytics({ writeKey: 'k' });
export function ident(user) {
  analytics.identify({ userId: user.id, traits: { email: user.email } });
}
`,
      errors: [
        { messageId: 'unprotected', line: 5, column: 3, endLine: 5, endColumn: 21 },
      ],
    },
    {
      code: `
import mixpanel from 'mixpanel-browser';
export function identify(user) {
  mixpanel.people.set({ $email: user.email, $phone: user.phone });
}
`,
      errors: [
        {
          messageId: 'unprotected',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 22,
          data: {
            data: 'e-mail address: user.email, phone number: user.phone',
            sink: 'mixpanel.people.set',
            destination: 'Mixpanel',
            protection: '',
            requirements: '[TO-MIN, APPI-3P, APPI-3P-REC, APPI-SEC, APPI-XB, PPC-GL-10-7 +4 more]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
import mixpanel from 'mixpanel-browser';
export function track(user) {
  mixpanel.track('Checkout', { address: user.address });
}
`,
      errors: [
        { messageId: 'unprotected', line: 4, column: 3, endLine: 4, endColumn: 17 },
      ],
    },
    {
      code: `
import * as amplitude from '@amplitude/analytics-browser';
export function track(user) {
  amplitude.track('Signed Up', { email: user.email });
}
`,
      errors: [
        { messageId: 'unprotected', line: 4, column: 3, endLine: 4, endColumn: 18 },
      ],
    },
    {
      code: `
import * as amplitude from '@amplitude/analytics-browser';
export function ident(user) {
  amplitude.setUserId(user.email);
}
`,
      errors: [
        { messageId: 'unprotected', line: 4, column: 3, endLine: 4, endColumn: 22 },
      ],
    },
    {
      code: `
export function boot(user) {
  Intercom('boot', { app_id: 'abc', email: user.email, name: user.name });
}
`,
      errors: [
        {
          messageId: 'unprotected',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 11,
          data: {
            data: 'e-mail address: user.email, name: user.name',
            sink: 'Intercom',
            destination: 'Intercom',
            protection: '',
            requirements: '[TO-MIN, APPI-3P, APPI-3P-REC, APPI-SEC, APPI-XB, PPC-GL-10-7 +4 more]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
import Intercom from '@intercom/messenger-js-sdk';
export function boot(user) {
  Intercom({ app_id: 'abc', email: user.email, name: user.name });
}
`,
      errors: [
        { messageId: 'unprotected', line: 4, column: 3, endLine: 4, endColumn: 11 },
      ],
    },
    {
      code: `
import posthog from 'posthog-js';
export function identify(user) {
  posthog.identify(user.id, { email: user.email });
}
`,
      errors: [
        { messageId: 'unprotected', line: 4, column: 3, endLine: 4, endColumn: 19 },
      ],
    },
    {
      code: `
import posthog from 'posthog-js';
export function track(order) {
  posthog.capture('purchase', { shippingAddress: order.shippingAddress });
}
`,
      errors: [
        { messageId: 'unprotected', line: 4, column: 3, endLine: 4, endColumn: 18 },
      ],
    },
    // Monitoring and error tracking
    {
      code: `
import * as Sentry from '@sentry/node';
export function ctx(user) {
  Sentry.setUser({ id: user.id, email: user.email });
}
`,
      errors: [
        {
          messageId: 'unprotected',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 17,
          data: {
            data: 'e-mail address: user.email',
            sink: 'Sentry.setUser',
            destination: 'Sentry',
            protection: '',
            requirements: '[TO-MIN, APPI-3P, APPI-3P-REC, APPI-SEC, APPI-XB, PPC-GL-10-7 +4 more]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
import * as Sentry from '@sentry/browser';
export function ctx(customer) {
  Sentry.setContext('customer', { phone: customer.phone, address: customer.address });
}
`,
      errors: [
        { messageId: 'unprotected', line: 4, column: 3, endLine: 4, endColumn: 20 },
      ],
    },
    {
      code: `
import * as Sentry from '@sentry/node';
export function ctx(user) {
  Sentry.withScope((scope) => {
    scope.setUser({ email: user.email });
  });
}
`,
      errors: [
        { messageId: 'unprotected', line: 5, column: 5, endLine: 5, endColumn: 18 },
      ],
    },
    {
      code: `
import * as Sentry from '@sentry/browser';
export function init(user) {
  Sentry.init({ dsn: 'https://k@o.ingest.sentry.io/1', initialScope: { user: { email: user.email } } });
}
`,
      errors: [
        { messageId: 'unprotected', line: 4, column: 3, endLine: 4, endColumn: 14 },
      ],
    },
    {
      code: `
import { datadogRum } from '@datadog/browser-rum';
export function ctx(user) {
  datadogRum.setUser({ id: user.id, email: user.email, name: user.name });
}
`,
      errors: [
        {
          messageId: 'unprotected',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 21,
          data: {
            data: 'e-mail address: user.email, name: user.name',
            sink: 'datadogRum.setUser',
            destination: 'Datadog',
            protection: '',
            requirements: '[TO-MIN, APPI-3P, APPI-3P-REC, APPI-SEC, APPI-XB, PPC-GL-10-7 +4 more]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
import { datadogRum } from '@datadog/browser-rum';
export function act(user) {
  datadogRum.addAction('checkout', { address: user.address });
}
`,
      errors: [
        { messageId: 'unprotected', line: 4, column: 3, endLine: 4, endColumn: 23 },
      ],
    },
    {
      code: `
export function ctx(user) {
  DD_RUM.setUser({ id: user.id, name: user.name, email: user.email });
}
`,
      errors: [
        { messageId: 'unprotected', line: 3, column: 3, endLine: 3, endColumn: 17 },
      ],
    },
    {
      code: `
import newrelic from 'newrelic';
export function ctx(user) {
  newrelic.addCustomAttribute('email', user.email);
}
`,
      errors: [
        {
          messageId: 'unprotected',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 30,
          data: {
            data: 'e-mail address: user.email',
            sink: 'newrelic.addCustomAttribute',
            destination: 'New Relic',
            protection: '',
            requirements: '[TO-MIN, APPI-3P, APPI-3P-REC, APPI-SEC, APPI-XB, PPC-GL-10-7 +4 more]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
export function ctx(user) {
  newrelic.setCustomAttribute('phone', user.phone);
}
`,
      errors: [
        { messageId: 'unprotected', line: 3, column: 3, endLine: 3, endColumn: 30 },
      ],
    },
    {
      code: `
import LogRocket from 'logrocket';
export function ident(user) {
  LogRocket.identify(user.id, { name: user.name, email: user.email });
}
`,
      errors: [
        { messageId: 'unprotected', line: 4, column: 3, endLine: 4, endColumn: 21 },
      ],
    },
    // Signed tokens (a JWS payload is only Base64url-encoded)
    {
      code: `
import jwt from 'jsonwebtoken';
export function token(user) {
  return jwt.sign({ sub: user.id, email: user.email, phone: user.phone }, process.env.JWT_SECRET!);
}
`,
      errors: [
        {
          messageId: 'unprotected',
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 18,
          data: {
            data: 'e-mail address: user.email, phone number: user.phone',
            sink: 'jwt.sign',
            destination: 'an external destination',
            protection: '',
            requirements: '[TO-MIN, APPI-SEC, CWE-201, CWE-359, APPI-R7-3, APPI-R7-4]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
import jwt from 'jsonwebtoken';
export function token(user) {
  return jwt.sign(user, process.env.JWT_SECRET!);
}
`,
      errors: [
        { messageId: 'wholeRecord', line: 4, column: 10, endLine: 4, endColumn: 18 },
      ],
    },
    {
      code: `
import { SignJWT } from 'jose';
export async function token(user, key: Uint8Array) {
  return new SignJWT({ email: user.email }).setProtectedHeader({ alg: 'HS256' }).sign(key);
}
`,
      errors: [
        { messageId: 'unprotected', line: 4, column: 14, endLine: 4, endColumn: 21 },
      ],
    },
    // Chat and AI services
    {
      code: `
import { IncomingWebhook } from '@slack/webhook';
const hook = new IncomingWebhook(process.env.SLACK_WEBHOOK_URL!);
export async function notify(customer) {
  await hook.send({ text: \`New customer \${customer.name} \${customer.email}\` });
}
`,
      errors: [
        {
          messageId: 'unprotected',
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 18,
          data: {
            data: 'name: customer.name, e-mail address: customer.email',
            sink: 'hook.send',
            destination: 'Slack',
            protection: '',
            requirements: '[TO-MIN, APPI-3P, APPI-3P-REC, APPI-SEC, APPI-XB, PPC-GL-10-7 +4 more]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
import { WebClient } from '@slack/web-api';
const slack = new WebClient(process.env.SLACK_TOKEN);
export async function notify(user) {
  await slack.chat.postMessage({ channel: '#signups', text: \`\${user.email} signed up\` });
}
`,
      errors: [
        { messageId: 'unprotected', line: 5, column: 9, endLine: 5, endColumn: 31 },
      ],
    },
    {
      code: `
import OpenAI from 'openai';
const openai = new OpenAI();
export async function summarise(patient) {
  return openai.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: \`Summarise: \${patient.medicalHistory}\` }] });
}
`,
      errors: [
        {
          messageId: 'unprotected',
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 40,
          data: {
            data: 'health or medical information: patient.medicalHistory',
            sink: 'openai.chat.completions.create',
            destination: 'OpenAI',
            protection: '',
            requirements: '[TO-MIN, APPI-3P, APPI-3P-REC, APPI-R7-1, APPI-SEC, APPI-SENS-ACQ +5 more]',
            reportable: ' A leak would be reportable from a single person (APPI-R7-1).',
          },
        },
      ],
    },
    {
      code: `
import OpenAI from 'openai';
const client = new OpenAI();
export async function ask(customer) {
  return client.responses.create({ model: 'gpt-4.1', input: \`Draft a reply to \${customer.name} at \${customer.phone}\` });
}
`,
      errors: [
        { messageId: 'unprotected', line: 5, column: 10, endLine: 5, endColumn: 33 },
      ],
    },
    {
      code: `
import Anthropic from '@anthropic-ai/sdk';
const client = new Anthropic();
export async function ask(customer) {
  return client.messages.create({ model: 'claude', max_tokens: 100, messages: [{ role: 'user', content: \`Customer \${customer.email}\` }] });
}
`,
      errors: [
        { messageId: 'unprotected', line: 5, column: 10, endLine: 5, endColumn: 32 },
      ],
    },
    // Weak protection (Base64, unsalted hash) is still reported
    {
      code: `
import axios from 'axios';
export async function sync(user) {
  await axios.post('https://api.partner.example.org/u', { e: btoa(user.email) });
}
`,
      errors: [
        {
          messageId: 'weakProtection',
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 19,
          data: {
            data: 'e-mail address: user.email',
            sink: 'axios.post',
            destination: 'api.partner.example.org',
            protection: 'Base64 (btoa)',
            requirements: '[TO-MIN, APPI-3P, APPI-3P-REC, APPI-R7-ENC, APPI-SEC, CWE-201 +4 more]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
import crypto from 'crypto';
export function track(user) {
  analytics.identify(crypto.createHash('sha256').update(user.email).digest('hex'));
}
`,
      errors: [
        {
          messageId: 'weakProtection',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 21,
          data: {
            data: 'e-mail address: user.email',
            sink: 'analytics.identify',
            destination: 'Segment',
            protection: 'crypto.createHash (unsalted hash)',
            requirements: '[TO-MIN, APPI-3P, APPI-3P-REC, APPI-R7-ENC, APPI-SEC, APPI-XB +6 more]',
            reportable: '',
          },
        },
      ],
    },
    // Locale: Japanese messages
    {
      code: `
import axios from 'axios';
export async function sync(user) {
  await axios.post('https://api.partner.example.org/leads', { email: user.email });
}
`,
      options: [{ locale: 'ja' }],
      errors: [
        {
          messageId: 'unprotectedJa',
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 19,
          data: {
            data: 'メールアドレス: user.email',
            sink: 'axios.post',
            destination: 'api.partner.example.org',
            protection: '',
            requirements: '[TO-MIN, APPI-3P, APPI-3P-REC, APPI-SEC, CWE-201, CWE-359 ほか2件]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
export async function find(user) {
  return fetch('/api/users?tel=' + user.phone);
}
`,
      options: [{ locale: 'ja' }],
      errors: [
        {
          messageId: 'inUrlJa',
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 15,
          data: {
            data: '電話番号: user.phone',
            sink: 'fetch',
            destination: '自社のサーバー',
            protection: '',
            requirements: '[TO-MIN, APPI-SEC, CWE-201, CWE-359, CWE-598, APPI-R7-3 ほか1件]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
export async function sync(user) {
  await fetch('http://crm.example.net/in', { method: 'POST', body: JSON.stringify({ email: user.email }) });
}
`,
      settings: { piiGuard: { locale: 'ja' } },
      errors: [
        {
          messageId: 'insecureTransportJa',
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 14,
          data: {
            data: 'メールアドレス: user.email',
            sink: 'fetch',
            destination: 'crm.example.net',
            protection: '',
            requirements: '[TO-MIN, TO-NET, APPI-3P, APPI-3P-REC, APPI-SEC, CWE-201 ほか4件]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
export function track(user) {
  gtag('set', 'user_data', { email: user.email });
}
`,
      options: [{ locale: 'ja' }],
      errors: [
        {
          messageId: 'unprotectedJa',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 7,
          data: {
            data: 'メールアドレス: user.email',
            sink: 'gtag',
            destination: 'Google Analytics',
            protection: '',
            requirements: '[TO-MIN, APPI-3P, APPI-3P-REC, APPI-SEC, APPI-XB, PPC-GL-10-7 ほか4件]',
            reportable: '',
          },
        },
      ],
    },
    // Configuration: firstPartyHosts, policy (TO-APR), sanitizers, names, minConfidence
    {
      code: `
export async function find(user) {
  return fetch(\`https://api.example.co.jp/users?email=\${user.email}\`);
}
`,
      options: [{ firstPartyHosts: ['api.example.co.jp'] }],
      errors: [
        {
          messageId: 'inUrl',
          line: 3,
          column: 10,
          endLine: 3,
          endColumn: 15,
          data: {
            data: 'e-mail address: user.email',
            sink: 'fetch',
            destination: 'api.example.co.jp',
            protection: '',
            requirements: '[TO-MIN, APPI-SEC, CWE-201, CWE-359, CWE-598, APPI-R7-3 +1 more]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
export async function sync(user) {
  await fetch('http://api.example.co.jp/users', { method: 'POST', body: JSON.stringify({ email: user.email }) });
}
`,
      options: [{ firstPartyHosts: ['api.example.co.jp'] }],
      errors: [
        { messageId: 'insecureTransport', line: 3, column: 9, endLine: 3, endColumn: 14 },
      ],
    },
    {
      code: `
export function track(user) {
  gtag('event', 'login', { email: user.email });
}
`,
      options: [{ policy: { approved: [{ destinations: ['Segment'], reason: 'DPA signed' }] } }],
      errors: [
        {
          messageId: 'unprotected',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 7,
          data: {
            data: 'e-mail address: user.email',
            sink: 'gtag',
            destination: 'Google Analytics',
            protection: '',
            requirements: '[TO-MIN, APPI-3P, APPI-3P-REC, APPI-SEC, APPI-XB, PPC-GL-10-7 +4 more]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
export async function sync(user) {
  await fetch('https://api.partner.example.org/u', { method: 'POST', body: JSON.stringify({ email: user.email, phone: user.phone }) });
}
`,
      options: [{ policy: { approved: [{ kinds: ['email'], destinations: ['api.partner.example.org'], reason: 'contract' }] } }],
      errors: [
        {
          messageId: 'unprotected',
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 14,
          data: {
            data: 'phone number: user.phone',
            sink: 'fetch',
            destination: 'api.partner.example.org',
            protection: '',
            requirements: '[TO-MIN, APPI-3P, APPI-3P-REC, APPI-SEC, CWE-201, CWE-359 +2 more]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
export async function sync(url: string, user) {
  await fetch(url, { method: 'POST', body: JSON.stringify({ email: user.email }) });
}
`,
      options: [{ minConfidence: 'low' }],
      errors: [
        {
          messageId: 'unprotected',
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 14,
          data: {
            data: 'e-mail address: user.email',
            sink: 'fetch',
            destination: 'an external destination',
            protection: '',
            requirements: '[TO-MIN, APPI-SEC, CWE-201, CWE-359, APPI-R7-3, APPI-R7-4]',
            reportable: '',
          },
        },
      ],
    },
    // An SMS API behind the kintone proxy: to a fixed staff number, the customer's data is a provision to it
    {
      filename: 'customize.js',
      code: `
const SMS_API = 'https://api.sms-link.jp/v1/messages';
const OWNER_TEL = '+81-50-0000-0000';
kintone.events.on('app.record.create.submit.success', async (event) => {
  const r = event.record;
  await kintone.proxy(SMS_API, 'POST', {}, { to: OWNER_TEL, text: \`新規予約 \${r.お客様名.value} \${r.携帯番号.value}\` });
  return event;
});
`,
      errors: [
        {
          messageId: 'unprotected',
          line: 6,
          column: 9,
          endLine: 6,
          endColumn: 22,
          data: {
            data: 'name: r.お客様名, phone number: r.携帯番号',
            sink: 'kintone.proxy',
            destination: 'api.sms-link.jp',
            protection: '',
            requirements: '[TO-MIN, APPI-3P, APPI-3P-REC, APPI-SEC, CWE-201, CWE-359 +2 more]',
            reportable: '',
          },
        },
      ],
    },
    // ... and to the staff member's own mobile: the customer in the text is another person
    {
      filename: 'customize.js',
      code: `
((PLUGIN_ID) => {
  kintone.events.on('app.record.create.submit.success', async (event) => {
    const r = event.record;
    const staff = kintone.getLoginUser();
    await kintone.plugin.app.proxy(PLUGIN_ID, 'https://api.sms-link.jp/v1/messages', 'POST', {}, { to: staff.mobilePhone, text: \`新規予約 \${r.お客様名.value} \${r.携帯番号.value}\` });
    return event;
  });
})(kintone.$PLUGIN_ID);
`,
      errors: [
        {
          messageId: 'unprotected',
          line: 6,
          column: 11,
          endLine: 6,
          endColumn: 35,
          data: {
            data: 'name: r.お客様名, phone number: r.携帯番号',
            sink: 'kintone.plugin.app.proxy',
            destination: 'api.sms-link.jp',
            protection: '',
            requirements: '[TO-MIN, APPI-3P, APPI-3P-REC, APPI-SEC, CWE-201, CWE-359 +2 more]',
            reportable: '',
          },
        },
      ],
    },
    // GmailApp.createDraft to another organisation: the draft already holds the passenger list at Google
    {
      filename: 'Code.gs.js',
      code: `
function draftPassengerList(members) {
  const list = members.map((m) => \`\${m.shimei} \${m.keitai}\`).join('\\n');
  GmailApp.createDraft('charter@kanko-bus.example', '乗車名簿', list);
}
`,
      errors: [
        {
          messageId: 'unprotected',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 23,
          data: {
            data: 'name: m.shimei, phone number: m.keitai',
            sink: 'GmailApp.createDraft',
            destination: 'Google',
            protection: '',
            requirements: '[TO-MIN, APPI-3P, APPI-3P-REC, APPI-SEC, APPI-XB, PPC-GL-10-7 +4 more]',
            reportable: '',
          },
        },
      ],
    },
    // A referral mail: the referrer is declared a Member, another person than the customer mailed
    {
      code: `
import nodemailer from 'nodemailer';
interface Member { name: string; email: string }
const transporter = nodemailer.createTransport({ host: 'smtp.example.com' });
export async function referralBonus(customer: { email: string; name: string }, referrer: Member) {
  await transporter.sendMail({ to: customer.email, subject: 'ご紹介特典', text: \`\${customer.name} 様 \${referrer.name} 様からのご紹介です\` });
}
`,
      errors: [{ messageId: 'unprotected', line: 6 }],
    },
    // A plain value beside the recipient goes with the recipient, but not when the recipient is a member of
    // staff: the front desk gets the guest's phone number
    {
      code: `
import nodemailer from 'nodemailer';
const transporter = nodemailer.createTransport({ host: 'smtp.example.com' });
export async function notifyFrontDesk(staffEmail: string, guestPhone: string) {
  await transporter.sendMail({ to: staffEmail, subject: 'Late check-in', text: \`Call the guest: \${guestPhone}\` });
}
`,
      errors: [{ messageId: 'unprotected', line: 5 }],
    },
    // Twilio: the on-call nurse's number in `to`, the patient's details in the body: another person's data
    {
      code: `
import twilio from 'twilio';
const client = twilio('sid', 'token');
export async function pageOncallNurse(nurse: { keitai: string }, p: { shimei: string; denwa: string }) {
  await client.messages.create({ from: '+815031234567', to: nurse.keitai, body: \`[夜間コールバック] \${p.shimei} 様 \${p.denwa}\` });
}
`,
      errors: [
        {
          messageId: 'unprotected',
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 31,
          data: {
            data: 'name: p.shimei, phone number: p.denwa',
            sink: 'client.messages.create',
            destination: 'Twilio',
            protection: '',
            requirements: '[TO-MIN, APPI-3P, APPI-3P-REC, APPI-SEC, APPI-XB, PPC-GL-10-7 +4 more]',
            reportable: '',
          },
        },
      ],
    },
    // Slack Bolt listeners: say() and respond() post into the channel, as does the listener's client
    {
      code: `
import { App } from '@slack/bolt';
const app = new App({ token: process.env.SLACK_BOT_TOKEN, signingSecret: process.env.SLACK_SIGNING_SECRET });
app.command('/kaiin', async ({ command, ack, say }) => {
  await ack();
  const m = await findMember(command.text);
  await say(\`\${m.shimei} / \${m.denwaBangou}\`);
});
app.action('show_member', async ({ ack, respond, client, body }) => {
  await ack();
  const m = await findMember(body.user.id);
  await respond({ text: \`\${m.shimei} \${m.meruAdoresu}\` });
  await client.chat.postMessage({ channel: 'C0123', text: \`住所: \${m.jusho}\` });
});
`,
      errors: [
        {
          messageId: 'unprotected',
          line: 7,
          column: 9,
          endLine: 7,
          endColumn: 12,
          data: {
            data: 'name: m.shimei, phone number: m.denwaBangou',
            sink: 'say',
            destination: 'Slack',
            protection: '',
            requirements: '[TO-MIN, APPI-3P, APPI-3P-REC, APPI-SEC, APPI-XB, PPC-GL-10-7 +4 more]',
            reportable: '',
          },
        },
        {
          messageId: 'unprotected',
          line: 12,
          column: 9,
          endLine: 12,
          endColumn: 16,
          data: {
            data: 'name: m.shimei, e-mail address: m.meruAdoresu',
            sink: 'respond',
            destination: 'Slack',
            protection: '',
            requirements: '[TO-MIN, APPI-3P, APPI-3P-REC, APPI-SEC, APPI-XB, PPC-GL-10-7 +4 more]',
            reportable: '',
          },
        },
        {
          messageId: 'unprotected',
          line: 13,
          column: 9,
          endLine: 13,
          endColumn: 32,
          data: {
            data: 'postal address: m.jusho',
            sink: 'client.chat.postMessage',
            destination: 'Slack',
            protection: '',
            requirements: '[TO-MIN, APPI-3P, APPI-3P-REC, APPI-SEC, APPI-XB, PPC-GL-10-7 +4 more]',
            reportable: '',
          },
        },
      ],
    },
    // GmailApp.createDraft with rows of the sheet taken apart by position (`([no, shimei, keitai]) => ...`)
    {
      filename: 'Code.gs.js',
      code: `
function draftPassengerList() {
  const [, ...rows] = SpreadsheetApp.getActive().getSheetByName('参加者').getDataRange().getValues();
  const list = rows.map(([no, shimei, keitai]) => \`\${no}. \${shimei} \${keitai}\`).join('\\n');
  GmailApp.createDraft('charter@kanko-bus.example', '乗車名簿', \`乗車名簿をお送りします。\\n\${list}\`);
}
`,
      errors: [
        {
          messageId: 'unprotected',
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 23,
          data: {
            data: 'name: shimei, phone number: keitai',
            sink: 'GmailApp.createDraft',
            destination: 'Google',
            protection: '',
            requirements: '[TO-MIN, APPI-3P, APPI-3P-REC, APPI-SEC, APPI-XB, PPC-GL-10-7 +4 more]',
            reportable: '',
          },
        },
      ],
    },
  ],
});

// Apps Script sheets written with personal data are exports (rules/docs/japanese-platforms.md), a new
// spreadsheet made to be shared as much as the active one; counts and labels are not personal data.
ruleTester.run('no-unprotected-pii-export (Apps Script spreadsheets)', exportRule, {
  valid: [
    {
      filename: 'Code.gs.js',
      code: `
function exportCounts(count) {
  const book = SpreadsheetApp.create('集計');
  book.getSheets()[0].getRange(1, 1, 1, 2).setValues([['会員数', count]]);
  SpreadsheetApp.getActive().getSheetByName('集計').getRange(1, 1, 1, 2).setValues([['会員数', count]]);
}
`,
    },
  ],
  invalid: [
    {
      filename: 'Code.gs.js',
      code: `
function exportMeibo(auditorEmail, m) {
  const book = SpreadsheetApp.create('会員名簿');
  book.getActiveSheet().appendRow([m.shimei, m.denwa, m.jusho]);
  book.addEditor(auditorEmail);
}
`,
      errors: [
        {
          messageId: 'unprotected',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 34,
          data: {
            data: 'name: m.shimei, phone number: m.denwa, postal address: m.jusho',
            sink: 'book.getActiveSheet().appendRow',
            destination: 'an external destination',
            protection: '',
            requirements: '[TO-APR, TO-DEL, TO-ENC, TO-MIN, SM-ENC, APPI-R7-ENC +9 more]',
            reportable: '',
          },
        },
      ],
    },
    {
      filename: 'Code.gs.js',
      code: `
function exportMeibo(auditorEmail, members) {
  const out = members.map((m) => [m.shimei, m.denwa, m.jusho]);
  const book = SpreadsheetApp.create('会員名簿');
  book.getSheets()[0].getRange(1, 1, out.length, 3).setValues(out);
  book.addEditor(auditorEmail);
}
`,
      errors: [
        {
          messageId: 'unprotected',
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 62,
          data: {
            data: 'name: m.shimei, phone number: m.denwa, postal address: m.jusho',
            sink: 'book.getSheets()[0].getRange(1, 1, out.…',
            destination: 'an external destination',
            protection: '',
            requirements: '[TO-APR, TO-DEL, TO-ENC, TO-MIN, SM-ENC, APPI-R7-ENC +9 more]',
            reportable: '',
          },
        },
      ],
    },
  ],
});
