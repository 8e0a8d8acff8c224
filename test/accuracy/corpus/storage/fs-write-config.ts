import { writeFileSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import os from 'node:os';

interface CliConfig {
  apiBaseUrl: string;
  defaultProject: string;
  telemetry: boolean;
  updatedAt: string;
}

const CONFIG_PATH = join(os.homedir(), '.acme-cli.json');

export function readConfig(): CliConfig | null {
  return existsSync(CONFIG_PATH) ? (JSON.parse(readFileSync(CONFIG_PATH, 'utf8')) as CliConfig) : null;
}

export function writeConfig(patch: Partial<CliConfig>): void {
  const next = { ...readConfig(), ...patch, updatedAt: new Date().toISOString() };
  writeFileSync(CONFIG_PATH, JSON.stringify(next, null, 2), { mode: 0o600 });
}
