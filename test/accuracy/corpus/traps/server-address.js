const http = require('node:http');
const { createApp } = require('./app');

const server = http.createServer(createApp());

server.listen(process.env.PORT || 8080, '0.0.0.0', () => {
  const address = server.address();
  const bindAddress = typeof address === 'string' ? address : `${address.address}:${address.port}`;
  console.log(`listening on ${bindAddress}`);
  console.log('server address info', address);
});

server.on('error', (err) => {
  console.error(`server error: ${err.code} ${err.message}`);
  process.exit(1);
});
