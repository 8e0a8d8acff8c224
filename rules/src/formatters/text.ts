/** The human-readable report of `pii-guard`: file:line:col, message, rule; then a summary. */
import type { Locale } from '../findings/model.js';
import { activeFindings, type LintRun, type Suppression } from '../report/model.js';
import { megabytes as mb } from './report-sections.js';

const useColor = (stream: NodeJS.WriteStream): boolean => !!stream.isTTY && !process.env.NO_COLOR;

/** Reason, author, expiry and kinds of a suppression, for --list-suppressions. */
function describeSuppression(s: Suppression, ja: boolean, c: (code: string, s: string) => string): string {
  const reason = s.reason || c('31', ja ? '(理由なし)' : '(no reason given)');
  const meta: string[] = [];
  if (s.author) meta.push(ja ? `記入: ${s.author}` : `by ${s.author}`);
  if (s.until) meta.push(s.expired ? c('31', ja ? `期限 ${s.until} 切れ` : `expired ${s.until}`) : ja ? `期限 ${s.until}` : `until ${s.until}`);
  const kinds = [...new Set(s.finding?.data.map((d) => d.kind) ?? [])];
  if (kinds.length > 0) meta.push(kinds.join(', '));
  return meta.length > 0 ? `${reason}  ${c('2', `(${meta.join('; ')})`)}` : reason;
}

