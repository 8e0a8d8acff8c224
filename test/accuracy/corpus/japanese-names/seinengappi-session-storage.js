// Multi-step insurance quote form: step 1 answers kept in sessionStorage for step 2.
export function saveStep1(form) {
  const answers = {
    氏名: form.elements['氏名'].value,
    生年月日: form.elements['生年月日'].value,
    年齢: Number(form.elements['年齢'].value),
    性別: form.elements['性別'].value,
  };
  sessionStorage.setItem('quote-step1', JSON.stringify(answers)); // expect: pii-guard/no-unprotected-pii-export
  location.href = '/quote/step2';
}
