function lookupCustomerByPhone(phone, callback) {
  var xhr = new XMLHttpRequest();
  xhr.open('GET', '/api/customers/lookup?phone=' + encodeURIComponent(phone)); // expect: pii-guard/no-unprotected-pii-transmission
  xhr.responseType = 'json';
  xhr.onload = function () {
    callback(xhr.status === 200 ? xhr.response : null);
  };
  xhr.onerror = function () {
    callback(null);
  };
  xhr.send();
}

document.getElementById('phone-search').addEventListener('submit', function (e) {
  e.preventDefault();
  var phone = e.target.elements.phone.value;
  lookupCustomerByPhone(phone, function (customer) {
    document.getElementById('result').textContent = customer ? customer.displayName : '見つかりません';
  });
});