export function formatText(run: LintRun, options: { locale: Locale; quiet: boolean; listSuppressions: boolean; color?: boolean }): string {
  const color = options.color ?? useColor(process.stdout);
  const c = (code: string, s: string): string => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const ja = options.locale === 'ja';
  const lines: string[] = [];
  let findings = 0;
  let errors = 0;
  let filesWithFindings = 0;
  const byRequirement = new Map<string, number>();
  const byKind = new Map<string, number>();
  const unparsed: string[] = [];
  const skipped: string[] = [];
  for (const file of run.files) {
    if (file.skipped) {
      skipped.push(file.filePath);
      lines.push(
        `  ${file.filePath}  ${c('33', ja ? '未検査' : 'skipped')}  ${
          ja
            ? `${mb(file.skipped.size)}は上限${mb(file.skipped.limit)}を超えるため検査しませんでした(生成・バンドルされたコード?)。--max-file-size 0 で検査します`
            : `${mb(file.skipped.size)} is larger than the ${mb(file.skipped.limit)} limit and was not checked (generated or bundled code?); --max-file-size 0 checks it`
        }`,
      );
      lines.push('');
      continue;
    }
    if (file.parseError) {
      unparsed.push(file.filePath);
      lines.push(`${c('4', file.filePath)}`);
      lines.push(
        `  ${file.filePath}:${file.parseError.line}:${file.parseError.column}  ${c('33', ja ? '解析不可' : 'not parsed')}  ${
          ja ? 'このファイルは構文エラーのため検査できませんでした' : 'This file could not be parsed and was not checked'
        }: ${file.parseError.message}`,
      );
      lines.push('');
    }
    const active = activeFindings(file);
    if (active.length === 0) continue;
    filesWithFindings++;
    if (!file.parseError) lines.push(c('4', file.filePath));
    for (const f of active) {
      findings++;
      if (f.eslintSeverity === 2) errors++;
      for (const r of f.requirements) byRequirement.set(r, (byRequirement.get(r) ?? 0) + 1);
      for (const d of f.data) byKind.set(d.kind, (byKind.get(d.kind) ?? 0) + 1);
      const sev = f.eslintSeverity === 2 ? c('31', 'error') : c('33', 'warning');
      lines.push(`  ${file.filePath}:${f.line}:${f.column}  ${sev}  ${f.text}  ${c('2', f.ruleId)}`);
    }
    lines.push('');
  }
  const suppressions = run.files.flatMap((f) => f.suppressions.map((s) => ({ ...s, filePath: f.filePath })));
  if (options.listSuppressions && suppressions.length > 0) {
    lines.push(c('1', ja ? `抑止された検出 (${suppressions.length})` : `Suppressed findings (${suppressions.length})`));
    for (const s of suppressions) {
      lines.push(`  ${s.filePath}:${s.line}:${s.column}  ${s.ruleId}  — ${describeSuppression(s, ja, c)}`);
    }
    lines.push('');
  }
  if (options.quiet) return lines.join('\n');
  const top = (m: Map<string, number>): string =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 10)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ');
  const b = run.baseline;
  if (findings === 0 && b) {
    lines.push(c('32', ja ? `新しい検出なし(${run.filesLinted}ファイルを検査)` : `No new findings (${run.filesLinted} files checked).`));
  } else if (findings === 0) {
    lines.push(c('32', ja ? `検出なし(${run.filesLinted}ファイルを検査)` : `No findings (${run.filesLinted} files checked).`));
  } else {
    lines.push(
      c(
        '1',
        ja
          ? `✖ ${b ? '新しい' : ''}${findings}件の検出(エラー${errors}件・警告${findings - errors}件、${filesWithFindings}ファイル / ${run.filesLinted}ファイル中)`
          : `✖ ${findings} ${b ? 'new ' : ''}finding${findings === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${findings - errors} warning${findings - errors === 1 ? '' : 's'}) in ${filesWithFindings} of ${run.filesLinted} files`,
      ),
    );
    lines.push(`  ${ja ? '要件別' : 'by requirement'}: ${top(byRequirement)}`);
    lines.push(`  ${ja ? 'データ種別' : 'by data kind'}: ${top(byKind)}`);
  }
  if (b) {
    lines.push(
      ja
        ? `  ベースライン ${b.path}: 新規${b.new}件、既知${b.unchanged}件(表示なし)、解消${b.absent}件(もう検出されない)`
        : `  baseline ${b.path}: ${b.new} new, ${b.unchanged} unchanged (not shown), ${b.absent} gone (no longer found)`,
    );
  }
  if (suppressions.length > 0 && !options.listSuppressions) {
    const reasonless = suppressions.filter((s) => !s.reason).length;
    const expired = suppressions.filter((s) => s.expired).length;
    const detail = [
      reasonless > 0 ? (ja ? `理由なし${reasonless}件` : `${reasonless} without a reason`) : '',
      expired > 0 ? (ja ? `期限切れ${expired}件` : `${expired} expired`) : '',
    ].filter(Boolean);
    lines.push(
      ja
        ? `  抑止 ${suppressions.length}件${detail.length > 0 ? `(${detail.join('、')})` : ''}(--list-suppressions で一覧)`
        : `  ${suppressions.length} suppressed${detail.length > 0 ? ` (${detail.join(', ')})` : ''} (list them with --list-suppressions)`,
    );
  }
  for (const n of run.notChecked) {
    lines.push(
      ja
        ? `  ${n.extension}ファイル${n.count}件は検査していません: <script>を検査するには ${n.parser} をインストールしてください`
        : `  ${n.count} ${n.extension} file${n.count === 1 ? ' was' : 's were'} not checked: install ${n.parser} to check their <script> blocks`,
    );
  }
  if (skipped.length > 0) {
    lines.push(
      ja
        ? `  サイズ上限を超えて検査しなかったファイル: ${skipped.length}件`
        : `  ${skipped.length} file${skipped.length === 1 ? ' was' : 's were'} skipped as larger than the size limit`,
    );
  }
  if (unparsed.length > 0) {
    lines.push(
      ja
        ? `  構文エラーで検査できなかったファイル: ${unparsed.length}件`
        : `  ${unparsed.length} file${unparsed.length === 1 ? ' was' : 's were'} not checked because ${unparsed.length === 1 ? 'it does' : 'they do'} not parse`,
    );
  }
  return lines.join('\n');
}
