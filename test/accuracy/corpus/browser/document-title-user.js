function renderHeader(user) {
  document.title = `${user.displayName} | マイページ`;
  document.querySelector('.header__name').textContent = user.displayName;
  document.querySelector('.header__email').textContent = user.email;
  const avatar = document.querySelector('.header__avatar');
  avatar.alt = user.displayName;
  avatar.src = user.avatarUrl;
}

fetch('/api/me', { credentials: 'same-origin' })
  .then((res) => (res.ok ? res.json() : Promise.reject(new Error(`HTTP ${res.status}`))))
  .then(renderHeader)
  .catch((err) => console.warn('could not load profile:', err.message));
