// Realtime broadcasts and analytics builders: a send to every connected client reaches other users (third
// parties), while a server answering one connection answers the person on the other end; Amplitude's
// `Identify` builder carries user properties to Amplitude. Positions are those of the sink's callee.
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../rules/src/rules/no-unprotected-pii-transmission.js';

const ruleTester = new RuleTester({
  languageOptions: {
    parserOptions: {
      ecmaFeatures: { jsx: true },
    },
  },
});

ruleTester.run('no-unprotected-pii-transmission (realtime, builders)', rule, {
  valid: [
    // ws: broadcasting a count carries nothing personal
    {
      code: `
const { WebSocketServer, WebSocket } = require('ws');
const wss = new WebSocketServer({ port: 8081 });
function broadcastCount() {
  const message = JSON.stringify({ type: 'online', count: wss.clients.size });
  wss.clients.forEach((client) => client.readyState === WebSocket.OPEN && client.send(message));
}
module.exports = { broadcastCount };
`,
    },
    {
      code: `
import { WebSocketServer } from 'ws';
const wss = new WebSocketServer({ port: 8081 });
export function broadcastRoomSize(roomId: string, size: number) {
  for (const client of wss.clients) client.send(JSON.stringify({ roomId, size }));
}
`,
    },
    // ws: a client picked by who it is (`c.userId === order.userId`) is one user's own connection, not a broadcast
    {
      code: `
import { WebSocketServer, WebSocket } from 'ws';
const wss = new WebSocketServer({ port: 8081 });
export function pushOrderUpdate(order: { userId: string; shippingAddress: string; recipientName: string }) {
  wss.clients.forEach((client: any) => {
    if (client.readyState === WebSocket.OPEN && client.userId === order.userId) {
      client.send(JSON.stringify({ address: order.shippingAddress, name: order.recipientName }));
    }
  });
}
`,
    },
    {
      code: `
import { WebSocketServer, WebSocket } from 'ws';
const wss = new WebSocketServer({ port: 8081 });
export function pushProfile(session: { id: string }, user: { email: string; phone: string }) {
  for (const c of wss.clients as Set<any>) c.readyState === WebSocket.OPEN && c.sessionId === session.id && c.send(JSON.stringify(user));
}
`,
    },
    // ws: a server answering one connection answers the person on the other end
    {
      code: `
import { WebSocketServer } from 'ws';
import { loadUser } from './users';
const wss = new WebSocketServer({ port: 8081 });
wss.on('connection', async (ws, req) => {
  const user = await loadUser(req);
  ws.send(JSON.stringify({ type: 'profile', name: user.fullName, email: user.email }));
});
`,
    },
    // socket.io: the connection's own socket gets the user's own profile
    {
      code: `
import { Server } from 'socket.io';
import { verifySession } from './auth';
const io = new Server(3000);
io.on('connection', async (socket) => {
  const user = await verifySession(socket.handshake.auth.token);
  socket.emit('me', { name: user.fullName, email: user.email, phone: user.phone });
});
`,
    },
    // socket.io: a broadcast of IDs and states only
    {
      code: `
import { Server } from 'socket.io';
const io = new Server(3000);
io.on('connection', (socket) => {
  socket.on('typing', (roomId: string) => {
    socket.broadcast.to(roomId).emit('typing', { roomId, typing: true });
  });
  io.sockets.emit('online', { count: io.engine.clientsCount });
});
`,
    },
    // an in-process event emitter is no network send
    {
      code: `
import { EventEmitter } from 'node:events';
const bus = new EventEmitter();
export function userUpdated(user) {
  bus.emit('user:updated', { name: user.fullName, email: user.email });
}
`,
    },
    // Amplitude: an Identify with non-personal properties only
    {
      code: `
import * as amplitude from '@amplitude/analytics-browser';
export function identifyPlan(user: { id: string; plan: string; locale: string }): void {
  const identify = new amplitude.Identify().set('plan', user.plan).set('locale', user.locale).setOnce('first_seen', new Date().toISOString());
  amplitude.identify(identify, { user_id: user.id });
}
`,
    },
  ],
  invalid: [
    // ws: every connected client gets another member's name and phone
    {
      code: `
const { WebSocketServer, WebSocket } = require('ws');
const wss = new WebSocketServer({ port: 8081 });
function broadcastPresence(member) {
  const message = JSON.stringify({ type: 'presence', member: { id: member.id, name: member.fullName, phone: member.phone } });
  wss.clients.forEach((client) => {
    if (client.readyState === WebSocket.OPEN) {
      client.send(message);
    }
  });
}
module.exports = { broadcastPresence };
`,
      errors: [
        {
          messageId: 'unprotected',
          line: 8,
          column: 7,
          endLine: 8,
          endColumn: 18,
          data: {
            data: 'name: member.fullName, phone number: member.phone',
            sink: 'client.send',
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
import { WebSocketServer } from 'ws';
const wss = new WebSocketServer({ port: 8081 });
export function announce(user: { fullName: string; email: string }) {
  const message = JSON.stringify({ type: 'joined', name: user.fullName, email: user.email });
  for (const client of wss.clients) {
    client.send(message);
  }
}
`,
      errors: [{ messageId: 'unprotected', line: 7, column: 5, endLine: 7, endColumn: 16 }],
    },
    {
      code: `
import WebSocket from 'ws';
const wss = new WebSocket.Server({ noServer: true });
export function notifyAll(order) {
  wss.clients.forEach((c) => c.send(JSON.stringify({ customer: order.customerName, address: order.shippingAddress })));
}
`,
      errors: [{ messageId: 'unprotected', line: 5, column: 30, endLine: 5, endColumn: 36 }],
    },
    // socket.io: `socket.broadcast` reaches every client but the sender
    {
      code: `
import { Server } from 'socket.io';
const io = new Server(3000);
io.on('connection', (socket) => {
  socket.on('profile:update', (user) => {
    socket.broadcast.emit('profile:updated', { name: user.fullName, email: user.email });
  });
});
`,
      errors: [
        {
          messageId: 'unprotected',
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 26,
          data: {
            data: 'name: user.fullName, e-mail address: user.email',
            sink: 'socket.broadcast.emit',
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
const io = new Server(3000);
io.on('connection', (socket) => {
  socket.on('join', (roomId: string, member) => {
    socket.broadcast.to(roomId).emit('member:joined', { phone: member.phone });
  });
});
`,
      errors: [{ messageId: 'unprotected', line: 6, column: 5, endLine: 6, endColumn: 37 }],
    },
    // socket.io: the main namespace, another namespace, and a local broadcast are broadcasts too
    {
      code: `
import { Server } from 'socket.io';
const io = new Server(3000);
export function announce(user) {
  io.sockets.emit('user:joined', { name: user.fullName });
  io.of('/admin').to('staff').emit('user:joined', { email: user.email });
  io.local.emit('user:joined', { phone: user.phone });
}
`,
      errors: [
        { messageId: 'unprotected', line: 5, column: 3, endLine: 5, endColumn: 18 },
        { messageId: 'unprotected', line: 6, column: 3, endLine: 6, endColumn: 35 },
        { messageId: 'unprotected', line: 7, column: 3, endLine: 7, endColumn: 16 },
      ],
    },
    // Amplitude: an Identify built in a chain carries the real name to Amplitude
    {
      code: `
import * as amplitude from '@amplitude/analytics-browser';
interface Profile {
  userId: string;
  ニックネーム: string;
  本名: string;
  プラン: string;
}
export function identifyUser(p: Profile): void {
  const identify = new amplitude.Identify().set('nickname', p.ニックネーム).set('real_name', p.本名).set('plan', p.プラン);
  amplitude.identify(identify, { user_id: p.userId });
}
`,
      // Both names are listed: fields of one typed parameter are told apart by their labels.
      errors: [
        {
          messageId: 'unprotected',
          data: {
            data: 'name: p.ニックネーム, name: p.本名',
            sink: 'amplitude.identify',
            destination: 'Amplitude',
            protection: '',
            requirements: '[TO-MIN, APPI-3P, APPI-3P-REC, APPI-SEC, APPI-XB, PPC-GL-10-7 +4 more]',
            reportable: '',
          },
          line: 11,
          column: 3,
          endLine: 11,
          endColumn: 21,
        },
      ],
    },
    {
      code: `
import * as amplitude from '@amplitude/analytics-browser';
export function onSignup(user: { id: string; plan: string; email: string }): void {
  const id = new amplitude.Identify().set('plan', user.plan).set('email', user.email).setOnce('signup', Date.now());
  amplitude.identify(id);
}
`,
      errors: [{ messageId: 'unprotected', line: 5, column: 3, endLine: 5, endColumn: 21 }],
    },
    // Amplitude: an Identify passed inline (already found today)
    {
      code: `
import * as amplitude from '@amplitude/analytics-browser';
export function onProfileSaved(user: { email: string; gender: string }): void {
  amplitude.identify(new amplitude.Identify().set('email', user.email));
}
`,
      errors: [{ messageId: 'unprotected', line: 4, column: 3, endLine: 4, endColumn: 21 }],
    },
  ],
});
