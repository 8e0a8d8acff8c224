interface Customer {
  id: string;
  fullName: string;
  email: string;
  phone: string;
  address: string;
}

export function mergeCustomers(primary: Customer, duplicate: Customer): Customer {
  const merged: Customer = {
    ...primary,
    phone: primary.phone || duplicate.phone,
    address: primary.address || duplicate.address,
  };
  console.info('merged customer', merged); // expect: pii-guard/no-pii-in-logs
  console.info(`merged ${duplicate.id} into ${primary.id}`);
  return merged;
}
