import { forwardRef, memo, type ComponentType } from 'react';

export const Button = forwardRef<HTMLButtonElement, React.ButtonHTMLAttributes<HTMLButtonElement>>((props, ref) => (
  <button ref={ref} {...props} />
));
Button.displayName = 'Button';

export function withLogging<P extends object>(Wrapped: ComponentType<P>) {
  const name = Wrapped.displayName ?? Wrapped.name ?? 'Component';
  const WithLogging = (props: P) => {
    console.log(`render <${name}>`);
    return <Wrapped {...props} />;
  };
  WithLogging.displayName = `withLogging(${name})`;
  return memo(WithLogging);
}
