import { useEffect, useRef } from 'react';

const HOST_ORIGIN = 'https://shop.acme.co.jp';

export function AutoResize({ children, memberId }: { children: React.ReactNode; memberId: string }) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!ref.current) return;
    const observer = new ResizeObserver(([entry]) => {
      window.parent.postMessage({ type: 'resize', height: Math.ceil(entry.contentRect.height) }, '*');
    });
    observer.observe(ref.current);
    window.parent.postMessage({ type: 'ready', memberId }, HOST_ORIGIN);
    return () => observer.disconnect();
  }, [memberId]);

  return <div ref={ref}>{children}</div>;
}
