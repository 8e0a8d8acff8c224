// Personal data reaching loggers and error messages. Cases are written from what the rule must report (brief,
// DESIGN.md "What is a take-out", digest §6.3 and §6.4); positions are those of the sink's callee, and `data`
// pins the message placeholders where the exact text matters.
import * as parser from '@typescript-eslint/parser';
import { RuleTester } from '@typescript-eslint/rule-tester';
import { Linter, type Rule } from 'eslint';
import { describe, expect, it } from 'vitest';
import rule from '../../rules/src/rules/no-pii-in-logs.js';

const ruleTester = new RuleTester({ languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } });

ruleTester.run('no-pii-in-logs', rule, {
  valid: [
    // ---- enum members name a kind of data and hold none ----
    `
      import { logger } from './logger';
      import { FieldType, AuthenticationMethodTypeV2, InputKind, OAuthScope } from './types';

      logger.info(\`rendering a \${FieldType.EMAIL} field\`);
      logger.error(\`unsupported method \${AuthenticationMethodTypeV2.PASSWORD}\`);
      logger.debug({ kind: InputKind.PHONE_NUMBER, scope: OAuthScope.EMAIL });
    `,
    // ---- references instead of values ----
    // user id and counts
    `
      import { logger } from './logger';

      logger.info('user created', { userId: user.id });
      logger.info(\`\${users.length} users imported\`);
      logger.info({ count: customers.length, durationMs: Date.now() - start });
    `,
    // console.log of an id
    `
      console.log(\`order \${order.id} placed by customer \${order.customerId}\`);
    `,
    // user role and plan
    `
      import { logger } from './logger';

      logger.info('login', { userId: user.id, role: user.role, plan: user.plan });
    `,
    // ids from a map
    `
      import { logger } from './logger';

      logger.info(\`exported \${customers.map((c) => c.id).join(',')}\`);
    `,
    // e-mail length only
    `
      import { logger } from './logger';

      logger.info(\`email length \${user.email.length}\`);
    `,
    // typeof / boolean checks
    `
      console.log(typeof user.email, !!user.phone, user.email === undefined);
    `,
    // ternary test only
    `
      import { logger } from './logger';

      logger.info(user.email ? 'has email' : 'no email');
    `,
    // Object.keys of a user
    `
      const user = await repo.findOne(id);
      console.log(Object.keys(user));
    `,
    // error with an id
    `
      export function missing(user: User) {
        throw new Error(\`User \${user.id} not found\`);
      }
    `,
    // user.id in an Error message with Japanese context
    `
      throw new Error(\`社員 \${employee.id} が見つかりません\`);
    `,
    // NestJS exception with a constant
    `
      import { NotFoundException } from '@nestjs/common';

      throw new NotFoundException('Employee not found');
    `,
    // Sentry.captureMessage with an id
    `
      import * as Sentry from '@sentry/node';

      Sentry.captureMessage(\`Payment failed for customer \${customer.id}\`);
    `,
    // debug with an id
    `
      import createDebug from 'debug';

      const debug = createDebug('app:orders');
      debug('order %s shipped', order.id);
    `,
    // morgan preset format
    `
      import morgan from 'morgan';

      app.use(morgan('combined'));
      morgan.token('id', (req) => req.id);
    `,

    // ---- loggers configured to redact ----
    // pino redact
    `
      import pino from 'pino';

      const log = pino({ redact: ['email', 'phone'] });
      log.info({ email: user.email, phone: user.phone }, 'profile updated');
    `,
    // pino redact paths object
    `
      import pino from 'pino';

      const log = pino({ redact: { paths: ['email'], censor: '[redacted]' } });
      log.info({ email: customer.email }, 'customer updated');
    `,
    // pino redact of the child's parent
    `
      import pino from 'pino';

      const log = pino({ redact: ['email'] });
      const child = log.child({ module: 'auth' });
      child.warn({ email: user.email }, 'login failed');
    `,
    // fastify logger redact
    `
      import Fastify from 'fastify';

      const app = Fastify({ logger: { redact: ['email'] } });
      export function imported(customer: Customer) {
        app.log.info({ email: customer.email }, 'imported');
      }
    `,
    // signale secrets
    `
      import { Signale } from 'signale';

      export function registered(user: User) {
        const email = user.email;
        const logger = new Signale({ secrets: [email] });
        logger.info(\`Registered \${email}\`);
      }
    `,

    // ---- sanitizers ----
    // masking helper
    `
      import { logger } from './logger';
      import { maskEmail } from './privacy';

      logger.info(\`signup \${maskEmail(user.email)}\`);
    `,
    // maskEmail in an object with id
    `
      import { logger } from './logger';

      logger.info('login', { userId: user.id, email: maskEmail(user.email) });
    `,
    // redact helper
    `
      import { logger } from './logger';

      logger.info({ phone: redact(customer.phone) });
    `,
    // redaction helper on a whole record
    `
      import { logger } from './logger';

      logger.info(redactPii(user));
    `,
    // last four digits of a card
    `
      import { logger } from './logger';

      logger.info(\`charging card ending \${payment.cardNumber.slice(-4)}\`);
    `,
    // mask by replace
    `
      import { logger } from './logger';

      logger.info(customer.phone.replace(/\\d(?=\\d{4})/g, '*'));
    `,
    // encryption with createCipheriv
    `
      import { createCipheriv, randomBytes } from 'node:crypto';
      import { logger } from './logger';

      const key = Buffer.from(process.env.PII_KEY!, 'hex');
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const sealed = cipher.update(user.email, 'utf8', 'base64') + cipher.final('base64');
      logger.info({ sealed });
    `,
    // encrypt helper
    `
      import { logger } from './logger';

      logger.info({ email: encryptField(user.email) });
    `,
    // HMAC of an e-mail
    `
      import { createHmac } from 'node:crypto';
      import { logger } from './logger';

      const ref = createHmac('sha256', process.env.HMAC_KEY!).update(user.email).digest('hex');
      logger.info({ ref }, 'login');
    `,
    // bcrypt hash
    `
      import bcrypt from 'bcrypt';
      import { logger } from './logger';

      export async function register(user: User) {
        const hash = await bcrypt.hash(user.password, 12);
        logger.debug(\`hash length \${hash.length}\`);
        logger.debug(hash);
      }
    `,
    // full My Number mask helper
    `
      import { logger } from './logger';

      logger.info(\`registered \${maskMyNumber(employee.myNumber)}\`);
    `,

    // ---- configuration ----
    // configured sanitizer name
    {
      code: `
        import { logger } from './logger';

        logger.info(hidePii(user.email));
      `,
      options: [{ sanitizers: [{ name: 'hidePii' }] }],
    },
    // configured sanitizer in shared settings
    {
      code: `
        import { conceal } from '@acme/privacy';
        import { logger } from './logger';

        logger.info(conceal(customer.phone));
      `,
      settings: { piiGuard: { sanitizers: [{ module: '@acme/privacy', path: 'conceal' }] } },
    },
    // policy approval
    {
      code: `
        import { logger } from './logger';

        logger.info('contact changed', { email: user.email });
      `,
      options: [{ policy: { approved: [{ kinds: ['email'], sinks: ['log'], reason: 'Audit log of contact changes, approved by the DPO', approval: 'DPO-2024-017' }] } }],
    },
    // policy approval in shared settings
    {
      code: `
        console.log(user.email);
      `,
      settings: { piiGuard: { policy: { approved: [{ sinks: ['loggers'], reason: 'Local development logger, never shipped' }] } } },
    },
    // names.ignore
    {
      code: `
        import { logger } from './logger';

        logger.info(\`hello \${user.nickname}\`);
      `,
      options: [{ names: { ignore: ['nickname'] } }],
    },
    // minConfidence high hides a medium finding
    {
      code: `
        console.log(item.kana, order.tel);
      `,
      options: [{ minConfidence: 'high' }],
    },
    // minConfidence high hides a logger found only by its name
    {
      code: `
        import { logger } from './logger';

        logger.info(user.email);
      `,
      options: [{ minConfidence: 'high' }],
    },

    // ---- look-alikes (digest §6.3) ----
    // file.name
    `
      export function onUpload(file: File) {
        console.log(\`uploading \${file.name} (\${file.size} bytes)\`);
      }
    `,
    // fileName
    `
      import { logger } from './logger';

      logger.info(\`wrote \${fileName}\`);
    `,
    // className and tagName
    `
      export function debugNode(el: HTMLElement) {
        console.debug(el.tagName, el.className, el.nodeName);
      }
    `,
    // hostname and pathname
    `
      import os from 'node:os';
      import { logger } from './logger';

      logger.info(\`started on \${os.hostname()}\`);
      console.log(window.location.hostname, window.location.pathname);
    `,
    // Component.displayName
    {
      code: `
        const Button = () => <button>OK</button>;
        Button.displayName = 'Button';
        console.log(Button.displayName);
      `,
      filename: 'file.tsx',
    },
    // eventName
    `
      import { logger } from './logger';

      export function track(eventName: string) {
        logger.debug(\`event \${eventName}\`);
      }
    `,
    // server.address()
    `
      import http from 'node:http';

      const server = http.createServer(handler);
      server.listen(3000, () => {
        const address = server.address();
        console.log('listening on', address);
      });
    `,
    // walletAddress
    `
      import { logger } from './logger';

      logger.info(\`transfer to \${walletAddress}\`, { contractAddress });
    `,
    // maxAge
    `
      console.log('session cookie', { maxAge: cookie.maxAge, cacheAge });
    `,
    // telemetry
    `
      import { logger } from './logger';

      logger.info('telemetry flushed', telemetry);
    `,
    // pageToken
    `
      import { logger } from './logger';

      logger.debug({ pageToken: res.nextPageToken }, 'next page');
    `,
    // Promise.race
    `
      import { logger } from './logger';

      const first = await Promise.race([fetchPrimary(), fetchReplica()]);
      logger.info('race finished', { source: first.source });
    `,
    // healthCheck
    `
      import { logger } from './logger';

      const healthCheck = await checkDatabase();
      logger.info({ healthCheck }, 'health');
      console.log(\`/healthz \${health.status}\`);
    `,
    // diagnostics
    `
      const diagnostics = program.getSemanticDiagnostics();
      console.log(diagnostics.length, diagnostics);
    `,
    // emailVerified
    `
      import { logger } from './logger';

      logger.info('login', { emailVerified: user.emailVerified, userId: user.id });
    `,
    // phoneCount
    `
      import { logger } from './logger';

      logger.info({ phoneCount, hasEmail: Boolean(user.email) });
    `,
    // showPassword
    `
      console.log({ showPassword });
    `,
    // i18n labels
    `
      const labels = { email: 'メールアドレス', phone: '電話番号', name: 'お名前' };
      console.log(labels);
    `,
    // i18n t() calls
    `
      console.log(t('form.email'), t('form.phone'));
    `,
    // zod schema
    `
      import { z } from 'zod';

      const signupSchema = z.object({ email: z.string().email(), phone: z.string(), name: z.string() });
      console.log(signupSchema.shape);
    `,
    // err.name and pkg.name
    `
      try {
        run();
      } catch (err) {
        console.error(err.name, pkg.name, process.env.npm_package_name);
      }
    `,
    // store and company names
    `
      import { logger } from './logger';

      logger.info(\`\${storeName} / \${productName} / \${bucketName}\`);
    `,
    // myNumber as an English counter
    `
      const myNumber = 21;
      console.log(myNumber * 2);
    `,
    // raceCondition and union
    `
      console.log(raceCondition, unionType);
    `,
    // licenseNumber of software
    `
      console.log('license', licenseNumber);
    `,
    // accountNumber in an AWS context
    `
      console.log(awsAccountId, stsIdentity.Account);
    `,

    // ---- Japanese look-alikes ----
    // store name in Japanese
    `
      console.log(row['店舗名'], row['会社名']);
    `,
    // file name in Japanese
    `
      console.log(file['ファイル名']);
    `,
    // other Japanese look-alikes
    `
      console.log(row.商品名, row['代表電話'], incident['システム障害']);
    `,
    // Japanese counts
    `
      import { logger } from './logger';

      logger.info({ 件数: rows.length });
      logger.info(\`\${count}名を登録しました\`);
    `,
    // Japanese UI message
    `
      console.warn('電話番号を入力してください');
    `,

    // ---- records known by the personal fields read from them: one non-personal field is fine ----
    // Apps Script: a row whose e-mail column is read, logged by its count and ID columns only
    `
      function validateCustomers() {
        const sheet = SpreadsheetApp.getActive().getSheetByName('顧客一覧');
        const [header, ...rows] = sheet.getDataRange().getValues();
        const iMail = header.indexOf('メールアドレス');
        const iCount = header.indexOf('購入回数');
        rows.forEach((row, i) => {
          if (!row[iMail]) Logger.log(\`\${i + 2}行目: 購入回数 \${row[iCount]}, ID \${row[0]}\`);
        });
        Logger.log(\`\${rows.length}件\`);
      }
    `,
    // Apps Script: a whole row of a sheet where no personal column is read
    `
      function checkStock() {
        const sheet = SpreadsheetApp.getActive().getSheetByName('在庫一覧');
        const [header, ...rows] = sheet.getDataRange().getValues();
        const iStock = header.indexOf('在庫数');
        rows.forEach((row) => {
          if (row[iStock] < 0) Logger.log(\`在庫がマイナス: \${JSON.stringify(row)}\`);
        });
      }
    `,
    // Notion: a customer row whose phone column is checked, logged by its page ID
    `
      import { Client } from '@notionhq/client';

      const notion = new Client({ auth: process.env.NOTION_TOKEN });

      export async function check(databaseId: string) {
        const { results } = await notion.databases.query({ database_id: databaseId });
        for (const page of results) {
          if (!('properties' in page)) continue;
          const props = page.properties;
          if (props['電話番号']?.type !== 'phone_number') console.warn('unexpected row', page.id);
        }
        console.info(\`checked \${results.length} customers\`);
      }
    `,
    // a customer whose e-mail is checked, logged by its ID
    `
      import { logger } from './logger';

      const c = await db.customer.findFirst();
      if (!c.email) logger.warn('customer without e-mail', c.id);
    `,
    // an order read only for its customer ID (a reference) is not a person's record
    `
      import { logger } from './logger';

      const order = await db.order.findFirst();
      if (!order.customerId) logger.warn(JSON.stringify(order));
    `,
    // a value computed by a helper from such a record is not the record, even at low confidence
    {
      code: `
        import { logger } from './logger';

        const parsedBody = JSON.parse(response.bodyAsText);
        if (parsedBody.access_token) logger.info(\`token expires on \${parseExpiry(parsedBody)}\`);
      `,
      options: [{ minConfidence: 'low' }],
    },

    // ---- not a log ----
    // not a logger: own database
    `
      await prisma.user.create({ data: { email: user.email, phone: user.phone } });
    `,
    // not a logger: rendering in JSX
    {
      code: `
        export function Profile({ user }: { user: User }) {
          return <p>{user.email}</p>;
        }
      `,
      filename: 'file.tsx',
    },
    // unrelated info method
    `
      const info = toast.info(\`saved \${user.email}\`);
    `,
  ],
  invalid: [
    // a constant holding a value is not an enum member: Config.API_KEY is the key itself
    {
      code: `
        import { Config } from './config';
        console.warn(\`calling the API with \${Config.API_KEY}\`);
      `,
      errors: [{ messageId: 'unprotected', line: 3 }],
    },
    // ---- console and process output ----
    // console.log of a property
    {
      code: `
        function onLogin(user: User) {
          console.log(user.email);
        }
      `,
      errors: [
        {
          messageId: 'unprotected', line: 3, column: 11, endLine: 3, endColumn: 22,
          data: {
            data: 'e-mail address: user.email',
            sink: 'console.log',
            requirements: '[TO-MIN, SM-LOG, APPI-SEC, PPC-GL-10-6-3, PMK-J.9.2, GDPR-5-1-c +5 more]',
            reportable: '',
          },
        },
      ],
    },
    // console.error with a phone number among arguments
    {
      code: `
        console.error('SMS delivery failed', customer.phoneNumber);
      `,
      errors: [
        { messageId: 'unprotected', line: 2, column: 9, endLine: 2, endColumn: 22 },
      ],
    },
    // console.table of customer rows
    {
      code: `
        const customers = await db.customer.findMany();
        console.table(customers);
      `,
      errors: [
        {
          messageId: 'wholeRecord', line: 3, column: 9, endLine: 3, endColumn: 22,
          data: {
            data: 'personal record (whole object): customers',
            sink: 'console.table',
            requirements: '[TO-MIN, SM-LOG, APPI-SEC, PPC-GL-10-6-3, PMK-J.9.2, GDPR-5-1-c +6 more]',
            reportable: '',
          },
        },
      ],
    },
    // console.dir of a patient
    {
      code: `
        async function show(id: string) {
          const patient = await patientRepository.findOne(id);
          console.dir(patient, { depth: null });
        }
      `,
      errors: [
        { messageId: 'wholeRecord', line: 4, column: 11, endLine: 4, endColumn: 22 },
      ],
    },
    // process.stdout.write
    {
      code: `
        process.stdout.write(\`\${user.email}\\n\`);
      `,
      errors: [
        { messageId: 'unprotected', line: 2, column: 9, endLine: 2, endColumn: 29 },
      ],
    },
    // console.assert
    {
      code: `
        console.assert(user.active, \`inactive user \${user.email}\`);
      `,
      errors: [
        { messageId: 'unprotected', line: 2, column: 9, endLine: 2, endColumn: 23 },
      ],
    },
    // user.name vs pkg.name
    {
      code: `
        console.log(user.name, pkg.name);
      `,
      errors: [
        { messageId: 'unprotected', line: 2, column: 9, endLine: 2, endColumn: 20 },
      ],
    },
    // customer.address
    {
      code: `
        console.log(customer.address);
      `,
      errors: [
        { messageId: 'unprotected', line: 2, column: 9, endLine: 2, endColumn: 20 },
      ],
    },
    // first and last name
    {
      code: `
        import { logger } from './logger';

        logger.info(\`\${user.firstName} \${user.lastName}\`);
      `,
      errors: [
        { messageId: 'unprotected', line: 4, column: 9, endLine: 4, endColumn: 20 },
      ],
    },
    // health data
    {
      code: `
        import { logger } from './logger';

        logger.info(\`checkup: \${patient.diagnosis}\`);
      `,
      errors: [
        {
          messageId: 'unprotected', line: 4, column: 9, endLine: 4, endColumn: 20,
          data: {
            data: 'health or medical information: patient.diagnosis',
            sink: 'logger.info',
            requirements: '[TO-MIN, SM-LOG, APPI-R7-1, APPI-SEC, PPC-GL-10-6-3, PMK-J.9.2 +5 more]',
            reportable: ' A leak would be reportable from a single person (APPI-R7-1).',
          },
        },
      ],
    },
    // nested health
    {
      code: `
        import { logger } from './logger';

        logger.info({ result: checkup.medicalHistory });
      `,
      errors: [
        { messageId: 'unprotected', line: 4, column: 9, endLine: 4, endColumn: 20 },
      ],
    },
    // password in a log
    {
      code: `
        export function login(body: { email: string; password: string }) {
          console.log('login attempt', body.password);
        }
      `,
      errors: [
        { messageId: 'unprotected', line: 3, column: 11, endLine: 3, endColumn: 22 },
      ],
    },
    // card number without masking
    {
      code: `
        import { logger } from './logger';

        logger.info(\`charging card \${payment.cardNumber}\`);
      `,
      errors: [
        { messageId: 'unprotected', line: 4, column: 9, endLine: 4, endColumn: 20 },
      ],
    },
    // JSX file logging in an event handler
    {
      code: `
        export function Profile({ user }: { user: User }) {
          return <button onClick={() => console.log(user.email)}>{user.email}</button>;
        }
      `,
      filename: 'file.tsx',
      errors: [
        { messageId: 'unprotected', line: 3, column: 41, endLine: 3, endColumn: 52 },
      ],
    },
    // two sinks in one file
    {
      code: `
        export function check(user: User) {
          console.log(user.email);
          if (!user.phone) throw new Error(\`no phone for \${user.email}\`);
        }
      `,
      errors: [
        { messageId: 'unprotected', line: 3, column: 11, endLine: 3, endColumn: 22 },
        { messageId: 'errorMessage', line: 4, column: 38, endLine: 4, endColumn: 43 },
      ],
    },

    // ---- winston ----
    // winston createLogger
    {
      code: `
        import winston from 'winston';

        const logger = winston.createLogger({ transports: [new winston.transports.Console()] });

        export function onSignup(user: { email: string }) {
          logger.info(\`signup \${user.email}\`);
        }
      `,
      errors: [
        {
          messageId: 'unprotected', line: 7, column: 11, endLine: 7, endColumn: 22,
          data: {
            data: 'e-mail address: user.email',
            sink: 'logger.info',
            requirements: '[TO-MIN, SM-LOG, APPI-SEC, PPC-GL-10-6-3, PMK-J.9.2, GDPR-5-1-c +5 more]',
            reportable: '',
          },
        },
      ],
    },
    // winston named createLogger import
    {
      code: `
        import { createLogger, format, transports } from 'winston';

        const logger = createLogger({ format: format.json(), transports: [new transports.Console()] });
        logger.warn('address changed', { address: customer.address });
      `,
      errors: [
        { messageId: 'unprotected', line: 5, column: 9, endLine: 5, endColumn: 20 },
      ],
    },
    // winston default logger
    {
      code: `
        import winston from 'winston';

        winston.warn('bounce', { email: user.email });
      `,
      errors: [
        {
          messageId: 'unprotected', line: 4, column: 9, endLine: 4, endColumn: 21,
          data: {
            data: 'e-mail address: user.email',
            sink: 'winston.warn',
            requirements: '[TO-MIN, SM-LOG, APPI-SEC, PPC-GL-10-6-3, PMK-J.9.2, GDPR-5-1-c +5 more]',
            reportable: '',
          },
        },
      ],
    },
    // winston child logger
    {
      code: `
        import winston from 'winston';

        const logger = winston.createLogger({});
        export function charge(order: Order, requestId: string) {
          const requestLogger = logger.child({ requestId });
          requestLogger.error('payment failed', { cardNumber: order.cardNumber });
        }
      `,
      errors: [
        { messageId: 'unprotected', line: 7, column: 11, endLine: 7, endColumn: 30 },
      ],
    },
    // winston logger.log with level
    {
      code: `
        import winston from 'winston';

        const logger = winston.createLogger({});
        logger.log('info', \`password reset for \${user.email}\`);
      `,
      errors: [
        { messageId: 'unprotected', line: 5, column: 9, endLine: 5, endColumn: 19 },
      ],
    },

    // ---- pino, bunyan, log4js, debug, loglevel, signale ----
    // pino
    {
      code: `
        import pino from 'pino';

        const log = pino();
        log.info({ email: customer.email }, 'customer updated');
      `,
      errors: [
        {
          messageId: 'unprotected', line: 5, column: 9, endLine: 5, endColumn: 17,
          data: {
            data: 'e-mail address: customer.email',
            sink: 'log.info',
            requirements: '[TO-MIN, SM-LOG, APPI-SEC, PPC-GL-10-6-3, PMK-J.9.2, GDPR-5-1-c +5 more]',
            reportable: '',
          },
        },
      ],
    },
    // pino child logger
    {
      code: `
        import pino from 'pino';

        const log = pino({ level: 'info' });
        const authLog = log.child({ module: 'auth' });
        authLog.warn(\`login failed for \${user.email}\`);
      `,
      errors: [
        {
          messageId: 'unprotected', line: 6, column: 9, endLine: 6, endColumn: 21,
          data: {
            data: 'e-mail address: user.email',
            sink: 'authLog.warn',
            requirements: '[TO-MIN, SM-LOG, APPI-SEC, PPC-GL-10-6-3, PMK-J.9.2, GDPR-5-1-c +5 more]',
            reportable: '',
          },
        },
      ],
    },
    // pino redacting another field
    {
      code: `
        import pino from 'pino';

        const log = pino({ redact: ['password'] });
        log.info({ email: user.email }, 'profile updated');
      `,
      errors: [
        { messageId: 'unprotected', line: 5, column: 9, endLine: 5, endColumn: 17 },
      ],
    },
    // pino-http req.log
    {
      code: `
        import pinoHttp from 'pino-http';

        app.use(pinoHttp());
        app.post('/login', (req, res) => {
          req.log.info({ email: req.body.email }, 'login');
        });
      `,
      errors: [
        { messageId: 'unprotected', line: 6, column: 11, endLine: 6, endColumn: 23 },
      ],
    },
    // pino imported as named logger from module
    {
      code: `
        import { logger } from '../lib/logger';

        export function onOrder(order: Order) {
          logger.info({ shippingAddress: order.shippingAddress }, 'order placed');
        }
      `,
      errors: [
        { messageId: 'unprotected', line: 5, column: 11, endLine: 5, endColumn: 22 },
      ],
    },
    // bunyan
    {
      code: `
        import bunyan from 'bunyan';

        const log = bunyan.createLogger({ name: 'billing' });
        log.info({ phone: customer.phone }, 'sms sent');
      `,
      errors: [
        {
          messageId: 'unprotected', line: 5, column: 9, endLine: 5, endColumn: 17,
          data: {
            data: 'phone number: customer.phone',
            sink: 'log.info',
            requirements: '[TO-MIN, SM-LOG, APPI-SEC, PPC-GL-10-6-3, PMK-J.9.2, GDPR-5-1-c +5 more]',
            reportable: '',
          },
        },
      ],
    },
    // bunyan child
    {
      code: `
        import bunyan from 'bunyan';

        const log = bunyan.createLogger({ name: 'orders' });
        const child = log.child({ component: 'shipping' });
        child.error(\`cannot deliver to \${order.shippingAddress}\`);
      `,
      errors: [
        { messageId: 'unprotected', line: 6, column: 9, endLine: 6, endColumn: 20 },
      ],
    },
    // log4js
    {
      code: `
        import log4js from 'log4js';

        const logger = log4js.getLogger('users');
        logger.debug('member loaded', member.email);
      `,
      errors: [
        {
          messageId: 'unprotected', line: 5, column: 9, endLine: 5, endColumn: 21,
          data: {
            data: 'e-mail address: member.email',
            sink: 'logger.debug',
            requirements: '[TO-MIN, SM-LOG, APPI-SEC, PPC-GL-10-6-3, PMK-J.9.2, GDPR-5-1-c +5 more]',
            reportable: '',
          },
        },
      ],
    },
    // debug
    {
      code: `
        import createDebug from 'debug';

        const debug = createDebug('app:mail');
        export function send(user: User) {
          debug('sending welcome mail to %s', user.email);
        }
      `,
      errors: [
        {
          messageId: 'unprotected', line: 6, column: 11, endLine: 6, endColumn: 16,
          data: {
            data: 'e-mail address: user.email',
            sink: 'debug',
            requirements: '[TO-MIN, SM-LOG, APPI-SEC, PPC-GL-10-6-3, PMK-J.9.2, GDPR-5-1-c +5 more]',
            reportable: '',
          },
        },
      ],
    },
    // loglevel
    {
      code: `
        import log from 'loglevel';

        log.warn(\`invalid phone \${member.phoneNumber}\`);
      `,
      errors: [
        { messageId: 'unprotected', line: 4, column: 9, endLine: 4, endColumn: 17 },
      ],
    },
    // signale default
    {
      code: `
        import signale from 'signale';

        signale.success(\`Registered \${user.email}\`);
      `,
      errors: [
        {
          messageId: 'unprotected', line: 4, column: 9, endLine: 4, endColumn: 24,
          data: {
            data: 'e-mail address: user.email',
            sink: 'signale.success',
            requirements: '[TO-MIN, SM-LOG, APPI-SEC, PPC-GL-10-6-3, PMK-J.9.2, GDPR-5-1-c +5 more]',
            reportable: '',
          },
        },
      ],
    },
    // signale instance without secrets
    {
      code: `
        import { Signale } from 'signale';

        const logger = new Signale({ scope: 'signup' });
        logger.info(\`Registered \${user.email}\`);
      `,
      errors: [
        { messageId: 'unprotected', line: 5, column: 9, endLine: 5, endColumn: 20 },
      ],
    },

    // ---- NestJS, morgan, fastify ----
    // NestJS static Logger
    {
      code: `
        import { Logger } from '@nestjs/common';

        export function created(dto: CreateEmployeeDto) {
          Logger.log(\`Created employee \${dto.fullName}\`, 'EmployeesService');
        }
      `,
      errors: [
        {
          messageId: 'unprotected', line: 5, column: 11, endLine: 5, endColumn: 21,
          data: {
            data: 'name: dto.fullName',
            sink: 'Logger.log',
            requirements: '[TO-MIN, SM-LOG, APPI-SEC, PPC-GL-10-6-3, PMK-J.9.2, GDPR-5-1-c +5 more]',
            reportable: '',
          },
        },
      ],
    },
    // NestJS Logger field
    {
      code: `
        import { Injectable, Logger } from '@nestjs/common';

        @Injectable()
        export class UsersService {
          private readonly logger = new Logger(UsersService.name);

          create(dto: CreateUserDto) {
            this.logger.log(\`Creating user \${dto.email}\`);
          }
        }
      `,
      errors: [
        {
          messageId: 'unprotected', line: 9, column: 13, endLine: 9, endColumn: 28,
          data: {
            data: 'e-mail address: dto.email',
            sink: 'this.logger.log',
            requirements: '[TO-MIN, SM-LOG, APPI-SEC, PPC-GL-10-6-3, PMK-J.9.2, GDPR-5-1-c +5 more]',
            reportable: '',
          },
        },
      ],
    },
    // NestJS LoggerService injected in the constructor
    {
      code: `
        import { Injectable, LoggerService } from '@nestjs/common';

        @Injectable()
        export class MailService {
          constructor(private readonly logger: LoggerService) {}

          bounced(user: User) {
            this.logger.warn(\`bounce for \${user.email}\`);
          }
        }
      `,
      errors: [
        { messageId: 'unprotected', line: 9, column: 13, endLine: 9, endColumn: 29 },
      ],
    },
    // NestJS Logger injected in the constructor
    {
      code: `
        import { Injectable, Logger } from '@nestjs/common';

        @Injectable()
        export class PayrollService {
          constructor(private readonly logger: Logger) {}

          failed(employee: Employee) {
            this.logger.error(\`transfer failed for account \${employee.bankAccountNumber}\`);
          }
        }
      `,
      errors: [
        { messageId: 'unprotected', line: 9, column: 13, endLine: 9, endColumn: 30 },
      ],
    },
    // morgan token callback
    {
      code: `
        import morgan from 'morgan';

        morgan.token('email', (req) => req.body.email);
      `,
      errors: [
        {
          messageId: 'unprotected', line: 4, column: 9, endLine: 4, endColumn: 21,
          data: {
            data: 'e-mail address: req.body.email',
            sink: 'morgan.token',
            requirements: '[TO-MIN, SM-LOG, APPI-SEC, PPC-GL-10-6-3, PMK-J.9.2, GDPR-5-1-c +5 more]',
            reportable: '',
          },
        },
      ],
    },
    // morgan format function
    {
      code: `
        import express from 'express';
        import morgan from 'morgan';

        const app = express();
        app.use(morgan((tokens, req, res) => [tokens.method(req, res), tokens.url(req, res), req.body.phone].join(' ')));
      `,
      errors: [
        { messageId: 'unprotected', line: 6, column: 17, endLine: 6, endColumn: 23 },
      ],
    },
    // fastify request.log
    {
      code: `
        import Fastify from 'fastify';

        const app = Fastify({ logger: true });
        app.post('/signup', async (request, reply) => {
          const { email } = request.body as { email: string };
          request.log.info({ email }, 'signup');
          return reply.code(201).send();
        });
      `,
      errors: [
        {
          messageId: 'unprotected', line: 7, column: 11, endLine: 7, endColumn: 27,
          data: {
            data: 'e-mail address: email',
            sink: 'request.log.info',
            requirements: '[TO-MIN, SM-LOG, APPI-SEC, PPC-GL-10-6-3, PMK-J.9.2, GDPR-5-1-c +5 more]',
            reportable: '',
          },
        },
      ],
    },
    // fastify app.log
    {
      code: `
        import Fastify from 'fastify';

        const app = Fastify({ logger: true });
        export function imported(customer: Customer) {
          app.log.info(\`imported \${customer.fullName}\`);
        }
      `,
      errors: [
        { messageId: 'unprotected', line: 6, column: 11, endLine: 6, endColumn: 23 },
      ],
    },

    // ---- error messages ----
    // throw new Error with an e-mail
    {
      code: `
        export async function findByEmail(user: { email: string }) {
          const found = await repo.findOne({ where: { email: user.email } });
          if (!found) throw new Error(\`No account for \${user.email}\`);
          return found;
        }
      `,
      errors: [
        {
          messageId: 'errorMessage', line: 4, column: 33, endLine: 4, endColumn: 38,
          data: {
            data: 'e-mail address: user.email',
            sink: 'Error',
            requirements: '[TO-MIN, SM-LOG, APPI-SEC, PPC-GL-10-6-3, PMK-J.9.2, GDPR-5-1-c +6 more]',
            reportable: '',
          },
        },
      ],
    },
    // TypeError with a name
    {
      code: `
        function assertName(customer: Customer) {
          if (customer.lastName.length > 50) throw new TypeError(\`Name too long: \${customer.lastName}\`);
        }
      `,
      errors: [
        { messageId: 'errorMessage', line: 3, column: 56, endLine: 3, endColumn: 65 },
      ],
    },
    // NestJS exception
    {
      code: `
        import { NotFoundException } from '@nestjs/common';

        export function missing(dto: { email: string }) {
          throw new NotFoundException(\`Employee \${dto.email} not found\`);
        }
      `,
      errors: [
        {
          messageId: 'errorMessage', line: 5, column: 21, endLine: 5, endColumn: 38,
          data: {
            data: 'e-mail address: dto.email',
            sink: 'NotFoundException',
            requirements: '[TO-MIN, SM-LOG, APPI-SEC, PPC-GL-10-6-3, PMK-J.9.2, GDPR-5-1-c +6 more]',
            reportable: '',
          },
        },
      ],
    },
    // project error class
    {
      code: `
        class ValidationError extends Error {}

        export function validate(form: { phone: string }) {
          if (!/^0\\d+$/.test(form.phone)) throw new ValidationError(\`invalid phone \${form.phone}\`);
        }
      `,
      errors: [
        { messageId: 'errorMessage', line: 5, column: 53, endLine: 5, endColumn: 68 },
      ],
    },

    // ---- flow ----
    // flow through a variable
    {
      code: `
        import { logger } from './logger';

        const to = user.email;
        logger.info(\`mail queued for \${to}\`);
      `,
      errors: [
        { messageId: 'unprotected', line: 5, column: 9, endLine: 5, endColumn: 20 },
      ],
    },
    // flow through reassignment and +=
    {
      code: `
        let line = 'customer: ';
        line += customer.phoneNumber;
        console.log(line);
      `,
      errors: [
        { messageId: 'unprotected', line: 4, column: 9, endLine: 4, endColumn: 20 },
      ],
    },
    // destructuring with renaming
    {
      code: `
        import { logger } from './logger';

        const { phoneNumber: n } = customer;
        logger.info(n);
      `,
      errors: [
        {
          messageId: 'unprotected', line: 5, column: 9, endLine: 5, endColumn: 20,
          data: {
            data: 'phone number: n',
            sink: 'logger.info',
            requirements: '[TO-MIN, SM-LOG, APPI-SEC, PPC-GL-10-6-3, PMK-J.9.2, GDPR-5-1-c +5 more]',
            reportable: '',
          },
        },
      ],
    },
    // nested destructuring
    {
      code: `
        import { logger } from './logger';

        export function show(account: Account) {
          const { profile: { email } } = account;
          logger.debug(\`profile of \${email}\`);
        }
      `,
      errors: [
        { messageId: 'unprotected', line: 6, column: 11, endLine: 6, endColumn: 23 },
      ],
    },
    // destructured parameter
    {
      code: `
        import { logger } from './logger';

        export function welcome({ email, plan }: { email: string; plan: string }) {
          logger.info(\`welcome \${email} on \${plan}\`);
        }
      `,
      errors: [
        { messageId: 'unprotected', line: 5, column: 11, endLine: 5, endColumn: 22 },
      ],
    },
    // awaited destructuring
    {
      code: `
        const { email } = await getUser(id);
        console.log(email);
      `,
      errors: [
        { messageId: 'unprotected', line: 3, column: 9, endLine: 3, endColumn: 20 },
      ],
    },
    // for-of loop variable
    {
      code: `
        for (const c of customers) {
          console.log(c.email);
        }
      `,
      errors: [
        { messageId: 'unprotected', line: 3, column: 11, endLine: 3, endColumn: 22 },
      ],
    },
    // object literal
    {
      code: `
        import { logger } from './logger';

        logger.info('mail sent', { to: user.email, template: 'welcome' });
      `,
      errors: [
        { messageId: 'unprotected', line: 4, column: 9, endLine: 4, endColumn: 20 },
      ],
    },
    // array literal joined
    {
      code: `
        import { logger } from './logger';

        logger.info([user.email, user.phone].join(', '));
      `,
      errors: [
        { messageId: 'unprotected', line: 4, column: 9, endLine: 4, endColumn: 20 },
      ],
    },
    // concatenation
    {
      code: `
        console.log('Customer: ' + customer.fullName + ' (' + customer.id + ')');
      `,
      errors: [
        { messageId: 'unprotected', line: 2, column: 9, endLine: 2, endColumn: 20 },
      ],
    },
    // spread of a field object
    {
      code: `
        import { logger } from './logger';

        const contact = { email: user.email, phone: user.phone };
        logger.info({ ...contact, step: 'verify' });
      `,
      errors: [
        { messageId: 'unprotected', line: 5, column: 9, endLine: 5, endColumn: 20 },
      ],
    },
    // JSON.stringify of a field
    {
      code: `
        import { logger } from './logger';

        logger.info(JSON.stringify({ mail: user.email }));
      `,
      errors: [
        { messageId: 'unprotected', line: 4, column: 9, endLine: 4, endColumn: 20 },
      ],
    },
    // string methods
    {
      code: `
        import { logger } from './logger';

        logger.info(user.email.trim().toLowerCase());
      `,
      errors: [
        { messageId: 'unprotected', line: 4, column: 9, endLine: 4, endColumn: 20 },
      ],
    },
    // String()
    {
      code: `
        console.log(String(user.phone));
      `,
      errors: [
        { messageId: 'unprotected', line: 2, column: 9, endLine: 2, endColumn: 20 },
      ],
    },
    // util.format
    {
      code: `
        import util from 'node:util';
        import { logger } from './logger';

        logger.info(util.format('to %s', user.email));
      `,
      errors: [
        { messageId: 'unprotected', line: 5, column: 9, endLine: 5, endColumn: 20 },
      ],
    },
    // optional chaining and nullish
    {
      code: `
        import { logger } from './logger';

        logger.info(user?.email ?? 'unknown');
      `,
      errors: [
        { messageId: 'unprotected', line: 4, column: 9, endLine: 4, endColumn: 20 },
      ],
    },
    // ternary value
    {
      code: `
        console.log(user.emailVerified ? 'verified' : user.email);
      `,
      errors: [
        { messageId: 'unprotected', line: 2, column: 9, endLine: 2, endColumn: 20 },
      ],
    },
    // phone reformatted with replace is not masked
    {
      code: `
        import { logger } from './logger';

        logger.info(customer.phone.replace(/-/g, ''));
      `,
      errors: [
        { messageId: 'unprotected', line: 4, column: 9, endLine: 4, endColumn: 20 },
      ],
    },
    // local function return value
    {
      code: `
        import { logger } from './logger';

        function describe(u: User) {
          return u.email;
        }

        logger.info(describe(user));
      `,
      errors: [
        {
          messageId: 'unprotected', line: 8, column: 9, endLine: 8, endColumn: 20,
          data: {
            data: 'e-mail address: u.email',
            sink: 'logger.info',
            requirements: '[TO-MIN, SM-LOG, APPI-SEC, PPC-GL-10-6-3, PMK-J.9.2, GDPR-5-1-c +5 more]',
            reportable: '',
          },
        },
      ],
    },
    // local arrow function return value
    {
      code: `
        import { logger } from './logger';

        const label = (c: Customer) => \`\${c.lastName} \${c.firstName}\`;
        logger.info(\`shipping to \${label(customer)}\`);
      `,
      errors: [
        { messageId: 'unprotected', line: 5, column: 9, endLine: 5, endColumn: 20 },
      ],
    },
    // array map callback
    {
      code: `
        import { logger } from './logger';

        logger.info(users.map((u) => u.email).join(','));
      `,
      errors: [
        { messageId: 'unprotected', line: 4, column: 9, endLine: 4, endColumn: 20 },
      ],
    },
    // filter and map chain through a variable
    {
      code: `
        import { logger } from './logger';

        const recipients = members.filter((m) => m.optIn).map((m) => m.email);
        logger.debug(\`newsletter to \${recipients.join(', ')}\`);
      `,
      errors: [
        { messageId: 'unprotected', line: 5, column: 9, endLine: 5, endColumn: 21 },
      ],
    },
    // forEach callback
    {
      code: `
        customers.forEach((c) => {
          console.log(c.phoneNumber);
        });
      `,
      errors: [
        { messageId: 'unprotected', line: 3, column: 11, endLine: 3, endColumn: 22 },
      ],
    },

    // ---- whole records ----
    // whole user record
    {
      code: `
        import { logger } from './logger';

        export async function register(input: SignupInput) {
          const user = await prisma.user.create({ data: input });
          logger.info(user);
        }
      `,
      errors: [
        {
          messageId: 'wholeRecord', line: 6, column: 11, endLine: 6, endColumn: 22,
          data: {
            data: 'personal record (whole object): user',
            sink: 'logger.info',
            requirements: '[TO-MIN, SM-LOG, APPI-SEC, PPC-GL-10-6-3, PMK-J.9.2, GDPR-5-1-c +6 more]',
            reportable: '',
          },
        },
      ],
    },
    // whole record from a parameter
    {
      code: `
        export function debugUser(user: User) {
          console.log(user);
        }
      `,
      errors: [
        { messageId: 'wholeRecord', line: 3, column: 11, endLine: 3, endColumn: 22 },
      ],
    },
    // JSON.stringify of a whole customer
    {
      code: `
        import { logger } from './logger';

        export function saved(customer: Customer) {
          logger.info(\`saved \${JSON.stringify(customer)}\`);
        }
      `,
      errors: [
        {
          messageId: 'wholeRecord', line: 5, column: 11, endLine: 5, endColumn: 22,
          data: {
            data: 'personal record (whole object): customer',
            sink: 'logger.info',
            requirements: '[TO-MIN, SM-LOG, APPI-SEC, PPC-GL-10-6-3, PMK-J.9.2, GDPR-5-1-c +6 more]',
            reportable: '',
          },
        },
      ],
    },
    // spread of a patient
    {
      code: `
        const patient = await prisma.patient.findUnique({ where: { id } });
        console.log({ ...patient, loadedAt: Date.now() });
      `,
      errors: [
        { messageId: 'wholeRecord', line: 3, column: 9, endLine: 3, endColumn: 20 },
      ],
    },
    // whole record inside an object
    {
      code: `
        import { logger } from './logger';

        const user = await userRepository.save(input);
        logger.info('user created', { user });
      `,
      errors: [
        { messageId: 'wholeRecord', line: 5, column: 9, endLine: 5, endColumn: 20 },
      ],
    },
    // req.body in an error log
    {
      code: `
        import { logger } from './logger';

        app.post('/signup', (req, res) => {
          logger.error('signup failed', req.body);
        });
      `,
      errors: [
        {
          messageId: 'wholeRecord', line: 5, column: 11, endLine: 5, endColumn: 23,
          data: {
            data: 'personal record (whole object): req.body',
            sink: 'logger.error',
            requirements: '[TO-MIN, SM-LOG, APPI-SEC, PPC-GL-10-6-3, PMK-J.9.2, GDPR-5-1-c +6 more]',
            reportable: '',
          },
        },
      ],
    },
    // JSON.stringify of a DTO with a declared type
    {
      code: `
        import { Injectable, Logger } from '@nestjs/common';

        interface UpdateEmployeeDto {
          fullName: string;
          email: string;
        }

        @Injectable()
        export class EmployeesService {
          private readonly logger = new Logger(EmployeesService.name);

          update(id: string, dto: UpdateEmployeeDto) {
            this.logger.log(\`update \${id}: \${JSON.stringify(dto)}\`);
          }
        }
      `,
      errors: [
        {
          messageId: 'wholeRecord', line: 14, column: 13, endLine: 14, endColumn: 28,
          data: {
            data: 'name: dto.fullName, e-mail address: dto.email',
            sink: 'this.logger.log',
            requirements: '[TO-MIN, SM-LOG, APPI-SEC, PPC-GL-10-6-3, PMK-J.9.2, GDPR-5-1-c +6 more]',
            reportable: '',
          },
        },
      ],
    },
    // NestJS @Body() DTO class
    {
      code: `
        import { Body, Controller, Logger, Post } from '@nestjs/common';

        class CreateEmployeeDto {
          fullName!: string;
          email!: string;
        }

        @Controller('employees')
        export class EmployeesController {
          private readonly logger = new Logger(EmployeesController.name);

          @Post()
          create(@Body() dto: CreateEmployeeDto) {
            this.logger.debug(dto);
          }
        }
      `,
      errors: [
        {
          messageId: 'wholeRecord', line: 15, column: 13, endLine: 15, endColumn: 30,
          data: {
            data: 'personal record (whole object): dto',
            sink: 'this.logger.debug',
            requirements: '[TO-MIN, SM-LOG, APPI-SEC, PPC-GL-10-6-3, PMK-J.9.2, GDPR-5-1-c +6 more]',
            reportable: '',
          },
        },
      ],
    },

    // ---- whole records known by the personal fields read from them ----
    // Apps Script: a row whose e-mail column is read by its header, logged whole
    {
      code: `
        function validateCustomers() {
          const sheet = SpreadsheetApp.getActive().getSheetByName('顧客一覧');
          const [header, ...rows] = sheet.getDataRange().getValues();
          const iMail = header.indexOf('メールアドレス');
          rows.forEach((row, i) => {
            if (!/^[^@\\s]+@[^@\\s]+$/.test(row[iMail])) {
              Logger.log(\`\${i + 2}行目が不正: \${JSON.stringify(row)}\`);
            }
          });
        }
      `,
      errors: [
        {
          messageId: 'wholeRecord', line: 8, column: 15, endLine: 8, endColumn: 25,
          data: {
            data: 'e-mail address: row.メールアドレス',
            sink: 'Logger.log',
            requirements: '[TO-MIN, SM-LOG, APPI-SEC, PPC-GL-10-6-3, PMK-J.9.2, GDPR-5-1-c +6 more]',
            reportable: '',
          },
        },
      ],
    },
    // Notion: a database row whose phone column is read by its key, serialised whole
    {
      code: `
        import { Client } from '@notionhq/client';

        const notion = new Client({ auth: process.env.NOTION_TOKEN });

        export async function loadCustomers(databaseId: string) {
          const { results } = await notion.databases.query({ database_id: databaseId });
          for (const page of results) {
            if (!('properties' in page)) continue;
            const props = page.properties;
            if (props['電話番号']?.type !== 'phone_number') {
              console.warn('unexpected row', JSON.stringify(props));
            }
          }
        }
      `,
      errors: [
        {
          messageId: 'wholeRecord', line: 12, column: 15, endLine: 12, endColumn: 27,
          data: {
            data: 'phone number: props.電話番号',
            sink: 'console.warn',
            requirements: '[TO-MIN, SM-LOG, APPI-SEC, PPC-GL-10-6-3, PMK-J.9.2, GDPR-5-1-c +6 more]',
            reportable: '',
          },
        },
      ],
    },
    // a customer whose e-mail is checked, serialised whole
    {
      code: `
        import { logger } from './logger';

        const c = await db.customer.findFirst();
        if (!c.email) logger.warn(JSON.stringify(c));
      `,
      errors: [
        {
          messageId: 'wholeRecord', line: 5, column: 23, endLine: 5, endColumn: 34,
          data: {
            data: 'e-mail address: c.email',
            sink: 'logger.warn',
            requirements: '[TO-MIN, SM-LOG, APPI-SEC, PPC-GL-10-6-3, PMK-J.9.2, GDPR-5-1-c +6 more]',
            reportable: '',
          },
        },
      ],
    },
    // a row read through a local column finder, logged as it is
    {
      code: `
        function checkAddresses(values) {
          const col = (label) => values[0].indexOf(label);
          for (const r of values.slice(1)) {
            if (!r[col('住所')]) Logger.log(r);
            Logger.log(r[col('会員番号')]);
          }
        }
      `,
      errors: [
        { messageId: 'wholeRecord', line: 5, column: 32, endLine: 5, endColumn: 42 },
      ],
    },
    // a parameter whose phone number is checked, spread into the log
    {
      code: `
        export function check(r) {
          if (!r.phoneNumber) console.log({ ...r, checked: true });
        }
      `,
      errors: [
        { messageId: 'wholeRecord', line: 3, column: 31, endLine: 3, endColumn: 42 },
      ],
    },

    // ---- weak protection and My Number ----
    // weak: btoa
    {
      code: `
        import { logger } from './logger';

        logger.info(\`token \${btoa(user.email)}\`);
      `,
      errors: [
        {
          messageId: 'weakProtection', line: 4, column: 9, endLine: 4, endColumn: 20,
          data: {
            data: 'e-mail address: user.email',
            sink: 'logger.info',
            protection: 'Base64 (btoa)',
            requirements: '[TO-MIN, SM-LOG, APPI-R7-ENC, APPI-SEC, PPC-GL-10-6-3, PMK-J.9.2 +7 more]',
            reportable: '',
          },
        },
      ],
    },
    // weak: Buffer base64
    {
      code: `
        import { logger } from './logger';

        const encoded = Buffer.from(customer.phone).toString('base64');
        logger.info({ encoded });
      `,
      errors: [
        {
          messageId: 'weakProtection', line: 5, column: 9, endLine: 5, endColumn: 20,
          data: {
            data: 'phone number: customer.phone',
            sink: 'logger.info',
            protection: 'Base64 (Buffer.toString(\'base64\'))',
            requirements: '[TO-MIN, SM-LOG, APPI-R7-ENC, APPI-SEC, PPC-GL-10-6-3, PMK-J.9.2 +7 more]',
            reportable: '',
          },
        },
      ],
    },
    // weak: unsalted sha256 of an e-mail
    {
      code: `
        import { createHash } from 'node:crypto';
        import { logger } from './logger';

        const digest = createHash('sha256').update(user.email).digest('hex');
        logger.info({ digest }, 'matched');
      `,
      errors: [
        {
          messageId: 'weakProtection', line: 6, column: 9, endLine: 6, endColumn: 20,
          data: {
            data: 'e-mail address: user.email',
            sink: 'logger.info',
            protection: 'crypto.createHash (unsalted hash)',
            requirements: '[TO-MIN, SM-LOG, APPI-R7-ENC, APPI-SEC, PPC-GL-10-6-3, PMK-J.9.2 +7 more]',
            reportable: '',
          },
        },
      ],
    },
    // weak: md5 package
    {
      code: `
        import md5 from 'md5';

        console.log(md5(user.email));
      `,
      errors: [
        { messageId: 'weakProtection', line: 4, column: 9, endLine: 4, endColumn: 20 },
      ],
    },
    // My Number HMAC is still reported
    {
      code: `
        import { createHmac } from 'node:crypto';
        import { Injectable, Logger } from '@nestjs/common';

        @Injectable()
        export class MyNumberService {
          private readonly logger = new Logger(MyNumberService.name);

          register(employee: Employee) {
            const ref = createHmac('sha256', process.env.MYNUMBER_KEY!).update(employee.myNumber).digest('hex');
            this.logger.log(\`registered \${ref}\`);
          }
        }
      `,
      errors: [
        {
          messageId: 'weakProtection', line: 11, column: 13, endLine: 11, endColumn: 28,
          data: {
            data: 'My Number (individual number): employee.myNumber',
            sink: 'this.logger.log',
            protection: 'crypto.createHmac',
            requirements: '[TO-MIN, SM-LOG, APPI-R7-ENC, APPI-SEC, PPC-GL-10-6-3, MYN-FILE +9 more]',
            reportable: ' A leak would be reportable from a single person (MYN-BREACH).',
          },
        },
      ],
    },
    // My Number last four is still reported
    {
      code: `
        import { logger } from './logger';

        logger.info(\`My Number ending \${employee.myNumber.slice(-4)}\`);
      `,
      errors: [
        {
          messageId: 'weakProtection', line: 4, column: 9, endLine: 4, endColumn: 20,
          data: {
            data: 'My Number (individual number): employee.myNumber',
            sink: 'logger.info',
            protection: 'slice(-4)',
            requirements: '[TO-MIN, SM-LOG, APPI-R7-ENC, APPI-SEC, PPC-GL-10-6-3, MYN-FILE +9 more]',
            reportable: ' A leak would be reportable from a single person (MYN-BREACH).',
          },
        },
      ],
    },
    // unconfigured helper is not a sanitizer
    {
      code: `
        import { logger } from './logger';

        logger.info(hidePii(user.email));
      `,
      errors: [
        { messageId: 'unprotected', line: 4, column: 9, endLine: 4, endColumn: 20 },
      ],
    },
    // conceal without config
    {
      code: `
        import { conceal } from '@acme/privacy';
        import { logger } from './logger';

        logger.info(conceal(customer.phone));
      `,
      errors: [
        { messageId: 'unprotected', line: 5, column: 9, endLine: 5, endColumn: 20 },
      ],
    },

    // ---- Japanese vocabulary ----
    // romaji denwaBangou
    {
      code: `
        console.log(kokyaku.denwaBangou);
      `,
      errors: [
        {
          messageId: 'unprotected', line: 2, column: 9, endLine: 2, endColumn: 20,
          data: {
            data: 'phone number: kokyaku.denwaBangou',
            sink: 'console.log',
            requirements: '[TO-MIN, SM-LOG, APPI-SEC, PPC-GL-10-6-3, PMK-J.9.2, GDPR-5-1-c +5 more]',
            reportable: '',
          },
        },
      ],
    },
    // romaji shimei
    {
      code: `
        import { logger } from './logger';

        const shimei = row.shimei;
        logger.info(\`登録: \${shimei}\`);
      `,
      errors: [
        { messageId: 'unprotected', line: 5, column: 9, endLine: 5, endColumn: 20 },
      ],
    },
    // romaji juusho
    {
      code: `
        console.log(\`\${kaiin.juusho}\`);
      `,
      errors: [
        {
          messageId: 'unprotected', line: 2, column: 9, endLine: 2, endColumn: 20,
          data: {
            data: 'postal address: kaiin.juusho',
            sink: 'console.log',
            requirements: '[TO-MIN, SM-LOG, APPI-SEC, PPC-GL-10-6-3, PMK-J.9.2, GDPR-5-1-c +5 more]',
            reportable: '',
          },
        },
      ],
    },
    // kanji key in brackets
    {
      code: `
        import { logger } from './logger';

        for (const row of rows) {
          logger.info(row['氏名']);
        }
      `,
      errors: [
        {
          messageId: 'unprotected', line: 5, column: 11, endLine: 5, endColumn: 22,
          data: {
            data: 'name: row[\'氏名\']',
            sink: 'logger.info',
            requirements: '[TO-MIN, SM-LOG, APPI-SEC, PPC-GL-10-6-3, PMK-J.9.2, GDPR-5-1-c +5 more]',
            reportable: '',
          },
        },
      ],
    },
    // kanji property
    {
      code: `
        console.log(record.電話番号);
      `,
      errors: [
        {
          messageId: 'unprotected', line: 2, column: 9, endLine: 2, endColumn: 20,
          data: {
            data: 'phone number: record.電話番号',
            sink: 'console.log',
            requirements: '[TO-MIN, SM-LOG, APPI-SEC, PPC-GL-10-6-3, PMK-J.9.2, GDPR-5-1-c +5 more]',
            reportable: '',
          },
        },
      ],
    },
    // kanji address
    {
      code: `
        import { logger } from './logger';

        logger.info({ 住所: customer.住所 });
      `,
      errors: [
        { messageId: 'unprotected', line: 4, column: 9, endLine: 4, endColumn: 20 },
      ],
    },
    // katakana furigana
    {
      code: `
        import { logger } from './logger';

        logger.debug(\`読み: \${row['フリガナ']}\`);
      `,
      errors: [
        {
          messageId: 'unprotected', line: 4, column: 9, endLine: 4, endColumn: 21,
          data: {
            data: 'name reading (kana): row[\'フリガナ\']',
            sink: 'logger.debug',
            requirements: '[TO-MIN, SM-LOG, APPI-SEC, PPC-GL-10-6-3, PMK-J.9.2, GDPR-5-1-c +5 more]',
            reportable: '',
          },
        },
      ],
    },
    // kanji destructuring of a customer name
    {
      code: `
        const { 顧客名 } = row;
        console.log(顧客名);
      `,
      errors: [
        { messageId: 'unprotected', line: 3, column: 9, endLine: 3, endColumn: 20 },
      ],
    },
    // kanji 会員 record whole
    {
      code: `
        const 会員情報 = await fetchMember(id);
        console.log(会員情報);
      `,
      errors: [
        {
          messageId: 'wholeRecord', line: 3, column: 9, endLine: 3, endColumn: 20,
          data: {
            data: 'personal record (whole object): 会員情報',
            sink: 'console.log',
            requirements: '[TO-MIN, SM-LOG, APPI-SEC, PPC-GL-10-6-3, PMK-J.9.2, GDPR-5-1-c +6 more]',
            reportable: '',
          },
        },
      ],
    },
    // Japanese label message with value
    {
      code: `
        console.log(\`電話番号: \${customer.phone}\`);
      `,
      errors: [
        { messageId: 'unprotected', line: 2, column: 9, endLine: 2, endColumn: 20 },
      ],
    },

    // ---- locale and configuration ----
    // locale ja: unprotected
    {
      code: `
        import { logger } from './logger';

        logger.info(\`signup \${user.email}\`);
      `,
      options: [{ locale: 'ja' }],
      errors: [
        {
          messageId: 'unprotectedJa', line: 4, column: 9, endLine: 4, endColumn: 20,
          data: {
            data: 'メールアドレス: user.email',
            sink: 'logger.info',
            requirements: '[TO-MIN, SM-LOG, APPI-SEC, PPC-GL-10-6-3, PMK-J.9.2, GDPR-5-1-c ほか5件]',
            reportable: '',
          },
        },
      ],
    },
    // locale ja: whole record
    {
      code: `
        const customer = await repo.findOne(id);
        console.log(customer);
      `,
      options: [{ locale: 'ja' }],
      errors: [
        {
          messageId: 'wholeRecordJa', line: 3, column: 9, endLine: 3, endColumn: 20,
          data: {
            data: '個人情報を含むレコード全体: customer',
            sink: 'console.log',
            requirements: '[TO-MIN, SM-LOG, APPI-SEC, PPC-GL-10-6-3, PMK-J.9.2, GDPR-5-1-c ほか6件]',
            reportable: '',
          },
        },
      ],
    },
    // locale ja: error message
    {
      code: `
        throw new Error(\`電話番号 \${member.phone} は登録済みです\`);
      `,
      options: [{ locale: 'ja' }],
      errors: [
        {
          messageId: 'errorMessageJa', line: 2, column: 19, endLine: 2, endColumn: 24,
          data: {
            data: '電話番号: member.phone',
            sink: 'Error',
            requirements: '[TO-MIN, SM-LOG, APPI-SEC, PPC-GL-10-6-3, PMK-J.9.2, GDPR-5-1-c ほか6件]',
            reportable: '',
          },
        },
      ],
    },
    // locale ja: weak protection
    {
      code: `
        import { logger } from './logger';

        logger.info(btoa(user.phone));
      `,
      options: [{ locale: 'ja' }],
      errors: [
        {
          messageId: 'weakProtectionJa', line: 4, column: 9, endLine: 4, endColumn: 20,
          data: {
            data: '電話番号: user.phone',
            sink: 'logger.info',
            protection: 'Base64 (btoa)',
            requirements: '[TO-MIN, SM-LOG, APPI-R7-ENC, APPI-SEC, PPC-GL-10-6-3, PMK-J.9.2 ほか7件]',
            reportable: '',
          },
        },
      ],
    },
    // locale ja through shared settings
    {
      code: `
        console.log(user.email);
      `,
      settings: { piiGuard: { locale: 'ja' } },
      errors: [
        {
          messageId: 'unprotectedJa', line: 2, column: 9, endLine: 2, endColumn: 20,
          data: {
            data: 'メールアドレス: user.email',
            sink: 'console.log',
            requirements: '[TO-MIN, SM-LOG, APPI-SEC, PPC-GL-10-6-3, PMK-J.9.2, GDPR-5-1-c ほか5件]',
            reportable: '',
          },
        },
      ],
    },
    // rule options win over shared settings
    {
      code: `
        console.log(user.email);
      `,
      options: [{ locale: 'en' }],
      settings: { piiGuard: { locale: 'ja' } },
      errors: [
        { messageId: 'unprotected', line: 2, column: 9, endLine: 2, endColumn: 20 },
      ],
    },
    // minConfidence low reports a weak term
    {
      code: `
        console.log(row.yomi);
      `,
      options: [{ minConfidence: 'low' }],
      errors: [
        { messageId: 'unprotected', line: 2, column: 9, endLine: 2, endColumn: 20 },
      ],
    },
    // minConfidence low reports a birth date alone
    {
      code: `
        console.log(member.dateOfBirth);
      `,
      options: [{ minConfidence: 'low' }],
      errors: [
        {
          messageId: 'unprotected', line: 2, column: 9, endLine: 2, endColumn: 20,
          data: {
            data: 'date of birth: member.dateOfBirth',
            sink: 'console.log',
            requirements: '[TO-MIN, SM-LOG, APPI-SEC, PPC-GL-10-6-3, PMK-J.9.2, GDPR-5-1-c +5 more]',
            reportable: '',
          },
        },
      ],
    },
    // kana is reported at the default confidence
    {
      code: `
        console.log(item.kana);
      `,
      errors: [
        { messageId: 'unprotected', line: 2, column: 9, endLine: 2, endColumn: 20 },
      ],
    },
    // names.extra adds a project name
    {
      code: `
        import { logger } from './logger';

        logger.info(\`sync \${row.kinkyuRenraku}\`);
      `,
      options: [{ names: { extra: { kinkyuRenraku: 'phone' } } }],
      errors: [
        {
          messageId: 'unprotected', line: 4, column: 9, endLine: 4, endColumn: 20,
          data: {
            data: 'phone number: row.kinkyuRenraku',
            sink: 'logger.info',
            requirements: '[TO-MIN, SM-LOG, APPI-SEC, PPC-GL-10-6-3, PMK-J.9.2, GDPR-5-1-c +5 more]',
            reportable: '',
          },
        },
      ],
    },
    // nickname is reported without names.ignore
    {
      code: `
        import { logger } from './logger';

        logger.info(\`hello \${user.nickname}\`);
      `,
      errors: [
        { messageId: 'unprotected', line: 4, column: 9, endLine: 4, endColumn: 20 },
      ],
    },
    // a configured sanitizer does not cover other data
    {
      code: `
        import { logger } from './logger';

        logger.info(\`\${hidePii(user.email)} \${user.phone}\`);
      `,
      options: [{ sanitizers: [{ name: 'hidePii' }] }],
      errors: [
        { messageId: 'unprotected', line: 4, column: 9, endLine: 4, endColumn: 20 },
      ],
    },
    // approval for e-mail does not cover phones
    {
      code: `
        import { logger } from './logger';

        logger.info('contact changed', { email: user.email, phone: user.phone });
      `,
      options: [{ policy: { approved: [{ kinds: ['email'], sinks: ['log'], reason: 'Audit log of contact changes, approved by the DPO' }] } }],
      errors: [
        { messageId: 'unprotected', line: 4, column: 9, endLine: 4, endColumn: 20 },
      ],
    },
    // approval for exports does not cover logs
    {
      code: `
        import { logger } from './logger';

        logger.info(user.email);
      `,
      settings: { piiGuard: { policy: { approved: [{ kinds: ['email'], sinks: ['export'], reason: 'Monthly CRM export' }] } } },
      errors: [
        { messageId: 'unprotected', line: 4, column: 9, endLine: 4, endColumn: 20 },
      ],
    },
  ],
});

