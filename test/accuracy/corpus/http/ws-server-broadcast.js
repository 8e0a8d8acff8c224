const { WebSocketServer, WebSocket } = require('ws');

const wss = new WebSocketServer({ port: 8081 });

function broadcastPresence(member) {
  const message = JSON.stringify({ type: 'presence', member: { id: member.id, name: member.fullName, phone: member.phone } });
  wss.clients.forEach((client) => {
    if (client.readyState === WebSocket.OPEN) {
      client.send(message); // expect: pii-guard/no-unprotected-pii-transmission
    }
  });
}

function broadcastCount() {
  const message = JSON.stringify({ type: 'online', count: wss.clients.size });
  wss.clients.forEach((client) => client.readyState === WebSocket.OPEN && client.send(message));
}

module.exports = { broadcastPresence, broadcastCount };
