/**
 * The reports on the runs that are easy to get wrong: nothing scanned, files skipped as too large,
 * component files without their parser, requirement IDs from outside the catalog, an unknown format.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Sarif from 'sarif';
import { REPORT_FORMATS, formatReport, type ReportFormat } from '../../rules/src/formatters/index.js';
import type { LintRun } from '../../rules/src/report/model.js';
import { GENERATED_AT, TOOL, projectRun, removeProjects } from './fixture.js';
import { atLevel, validateSarif } from './multitool.js';

const EMPTY: LintRun = { files: [], filesLinted: 0, notChecked: [] };

const options = (locale: 'en' | 'ja' = 'en') => ({ locale, tool: TOOL, cwd: '/srv/app', generatedAt: GENERATED_AT });

describe('an empty scan', () => {
  it('gives a valid report in every format and language', () => {
    for (const format of REPORT_FORMATS) {
      for (const locale of ['en', 'ja'] as const) expect(formatReport(format, EMPTY, options(locale)).length).toBeGreaterThan(100);
    }
    const md = formatReport('markdown', EMPTY, options());
    expect(md).toContain('| **0** | 0 | 0 | 0 / 0 | 0 | 0 |\n\nNo findings.');
    expect(md).not.toContain('## All findings');
    const sarif = formatReport('sarif', EMPTY, options());
    const log = JSON.parse(sarif) as Sarif.Log;
    expect(log.runs[0]!.results).toEqual([]);
    expect(log.runs[0]!.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///srv/app/' } });
    const v = validateSarif(sarif);
    expect(atLevel(v, 'error')).toEqual([]);
    expect(atLevel(v, 'warning')).toEqual([]);
  });

  it('rejects an unknown format', () => {
    expect(() => formatReport('xml' as ReportFormat, EMPTY, options())).toThrow(new RangeError('Unknown report format: xml'));
  });
});

describe('files not checked', () => {
  const run: LintRun = {
    files: [{ filePath: 'public/vendor bundle#1.js', findings: [], suppressions: [], skipped: { size: 5 * 1024 * 1024, limit: 2 * 1024 * 1024 } }],
    filesLinted: 3,
    notChecked: [{ extension: '.vue', count: 2, parser: 'vue-eslint-parser' }],
  };

  it('become SARIF tool execution notifications', () => {
    const log = JSON.parse(formatReport('sarif', run, options())) as Sarif.Log;
    expect(log.runs[0]!.invocations![0]!.toolExecutionNotifications).toEqual([
      {
        descriptor: { id: 'PIIG0002', index: 1 },
        level: 'warning',
        message: { text: 'skipped: 5.0 MB is larger than the 2.0 MB limit (generated or bundled code?).' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'public/vendor%20bundle%231.js', uriBaseId: '%SRCROOT%' } } }],
      },
      {
        descriptor: { id: 'PIIG0003', index: 2 },
        level: 'warning',
        message: { text: '2 .vue files: install vue-eslint-parser to check their <script> blocks.' },
      },
    ]);
  });

  it('are listed in the Markdown and HTML reports', () => {
    const md = formatReport('markdown', run, options());
    expect(md).toContain('| Files not checked | 3 |');
    expect(md).toContain('- [public/vendor bundle#1.js](public/vendor%20bundle%231.js): skipped: 5.0 MB is larger than the 2.0 MB limit (generated or bundled code?)');
    expect(md).toContain('- 2 .vue files: install vue-eslint-parser to check their \\<script\\> blocks');
    const ja = formatReport('markdown', run, options('ja'));
    expect(ja).toContain('- .vueファイル2件: \\<script\\>を検査するには vue-eslint-parser をインストールしてください');
    const html = formatReport('html', run, options());
    expect(html).toContain('<li><a href="public/vendor%20bundle%231.js">public/vendor bundle#1.js</a>: skipped: 5.0 MB is larger than the 2.0 MB limit (generated or bundled code?)</li>');
    expect(html).toContain('<li>2 .vue files: install vue-eslint-parser to check their &lt;script&gt; blocks</li>');
  });
});

describe('requirement IDs from outside the catalog', () => {
  let run: LintRun;
  beforeAll(async () => {
    ({ run } = await projectRun());
    const signup = run.files.find((f) => f.filePath === 'src/signup.ts')!.findings[0]!;
    signup.requirements = [...signup.requirements, 'ACME-SEC-7'];
  });
  afterAll(removeProjects);

  it('are grouped under other references, in their own crosswalk column', () => {
    const md = formatReport('markdown', run, options());
    expect(md).toContain('### Other references\n\n| ID | Requirement | Findings | Locations |\n|---|---|---|---|\n| `ACME-SEC-7` | ACME-SEC-7 | 1 | [F3](src/signup.ts#L4) |');
    expect(md).toContain('| Take-out | APPI / security measures | GDPR | PCI DSS | CWE / OWASP | Other |');
    const sarif = JSON.parse(formatReport('sarif', run, options())) as Sarif.Log;
    expect(sarif.runs[0]!.results!.find((r) => (r.properties!.requirements as string[]).includes('ACME-SEC-7'))).toBeDefined();
  });
});
