import Cookies from 'js-cookie';

export function rememberShippingAddress(form) {
  const address = {
    name: form.recipientName.value,
    postalCode: form.postalCode.value,
    address: form.address.value,
    tel: form.tel.value,
  };
  Cookies.set('ship_to', JSON.stringify(address), { expires: 14 }); // expect: pii-guard/no-unprotected-pii-export
}
