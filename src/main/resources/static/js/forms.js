// A visible character counter for every text area the server limits (maxlength), e.g. "120 av 4000 tecken".
document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('textarea[maxlength][data-counter]').forEach(area => {
    const counter = document.getElementById(area.dataset.counter);
    if (!counter) return;
    const max = area.getAttribute('maxlength');
    const update = () => { counter.textContent = area.value.length + ' av ' + max + ' tecken'; };
    area.addEventListener('input', update);
    update();
  });
});
