interface Setting {
  key: string;
  value: string;
  isSecret: boolean;
}

export function printSettings(settings: Setting[]): void {
  for (const s of settings) {
    console.log(`${s.key} = ${s.isSecret ? '********' : s.value}`);
  }
  console.log(`${settings.filter((s) => s.isSecret).length} secret settings hidden`);
}
