import { Signale } from 'signale';

interface Customer {
  id: string;
  email: string;
  phone: string;
}

export function makeCustomerLogger(customer: Customer): Signale {
  // signale replaces every occurrence of these values with [secure].
  return new Signale({ scope: `customer:${customer.id}`, secrets: [customer.email, customer.phone] });
}

export function logSmsSent(customer: Customer): void {
  const logger = makeCustomerLogger(customer);
  logger.success(`SMS sent to ${customer.phone}`);
}
