import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SinkFamily, SinkKind } from '../../rules/src/catalog/types.js';
import {
  ALWAYS_CITE,
  CONTEXT_RULES,
  DATA_RULES,
  REQUIREMENTS,
  getRequirement,
  groupOf,
  leakTriggerFor,
  requirementTitle,
  requirementsFor,
  sortRequirementIds,
} from '../../rules/src/requirements/index.js';
import type { MappingInput } from '../../rules/src/requirements/index.js';
import { TIERS } from '../../rules/src/vocabulary/types.js';
import type { Tier } from '../../rules/src/vocabulary/types.js';

function input(over: Partial<MappingInput> & Pick<MappingInput, 'sinkKind' | 'family'>): MappingInput {
  return {
    tiers: [],
    kinds: [],
    wholeRecord: false,
    insecureTransport: false,
    thirdParty: false,
    foreign: false,
    inUrl: false,
    weakProtection: false,
    hardcodedKey: false,
    shippedToSaas: false,
    ...over,
  };
}

const FLAGS = [
  'wholeRecord',
  'insecureTransport',
  'thirdParty',
  'foreign',
  'inUrl',
  'weakProtection',
  'hardcodedKey',
  'shippedToSaas',
] as const;

const FAMILIES: Record<SinkKind, SinkFamily[]> = {
  log: ['loggers', 'errors', 'monitoring'],
  export: ['files', 'dumps', 'downloads', 'browser-storage', 'cookies', 'clipboard', 'object-storage'],
  send: ['http', 'realtime', 'beacon', 'email', 'analytics', 'monitoring', 'tokens', 'messaging'],
};

/** Representative kinds per tier (vocabulary ids), plus the tier alone with no known kind. */
const KINDS_OF_TIER: Record<Tier, string[][]> = {
  'national-id': [['myNumber'], ['passportNumber'], []],
  'special-care': [['health'], ['laborUnion'], ['sexualOrientation'], ['laborUnion', 'health'], []],
  financial: [['creditCardNumber'], ['cardSecurityCode'], ['cardExpiry'], ['bankAccount'], ['paymentCredential'], []],
  credential: [['credential'], []],
  biometric: [['biometric'], []],
  'direct-identifier': [['email'], ['fullName'], []],
  'quasi-identifier': [['birthDate'], []],
  'online-identifier': [['cookieId'], ['deviceId'], ['ipAddress'], ['location'], []],
};

function* grid(): Generator<MappingInput> {
  for (const sinkKind of ['log', 'export', 'send'] as const) {
    for (const family of FAMILIES[sinkKind]) {
      for (const tier of TIERS) {
        for (const kinds of KINDS_OF_TIER[tier]) {
          for (let mask = 0; mask < 1 << FLAGS.length; mask++) {
            const flags: Partial<MappingInput> = {};
            FLAGS.forEach((f, i) => {
              flags[f] = (mask & (1 << i)) !== 0;
            });
            yield input({ sinkKind, family, tiers: [tier], kinds, ...flags });
          }
        }
      }
    }
  }
}

