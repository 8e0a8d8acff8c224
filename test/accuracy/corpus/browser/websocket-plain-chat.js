const socket = new WebSocket('ws://chat.acme-support.jp:8080/room');

const profile = JSON.parse(document.getElementById('profile-data').textContent);

document.getElementById('chat-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const text = e.target.elements.message.value;
  socket.send( // expect: pii-guard/no-unprotected-pii-transmission
    JSON.stringify({
      type: 'message',
      text,
      from: { name: profile.fullName, email: profile.email },
    }),
  );
  e.target.reset();
});

socket.addEventListener('message', (event) => {
  const msg = JSON.parse(event.data);
  const li = document.createElement('li');
  li.textContent = `${msg.from.name}: ${msg.text}`;
  document.getElementById('messages').append(li);
});
