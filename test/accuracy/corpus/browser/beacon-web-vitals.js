import { onCLS, onINP, onLCP } from 'web-vitals';

const queue = new Set();

function addToQueue(metric) {
  queue.add({ name: metric.name, value: metric.value, rating: metric.rating, id: metric.id });
}

function flushQueue() {
  if (queue.size === 0) return;
  const body = JSON.stringify({ page: location.pathname, metrics: [...queue] });
  navigator.sendBeacon('/api/vitals', body);
  queue.clear();
}

onCLS(addToQueue);
onINP(addToQueue);
onLCP(addToQueue);

addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') flushQueue();
});
