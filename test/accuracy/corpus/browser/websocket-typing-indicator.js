const ws = new WebSocket(`wss://${location.host}/ws`);
let typingTimer;

function sendTyping(roomId, isTyping) {
  if (ws.readyState !== WebSocket.OPEN) return;
  ws.send(JSON.stringify({ type: 'typing', roomId, isTyping }));
}

document.querySelector('#composer').addEventListener('input', (e) => {
  const roomId = e.target.dataset.roomId;
  sendTyping(roomId, true);
  clearTimeout(typingTimer);
  typingTimer = setTimeout(() => sendTyping(roomId, false), 2000);
});

ws.addEventListener('close', (event) => {
  console.warn(`socket closed (${event.code}) ${event.reason || ''}`);
});
