const input = document.querySelector('input[type="file"]');
const list = document.querySelector('#selected-files');

input.addEventListener('change', () => {
  list.replaceChildren();
  for (const file of input.files) {
    console.log('selected file', file.name, file.type, file.size);
    const li = document.createElement('li');
    li.textContent = `${file.name} (${Math.round(file.size / 1024)} KB)`;
    list.append(li);
  }
  localStorage.setItem('lastUploadName', input.files[0]?.name ?? '');
});
