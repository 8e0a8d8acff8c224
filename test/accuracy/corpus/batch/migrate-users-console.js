const { MongoClient } = require('mongodb');
const { Pool } = require('pg');

async function migrate() {
  const mongo = await MongoClient.connect(process.env.MONGO_URL);
  const pg = new Pool({ connectionString: process.env.DATABASE_URL });
  let migrated = 0;

  for await (const user of mongo.db('legacy').collection('users').find()) {
    console.log('migrating', user.email, user.name); // expect: pii-guard/no-pii-in-logs
    await pg.query('INSERT INTO users (legacy_id, email, name) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [
      String(user._id),
      user.email,
      user.name,
    ]);
    migrated += 1;
  }

  console.log(`done: ${migrated} users`);
  await Promise.all([mongo.close(), pg.end()]);
}

migrate();
