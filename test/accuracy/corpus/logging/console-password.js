const readline = require('node:readline/promises');
const { createAdmin } = require('./admin');

async function main() {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  const email = await rl.question('Admin e-mail: ');
  const password = await rl.question('Password: ');
  rl.close();

  const admin = await createAdmin(email, password);
  console.log('Created admin ' + admin.id + ' with password ' + password); // expect: pii-guard/no-pii-in-logs
}

main();