// RuleTester has no way to expect a configuration error, so these run the rule through ESLint's Linter.
function lint(options: unknown, settings: Record<string, unknown> = {}): Linter.LintMessage[] {
  const linter = new Linter({ configType: 'flat' });
  return linter.verify(
    'console.log(user.email);\n',
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser },
        // typescript-eslint's RuleModule and ESLint's Rule.RuleModule describe the same object with different types.
        plugins: { 'pii-guard': { rules: { 'no-pii-in-logs': rule as unknown as Rule.RuleModule } } },
        rules: { 'pii-guard/no-pii-in-logs': options === undefined ? 'error' : ['error', options] },
        settings,
      },
    ],
    'file.ts',
  );
}

describe('no-pii-in-logs configuration', () => {
  it('reports through the Linter with a valid configuration', () => {
    expect(lint({ locale: 'ja' }).map((m) => m.messageId)).toEqual(['unprotectedJa']);
  });

  it('rejects an unknown option key, naming it', () => {
    expect(() => lint({ foo: 1 })).toThrow(/Unexpected property "foo"/);
  });

  it('rejects an unknown data kind in names.extra, naming the key and the kind', () => {
    expect(() => lint({ names: { extra: { kokyakuKodo: 'shoeSize' } } })).toThrow(
      /Invalid PII Guard configuration in rule options: "names\.extra\.kokyakuKodo" names an unknown data kind "shoeSize"/,
    );
  });

  it('rejects an unknown data kind in an approved flow', () => {
    expect(() => lint({ policy: { approved: [{ kinds: ['mail'], reason: 'CRM export' }] } })).toThrow(
      /"policy\.approved\[0\]\.kinds\[0\]" names an unknown data kind "mail"/,
    );
  });

  it('rejects a sanitizer without a name or a module path', () => {
    expect(() => lint({ sanitizers: [{ strength: 'mask' }] })).toThrow(
      /"sanitizers\[0\]" needs "name", or "module"\/"global" with "path"/,
    );
  });

  it('rejects bad shared settings, naming settings.piiGuard and the key', () => {
    expect(() => lint(undefined, { piiGuard: { locale: 'fr' } })).toThrow(
      /Invalid PII Guard configuration in settings\.piiGuard: "locale" must be one of "en", "ja"/,
    );
    expect(() => lint(undefined, { piiGuard: { policy: { approved: [{ kinds: ['email'] }] } } })).toThrow(
      /Invalid PII Guard configuration in settings\.piiGuard: "policy\.approved\[0\]\.reason" is required/,
    );
  });
});
