import { io } from 'socket.io-client';

const socket = io({ path: '/realtime', withCredentials: true });

export function joinRoom(roomId: string): void {
  socket.emit('room:join', { roomId });
}

export function sendMessage(roomId: string, text: string): void {
  socket.emit('message:send', { roomId, text, sentAt: Date.now() });
}

socket.on('connect_error', (err) => {
  console.warn(`realtime connection failed: ${err.message}`);
});
