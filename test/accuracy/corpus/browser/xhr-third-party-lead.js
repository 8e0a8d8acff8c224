var LEAD_ENDPOINT = 'https://forms.leadbox-crm.com/v2/submit/acme';

function submitLead(form) {
  var lead = {
    firstName: form.elements.firstName.value,
    lastName: form.elements.lastName.value,
    email: form.elements.email.value,
    companySize: form.elements.companySize.value,
  };
  var xhr = new XMLHttpRequest();
  xhr.open('POST', LEAD_ENDPOINT, true);
  xhr.setRequestHeader('Content-Type', 'application/json');
  xhr.send(JSON.stringify(lead)); // expect: pii-guard/no-unprotected-pii-transmission
  return xhr;
}

document.querySelector('form.lead').addEventListener('submit', function (e) {
  e.preventDefault();
  submitLead(e.currentTarget);
});
