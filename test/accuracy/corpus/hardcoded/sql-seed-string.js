exports.seed = async function seed(knex) {
  await knex('customers').del();
  await knex.raw("INSERT INTO customers (full_name, phone, email) VALUES ('テスト 太郎', '090-0000-0000', 'test1@example.com')");
  // Added while debugging a customer's ticket; the values are real.
  await knex.raw("INSERT INTO customers (full_name, phone, email) VALUES ('松本 恵', '080-3359-6172', 'megumi.matsumoto@yahoo.co.jp')"); // expect: pii-guard/no-hardcoded-pii, pii-guard/no-hardcoded-pii
  const [{ count }] = await knex('customers').count('* as count');
  console.log(`seeded customers: ${count}`);
};
