async function loadCustomers() {
  const res = await fetch('/api/customers?limit=50');
  const customers = await res.json();

  if (window.DEBUG) {
    console.table(customers); // expect: pii-guard/no-pii-in-logs
  }
  console.info(`loaded ${customers.length} customers`);

  const tbody = document.querySelector('#customers tbody');
  tbody.replaceChildren(
    ...customers.map((c) => {
      const tr = document.createElement('tr');
      tr.innerHTML = '<td></td><td></td>';
      tr.cells[0].textContent = c.fullName;
      tr.cells[1].textContent = c.email;
      return tr;
    }),
  );
}

loadCustomers();
