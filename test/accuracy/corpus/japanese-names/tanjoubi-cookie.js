import Cookies from 'js-cookie';

// Birthday coupon: remembers who the visitor is across visits.
export function rememberVisitor(form) {
  const profile = { namae: form.namae.value, tanjoubi: form.tanjoubi.value };
  Cookies.set('visitor_profile', JSON.stringify(profile), { expires: 365 }); // expect: pii-guard/no-unprotected-pii-export
}
