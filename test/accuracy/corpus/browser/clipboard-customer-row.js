function rowAsTsv(customer) {
  return [customer.fullName, customer.kana, customer.email, customer.phone, customer.address].join('\t');
}

document.querySelectorAll('button.copy-row').forEach((button) => {
  button.addEventListener('click', async () => {
    const customer = JSON.parse(button.closest('tr').dataset.customer);
    await navigator.clipboard.writeText(rowAsTsv(customer)); // expect: pii-guard/no-unprotected-pii-export
    button.textContent = 'コピー済み';
  });
});
