// Plain DOM: builds a mailto link so the visitor writes to us from their own mail client.
const SUPPORT_ADDRESS = 'support@acme.co.jp';

function buildSupportLink(orderId, topic) {
  const subject = encodeURIComponent(`[注文 ${orderId}] ${topic}`);
  const body = encodeURIComponent('お問い合わせ内容をご記入ください。\n\n');
  return `mailto:${SUPPORT_ADDRESS}?subject=${subject}&body=${body}`;
}

document.querySelectorAll('[data-support-order]').forEach((el) => {
  el.setAttribute('href', buildSupportLink(el.dataset.supportOrder, el.dataset.topic ?? 'その他'));
});
