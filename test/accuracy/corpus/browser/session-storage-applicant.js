const form = document.querySelector('#application');

form.addEventListener('change', () => {
  const applicant = {
    fullName: form.fullName.value,
    furigana: form.furigana.value,
    birthDate: form.birthDate.value,
    email: form.email.value,
    phone: form.phone.value,
    currentEmployer: form.currentEmployer.value,
  };
  sessionStorage.setItem('application.applicant', JSON.stringify(applicant)); // expect: pii-guard/no-unprotected-pii-export
});

form.addEventListener('submit', () => sessionStorage.removeItem('application.applicant'));
