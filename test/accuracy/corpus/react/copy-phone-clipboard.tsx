import { useState } from 'react';

interface Props {
  customer: { id: string; fullName: string; phone: string };
}

export function CustomerPhone({ customer }: Props) {
  const [copied, setCopied] = useState(false);

  async function copy() {
    await navigator.clipboard.writeText(customer.phone); // expect: pii-guard/no-unprotected-pii-export
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  }

  return (
    <span className="customer-phone">
      {customer.phone}
      <button type="button" onClick={copy} aria-label="電話番号をコピー">
        {copied ? 'コピーしました' : 'コピー'}
      </button>
    </span>
  );
}
