/**
 * Where a document's settings come from: the editor's `piiGuard.*` (asked with workspace/configuration,
 * cached until didChangeConfiguration; pushed settings for clients that cannot be asked) and the nearest
 * `pii-guard.config.json`. A broken file or setting is reported once and the rest still applies.
 */
import { dirname } from 'node:path';
import type { Connection } from 'vscode-languageserver/node.js';
import type { Locale, PiiGuardSettings } from 'eslint-plugin-pii-guard/engine';
import { findConfigFile, loadConfigFile } from './config-file.js';
import { strings } from './l10n.js';
import type { Log } from './log.js';
import { SETTINGS_SECTION, type EditorSettings } from './protocol.js';
import { mergeSettings, normalizeEditorSettings, resolveLocale, type EffectiveSettings } from './settings.js';

export class SettingsProvider {
  private readonly cache = new Map<string, Promise<EditorSettings>>();
  private readonly resolved = new Map<string, EditorSettings>();
  /** Settings the client pushed (didChangeConfiguration, initializationOptions). */
  private pushed: unknown = undefined;

  constructor(
    private readonly connection: Connection,
    private readonly log: Log,
    private readonly canAsk: boolean,
    /** The editor's display language (initialize `locale`). */
    readonly clientLocale: string | undefined,
  ) {}

  /** Forget cached editor settings; `pushed` is what a didChangeConfiguration carried, when anything. */
  invalidate(pushed?: unknown): void {
    if (pushed !== undefined && pushed !== null) this.pushed = pushed;
    this.cache.clear();
  }

  /** The editor settings for a document (or the workspace when no uri is given). */
  editor(scopeUri?: string): Promise<EditorSettings> {
    const key = scopeUri ?? '';
    let hit = this.cache.get(key);
    if (!hit) {
      hit = this.fetch(scopeUri).then((s) => {
        this.resolved.set(key, s);
        return s;
      });
      this.cache.set(key, hit);
    }
    return hit;
  }

  /** The last editor settings seen for a document, without asking (for the debounce delay). */
  lastKnown(scopeUri?: string): EditorSettings | undefined {
    return this.resolved.get(scopeUri ?? '') ?? this.resolved.get('');
  }

  private async fetch(scopeUri: string | undefined): Promise<EditorSettings> {
    let raw: unknown = pushedSection(this.pushed);
    if (this.canAsk) {
      try {
        raw = await this.connection.workspace.getConfiguration(scopeUri ? { scopeUri, section: SETTINGS_SECTION } : { section: SETTINGS_SECTION });
      } catch (e) {
        this.log.problemOnce('settings:ask', `PII Guard: could not read the editor settings (${(e as Error).message}); using defaults.`);
      }
    }
    const { settings, problems } = normalizeEditorSettings(raw);
    for (const p of problems) this.log.problemOnce(`settings:${p}`, strings(this.uiLocale(settings)).problems.settingsInvalid(p));
    return settings;
  }

  /** The language of the server's own messages for these settings. */
  uiLocale(editor: EditorSettings): Locale {
    return resolveLocale(editor.locale, this.clientLocale, undefined);
  }

  /**
   * The full settings for a file on disk (`filePath`), or for a buffer (null) in `folder`. Config problems
   * are shown to the user once per file and problem; the built-in defaults are used instead.
   */
  effective(editor: EditorSettings, filePath: string | null, folder: string | null): EffectiveSettings {
    const start = filePath ? dirname(filePath) : folder;
    const configFile = start ? findConfigFile(start, folder) : null;
    let file: PiiGuardSettings = {};
    let applied: string | null = null;
    if (configFile) {
      const loaded = loadConfigFile(configFile);
      if (loaded.error !== undefined) {
        this.log.showOnce(`config:${configFile}:${loaded.error}`, strings(this.uiLocale(editor)).problems.configInvalid(loaded.error));
      } else {
        file = loaded.settings;
        applied = configFile;
      }
    }
    const locale = resolveLocale(editor.locale, this.clientLocale, file.locale);
    let engine: PiiGuardSettings;
    try {
      engine = mergeSettings(file, editor, locale);
    } catch (e) {
      this.log.showOnce(`settings:${(e as Error).message}`, strings(locale).problems.settingsInvalid((e as Error).message));
      engine = mergeSettings(file, { ...editor, names: { extra: {}, ignore: [] } }, locale);
    }
    return { editor, locale, strict: editor.strict, engine, configFile: applied };
  }
}

/** `piiGuard` out of what a client pushed: `{ piiGuard: {...} }` or the section itself. */
function pushedSection(pushed: unknown): unknown {
  if (typeof pushed !== 'object' || pushed === null) return undefined;
  const p = pushed as Record<string, unknown>;
  return SETTINGS_SECTION in p ? p[SETTINGS_SECTION] : undefined;
}
