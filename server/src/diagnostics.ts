/**
 * Lint results as LSP diagnostics: source "PII Guard", the rule id as code with a link to its page, the
 * severity by data tier, related locations for where the data came from and how it got to the sink, and
 * `data` (DiagnosticData) for quick fixes and the client.
 *
 * Severity: the engine's severity of the finding, which follows the data tier — Error for national IDs
 * (My Number), special-care data, financial/card data, credentials, biometrics and any plain-text or
 * unverified transmission; Information when every item is a quasi- or online identifier; Warning for other
 * identifying data. A low-confidence finding (strict mode) is Information whatever its tier. Messages of
 * PII Guard rules without a data flow (suppression comments) keep ESLint's severity.
 */
import type { Diagnostic, DiagnosticRelatedInformation } from 'vscode-languageserver/node.js';
import { DiagnosticSeverity } from 'vscode-languageserver/node.js';
import plugin from 'eslint-plugin-pii-guard';
import { kindLabel, type Finding, type Locale } from 'eslint-plugin-pii-guard/engine';
import type { LintedMessage, LintOutcome } from './document-linter.js';
import { strings } from './l10n.js';
import type { PositionMap } from './positions.js';
import type { DiagnosticData } from './protocol.js';

export const SOURCE = 'PII Guard';

export type SeverityName = 'error' | 'warning' | 'info';

export function severityName(m: Pick<LintedMessage, 'finding' | 'eslintSeverity'>): SeverityName {
  if (m.finding) return m.finding.confidence === 'low' ? 'info' : m.finding.severity;
  return m.eslintSeverity === 2 ? 'error' : 'warning';
}

const LSP_SEVERITY: Record<SeverityName, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** The rule's documentation page (`meta.docs.url`), when the plugin has the rule. */
export function ruleDocsUrl(ruleId: string): string | undefined {
  const rules = plugin.rules as unknown as Record<string, { meta?: { docs?: { url?: string } } } | undefined>;
  return rules[ruleId.replace(/^pii-guard\//, '')]?.meta?.docs?.url;
}


export function diagnosticData(m: LintedMessage): DiagnosticData {
  return {
    ruleId: m.ruleId,
    requirements: m.finding?.requirements ?? m.about?.requirements ?? [],
    kinds: m.about?.kinds ?? [...new Set(m.finding?.data.map((d) => d.kind) ?? [])],
    fingerprint: m.fingerprint,
  };
}

export function toDiagnostic(m: LintedMessage, uri: string, map: PositionMap, locale: Locale): Diagnostic {
  const range = m.finding
    ? map.rangeOfOffsets(m.finding.offsets[0], m.finding.offsets[1])
    : map.range({
        start: { line: m.line, column: m.column - 1 },
        end: { line: m.endLine ?? m.line, column: (m.endColumn ?? m.column) - 1 },
      });
  const href = ruleDocsUrl(m.ruleId);
  const diagnostic: Diagnostic = {
    range,
    severity: LSP_SEVERITY[severityName(m)],
    source: SOURCE,
    code: m.ruleId,
    ...(href ? { codeDescription: { href } } : {}),
    message: m.message,
    data: diagnosticData(m),
  };
  if (m.finding) {
    const related = relatedInformation(m.finding, uri, map, locale, range);
    if (related.length > 0) diagnostic.relatedInformation = related;
  }
  return diagnostic;
}

/** Where each personal-data item came from, then the steps from the first item to the sink. */
function relatedInformation(f: Finding, uri: string, map: PositionMap, locale: Locale, own: Diagnostic['range']): DiagnosticRelatedInformation[] {
  const t = strings(locale).related;
  const out: DiagnosticRelatedInformation[] = [];
  const seen = new Set<string>([key(own)]);
  const add = (range: Diagnostic['range'], message: string): void => {
    const k = key(range);
    if (seen.has(k)) return;
    seen.add(k);
    out.push({ location: { uri, range }, message });
  };
  for (const d of f.data) add(map.range(d.origin), t.origin(kindLabel(d.kind, locale), d.path));
  for (const step of f.flow) add(map.range(step.range), t.step(step.text));
  return out;
}

function key(r: Diagnostic['range']): string {
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

/** The diagnostics of a lint outcome; a file that does not parse gets one Information diagnostic saying so. */
export function toDiagnostics(outcome: LintOutcome, uri: string, map: PositionMap, locale: Locale): Diagnostic[] {
  switch (outcome.kind) {
    case 'checked':
      return outcome.messages.map((m) => toDiagnostic(m, uri, map, locale));
    case 'not-parsed': {
      const start = { line: Math.max(0, outcome.line - 1), character: Math.max(0, outcome.column - 1) };
      return [
        {
          range: { start, end: { line: start.line, character: start.character + 1 } },
          severity: DiagnosticSeverity.Information,
          source: SOURCE,
          message: strings(locale).problems.notParsed(outcome.message),
        },
      ];
    }
    default:
      return [];
  }
}
