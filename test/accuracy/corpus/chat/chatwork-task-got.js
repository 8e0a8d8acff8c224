import got from 'got';

// Creates a Chatwork task for the field engineer with the customer's visit details.
export async function assignVisit(visit, engineerAccountId) {
  const body = `訪問修理: ${visit.kokyakuMei} 様\n住所: ${visit.jusho}\n電話: ${visit.denwaBangou}\n症状: ${visit.shoujou}`;
  await got.post('https://api.chatwork.com/v2/rooms/256789012/tasks', { // expect: pii-guard/no-unprotected-pii-transmission
    headers: { 'X-ChatWorkToken': process.env.CHATWORK_TOKEN },
    form: { body, to_ids: String(engineerAccountId), limit: String(Math.floor(visit.date.getTime() / 1000)) },
  });
}
