import { io } from 'socket.io-client';

const socket = io('https://live.chatassist-cloud.com', { transports: ['websocket'], auth: { siteKey: 'acme-site-01' } });

export function startChat(visitor) {
  socket.emit('visitor:identify', { // expect: pii-guard/no-unprotected-pii-transmission
    name: visitor.fullName,
    email: visitor.email,
    phone: visitor.phone,
    page: location.pathname,
  });
}

export function sendChatText(text) {
  socket.emit('visitor:message', { text });
}