describe('REQUIREMENTS catalog', () => {
  const entries = Object.entries(REQUIREMENTS);

  it('keys each entry by its own id', () => {
    for (const [key, r] of entries) expect(r.id).toBe(key);
  });

  it('gives every entry a title in both languages, a source and a framework matching its prefix', () => {
    for (const [, r] of entries) {
      expect(r.title.en.trim(), r.id).not.toBe('');
      expect(r.title.ja, r.id).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(r.source.trim(), r.id).not.toBe('');
      expect(['C', 'H', 'O'], r.id).toContain(r.detect);
      if (r.url) expect(r.url, r.id).toMatch(/^https:\/\//);
    }
    expect(groupOf('APPI-R7-2')).toBe('appi-rules');
    expect(groupOf('APPI-SEC')).toBe('appi');
    expect(groupOf('PPC-QA-17-14')).toBe('ppc');
  });

  it('gives every code-detectable (C/H) entry a remedy in both languages, and none to organisational ones', () => {
    for (const [, r] of entries) {
      if (r.detect === 'O') {
        expect(r.remedy, r.id).toBeUndefined();
      } else {
        expect(r.remedy?.en.trim(), r.id).toBeTruthy();
        expect(r.remedy?.ja, r.id).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      }
    }
  });

  it('holds every ID the digest proposes', () => {
    const expected = [
      ...['APR', 'MIN', 'ENC', 'KEY', 'NET', 'RET', 'DEL', 'AUD', 'SAN', 'EDU', 'TEC'].map((s) => `TO-${s}`),
      ...['AC', 'LOG', 'ENC', 'DEV', 'NDA', 'EDU', 'AUD'].map((s) => `SM-${s}`),
      ...['FACT', 'CONT', 'INT', 'NOTIFY', 'REG', 'LAW', 'SUP', 'CAUSE', 'PREV', 'TRUST'].map((s) => `IR-${s}`),
      ...[
        'PURPOSE', 'PURPOSE-LIMIT', 'IMPROPER', 'ACQ', 'SENS-ACQ', 'NOTICE', 'ACC-DEL', 'SEC', 'EMP', 'VEND', 'BREACH',
        '3P', 'XB', '3P-REC', '3P-CONF', 'REL', 'PSEUDO', 'ANON', 'PENALTY', 'R7-1', 'R7-2', 'R7-3', 'R7-4', 'R7-ENC',
      ].map((s) => `APPI-${s}`),
      ...['10-3-1', '10-3-2', '10-3-3', '10-3-4', '10-3-5', '10-4', '10-5-1', '10-5-2', '10-5-3', '10-5-4'].map((s) => `PPC-GL-${s}`),
      ...['10-6-1', '10-6-2', '10-6-3', '10-6-4', '10-7'].map((s) => `PPC-GL-${s}`),
      ...['10-18', '10-19', '10-20', '10-21', '10-24', '17-14', '17-10', '6-12', '14-8', '1-4', '12-3'].map((s) => `PPC-QA-${s}`),
      ...['DEF', 'SEC', 'ASK', 'PROVIDE', 'STORE', 'FILE', 'BREACH', 'DISPOSE', 'PENALTY'].map((s) => `MYN-${s}`),
      ...['3.1.1', '3.1.3', '3.1.4', '4.4.2', '4.5.4', '4.5.5', '6.2', '8.3', '8.8', '8.9', '8.10', '9.1', '9.2'].map((s) => `PMK-J.${s}`),
      'TEL-27-12',
      'UCPA-2-6',
      'UCPA-21',
      ...['5-1-c', '5-1-e', '5-1-f', '4-5', '9-1', '25', '32', '32-1-a', '33', '34', '34-3-a'].map((s) => `GDPR-${s}`),
      ...['A01', 'A02', 'A04', 'A06', 'A09'].flatMap((s) => [`OWASP21-${s}`, `OWASP25-${s}`]),
      'OWASP21-A07',
      ...['3.3.1', '3.3.1.2', '3.4.1', '3.5.1', '4.2.1', '4.2.2', '10', '10.2.1.1'].map((s) => `PCI4-${s}`),
      'HIPAA-164.312',
    ];
    for (const id of expected) expect(getRequirement(id), id).toBeDefined();
  });

  it('holds exactly the CWE entries of digest §5.3 plus CWE-522 (credential tier), with MITRE pages', () => {
    const cwes = Object.keys(REQUIREMENTS).filter((id) => id.startsWith('CWE-'));
    expect(sortRequirementIds(cwes)).toEqual([
      'CWE-200', 'CWE-201', 'CWE-209', 'CWE-311', 'CWE-312', 'CWE-313', 'CWE-319', 'CWE-321', 'CWE-359',
      'CWE-522', 'CWE-525', 'CWE-532', 'CWE-538', 'CWE-539', 'CWE-598', 'CWE-922',
    ]);
    for (const id of cwes) {
      expect(REQUIREMENTS[id]?.url).toBe(`https://cwe.mitre.org/data/definitions/${id.slice(4)}.html`);
    }
    expect(REQUIREMENTS['CWE-532']?.title.en).toBe('Insertion of Sensitive Information into Log File');
  });

  it('uses the digest §8 starter texts', () => {
    expect(REQUIREMENTS['TO-ENC']?.title).toEqual({ ja: '持ち出すデータは必ず暗号化', en: 'Encrypt personal data taken out of the company' });
    expect(REQUIREMENTS['TO-ENC']?.source).toBe('seed 001 持ち出しルール(3); PPC-GL 10-5(3)');
    expect(REQUIREMENTS['APPI-SEC']).toMatchObject({ detect: 'C', article: 'Art. 23', source: 'APPI Art. 23' });
    expect(REQUIREMENTS['APPI-R7-3']?.detect).toBe('O');
    expect(REQUIREMENTS['TEL-27-12']?.title.ja).toBe('外部送信規律(送信先・目的の通知/公表)');
    expect(REQUIREMENTS['SM-LOG']?.remedy?.en).toMatch(/^Log a reference \(user ID, record count\), not the value/);
    expect(REQUIREMENTS['TO-NET']?.remedy?.en).toBe('Use https:// / wss:// and keep TLS verification on');
  });
});

describe('lookups', () => {
  it('getRequirement ignores prototype members', () => {
    expect(getRequirement('constructor')).toBeUndefined();
    expect(getRequirement('TO-MIN')?.id).toBe('TO-MIN');
  });

  it('requirementTitle picks the language and falls back to the ID', () => {
    expect(requirementTitle('CWE-319', 'en')).toBe('Cleartext Transmission of Sensitive Information');
    expect(requirementTitle('CWE-319', 'ja')).toBe('機微情報の平文送信');
    expect(requirementTitle('NOPE-1', 'ja')).toBe('NOPE-1');
  });

  it('groupOf infers the framework of an unknown ID from its prefix and rejects unknown prefixes', () => {
    expect(groupOf('CWE-9999')).toBe('cwe');
    expect(groupOf('APPI-R7-9')).toBe('appi-rules');
    expect(groupOf('OWASP17-A03')).toBe('owasp');
    expect(() => groupOf('ORG-1')).toThrow(RangeError);
  });
});

describe('sortRequirementIds', () => {
  it('orders by framework, then naturally, and removes duplicates', () => {
    expect(
      sortRequirementIds([
        'CWE-922', 'CWE-201', 'OWASP25-A09', 'OWASP21-A09', 'PCI4-10', 'PCI4-4.2.1', 'PCI4-3.5.1', 'GDPR-32-1-a',
        'GDPR-5-1-c', 'TEL-27-12', 'PMK-J.9.2', 'MYN-STORE', 'PPC-GL-10-6-4', 'PPC-GL-10-5-3', 'APPI-SEC',
        'APPI-R7-ENC', 'APPI-R7-2', 'APPI-3P-REC', 'APPI-3P', 'IR-REG', 'SM-LOG', 'TO-MIN', 'TO-ENC', 'ORG-1',
        'TO-MIN', 'HIPAA-164.312', 'UCPA-21',
      ]),
    ).toEqual([
      'TO-ENC', 'TO-MIN', 'SM-LOG', 'IR-REG', 'APPI-3P', 'APPI-3P-REC', 'APPI-R7-2', 'APPI-R7-ENC', 'APPI-SEC',
      'PPC-GL-10-5-3', 'PPC-GL-10-6-4', 'MYN-STORE', 'PMK-J.9.2', 'TEL-27-12', 'UCPA-21', 'GDPR-5-1-c',
      'GDPR-32-1-a', 'PCI4-3.5.1', 'PCI4-4.2.1', 'PCI4-10', 'HIPAA-164.312', 'OWASP21-A09', 'OWASP25-A09',
      'CWE-201', 'CWE-922', 'ORG-1',
    ]);
  });
});

describe('requirementsFor', () => {
  it('returns only catalogued, code-detectable IDs with remedies, sorted and unique, over the whole input grid', () => {
    const seen = new Set<string>();
    const unordered: MappingInput[] = [];
    let count = 0;
    for (const i of grid()) {
      const ids = requirementsFor(i);
      // One comparison per input without expect(): the grid has ~55,000 inputs.
      if (ids.join() !== sortRequirementIds(ids).join()) unordered.push(i);
      for (const id of ids) seen.add(id);
      count++;
    }
    expect(count).toBeGreaterThan(50_000);
    expect(unordered).toEqual([]);
    for (const id of seen) {
      const r = getRequirement(id);
      expect(r, id).toBeDefined();
      expect(['C', 'H'], id).toContain(r?.detect);
      expect(r?.remedy?.en, id).toBeTruthy();
      expect(r?.remedy?.ja, id).toBeTruthy();
    }
    // The grid reaches every ID the tables can cite.
    const cited = new Set([...Object.values(ALWAYS_CITE).flat(), ...[...DATA_RULES, ...CONTEXT_RULES].flatMap((r) => r.cite)]);
    expect(sortRequirementIds(seen)).toEqual(sortRequirementIds(cited));
  });

  it('log sink with an e-mail: minimisation, logging and security measures, no encryption-at-rest rules', () => {
    expect(requirementsFor(input({ sinkKind: 'log', family: 'loggers', tiers: ['direct-identifier'], kinds: ['email'] }))).toEqual([
      'TO-MIN', 'SM-LOG', 'APPI-SEC', 'PPC-GL-10-6-3', 'PMK-J.9.2', 'GDPR-5-1-c', 'OWASP21-A09', 'OWASP25-A09',
      'CWE-532',
    ]);
  });

  it('export of a card number to a file', () => {
    expect(requirementsFor(input({ sinkKind: 'export', family: 'files', tiers: ['financial'], kinds: ['creditCardNumber'] }))).toEqual([
      'TO-APR', 'TO-DEL', 'TO-ENC', 'TO-MIN', 'SM-ENC', 'APPI-R7-2', 'APPI-R7-ENC', 'APPI-SEC', 'PPC-GL-10-5-3',
      'PPC-GL-10-6-4', 'GDPR-32-1-a', 'GDPR-34-3-a', 'PCI4-3.5.1', 'CWE-312', 'CWE-313',
    ]);
  });

  it('send over http:// adds TO-NET and CWE-319, and PCI4-4.2.1 only for a card number', () => {
    const email = requirementsFor(
      input({ sinkKind: 'send', family: 'http', tiers: ['direct-identifier'], kinds: ['email'], insecureTransport: true }),
    );
    expect(email).toEqual(['TO-MIN', 'TO-NET', 'APPI-SEC', 'CWE-201', 'CWE-319', 'CWE-359']);
    const card = requirementsFor(
      input({ sinkKind: 'send', family: 'http', tiers: ['financial'], kinds: ['creditCardNumber'], insecureTransport: true }),
    );
    expect(card).toContain('PCI4-4.2.1');
    expect(card).toContain('APPI-R7-2');
    expect(card).not.toContain('PCI4-3.5.1');
  });

  it('My Number: MYN-PROVIDE when sent, MYN-STORE/MYN-FILE when logged or exported, MYN-PROVIDE again when the log leaves', () => {
    const myn = { tiers: ['national-id'] as Tier[], kinds: ['myNumber'] };
    const send = requirementsFor(input({ sinkKind: 'send', family: 'http', ...myn }));
    expect(send.filter((id) => id.startsWith('MYN-'))).toEqual(['MYN-PROVIDE']);
    const log = requirementsFor(input({ sinkKind: 'log', family: 'loggers', ...myn }));
    expect(log.filter((id) => id.startsWith('MYN-'))).toEqual(['MYN-FILE', 'MYN-STORE']);
    const saas = requirementsFor(input({ sinkKind: 'log', family: 'monitoring', shippedToSaas: true, ...myn }));
    expect(saas.filter((id) => id.startsWith('MYN-'))).toEqual(['MYN-FILE', 'MYN-PROVIDE', 'MYN-STORE']);
    const exported = requirementsFor(input({ sinkKind: 'export', family: 'dumps', ...myn }));
    expect(exported.filter((id) => id.startsWith('MYN-'))).toEqual(['MYN-FILE', 'MYN-STORE']);
  });

  it('cookie ID to a third party abroad: APPI-REL, TEL-27-12, provision and cross-border rules', () => {
    expect(
      requirementsFor(
        input({ sinkKind: 'send', family: 'analytics', tiers: ['online-identifier'], kinds: ['cookieId'], thirdParty: true, foreign: true }),
      ),
    ).toEqual(['TO-MIN', 'APPI-3P', 'APPI-3P-REC', 'APPI-REL', 'APPI-SEC', 'APPI-XB', 'PPC-GL-10-7', 'TEL-27-12', 'CWE-201', 'CWE-359']);
    // Without a third party, an online identifier adds nothing.
    expect(requirementsFor(input({ sinkKind: 'send', family: 'http', tiers: ['online-identifier'], kinds: ['ipAddress'] }))).toEqual([
      'TO-MIN', 'APPI-SEC', 'CWE-201', 'CWE-359',
    ]);
  });

  it('a log shipped to a SaaS is outsourcing (APPI-VEND), not third-party provision', () => {
    const ids = requirementsFor(
      input({ sinkKind: 'log', family: 'monitoring', tiers: ['online-identifier'], kinds: ['deviceId'], thirdParty: true, shippedToSaas: true }),
    );
    expect(ids).toContain('APPI-VEND');
    expect(ids).not.toContain('APPI-3P');
    expect(ids).not.toContain('APPI-3P-REC');
    expect(ids).not.toContain('APPI-REL');
  });

  it('special-care data: APPI-R7-1 everywhere, APPI-SENS-ACQ to a third party; GDPR-only categories do not trigger them', () => {
    const health = { tiers: ['special-care'] as Tier[], kinds: ['health'] };
    expect(requirementsFor(input({ sinkKind: 'log', family: 'loggers', ...health }))).toContain('APPI-R7-1');
    const sent = requirementsFor(input({ sinkKind: 'send', family: 'analytics', thirdParty: true, ...health }));
    expect(sent).toContain('APPI-R7-1');
    expect(sent).toContain('APPI-SENS-ACQ');
    const union = requirementsFor(
      input({ sinkKind: 'send', family: 'analytics', thirdParty: true, tiers: ['special-care'], kinds: ['laborUnion'] }),
    );
    expect(union).not.toContain('APPI-R7-1');
    expect(union).not.toContain('APPI-SENS-ACQ');
  });

  it('card security code logged: PCI4-3.3.1; card expiry alone: no R7-2', () => {
    const cvv = requirementsFor(input({ sinkKind: 'log', family: 'loggers', tiers: ['financial'], kinds: ['cardSecurityCode'] }));
    expect(cvv).toContain('PCI4-3.3.1');
    expect(cvv).toContain('APPI-R7-2');
    expect(cvv).not.toContain('PCI4-3.5.1');
    const expiry = requirementsFor(input({ sinkKind: 'log', family: 'loggers', tiers: ['financial'], kinds: ['cardExpiry'] }));
    expect(expiry).not.toContain('APPI-R7-2');
  });

  it('card number in an e-mail body: PCI4-4.2.2', () => {
    expect(
      requirementsFor(input({ sinkKind: 'send', family: 'email', tiers: ['financial'], kinds: ['creditCardNumber'] })),
    ).toContain('PCI4-4.2.2');
    expect(
      requirementsFor(input({ sinkKind: 'send', family: 'http', tiers: ['financial'], kinds: ['creditCardNumber'] })),
    ).not.toContain('PCI4-4.2.2');
  });

  it('families: browser storage → CWE-922, cookies → CWE-539, object storage → CWE-312 only, errors → CWE-209', () => {
    const cwes = (kind: SinkKind, family: SinkFamily) =>
      requirementsFor(input({ sinkKind: kind, family, tiers: ['direct-identifier'], kinds: ['email'] })).filter((id) =>
        id.startsWith('CWE-'),
      );
    expect(cwes('export', 'browser-storage')).toEqual(['CWE-922']);
    expect(cwes('export', 'cookies')).toEqual(['CWE-539']);
    expect(cwes('export', 'object-storage')).toEqual(['CWE-312']);
    expect(cwes('export', 'downloads')).toEqual(['CWE-312', 'CWE-313']);
    expect(cwes('export', 'clipboard')).toEqual([]);
    expect(cwes('log', 'errors')).toEqual(['CWE-209', 'CWE-532']);
  });

  it('whole record, URL, weak protection, hard-coded key and credentials', () => {
    const whole = requirementsFor(input({ sinkKind: 'send', family: 'http', tiers: ['direct-identifier'], kinds: ['personalRecord'], wholeRecord: true }));
    expect(whole).toEqual(['TO-MIN', 'APPI-SEC', 'GDPR-5-1-c', 'GDPR-25', 'CWE-201', 'CWE-359']);
    const url = requirementsFor(input({ sinkKind: 'send', family: 'http', tiers: ['direct-identifier'], kinds: ['email'], inUrl: true }));
    expect(url).toContain('CWE-598');
    const weak = requirementsFor(input({ sinkKind: 'log', family: 'loggers', tiers: ['direct-identifier'], kinds: ['phone'], weakProtection: true }));
    expect(weak).toContain('APPI-R7-ENC');
    expect(weak).toContain('CWE-311');
    const key = requirementsFor(input({ sinkKind: 'export', family: 'files', tiers: ['direct-identifier'], kinds: ['email'], hardcodedKey: true }));
    expect(key.slice(0, 5)).toEqual(['TO-APR', 'TO-DEL', 'TO-ENC', 'TO-KEY', 'TO-MIN']);
    expect(key).toContain('CWE-321');
    const credLog = requirementsFor(input({ sinkKind: 'log', family: 'loggers', tiers: ['credential'], kinds: ['credential'] }));
    expect(credLog.filter((id) => id.startsWith('CWE-'))).toEqual(['CWE-522', 'CWE-532']);
    const credExport = requirementsFor(input({ sinkKind: 'export', family: 'browser-storage', tiers: ['credential'], kinds: ['credential'] }));
    expect(credExport.filter((id) => id.startsWith('CWE-'))).toEqual(['CWE-312', 'CWE-522', 'CWE-922']);
  });

  it('third party in Japan: provision and record, no cross-border rules', () => {
    const ids = requirementsFor(input({ sinkKind: 'send', family: 'email', tiers: ['direct-identifier'], kinds: ['fullName'], thirdParty: true }));
    expect(ids).toEqual(['TO-MIN', 'APPI-3P', 'APPI-3P-REC', 'APPI-SEC', 'CWE-201', 'CWE-359']);
  });
});

describe('leakTriggerFor', () => {
  it('special-care → APPI-R7-1, reportable from one person', () => {
    expect(leakTriggerFor({ tiers: ['special-care'], kinds: ['health'] })).toEqual({ ids: ['APPI-R7-1'], reportableFromOne: true });
  });

  it('card number, security code and payment credential → APPI-R7-2, reportable from one person', () => {
    for (const kind of ['creditCardNumber', 'cardSecurityCode', 'paymentCredential']) {
      expect(leakTriggerFor({ tiers: ['financial'], kinds: [kind] })).toEqual({ ids: ['APPI-R7-2'], reportableFromOne: true });
    }
  });

  it('bank account → APPI-R7-2 possible only', () => {
    expect(leakTriggerFor({ tiers: ['financial'], kinds: ['bankAccount'] })).toEqual({ ids: ['APPI-R7-2'], reportableFromOne: false });
  });

  it('My Number → MYN-BREACH', () => {
    expect(leakTriggerFor({ tiers: ['national-id'], kinds: ['myNumber'] })).toEqual({ ids: ['MYN-BREACH'], reportableFromOne: true });
  });

  it('anything else → APPI-R7-3 and APPI-R7-4, not reportable from one person', () => {
    expect(leakTriggerFor({ tiers: ['direct-identifier'], kinds: ['email'] })).toEqual({
      ids: ['APPI-R7-3', 'APPI-R7-4'],
      reportableFromOne: false,
    });
    expect(leakTriggerFor({ tiers: ['financial'], kinds: ['cardExpiry'] }).ids).toEqual(['APPI-R7-3', 'APPI-R7-4']);
    expect(leakTriggerFor({ tiers: ['special-care'], kinds: ['laborUnion'] }).ids).toEqual(['APPI-R7-3', 'APPI-R7-4']);
  });

  it('combines triggers, ordered, reportable from one if any item is', () => {
    expect(
      leakTriggerFor({ tiers: ['national-id', 'special-care', 'financial'], kinds: ['myNumber', 'health', 'bankAccount'] }),
    ).toEqual({ ids: ['APPI-R7-1', 'APPI-R7-2', 'MYN-BREACH'], reportableFromOne: true });
  });

  it('every trigger ID is catalogued', () => {
    for (const id of ['APPI-R7-1', 'APPI-R7-2', 'APPI-R7-3', 'APPI-R7-4', 'MYN-BREACH']) expect(getRequirement(id), id).toBeDefined();
  });
});

describe('rules/docs/requirements.md', () => {
  it('has exactly one row per catalogued ID', () => {
    const doc = readFileSync(new URL('../../rules/docs/requirements.md', import.meta.url), 'utf8');
    // Catalog rows start with the ID in backticks, linked or not: "| `TO-MIN` |" or "| [`CWE-532`][CWE-532] |".
    const rows = [...doc.matchAll(/^\| \[?`([^`]+)`(?:\]\[[^\]]+\])? \|/gm)].map((m) => m[1]);
    expect(rows.sort()).toEqual(Object.keys(REQUIREMENTS).sort());
  });
});
