(function () {
  var form = document.getElementById('contact');
  var status = document.getElementById('contact-status');

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var payload = {
      name: form.elements.name.value,
      email: form.elements.email.value,
      tel: form.elements.tel.value,
      body: form.elements.body.value,
    };

    var xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/inquiries');
    xhr.setRequestHeader('Content-Type', 'application/json');
    xhr.onload = function () {
      status.textContent = xhr.status === 201 ? '送信しました' : '送信に失敗しました';
    };
    xhr.send(JSON.stringify(payload));
  });
})();
