const STATE_KEY = 'wizard.state';

function saveStep(stepIndex, completed) {
  const state = JSON.parse(sessionStorage.getItem(STATE_KEY) || '{}');
  state.stepIndex = stepIndex;
  state.completed = completed;
  state.updatedAt = Date.now();
  sessionStorage.setItem(STATE_KEY, JSON.stringify(state));
}

document.querySelectorAll('[data-step-next]').forEach((button) => {
  button.addEventListener('click', () => {
    const step = Number(button.dataset.stepNext);
    saveStep(step, step >= 4);
    document.querySelector(`[data-step="${step}"]`)?.scrollIntoView({ behavior: 'smooth' });
  });
});
