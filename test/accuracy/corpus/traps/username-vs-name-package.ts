import { readFileSync, writeFileSync } from 'node:fs';

interface PackageJson {
  name: string;
  version: string;
  author?: string;
  scripts?: Record<string, string>;
}

export function bumpVersion(path: string, level: 'patch' | 'minor'): string {
  const pkg = JSON.parse(readFileSync(path, 'utf8')) as PackageJson;
  const [major, minor, patch] = pkg.version.split('.').map(Number);
  pkg.version = level === 'minor' ? `${major}.${minor + 1}.0` : `${major}.${minor}.${patch + 1}`;
  writeFileSync(path, `${JSON.stringify(pkg, null, 2)}\n`);
  console.log(`${pkg.name} -> ${pkg.version}`);
  return pkg.version;
}
