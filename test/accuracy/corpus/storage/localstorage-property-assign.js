// Old code path kept for IE11 kiosks.
function rememberCustomer(customer) {
  localStorage['lastCustomerPhone'] = customer.phone; // expect: pii-guard/no-unprotected-pii-export
  localStorage.lastCustomerId = customer.id;
}

function forgetCustomer() {
  delete localStorage['lastCustomerPhone'];
  delete localStorage.lastCustomerId;
}
