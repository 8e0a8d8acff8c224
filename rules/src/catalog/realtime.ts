/**
 * Realtime channels: WebSocket, Server-Sent Events, socket.io, and `postMessage` to any origin.
 * The connection URL tells where the data goes (`ws://` is plain text).
 *
 * A server talking to one connection (`wss.on('connection', (ws) => ws.send(...))`, socket.io's
 * `socket.emit` in its connection handler) answers the person on the other end: not a sink by default.
 * A broadcast reaches every connected client, other users than the person the data is about: a provision
 * to third parties (`thirdParty`).
 */
import type { ArgSpec, SinkSpec } from './types.js';

/** `socket.emit(event, ...args)`: the event name is not data. */
const EVENT_THEN_DATA: ArgSpec[] = [
  { index: 0, role: 'none' },
  { index: 'rest', from: 1, role: 'data' },
];

const SOCKET_IO_CLIENT = ['()', 'io()', 'connect()', 'io.connect()', 'Manager.new().socket()', 'Socket.new()'];

/** The `ws` server, however it is imported (`WebSocketServer`, the older `WebSocket.Server`). */
const WS_SERVER = ['{WebSocketServer,Server}.new()', 'WebSocket.{WebSocketServer,Server}.new()'];

/** A socket.io server, made with `new Server()`, a default-imported `new io()` or `require('socket.io')(http)`. */
const SOCKET_IO_SERVER = ['Server.new()', 'new()', '()'];
/** Flags of a broadcast (`io.local.emit`); `io.sockets` is the main namespace. */
const SOCKET_IO_BROADCAST = ['', '.{sockets,local,volatile}', '.sockets.{local,volatile}'];
const SOCKET_IO_EMIT = '{emit,send,emitWithAck}';
/** Rooms, namespaces and options narrow or tune a broadcast, and return a broadcast again. */
const SOCKET_IO_NARROWING = ['to', 'in', 'except', 'of', 'compress', 'timeout'];

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
    // `io.to(room).emit`, `io.of('/chat').emit`, `io.sockets.emit`, `io.local.emit`.
    module: ['socket.io'],
    paths: SOCKET_IO_SERVER.flatMap((server) => SOCKET_IO_BROADCAST.map((flag) => `${server}${flag}.${SOCKET_IO_EMIT}`)),
    chain: SOCKET_IO_NARROWING,
    args: EVENT_THEN_DATA,
    thirdParty: true,
  },
  {
    id: 'socket.io.socket.broadcast',
    family: 'realtime',
    kind: 'send',
    api: 'socket.broadcast.emit',
    // `io.on('connection', (socket) => socket.broadcast.emit(...))`: every client but the sender. The
    // connection's socket is a callback parameter, typed (`socket: Socket`) or known by this flag.
    module: ['socket.io'],
    receiverNames: ['broadcast'],
    paths: [`Socket.new().broadcast.${SOCKET_IO_EMIT}`, `broadcast.${SOCKET_IO_EMIT}`],
    chain: SOCKET_IO_NARROWING,
    args: EVENT_THEN_DATA,
    thirdParty: true,
  },
  {
    id: 'ws.server.broadcast',
    family: 'realtime',
    kind: 'send',
    api: 'wss.clients send (ws)',
    // Each client of a server (`wss.clients.forEach((client) => client.send(x))`, `for (const client of
    // wss.clients)`): a broadcast to the connected users. A reply on the connection is `ws.send` above.
    module: ['ws', 'isomorphic-ws'],
    paths: WS_SERVER.map((server) => `${server}.clients[].send`),
    args: [
      { index: 0, role: 'data' },
      { index: 'rest', from: 1, role: 'none' },
    ],
    thirdParty: true,
    targetedByElementTest: true,
  },
];
