function describe(el) {
  return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''}`;
}

document.addEventListener('click', (event) => {
  const target = event.target;
  if (!(target instanceof Element)) return;
  const eventName = `click:${describe(target)}`;
  console.debug(eventName, { nodeName: target.nodeName, className: target.className });
  navigator.sendBeacon('/api/ui-events', JSON.stringify({ eventName, at: Date.now() }));
});
