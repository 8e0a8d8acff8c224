import { Server } from 'socket.io';
import { createServer } from 'node:http';
import { verifySession } from './auth.js';

const httpServer = createServer();
const io = new Server(httpServer, { cors: { origin: 'https://chat.acme.co.jp' } });

io.on('connection', async (socket) => {
  const user = await verifySession(socket.handshake.auth.token);
  if (!user) return socket.disconnect(true);

  // Every connected client receives the newcomer's contact details.
  io.emit('user:joined', { id: user.id, name: user.fullName, email: user.email }); // expect: pii-guard/no-unprotected-pii-transmission

  socket.on('disconnect', () => {
    io.emit('user:left', { id: user.id });
  });
});

httpServer.listen(4000);
