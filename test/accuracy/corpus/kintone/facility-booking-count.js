// kintone customisation (施設予約): posts tomorrow's room usage to the facility team's Slack.
(() => {
  'use strict';
  const WEBHOOK = 'https://hooks.slack.com/services/T0SHISETSU/B0YOYAKU/c7Nq3VmX9pLw2Ks5';

  kintone.events.on('app.record.index.show', async (event) => {
    if (event.viewName !== '明日の予約') return event;
    const byRoom = {};
    event.records.forEach((r) => {
      byRoom[r.施設名.value] = (byRoom[r.施設名.value] || 0) + Number(r.利用人数.value);
    });
    const text = Object.entries(byRoom).map(([施設名, n]) => `${施設名}: ${n}名`).join('\n');
    await kintone.proxy(WEBHOOK, 'POST', { 'Content-Type': 'application/json' }, { text: `明日の施設利用 (${event.records.length}件)\n${text}` });
    return event;
  });
})();
