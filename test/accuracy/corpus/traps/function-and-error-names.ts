import pkg from '../package.json' with { type: 'json' };

export function timed<T extends (...args: never[]) => unknown>(fn: T): T {
  return ((...args: Parameters<T>) => {
    const start = performance.now();
    try {
      return fn(...args);
    } catch (err) {
      console.error(`${fn.name} threw ${(err as Error).name}`);
      throw err;
    } finally {
      console.debug(`${pkg.name}@${pkg.version} ${fn.name}: ${(performance.now() - start).toFixed(1)}ms`);
    }
  }) as T;
}

console.log(`starting ${process.env.npm_package_name ?? pkg.name}`);
