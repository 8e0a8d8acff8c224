export function saveDeliveryContact(form) {
  const renrakusaki = {
    okurisakiShimei: form.okurisakiShimei.value,
    keitaiBangou: form.keitaiBangou.value,
    juusho: form.juusho.value,
  };
  localStorage.setItem('renrakusaki', JSON.stringify(renrakusaki)); // expect: pii-guard/no-unprotected-pii-export
}
