#!/usr/bin/env node
const fs = require('node:fs');
const path = require('node:path');
const { Client } = require('pg');

async function main() {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const { rows } = await client.query(
    'SELECT id, full_name, email, phone, postal_code, address FROM customers WHERE deleted_at IS NULL',
  );
  await client.end();

  const header = 'id,full_name,email,phone,postal_code,address';
  const body = rows.map((r) => [r.id, r.full_name, r.email, r.phone, r.postal_code, r.address].join(','));
  const out = path.join('/var/exports', `customers-${new Date().toISOString().slice(0, 10)}.csv`);

  fs.writeFileSync(out, [header, ...body].join('\n'), 'utf8'); // expect: pii-guard/no-unprotected-pii-export
  console.log(`wrote ${rows.length} rows to ${out}`);
}

main().catch((err) => {
  console.error(err.message);
  process.exit(1);
});
