/**
 * The settings a document is checked with: the project's `pii-guard.config.json` (shared with the CLI and
 * CI) overlaid by the editor's `piiGuard.*` settings, and the display language.
 *
 * Precedence: an editor setting left at its default never overrides the file (`minConfidence`), editor
 * name lists are added to the file's, and the message language is `piiGuard.locale`, else the editor's
 * display language when it is English or Japanese, else the file's `locale`, else English.
 */
import { SANITIZERS, validateSettings, type Locale, type PiiGuardSettings } from 'eslint-plugin-pii-guard/engine';
import { DEFAULT_EDITOR_SETTINGS, type EditorSettings } from './protocol.js';

export interface EffectiveSettings {
  editor: EditorSettings;
  locale: Locale;
  strict: boolean;
  /** What the built-in ESLint config is given as `settings.piiGuard`. */
  engine: PiiGuardSettings;
  /** The config file applied (null when none was found or it is broken). */
  configFile: string | null;
}

const CONFIDENCES = ['high', 'medium', 'low'] as const;

/**
 * Reads `piiGuard.*` as the client sent it, keeping every well-formed value and the default for the rest:
 * a typo in one setting never turns the others off. Returns the problems found, for the log.
 */
export function normalizeEditorSettings(raw: unknown): { settings: EditorSettings; problems: string[] } {
  const d = DEFAULT_EDITOR_SETTINGS;
  const problems: string[] = [];
  const r = isObject(raw) ? raw : {};
  const pick = <T>(key: string, ok: (v: unknown) => v is T, fallback: T): T => {
    const v = r[key];
    if (v === undefined || v === null) return fallback;
    if (ok(v)) return v;
    problems.push(`piiGuard.${key} has an invalid value ${JSON.stringify(v)}; using ${JSON.stringify(fallback)}.`);
    return fallback;
  };
  const names = isObject(r.names) ? r.names : {};
  const extra: Record<string, string> = {};
  if (isObject(names.extra)) {
    for (const [k, v] of Object.entries(names.extra)) {
      if (typeof v === 'string') extra[k] = v;
      else problems.push(`piiGuard.names.extra.${k} must be a data kind id (a string).`);
    }
  }
  const ignore = Array.isArray(names.ignore) ? names.ignore.filter((x): x is string => typeof x === 'string') : [];
  const helper = isObject(r.maskingHelper) ? r.maskingHelper : {};
  let helperName = typeof helper.name === 'string' ? helper.name.trim() : d.maskingHelper.name;
  if (!/^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/.test(helperName)) {
    problems.push(`piiGuard.maskingHelper.name must be a function name; using ${d.maskingHelper.name}.`);
    helperName = d.maskingHelper.name;
  }
  const settings: EditorSettings = {
    enable: pick('enable', isBoolean, d.enable),
    locale: pick('locale', (v): v is EditorSettings['locale'] => v === 'auto' || v === 'en' || v === 'ja', d.locale),
    minConfidence: pick('minConfidence', (v): v is EditorSettings['minConfidence'] => (CONFIDENCES as readonly unknown[]).includes(v), d.minConfidence),
    strict: pick('strict', isBoolean, d.strict),
    names: { extra, ignore },
    maskingHelper: { name: helperName, module: typeof helper.module === 'string' ? helper.module.trim() : d.maskingHelper.module },
    debounceMs: pick('debounceMs', (v): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 60_000, d.debounceMs),
    maxFileSizeMB: pick('maxFileSizeMB', (v): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0, d.maxFileSizeMB),
    ignores: Array.isArray(r.ignores) ? r.ignores.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : [],
  };
  return { settings, problems };
}

/** `auto` follows the editor (`ja`, `ja-JP` → ja; `en*` → en); other languages fall back to the file, then English. */
export function resolveLocale(setting: EditorSettings['locale'], clientLocale: string | undefined, fileLocale: Locale | undefined): Locale {
  if (setting === 'en' || setting === 'ja') return setting;
  const lang = (clientLocale ?? '').toLowerCase();
  if (lang === 'ja' || lang.startsWith('ja-')) return 'ja';
  if (lang === 'en' || lang.startsWith('en-')) return 'en';
  return fileLocale ?? 'en';
}

/**
 * Overlays the editor settings on the file's. Throws the engine's ConfigError when the editor part is
 * invalid (an unknown data kind in `piiGuard.names.extra`), so the caller can report it and go on without it.
 */
export function mergeSettings(file: PiiGuardSettings, editor: EditorSettings, locale: Locale): PiiGuardSettings {
  const out: PiiGuardSettings = { ...file, locale };
  if (editor.minConfidence !== DEFAULT_CONFIDENCE) out.minConfidence = editor.minConfidence;
  const editorNames = { extra: editor.names.extra, ignore: editor.names.ignore };
  if (Object.keys(editorNames.extra).length > 0 || editorNames.ignore.length > 0) {
    validateSettings({ names: editorNames }, 'piiGuard.names');
    const extra = { ...file.names?.extra, ...editorNames.extra };
    const ignore = [...new Set([...(file.names?.ignore ?? []), ...editorNames.ignore])];
    out.names = {
      ...(Object.keys(extra).length > 0 ? { extra } : {}),
      ...(ignore.length > 0 ? { ignore } : {}),
    };
  }
  // The helper the wrap fix inserts must count as masking, or the fix would not clear the finding.
  const helper = lastSegment(editor.maskingHelper.name);
  if (!isBuiltInSanitizerName(helper) && !(file.sanitizers ?? []).some((s) => s.name === helper)) {
    out.sanitizers = [...(file.sanitizers ?? []), { name: helper, strength: 'mask' }];
  }
  return out;
}

const DEFAULT_CONFIDENCE = DEFAULT_EDITOR_SETTINGS.minConfidence;

function lastSegment(name: string): string {
  return name.split('.').pop() ?? name;
}

/** Whether a helper name is already recognised by the built-in catalog (`maskPII` matches `mask*`). */
export function isBuiltInSanitizerName(name: string): boolean {
  const lower = name.toLowerCase();
  return SANITIZERS.some((s) => s.strength !== 'weak' && (s.names ?? []).some((pattern) => globMatches(pattern.toLowerCase(), lower)));
}

function globMatches(pattern: string, name: string): boolean {
  const source = pattern
    .split('*')
    .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`).test(name);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isBoolean(v: unknown): v is boolean {
  return typeof v === 'boolean';
}
