import clsx from 'clsx';
import type { ReactNode } from 'react';

interface TabProps {
  name: string;
  label: ReactNode;
  active: boolean;
  onSelect(name: string): void;
}

export function Tab({ name, label, active, onSelect }: TabProps) {
  const className = clsx('tab', { 'tab--active': active });
  if (process.env.NODE_ENV !== 'production') {
    console.debug(`render tab name=${name} className=${className}`);
  }
  return (
    <button role="tab" aria-selected={active} className={className} onClick={() => onSelect(name)}>
      {label}
    </button>
  );
}

Tab.displayName = 'Tab';
