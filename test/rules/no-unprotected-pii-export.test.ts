// Files, dumps, downloads, browser storage, cookies, clipboard and object storage as take-outs.
// Cases are written from what the rule must report (brief, DESIGN.md "What is a take-out"); positions and
// message data are those of the sink's callee, as the engine reports them.
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../rules/src/rules/no-unprotected-pii-export.js';

const ruleTester = new RuleTester({
  languageOptions: {
    parserOptions: {
      ecmaFeatures: { jsx: true },
    },
  },
});

ruleTester.run('no-unprotected-pii-export', rule, {
  valid: [
    // A project sink's arguments that are not listed are not data.
    {
      code: `
import { archive } from '@acme/archive';
export function keep(customer: { email: string }) {
  archive.store(customer.email, { id: 1 });
}
`,
      options: [{ sinks: [{ module: '@acme/archive', path: 'archive.store', kind: 'export', args: [1] }] }],
    },
    // File writes: fs, fs/promises, fs-extra, write streams
    {
      code: `
import fs from 'fs';
export function save(config: { port: number }) {
  fs.writeFileSync('config.json', JSON.stringify(config));
}
`,
    },
    {
      code: `
import fs from 'fs';
export function save(file: File) {
  fs.writeFileSync('names.txt', file.name);
}
`,
    },
    {
      code: `
import fs from 'fs';
export function save(users) {
  fs.writeFileSync('count.txt', String(users.length));
}
`,
    },
    {
      code: `
import fs from 'fs';
fs.writeFileSync('/var/run/app.pid', String(process.pid));
`,
    },
    {
      code: `
import fs from 'fs';
export function save(upload) {
  fs.appendFileSync('uploads.txt', upload.fileName + '\\n');
}
`,
    },
    {
      code: `
import fs from 'fs';
export function save(stats) {
  fs.writeFileSync('stats.txt', String(stats.phoneCount));
}
`,
    },
    {
      code: `
import fs from 'fs';
import http from 'http';
export function save(server: http.Server) {
  fs.writeFileSync('addr.json', JSON.stringify(server.address()));
}
`,
    },
    {
      code: `
import fs from 'fs';
export function save() {
  fs.writeFileSync('ja.json', JSON.stringify({ email: 'メールアドレス', phone: '電話番号' }));
}
`,
    },
    {
      code: `
import fs from 'fs';
const out = fs.createWriteStream('access.log', { flags: 'a' });
export function record(req) {
  out.write(\`\${req.method} \${req.path} \${Date.now()}\\n\`);
}
`,
    },
    {
      code: `
import fs from 'fs';
export function save(doc) {
  fs.writeFileSync(\`/tmp/\${doc.id}.txt\`, doc.body);
}
`,
    },
    {
      code: `
import fs from 'fs';
export function save(users) {
  fs.writeFileSync('ids.json', JSON.stringify(users.map((u) => u.id)));
}
`,
    },
    // CSV / Excel dumps: a serialiser is reported only when its output is not seen going on
    {
      code: `
import crypto from 'crypto';
import fs from 'fs';
import Papa from 'papaparse';
export function save(users) {
  const csv = Papa.unparse(users.map((u) => ({ email: u.email })));
  const cipher = crypto.createCipheriv('aes-256-gcm', Buffer.from(process.env.EXPORT_KEY!, 'base64'), crypto.randomBytes(12));
  const enc = Buffer.concat([cipher.update(csv, 'utf8'), cipher.final()]);
  fs.writeFileSync('users.csv.enc', enc);
}
`,
    },
    {
      code: `
import { stringify } from 'csv-stringify/sync';
export function toCsv(products) {
  return stringify(products.map((p) => [p.sku, p.price, p.stock]));
}
`,
    },
    {
      code: `
import * as XLSX from 'xlsx';
export function sheet(sales) {
  return XLSX.utils.json_to_sheet(sales.map((s) => ({ month: s.month, total: s.total })));
}
`,
    },
    // Browser downloads
    {
      code: `
export function download(report) {
  return URL.createObjectURL(new Blob([JSON.stringify({ total: report.total, count: report.count })]));
}
`,
    },
    {
      code: `
import express from 'express';
const app = express();
app.get('/report', (req, res) => {
  res.download('/reports/monthly.pdf', 'monthly.pdf');
});
`,
    },
    {
      code: `
import { saveAs } from 'file-saver';
declare function redact<T>(x: T): T;
export function download(user) {
  saveAs(new Blob([JSON.stringify(redact(user))]), 'u.json');
}
`,
    },
    // Web Storage, IndexedDB and wrappers
    {
      code: `
export function saveTheme(theme: string) {
  localStorage.setItem('theme', theme);
}
`,
    },
    {
      code: `
export function remember(user) {
  localStorage.setItem('uid', user.id);
}
`,
    },
    {
      code: `
export function remember(card) {
  localStorage.setItem('last4', card.cardNumber.slice(-4));
}
`,
    },
    {
      code: `
export function saveLang(i18n) {
  localStorage.setItem('lang', i18n.language);
}
`,
    },
    {
      code: `
export function remember() {
  localStorage.setItem('last', window.location.hostname + window.location.pathname);
}
`,
    },
    {
      code: `
export function remember(user) {
  localStorage.setItem('verified', String(user.emailVerified));
}
`,
    },
    {
      code: `
export function remember(el: HTMLElement) {
  sessionStorage.setItem('focus', el.tagName + '.' + el.className);
}
`,
    },
    {
      code: `
export function remember(ui) {
  localStorage.setItem('showPassword', String(ui.showPassword));
}
`,
    },
    {
      code: `
export function logout() {
  localStorage.removeItem('email');
  sessionStorage.clear();
}
`,
    },
    {
      code: `
export function read() {
  return localStorage.getItem('email');
}
`,
    },
    {
      code: `
export function remember(router) {
  sessionStorage.setItem('returnTo', router.asPath);
}
`,
    },
    {
      code: `
declare function encryptField(s: string): string;
export function remember(user) {
  localStorage.setItem('p', encryptField(user.phone));
}
`,
    },
    {
      code: `
export async function remember(key: CryptoKey, iv: Uint8Array, user) {
  const enc = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(user.email));
  await set('p', enc);
}
import { set } from 'idb-keyval';
`,
    },
    // Cookies: a session id or token is what cookies are for; a password or personal data is not
    {
      code: `
import express from 'express';
const app = express();
app.post('/login', (req, res) => {
  res.cookie('sid', req.session.id, { httpOnly: true, secure: true });
  res.sendStatus(204);
});
`,
    },
    {
      code: `
import Cookies from 'js-cookie';
export function keep(sessionToken: string) {
  Cookies.set('session', sessionToken, { secure: true });
}
`,
    },
    {
      code: `
import express from 'express';
const app = express();
app.post('/refresh', (req, res) => {
  res.cookie('refresh_token', req.body.refreshToken, { httpOnly: true, secure: true });
  res.end();
});
`,
    },
    {
      code: `
import Cookies from 'js-cookie';
export function accept() {
  Cookies.set('consent', 'yes', { expires: 365 });
}
`,
    },
    {
      code: `
export function setTheme(theme: string) {
  document.cookie = \`theme=\${theme}; path=/\`;
}
`,
    },
    {
      code: `
import express from 'express';
const app = express();
app.get('/', (req, res) => {
  res.cookie('sid', req.sessionID, { maxAge: 3600_000, httpOnly: true });
  res.end();
});
`,
    },
    {
      code: `
import Cookies from 'js-cookie';
export function remember(user) {
  Cookies.set('uid', user.id);
}
`,
    },
    // Clipboard
    {
      code: `
export async function share(location: Location) {
  await navigator.clipboard.writeText(location.href);
}
`,
    },
    {
      code: `
export async function copyInvite(invite) {
  await navigator.clipboard.writeText(invite.code);
}
`,
    },
    {
      code: `
export async function copyOrder(order) {
  await navigator.clipboard.writeText(order.id);
}
`,
    },
    {
      code: `
export async function copy(user) {
  await navigator.clipboard.writeText(user.phone.replace(/\\d(?=\\d{4})/g, '*'));
}
`,
    },
    {
      code: `
export async function copy(t) {
  await navigator.clipboard.writeText(t('profile.email'));
}
`,
    },
    // Object storage
    {
      code: `
import { PutObjectCommand } from '@aws-sdk/client-s3';
export function cmd(file: { buffer: Buffer }, userId: string) {
  return new PutObjectCommand({ Bucket: 'b', Key: \`avatars/\${userId}.png\`, Body: file.buffer });
}
`,
    },
    {
      code: `
import crypto from 'crypto';
import { PutObjectCommand } from '@aws-sdk/client-s3';
export function cmd(customer) {
  const cipher = crypto.createCipheriv('aes-256-gcm', Buffer.from(process.env.DATA_KEY!, 'hex'), crypto.randomBytes(12));
  const Body = Buffer.concat([cipher.update(JSON.stringify(customer)), cipher.final()]);
  return new PutObjectCommand({ Bucket: 'b', Key: 'c.enc', Body });
}
`,
    },
    {
      code: `
import { Upload } from '@aws-sdk/lib-storage';
import { S3Client } from '@aws-sdk/client-s3';
declare function encryptStream(x: unknown): NodeJS.ReadableStream;
export async function up(client: S3Client, customers) {
  await new Upload({ client, params: { Bucket: 'b', Key: 'k', Body: encryptStream(customers) } }).done();
}
`,
    },
    // Encryption, hashing and masking: strong protection is valid, weak protection is reported
    {
      code: `
import crypto from 'crypto';
import fs from 'fs';
export function save(user) {
  const key = Buffer.from(process.env.EXPORT_KEY!, 'hex');
  const cipher = crypto.createCipheriv('aes-256-gcm', key, crypto.randomBytes(12));
  const enc = cipher.update(user.email, 'utf8', 'hex') + cipher.final('hex');
  fs.writeFileSync('u.enc', enc);
}
`,
    },
    {
      code: `
import crypto from 'node:crypto';
import fs from 'node:fs';
export function save(user, salt: Buffer) {
  const key = crypto.scryptSync(process.env.EXPORT_PASSPHRASE!, salt, 32);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, crypto.randomBytes(12));
  fs.writeFileSync('u.enc', cipher.update(user.email, 'utf8', 'hex') + cipher.final('hex'));
}
`,
    },
    {
      code: `
import { KMSClient, EncryptCommand } from '@aws-sdk/client-kms';
import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';
const kms = new KMSClient({});
const s3 = new S3Client({});
export async function upload(user) {
  const { CiphertextBlob } = await kms.send(new EncryptCommand({ KeyId: process.env.KMS_KEY_ID, Plaintext: Buffer.from(user.email) }));
  await s3.send(new PutObjectCommand({ Bucket: 'b', Key: 'k', Body: CiphertextBlob }));
}
`,
    },
    {
      code: `
import crypto from 'crypto';
import fs from 'fs';
export function save(user) {
  const h = crypto.createHmac('sha256', process.env.PEPPER!).update(user.email).digest('hex');
  fs.writeFileSync('h.txt', h);
}
`,
    },
    {
      code: `
import bcrypt from 'bcrypt';
import fs from 'fs';
export async function save(form) {
  const hash = await bcrypt.hash(form.password, 12);
  fs.writeFileSync('h.txt', hash);
}
`,
    },
    {
      code: `
import crypto from 'crypto';
import fs from 'fs';
export function save(publicKey: string, user) {
  fs.writeFileSync('u.bin', crypto.publicEncrypt(publicKey, Buffer.from(user.email)));
}
`,
    },
    {
      code: `
import fs from 'fs';
declare function maskEmail(s: string): string;
export function save(user) {
  fs.writeFileSync('u.txt', maskEmail(user.email));
}
`,
    },
    {
      code: `
import fs from 'fs';
declare function pseudonymize(s: string): string;
export function save(users) {
  fs.writeFileSync('p.txt', users.map((u) => pseudonymize(u.email)).join('\\n'));
}
`,
    },
    // Configuration: policy (TO-APR), sanitizers, names, minConfidence
    {
      code: `
import Cookies from 'js-cookie';
export function remember(user) {
  Cookies.set('login_hint', user.email, { secure: true });
}
`,
      options: [{ policy: { approved: [{ kinds: ['email'], sinks: ['cookies'], reason: 'login hint, approved by ISMS', approval: 'ISMS-2024-031' }] } }],
    },
    {
      code: `
import fs from 'fs';
export function save(user) {
  fs.writeFileSync('/secure/u.txt', user.email);
}
`,
      settings: { piiGuard: { policy: { approved: [{ sinks: ['fs.writeFile'], reason: 'nightly encrypted volume export' }] } } },
    },
    {
      code: `
import fs from 'fs';
declare function protectPii(s: string): string;
export function save(user) {
  fs.writeFileSync('u.txt', protectPii(user.email));
}
`,
      options: [{ sanitizers: [{ name: 'protectPii' }] }],
    },
    {
      code: `
import { seal } from '@acme/privacy';
export function remember(user) {
  localStorage.setItem('u', seal(user.phone));
}
`,
      settings: { piiGuard: { sanitizers: [{ module: '@acme/privacy', path: 'seal', strength: 'encrypt' }] } },
    },
    {
      code: `
import fs from 'fs';
export function save(settings) {
  fs.writeFileSync('s.txt', settings.contactEmail);
}
`,
      options: [{ names: { ignore: ['contactEmail'] } }],
    },
    // Not an export: the app's own database, other rules' sinks, UI rendering
    {
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function save(form) {
  await prisma.user.create({ data: { email: form.email, name: form.name } });
}
`,
    },
    {
      code: `
export async function save(repo, form) {
  await repo.save({ email: form.email, phone: form.phone });
}
`,
    },
    {
      code: `
import { Pool } from 'pg';
const pool = new Pool();
export async function save(form) {
  await pool.query('INSERT INTO users(email, phone) VALUES ($1, $2)', [form.email, form.phone]);
}
`,
    },
    {
      code: `
import mongoose from 'mongoose';
const User = mongoose.model('User', new mongoose.Schema({ email: String }));
export async function save(form) {
  await User.create({ email: form.email });
}
`,
    },
    {
      code: `
export function f(user) {
  console.log(user.email);
}
`,
    },
    {
      code: `
export async function f(user) {
  await fetch('https://api.example.com/x', { method: 'POST', body: JSON.stringify({ email: user.email }) });
}
`,
    },
    {
      code: `
export function Card({ user }) {
  return <p>{user.email}</p>;
}
`,
      filename: 'file.tsx',
    },
    {
      code: `
export function Profile({ user }) {
  return (
    <form>
      <input defaultValue={user.email} />
      <span>{user.phone}</span>
    </form>
  );
}
`,
      filename: 'file.tsx',
    },
  ],
  invalid: [
    // Project sinks declared in configuration (module + export path, and a receiver name)
    {
      code: `
import { archive } from '@acme/archive';
export function keep(customer: { email: string; phone: string }) {
  archive.store('customers', { email: customer.email });
}
`,
      options: [{ sinks: [{ module: '@acme/archive', path: 'archive.store', kind: 'export', args: [1] }] }],
      errors: [{ messageId: 'unprotected', line: 4, column: 3, endLine: 4, endColumn: 16 }],
    },
    {
      code: `
export function keep(vault, customer: { phone: string }) {
  vault.put('x', customer.phone);
}
`,
      settings: { piiGuard: { sinks: [{ receiverNames: ['vault'], path: 'put', kind: 'export', args: [1] }] } },
      errors: [{ messageId: 'unprotected', line: 3, column: 3, endLine: 3, endColumn: 12 }],
    },
    // File writes: fs, fs/promises, fs-extra, write streams
    {
      code: `
import fs from 'fs';
export function save(user: { email: string }) {
  fs.writeFileSync('/tmp/out.txt', user.email);
}
`,
      errors: [
        {
          messageId: 'unprotected',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 19,
          data: {
            data: 'e-mail address: user.email',
            sink: 'fs.writeFileSync',
            destination: 'an external destination',
            protection: '',
            requirements: '[TO-APR, TO-DEL, TO-ENC, TO-MIN, SM-ENC, APPI-R7-ENC +9 more]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
import { writeFile } from 'fs';
export function save(customer) {
  writeFile('out.txt', \`\${customer.name},\${customer.phone}\`, () => {});
}
`,
      errors: [
        { messageId: 'unprotected', line: 4, column: 3, endLine: 4, endColumn: 12 },
      ],
    },
    {
      code: `
import * as fs from 'node:fs';
export function audit(user) {
  fs.appendFileSync('audit.log', user.address + '\\n');
}
`,
      errors: [
        { messageId: 'unprotected', line: 4, column: 3, endLine: 4, endColumn: 20 },
      ],
    },
    {
      code: `
import fs from 'fs';
export async function dump(user) {
  await fs.promises.appendFile('u.txt', user.email);
}
`,
      errors: [
        { messageId: 'unprotected', line: 4, column: 9, endLine: 4, endColumn: 31 },
      ],
    },
    {
      code: `
import { writeFile } from 'fs/promises';
export async function dump(customer) {
  await writeFile('customer.json', JSON.stringify(customer));
}
`,
      errors: [
        {
          messageId: 'wholeRecord',
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 18,
          data: {
            data: 'personal record (whole object): customer',
            sink: 'writeFile',
            destination: 'an external destination',
            protection: '',
            requirements: '[TO-APR, TO-DEL, TO-ENC, TO-MIN, SM-ENC, APPI-R7-ENC +11 more]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
import fs from 'fs';
export async function dump(user) {
  await fs.promises.writeFile('u.txt', user.phoneNumber);
}
`,
      errors: [
        { messageId: 'unprotected', line: 4, column: 9, endLine: 4, endColumn: 30 },
      ],
    },
    {
      code: `
import fse from 'fs-extra';
export async function dump(patient) {
  await fse.outputFile('p.txt', patient.diagnosis);
}
`,
      errors: [
        {
          messageId: 'unprotected',
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 23,
          data: {
            data: 'health or medical information: patient.diagnosis',
            sink: 'fse.outputFile',
            destination: 'an external destination',
            protection: '',
            requirements: '[TO-APR, TO-DEL, TO-ENC, TO-MIN, SM-ENC, APPI-R7-1 +9 more]',
            reportable: ' A leak would be reportable from a single person (APPI-R7-1).',
          },
        },
      ],
    },
    {
      code: `
import fse from 'fs-extra';
export async function dump(user) {
  await fse.writeJson('u.json', { email: user.email });
}
`,
      errors: [
        { messageId: 'unprotected', line: 4, column: 9, endLine: 4, endColumn: 22 },
      ],
    },
    {
      code: `
import fs from 'fs';
export function dump(fd: number, user) {
  fs.writeSync(fd, user.phone);
}
`,
      errors: [
        { messageId: 'unprotected', line: 4, column: 3, endLine: 4, endColumn: 15 },
      ],
    },
    {
      code: `
import { open } from 'fs/promises';
export async function dump(user) {
  const fh = await open('u.txt', 'w');
  await fh.writeFile(user.email);
}
`,
      errors: [
        { messageId: 'unprotected', line: 5, column: 9, endLine: 5, endColumn: 21 },
      ],
    },
    {
      code: `
import writeFileAtomic from 'write-file-atomic';
export async function dump(user) {
  await writeFileAtomic('u.txt', user.address);
}
`,
      errors: [
        { messageId: 'unprotected', line: 4, column: 9, endLine: 4, endColumn: 24 },
      ],
    },
    {
      code: `
import fs from 'fs';
export function dump(users) {
  const out = fs.createWriteStream('users.csv');
  for (const u of users) {
    out.write(\`\${u.email}\\n\`);
  }
}
`,
      errors: [
        { messageId: 'unprotected', line: 6, column: 5, endLine: 6, endColumn: 14 },
      ],
    },
    {
      code: `
import { createWriteStream } from 'fs';
export function dump(user) {
  const s = createWriteStream('u.txt');
  s.end(user.email);
}
`,
      errors: [
        { messageId: 'unprotected', line: 5, column: 3, endLine: 5, endColumn: 8 },
      ],
    },
    {
      code: `
import fs from 'fs';
export function save(employee) {
  fs.writeFileSync('mn.txt', employee.myNumber);
}
`,
      errors: [
        {
          messageId: 'unprotected',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 19,
          data: {
            data: 'My Number (individual number): employee.myNumber',
            sink: 'fs.writeFileSync',
            destination: 'an external destination',
            protection: '',
            requirements: '[TO-APR, TO-DEL, TO-ENC, TO-MIN, SM-ENC, APPI-R7-ENC +11 more]',
            reportable: ' A leak would be reportable from a single person (MYN-BREACH).',
          },
        },
      ],
    },
    {
      code: `
import fs from 'fs';
export function save(payment) {
  fs.writeFileSync('cards.txt', payment.cardNumber);
}
`,
      errors: [
        {
          messageId: 'unprotected',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 19,
          data: {
            data: 'credit card number (PAN): payment.cardNumber',
            sink: 'fs.writeFileSync',
            destination: 'an external destination',
            protection: '',
            requirements: '[TO-APR, TO-DEL, TO-ENC, TO-MIN, SM-ENC, APPI-R7-2 +11 more]',
            reportable: ' A leak would be reportable from a single person (APPI-R7-2).',
          },
        },
      ],
    },
    {
      code: `
import fs from 'fs';
export function save(user) {
  fs.writeFileSync('b.txt', user.bankAccountNumber);
}
`,
      errors: [
        {
          messageId: 'unprotected',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 19,
          data: {
            data: 'bank account number: user.bankAccountNumber',
            sink: 'fs.writeFileSync',
            destination: 'an external destination',
            protection: '',
            requirements: '[TO-APR, TO-DEL, TO-ENC, TO-MIN, SM-ENC, APPI-R7-2 +8 more]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
import fs from 'fs';
export function save(kokyaku) {
  fs.writeFileSync('k.txt', kokyaku.denwaBango);
}
`,
      errors: [
        {
          messageId: 'unprotected',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 19,
          data: {
            data: 'phone number: kokyaku.denwaBango',
            sink: 'fs.writeFileSync',
            destination: 'an external destination',
            protection: '',
            requirements: '[TO-APR, TO-DEL, TO-ENC, TO-MIN, SM-ENC, APPI-R7-ENC +9 more]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
import fs from 'fs';
function row(u) {
  return [u.email, u.phone].join(',');
}
export function save(user) {
  fs.writeFileSync('u.csv', row(user));
}
`,
      errors: [
        { messageId: 'unprotected', line: 7, column: 3, endLine: 7, endColumn: 19 },
      ],
    },
    {
      code: `
import fs from 'fs';
export function save(user) {
  const e = user.email;
  const line = 'mail:' + e;
  fs.writeFileSync('u.txt', line);
}
`,
      errors: [
        { messageId: 'unprotected', line: 6, column: 3, endLine: 6, endColumn: 19 },
      ],
    },
    {
      code: `
import fs from 'fs';
export function save(user) {
  fs.writeFileSync('a.txt', user.email);
  localStorage.setItem('b', user.phone);
}
`,
      errors: [
        {
          messageId: 'unprotected',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 19,
          data: {
            data: 'e-mail address: user.email',
            sink: 'fs.writeFileSync',
            destination: 'an external destination',
            protection: '',
            requirements: '[TO-APR, TO-DEL, TO-ENC, TO-MIN, SM-ENC, APPI-R7-ENC +9 more]',
            reportable: '',
          },
        },
        {
          messageId: 'unprotected',
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 23,
          data: {
            data: 'phone number: user.phone',
            sink: 'localStorage.setItem',
            destination: 'an external destination',
            protection: '',
            requirements: '[TO-APR, TO-DEL, TO-ENC, TO-MIN, SM-ENC, APPI-R7-ENC +8 more]',
            reportable: '',
          },
        },
      ],
    },
    // CSV / Excel dumps: a serialiser is reported only when its output is not seen going on
    {
      code: `
import fs from 'fs';
import { stringify } from 'csv-stringify/sync';
export function exportUsers(users) {
  const rows = users.map((u) => [u.email, u.phone]);
  const csv = stringify(rows);
  fs.writeFileSync('users.csv', csv);
}
`,
      errors: [
        {
          messageId: 'unprotected',
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 19,
          data: {
            data: 'e-mail address: u.email, phone number: u.phone',
            sink: 'fs.writeFileSync',
            destination: 'an external destination',
            protection: '',
            requirements: '[TO-APR, TO-DEL, TO-ENC, TO-MIN, SM-ENC, APPI-R7-ENC +9 more]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
import fs from 'fs';
import { stringify } from 'csv-stringify/sync';
export function exportUsers(users) {
  const rows = users.map((u) => ({ name: u.name, email: u.email }));
  const csv = stringify(rows);
  fs.writeFileSync('users.csv', csv);
}
`,
      errors: [
        { messageId: 'unprotected', line: 7, column: 3, endLine: 7, endColumn: 19 },
      ],
    },
    {
      code: `
import fs from 'fs';
import { stringify } from 'csv-stringify';
export function exportUsers(users) {
  stringify(users.map((u) => [u.email, u.phone]), (err, output) => {
    fs.writeFile('users.csv', output, () => {});
  });
}
`,
      errors: [
        { messageId: 'unprotected', line: 6, column: 5, endLine: 6, endColumn: 17 },
      ],
    },
    {
      code: `
import Papa from 'papaparse';
export function toCsv(users) {
  return Papa.unparse(users.map((u) => ({ email: u.email, phone: u.phone })));
}
`,
      errors: [
        {
          messageId: 'unprotected',
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 22,
          data: {
            data: 'e-mail address: u.email, phone number: u.phone',
            sink: 'Papa.unparse',
            destination: 'an external destination',
            protection: '',
            requirements: '[TO-APR, TO-DEL, TO-ENC, TO-MIN, SM-ENC, APPI-R7-ENC +9 more]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
import { parse } from 'json2csv';
export function toCsv(users) {
  return parse(users.map((u) => ({ email: u.email })));
}
`,
      errors: [
        { messageId: 'unprotected', line: 4, column: 10, endLine: 4, endColumn: 15 },
      ],
    },
    {
      code: `
import { writeToPath } from '@fast-csv/format';
export function dump(users) {
  writeToPath('users.csv', users.map((u) => ({ phone: u.phone })));
}
`,
      errors: [
        { messageId: 'unprotected', line: 4, column: 3, endLine: 4, endColumn: 14 },
      ],
    },
    {
      code: `
import * as XLSX from 'xlsx';
export function sheet(user) {
  return XLSX.utils.json_to_sheet([{ phone: user.phone }]);
}
`,
      errors: [
        {
          messageId: 'unprotected',
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 34,
          data: {
            data: 'phone number: user.phone',
            sink: 'XLSX.utils.json_to_sheet',
            destination: 'an external destination',
            protection: '',
            requirements: '[TO-APR, TO-DEL, TO-ENC, TO-MIN, SM-ENC, APPI-R7-ENC +9 more]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
import XLSX from 'xlsx';
export function sheet(customers) {
  const ws = XLSX.utils.json_to_sheet([{ email: customers[0].email }]);
  return ws;
}
`,
      errors: [
        { messageId: 'unprotected', line: 4, column: 14, endLine: 4, endColumn: 38 },
      ],
    },
    {
      code: `
import { utils } from 'xlsx';
export function sheet(user) {
  return utils.json_to_sheet([{ email: user.email }]);
}
`,
      errors: [
        { messageId: 'unprotected', line: 4, column: 10, endLine: 4, endColumn: 29 },
      ],
    },
    {
      code: `
import * as XLSX from 'xlsx';
export function sheet(customers) {
  const rows = customers.map((c) => ({ email: c.email }));
  return XLSX.utils.json_to_sheet(rows);
}
`,
      errors: [
        { messageId: 'unprotected', line: 5, column: 10, endLine: 5, endColumn: 34 },
      ],
    },
    {
      code: `
import ExcelJS from 'exceljs';
export function build(members) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('members');
  for (const m of members) sheet.addRow([m.name, m.email]);
  return workbook;
}
`,
      errors: [
        { messageId: 'unprotected', line: 6, column: 28, endLine: 6, endColumn: 40 },
      ],
    },
    {
      code: `
import type { Worksheet } from 'exceljs';
export function fill(worksheet: Worksheet, customer) {
  worksheet.addRow({ name: customer.name, email: customer.email });
}
`,
      errors: [
        { messageId: 'unprotected', line: 4, column: 3, endLine: 4, endColumn: 19 },
      ],
    },
    {
      code: `
import ExcelJS from 'exceljs';
export function build(user) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('u');
  ws.getCell('A1').value = user.email;
  return wb;
}
`,
      errors: [
        {
          messageId: 'unprotected',
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 25,
          data: {
            data: 'e-mail address: user.email',
            sink: 'ws.getCell(\'A1\').value',
            destination: 'an external destination',
            protection: '',
            requirements: '[TO-APR, TO-DEL, TO-ENC, TO-MIN, SM-ENC, APPI-R7-ENC +9 more]',
            reportable: '',
          },
        },
      ],
    },
    // Browser downloads
    {
      code: `
export function download(user) {
  const blob = new Blob([user.email + ',' + user.phone], { type: 'text/csv' });
  const url = URL.createObjectURL(blob);
  return url;
}
`,
      errors: [
        {
          messageId: 'unprotected',
          line: 4,
          column: 15,
          endLine: 4,
          endColumn: 34,
          data: {
            data: 'e-mail address: user.email, phone number: user.phone',
            sink: 'URL.createObjectURL',
            destination: 'an external destination',
            protection: '',
            requirements: '[TO-APR, TO-DEL, TO-ENC, TO-MIN, SM-ENC, APPI-R7-ENC +9 more]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
import { saveAs } from 'file-saver';
export function download(customer) {
  saveAs(new Blob([JSON.stringify({ address: customer.address })]), 'c.json');
}
`,
      errors: [
        { messageId: 'unprotected', line: 4, column: 3, endLine: 4, endColumn: 9 },
      ],
    },
    {
      code: `
import download from 'downloadjs';
export function save(user) {
  download(JSON.stringify({ phone: user.phone }), 'u.json', 'application/json');
}
`,
      errors: [
        { messageId: 'unprotected', line: 4, column: 3, endLine: 4, endColumn: 11 },
      ],
    },
    {
      code: `
import express from 'express';
const app = express();
app.get('/export', (req, res) => {
  const user = req.user;
  res.attachment('users.csv').send(\`\${user.email},\${user.phone}\`);
});
`,
      errors: [
        {
          messageId: 'unprotected',
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 35,
          data: {
            data: 'e-mail address: user.email, phone number: user.phone',
            sink: 'res.attachment(\'users.csv\').send',
            destination: 'an external destination',
            protection: '',
            requirements: '[TO-APR, TO-DEL, TO-ENC, TO-MIN, SM-ENC, APPI-R7-ENC +9 more]',
            reportable: '',
          },
        },
      ],
    },
    // Web Storage, IndexedDB and wrappers
    {
      code: `
export function remember(user) {
  localStorage.setItem('user', user.email);
}
`,
      errors: [
        { messageId: 'unprotected', line: 3, column: 3, endLine: 3, endColumn: 23 },
      ],
    },
    {
      code: `
export function remember(user) {
  sessionStorage.setItem('profile', JSON.stringify(user));
}
`,
      errors: [
        { messageId: 'wholeRecord', line: 3, column: 3, endLine: 3, endColumn: 25 },
      ],
    },
    {
      code: `
export function remember(form) {
  localStorage.phone = form.phone;
}
`,
      errors: [
        { messageId: 'unprotected', line: 3, column: 3, endLine: 3, endColumn: 21 },
      ],
    },
    {
      code: `
export function remember(user) {
  localStorage['email'] = user.email;
}
`,
      errors: [
        {
          messageId: 'unprotected',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 24,
          data: {
            data: 'e-mail address: user.email',
            sink: 'localStorage[\'email\']',
            destination: 'an external destination',
            protection: '',
            requirements: '[TO-APR, TO-DEL, TO-ENC, TO-MIN, SM-ENC, APPI-R7-ENC +8 more]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
export function remember(value: string) {
  localStorage.setItem('remembered-email', value);
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
            data: 'e-mail address: remembered-email',
            sink: 'localStorage.setItem',
            destination: 'an external destination',
            protection: '',
            requirements: '[TO-APR, TO-DEL, TO-ENC, TO-MIN, SM-ENC, APPI-R7-ENC +8 more]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
export function remember(value: string) {
  sessionStorage.setItem('phone', value);
}
`,
      errors: [
        { messageId: 'unprotected', line: 3, column: 3, endLine: 3, endColumn: 25 },
      ],
    },
    {
      code: `
export function remember(record) {
  localStorage.setItem('c', record['氏名']);
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
            data: 'name: record[\'氏名\']',
            sink: 'localStorage.setItem',
            destination: 'an external destination',
            protection: '',
            requirements: '[TO-APR, TO-DEL, TO-ENC, TO-MIN, SM-ENC, APPI-R7-ENC +8 more]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
export function remember(patient) {
  sessionStorage.setItem('dx', patient.medicalHistory);
}
`,
      errors: [
        {
          messageId: 'unprotected',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 25,
          data: {
            data: 'health or medical information: patient.medicalHistory',
            sink: 'sessionStorage.setItem',
            destination: 'an external destination',
            protection: '',
            requirements: '[TO-APR, TO-DEL, TO-ENC, TO-MIN, SM-ENC, APPI-R7-1 +8 more]',
            reportable: ' A leak would be reportable from a single person (APPI-R7-1).',
          },
        },
      ],
    },
    {
      code: `
export function remember(patient) {
  localStorage.setItem('p', JSON.stringify({ ...patient }));
}
`,
      errors: [
        { messageId: 'wholeRecord', line: 3, column: 3, endLine: 3, endColumn: 23 },
      ],
    },
    {
      code: `
export const remember = ({ email }: { email: string }) => {
  localStorage.setItem('x', email);
};
`,
      errors: [
        { messageId: 'unprotected', line: 3, column: 3, endLine: 3, endColumn: 23 },
      ],
    },
    {
      code: `
import { set } from 'idb-keyval';
export async function cache(profile) {
  await set('profile', { name: profile.fullName, email: profile.email });
}
`,
      errors: [
        { messageId: 'unprotected', line: 4, column: 9, endLine: 4, endColumn: 12 },
      ],
    },
    {
      code: `
import { update } from 'idb-keyval';
export async function cache(email: string) {
  await update('profile', (old) => ({ ...old, email }));
}
`,
      errors: [
        {
          messageId: 'unprotected',
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 15,
          data: {
            data: 'e-mail address: email',
            sink: 'update',
            destination: 'an external destination',
            protection: '',
            requirements: '[TO-APR, TO-DEL, TO-ENC, TO-MIN, SM-ENC, APPI-R7-ENC +8 more]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
import { openDB } from 'idb';
export async function cache(user) {
  const db = await openDB('app', 1);
  await db.put('users', { email: user.email }, user.id);
}
`,
      errors: [
        { messageId: 'unprotected', line: 5, column: 9, endLine: 5, endColumn: 15 },
      ],
    },
    {
      code: `
export function cache(db: IDBDatabase, user) {
  db.transaction('users', 'readwrite').objectStore('users').put({ phone: user.phone });
}
`,
      errors: [
        { messageId: 'unprotected', line: 3, column: 3, endLine: 3, endColumn: 64 },
      ],
    },
    {
      code: `
import localforage from 'localforage';
export async function cache(user) {
  await localforage.setItem('address', user.address);
}
`,
      errors: [
        { messageId: 'unprotected', line: 4, column: 9, endLine: 4, endColumn: 28 },
      ],
    },
    {
      code: `
import Dexie from 'dexie';
const db = new Dexie('app');
export async function cache(user) {
  await db.table('users').add({ email: user.email });
}
`,
      errors: [
        { messageId: 'unprotected', line: 5, column: 9, endLine: 5, endColumn: 30 },
      ],
    },
    {
      code: `
export async function cache(user) {
  await chrome.storage.local.set({ email: user.email });
}
`,
      errors: [
        { messageId: 'unprotected', line: 3, column: 9, endLine: 3, endColumn: 33 },
      ],
    },
    {
      code: `
import AsyncStorage from '@react-native-async-storage/async-storage';
export async function cache(user) {
  await AsyncStorage.setItem('profile', JSON.stringify({ phone: user.phone }));
}
`,
      errors: [
        { messageId: 'unprotected', line: 4, column: 9, endLine: 4, endColumn: 29 },
      ],
    },
    // Cookies: a session id or token is what cookies are for; a password or personal data is not
    {
      code: `
export function remember(user) {
  document.cookie = \`email=\${user.email}; path=/\`;
}
`,
      errors: [
        {
          messageId: 'unprotected',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 18,
          data: {
            data: 'e-mail address: user.email',
            sink: 'document.cookie',
            destination: 'an external destination',
            protection: '',
            requirements: '[TO-APR, TO-DEL, TO-ENC, TO-MIN, SM-ENC, APPI-R7-ENC +8 more]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
export function remember(card) {
  document.cookie = 'cc=' + card.cardNumber;
}
`,
      errors: [
        { messageId: 'unprotected', line: 3, column: 3, endLine: 3, endColumn: 18 },
      ],
    },
    {
      code: `
import express from 'express';
const app = express();
app.post('/login', (req, res) => {
  res.cookie('email', req.body.email, { httpOnly: true });
  res.sendStatus(204);
});
`,
      errors: [
        { messageId: 'unprotected', line: 5, column: 3, endLine: 5, endColumn: 13 },
      ],
    },
    {
      code: `
import Cookies from 'js-cookie';
export function remember(form) {
  Cookies.set('pw', form.password);
}
`,
      errors: [
        {
          messageId: 'unprotected',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 14,
          data: {
            data: 'password, secret or access token: form.password',
            sink: 'Cookies.set',
            destination: 'an external destination',
            protection: '',
            requirements: '[TO-APR, TO-DEL, TO-ENC, TO-MIN, SM-ENC, APPI-R7-ENC +10 more]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
import Cookies from 'js-cookie';
export function remember(email: string) {
  Cookies.set('email', email, { expires: 30 });
}
`,
      errors: [
        { messageId: 'unprotected', line: 4, column: 3, endLine: 4, endColumn: 14 },
      ],
    },
    {
      code: `
import express from 'express';
const app = express();
app.post('/x', (req, res) => {
  res.setHeader('Set-Cookie', \`email=\${req.body.email}; HttpOnly\`);
  res.end();
});
`,
      errors: [
        {
          messageId: 'unprotected',
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 16,
          data: {
            data: 'e-mail address: req.body.email',
            sink: 'res.setHeader',
            destination: 'an external destination',
            protection: '',
            requirements: '[TO-APR, TO-DEL, TO-ENC, TO-MIN, SM-ENC, APPI-R7-ENC +8 more]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
import { serialize } from 'cookie';
export function header(user) {
  return serialize('phone', user.phone, { httpOnly: true });
}
`,
      errors: [
        { messageId: 'unprotected', line: 4, column: 10, endLine: 4, endColumn: 19 },
      ],
    },
    {
      code: `
import Cookies from 'universal-cookie';
const cookies = new Cookies();
export function remember(user) {
  cookies.set('email', user.email);
}
`,
      errors: [
        { messageId: 'unprotected', line: 5, column: 3, endLine: 5, endColumn: 14 },
      ],
    },
    {
      code: `
import { cookies } from 'next/headers';
export async function remember(user) {
  cookies().set('name', user.fullName);
}
`,
      errors: [
        { messageId: 'unprotected', line: 4, column: 3, endLine: 4, endColumn: 16 },
      ],
    },
    // Clipboard
    {
      code: `
export async function copy(customer) {
  await navigator.clipboard.writeText(customer.phone);
}
`,
      errors: [
        {
          messageId: 'unprotected',
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 38,
          data: {
            data: 'phone number: customer.phone',
            sink: 'navigator.clipboard.writeText',
            destination: 'an external destination',
            protection: '',
            requirements: '[TO-APR, TO-DEL, TO-ENC, TO-MIN, SM-ENC, APPI-R7-ENC +7 more]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
import copy from 'copy-to-clipboard';
export function copyAddress(customer) {
  copy(customer.address);
}
`,
      errors: [
        { messageId: 'unprotected', line: 4, column: 3, endLine: 4, endColumn: 7 },
      ],
    },
    {
      code: `
import clipboardy from 'clipboardy';
export async function copyMail(user) {
  await clipboardy.write(user.email);
}
`,
      errors: [
        { messageId: 'unprotected', line: 4, column: 9, endLine: 4, endColumn: 25 },
      ],
    },
    // Object storage
    {
      code: `
import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';
const s3 = new S3Client({});
export async function upload(users) {
  await s3.send(new PutObjectCommand({ Bucket: 'b', Key: 'users.json', Body: JSON.stringify(users.map((u) => u.email)) }));
}
`,
      errors: [
        {
          messageId: 'unprotected',
          line: 5,
          column: 21,
          endLine: 5,
          endColumn: 37,
          data: {
            data: 'e-mail address: u.email',
            sink: 'PutObjectCommand',
            destination: 'an external destination',
            protection: '',
            requirements: '[TO-APR, TO-DEL, TO-ENC, TO-MIN, SM-ENC, APPI-R7-ENC +8 more]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
import { PutObjectCommand } from '@aws-sdk/client-s3';
export function cmd(file: Buffer, user) {
  return new PutObjectCommand({ Bucket: 'b', Key: 'k', Body: file, Metadata: { email: user.email } });
}
`,
      errors: [
        { messageId: 'unprotected', line: 4, column: 14, endLine: 4, endColumn: 30 },
      ],
    },
    {
      code: `
import AWS from 'aws-sdk';
const s3 = new AWS.S3();
export async function upload(user) {
  await s3.putObject({ Bucket: 'b', Key: 'k', Body: user.email }).promise();
}
`,
      errors: [
        { messageId: 'unprotected', line: 5, column: 9, endLine: 5, endColumn: 21 },
      ],
    },
    {
      code: `
import { S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
export async function upload(client: S3Client, customer) {
  const up = new Upload({ client, params: { Bucket: 'b', Key: 'c.txt', Body: customer.address } });
  await up.done();
}
`,
      errors: [
        {
          messageId: 'unprotected',
          line: 5,
          column: 18,
          endLine: 5,
          endColumn: 24,
          data: {
            data: 'postal address: customer.address',
            sink: 'Upload',
            destination: 'an external destination',
            protection: '',
            requirements: '[TO-APR, TO-DEL, TO-ENC, TO-MIN, SM-ENC, APPI-R7-ENC +8 more]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
import { Storage } from '@google-cloud/storage';
const storage = new Storage();
export async function upload(user) {
  await storage.bucket('b').file('u.txt').save(user.email);
}
`,
      errors: [
        { messageId: 'unprotected', line: 5, column: 9, endLine: 5, endColumn: 47 },
      ],
    },
    {
      code: `
import { Storage } from '@google-cloud/storage';
export function upload(storage: Storage, user) {
  const stream = storage.bucket('b').file('u.txt').createWriteStream();
  stream.end(user.email);
}
`,
      errors: [
        { messageId: 'unprotected', line: 5, column: 3, endLine: 5, endColumn: 13 },
      ],
    },
    {
      code: `
import { BlobServiceClient } from '@azure/storage-blob';
export async function upload(conn: string, user) {
  const container = BlobServiceClient.fromConnectionString(conn).getContainerClient('c');
  const body = JSON.stringify({ phone: user.phone });
  await container.getBlockBlobClient('u.json').upload(body, body.length);
}
`,
      errors: [
        { messageId: 'unprotected', line: 6, column: 9, endLine: 6, endColumn: 54 },
      ],
    },
    {
      code: `
import { BlobServiceClient } from '@azure/storage-blob';
export async function upload(svc: BlobServiceClient, user) {
  const container = svc.getContainerClient('c');
  await container.uploadBlockBlob('u.txt', user.address, 100);
}
`,
      errors: [
        { messageId: 'unprotected', line: 5, column: 9, endLine: 5, endColumn: 34 },
      ],
    },
    {
      code: `
import { getStorage, ref, uploadString } from 'firebase/storage';
export async function upload(user) {
  await uploadString(ref(getStorage(), 'u.txt'), user.phone);
}
`,
      errors: [
        { messageId: 'unprotected', line: 4, column: 9, endLine: 4, endColumn: 21 },
      ],
    },
    {
      code: `
import { createClient } from '@supabase/supabase-js';
const supabase = createClient('https://x.supabase.co', 'anon');
export async function upload(user) {
  await supabase.storage.from('exports').upload('u.json', JSON.stringify({ email: user.email }));
}
`,
      errors: [
        { messageId: 'unprotected', line: 5, column: 9, endLine: 5, endColumn: 48 },
      ],
    },
    // Encryption, hashing and masking: strong protection is valid, weak protection is reported
    {
      code: `
import crypto from 'crypto';
import fs from 'fs';
export function save(user) {
  const cipher = crypto.createCipheriv('aes-256-gcm', 'my-secret-key-0123456789abcdef01', Buffer.alloc(12));
  const enc = cipher.update(user.email, 'utf8', 'hex') + cipher.final('hex');
  fs.writeFileSync('u.enc', enc);
}
`,
      errors: [
        {
          messageId: 'weakProtection',
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 19,
          data: {
            data: 'e-mail address: user.email',
            sink: 'fs.writeFileSync',
            destination: 'an external destination',
            protection: 'crypto.createCipheriv with a hard-coded key',
            requirements: '[TO-APR, TO-DEL, TO-ENC, TO-KEY, TO-MIN, SM-ENC +12 more]',
            reportable: '',
          },
        },
      ],
    },
    // The key in a module constant, or derived from a passphrase in the code: still in the source
    {
      code: `
import crypto from 'node:crypto';
import fs from 'node:fs';
const KEY = Buffer.from('3f1c9a7b2e4d6f8011223344556677889900aabbccddeeff0011223344556677', 'hex');
export function save(user) {
  const cipher = crypto.createCipheriv('aes-256-cbc', KEY, crypto.randomBytes(16));
  const enc = Buffer.concat([cipher.update(user.email, 'utf8'), cipher.final()]);
  fs.writeFileSync('u.enc', enc);
}
`,
      errors: [{ messageId: 'weakProtection', line: 8 }],
    },
    {
      code: `
import crypto from 'node:crypto';
import fs from 'node:fs';
export function save(user, salt: Buffer) {
  const key = crypto.scryptSync('correct horse battery staple', salt, 32);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, crypto.randomBytes(12));
  fs.writeFileSync('u.enc', cipher.update(user.email, 'utf8', 'hex') + cipher.final('hex'));
}
`,
      errors: [{ messageId: 'weakProtection', line: 7 }],
    },
    {
      code: `
export function remember(user) {
  localStorage.setItem('u', btoa(user.email));
}
`,
      errors: [
        {
          messageId: 'weakProtection',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 23,
          data: {
            data: 'e-mail address: user.email',
            sink: 'localStorage.setItem',
            destination: 'an external destination',
            protection: 'Base64 (btoa)',
            requirements: '[TO-APR, TO-DEL, TO-ENC, TO-MIN, SM-ENC, APPI-R7-ENC +9 more]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
import fs from 'fs';
export function save(user) {
  fs.writeFileSync('u.txt', Buffer.from(user.phone).toString('base64'));
}
`,
      errors: [
        { messageId: 'weakProtection', line: 4, column: 3, endLine: 4, endColumn: 19 },
      ],
    },
    {
      code: `
import crypto from 'crypto';
import fs from 'fs';
export function save(user) {
  fs.writeFileSync('h.txt', crypto.createHash('md5').update(user.email).digest('hex'));
}
`,
      errors: [
        {
          messageId: 'weakProtection',
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 19,
          data: {
            data: 'e-mail address: user.email',
            sink: 'fs.writeFileSync',
            destination: 'an external destination',
            protection: 'crypto.createHash (unsalted hash)',
            requirements: '[TO-APR, TO-DEL, TO-ENC, TO-MIN, SM-ENC, APPI-R7-ENC +10 more]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
import crypto from 'crypto';
import fs from 'fs';
export function save(pem: string, user) {
  fs.writeFileSync('u.bin', crypto.privateEncrypt(pem, Buffer.from(user.email)));
}
`,
      errors: [
        {
          messageId: 'weakProtection',
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 19,
          data: {
            data: 'e-mail address: user.email',
            sink: 'fs.writeFileSync',
            destination: 'an external destination',
            protection: 'crypto.privateEncrypt',
            requirements: '[TO-APR, TO-DEL, TO-ENC, TO-MIN, SM-ENC, APPI-R7-ENC +10 more]',
            reportable: '',
          },
        },
      ],
    },
    // Typed records: an annotation with a type declared in the file carries its fields
    {
      code: `
import fs from 'fs';
interface Lead { id: string; email: string; phone: string }
export function save(lead: Lead) {
  fs.writeFileSync('lead.json', JSON.stringify(lead));
}
`,
      errors: [
        {
          messageId: 'wholeRecord',
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 19,
          data: {
            data: 'e-mail address: lead.email, phone number: lead.phone',
            sink: 'fs.writeFileSync',
            destination: 'an external destination',
            protection: '',
            requirements: '[TO-APR, TO-DEL, TO-ENC, TO-MIN, SM-ENC, APPI-R7-ENC +11 more]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
import fs from 'fs';
interface Base { id: string }
interface Customer extends Base { fullName: string; address: string }
export function save(customer: Customer) {
  fs.writeFileSync('c.json', JSON.stringify(customer));
}
`,
      errors: [
        {
          messageId: 'wholeRecord',
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 19,
          data: {
            data: 'name: customer.fullName, postal address: customer.address',
            sink: 'fs.writeFileSync',
            destination: 'an external destination',
            protection: '',
            requirements: '[TO-APR, TO-DEL, TO-ENC, TO-MIN, SM-ENC, APPI-R7-ENC +11 more]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
type SignupForm = { email: string; password: string };
export function remember(form: SignupForm) {
  localStorage.setItem('draft', JSON.stringify(form));
}
`,
      errors: [
        { messageId: 'wholeRecord', line: 4, column: 3, endLine: 4, endColumn: 23 },
      ],
    },
    // Locale: Japanese messages (messageId with a Ja suffix), from rule options or shared settings
    {
      code: `
export function remember(user) {
  localStorage.setItem('user', user.email);
}
`,
      options: [{ locale: 'ja' }],
      errors: [
        {
          messageId: 'unprotectedJa',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 23,
          data: {
            data: 'メールアドレス: user.email',
            sink: 'localStorage.setItem',
            destination: '外部の送信先',
            protection: '',
            requirements: '[TO-APR, TO-DEL, TO-ENC, TO-MIN, SM-ENC, APPI-R7-ENC ほか8件]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
import fs from 'fs';
export function save(customer) {
  fs.writeFileSync('c.json', JSON.stringify(customer));
}
`,
      options: [{ locale: 'ja' }],
      errors: [
        {
          messageId: 'wholeRecordJa',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 19,
          data: {
            data: '個人情報を含むレコード全体: customer',
            sink: 'fs.writeFileSync',
            destination: '外部の送信先',
            protection: '',
            requirements: '[TO-APR, TO-DEL, TO-ENC, TO-MIN, SM-ENC, APPI-R7-ENC ほか11件]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
export function remember(user) {
  document.cookie = 'p=' + btoa(user.phone);
}
`,
      options: [{ locale: 'ja' }],
      errors: [
        {
          messageId: 'weakProtectionJa',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 18,
          data: {
            data: '電話番号: user.phone',
            sink: 'document.cookie',
            destination: '外部の送信先',
            protection: 'Base64 (btoa)',
            requirements: '[TO-APR, TO-DEL, TO-ENC, TO-MIN, SM-ENC, APPI-R7-ENC ほか9件]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
import fs from 'fs';
export function save(employee) {
  fs.writeFileSync('mn.txt', employee.myNumber);
}
`,
      settings: { piiGuard: { locale: 'ja' } },
      errors: [
        {
          messageId: 'unprotectedJa',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 19,
          data: {
            data: '個人番号(マイナンバー): employee.myNumber',
            sink: 'fs.writeFileSync',
            destination: '外部の送信先',
            protection: '',
            requirements: '[TO-APR, TO-DEL, TO-ENC, TO-MIN, SM-ENC, APPI-R7-ENC ほか11件]',
            reportable: ' 漏えい時は1人分でも報告対象です(MYN-BREACH)。',
          },
        },
      ],
    },
    // Configuration: policy (TO-APR), sanitizers, names, minConfidence
    {
      code: `
import Cookies from 'js-cookie';
export function remember(user) {
  Cookies.set('phone', user.phone);
}
`,
      options: [{ policy: { approved: [{ kinds: ['email'], sinks: ['cookies'], reason: 'login hint' }] } }],
      errors: [
        {
          messageId: 'unprotected',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 14,
          data: {
            data: 'phone number: user.phone',
            sink: 'Cookies.set',
            destination: 'an external destination',
            protection: '',
            requirements: '[TO-APR, TO-DEL, TO-ENC, TO-MIN, SM-ENC, APPI-R7-ENC +8 more]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
import fs from 'fs';
declare function protectPii(s: string): string;
export function save(user) {
  fs.writeFileSync('u.txt', protectPii(user.email));
}
`,
      errors: [
        { messageId: 'unprotected', line: 5, column: 3, endLine: 5, endColumn: 19 },
      ],
    },
    {
      code: `
import fs from 'fs';
export function save(row) {
  fs.writeFileSync('k.txt', row.renrakusaki);
}
`,
      options: [{ names: { extra: { renrakusaki: 'phone' } } }],
      errors: [
        {
          messageId: 'unprotected',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 19,
          data: {
            data: 'phone number: row.renrakusaki',
            sink: 'fs.writeFileSync',
            destination: 'an external destination',
            protection: '',
            requirements: '[TO-APR, TO-DEL, TO-ENC, TO-MIN, SM-ENC, APPI-R7-ENC +9 more]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
import fs from 'fs';
export async function dump(user) {
  await fs.promises.appendFile('u.txt', user.birthDate);
}
`,
      options: [{ minConfidence: 'low' }],
      errors: [
        {
          messageId: 'unprotected',
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 31,
          data: {
            data: 'date of birth: user.birthDate',
            sink: 'fs.promises.appendFile',
            destination: 'an external destination',
            protection: '',
            requirements: '[TO-APR, TO-DEL, TO-ENC, TO-MIN, SM-ENC, APPI-R7-ENC +9 more]',
            reportable: '',
          },
        },
      ],
    },
    {
      code: `
import fs from 'fs';
export function save(row) {
  fs.writeFileSync('k.txt', row.kokyakuCode);
}
`,
      options: [{ minConfidence: 'low', names: { extra: { kokyakuCode: 'customerId' } } }],
      errors: [
        { messageId: 'unprotected', line: 4, column: 3, endLine: 4, endColumn: 19 },
      ],
    },
  ],
});
