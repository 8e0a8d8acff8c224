/**
 * Realtime channels: WebSocket, Server-Sent Events, socket.io, and `postMessage` to any origin.
 * The connection URL tells where the data goes (`ws://` is plain text).
 */
import type { ArgSpec, SinkSpec } from './types.js';

/** `socket.emit(event, ...args)`: the event name is not data. */
const EVENT_THEN_DATA: ArgSpec[] = [
  { index: 0, role: 'none' },
  { index: 'rest', from: 1, role: 'data' },
];

const SOCKET_IO_CLIENT = ['()', 'io()', 'connect()', 'io.connect()', 'Manager.new().socket()', 'Socket.new()'];

export const realtime: readonly SinkSpec[] = [
  {
    id: 'WebSocket.send',
    family: 'realtime',
    kind: 'send',
    api: 'WebSocket.send',
    global: 'WebSocket',
    paths: ['new().send'],
    args: [{ index: 0, role: 'data' }],
  },
  {
    id: 'WebSocket',
    family: 'realtime',
    kind: 'send',
    api: 'new WebSocket',
    global: 'WebSocket',
    // Data placed in the connection URL (`?email=`) ends up in server and proxy logs.
    paths: [''],
    construct: true,
    args: [
      { index: 0, role: 'url' },
      { index: 'rest', from: 1, role: 'none' },
    ],
  },
  {
    id: 'EventSource',
    family: 'realtime',
    kind: 'send',
    api: 'new EventSource',
    global: 'EventSource',
    paths: [''],
    construct: true,
    args: [
      { index: 0, role: 'url' },
      { index: 'rest', from: 1, role: 'none' },
    ],
  },
  {
    id: 'ws.send',
    family: 'realtime',
    kind: 'send',
    api: 'WebSocket.send (ws)',
    module: ['ws', 'isomorphic-ws', 'reconnecting-websocket', 'partysocket'],
    paths: ['new().send', 'WebSocket.new().send'],
    args: [
      { index: 0, role: 'data' },
      { index: 'rest', from: 1, role: 'none' },
    ],
  },
  {
    id: 'ws',
    family: 'realtime',
    kind: 'send',
    api: 'new WebSocket (ws)',
    module: ['ws', 'isomorphic-ws', 'reconnecting-websocket', 'partysocket'],
    paths: ['', 'WebSocket'],
    construct: true,
    args: [
      { index: 0, role: 'url' },
      { index: 'rest', from: 1, role: 'none' },
    ],
  },
  {
    id: 'socket.io-client.emit',
    family: 'realtime',
    kind: 'send',
    api: 'socket.emit',
    module: ['socket.io-client'],
    paths: SOCKET_IO_CLIENT.flatMap((s) => [`${s}.{emit,emitWithAck}`, `${s}.volatile.emit`]),
    chain: ['timeout', 'compress'],
    args: EVENT_THEN_DATA,
  },
  {
    id: 'socket.io-client.send',
    family: 'realtime',
    kind: 'send',
    api: 'socket.send',
    module: ['socket.io-client'],
    paths: SOCKET_IO_CLIENT.map((s) => `${s}.send`),
    chain: ['timeout', 'compress'],
    args: [{ index: 'rest', from: 0, role: 'data' }],
  },
  {
    id: 'socket.io-client',
    family: 'realtime',
    kind: 'send',
    api: 'io',
    module: ['socket.io-client'],
    // `io(url, { query })`: the handshake URL and query string.
    paths: ['', 'io', 'connect', 'io.connect'],
    args: [
      { index: 0, role: 'url' },
      { index: 1, role: 'options', properties: { query: 'query' } },
    ],
  },
  {
    id: 'postMessage',
    family: 'realtime',
    kind: 'send',
    api: "postMessage(data, '*')",
    // To any origin: whatever page is in the target window (an embedded ad, a hijacked opener) gets it.
    names: ['postMessage'],
    paths: [],
    thirdParty: true,
    when: [{ index: 1, equals: '*' }],
    args: [
      { index: 0, role: 'data' },
      { index: 'rest', from: 1, role: 'none' },
    ],
  },
  {
    id: 'socket.io.server.broadcast',
    family: 'realtime',
    kind: 'send',
    api: 'io.emit',
    // A server broadcast reaches every connected client: other users, not the person themself.
    module: ['socket.io'],
    paths: ['Server.new().{emit,send}', 'Server.new().{to,in,except}().{emit,send}', 'new().{emit,send}', '().{emit,send}'],
    args: EVENT_THEN_DATA,
    thirdParty: true,
  },
];
