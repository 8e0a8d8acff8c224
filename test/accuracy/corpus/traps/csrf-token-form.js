function csrfToken() {
  return document.querySelector('meta[name="csrf-token"]').getAttribute('content');
}

async function toggleFavorite(itemId) {
  const res = await fetch(`/api/favorites/${itemId}`, {
    method: 'POST',
    headers: { 'X-CSRF-Token': csrfToken() },
    credentials: 'same-origin',
  });
  console.debug('favorite toggled', itemId, res.status);
}

document.querySelectorAll('[data-favorite]').forEach((el) => {
  el.addEventListener('click', () => toggleFavorite(el.dataset.favorite));
});
