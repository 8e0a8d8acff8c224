import { ESLintUtils } from '@typescript-eslint/utils';

export const DOCS_BASE = 'https://github.com/pii-guard/pii-guard/blob/main/rules/docs/rules';

export interface PiiGuardDocs {
  /** Included in `recommended` (all rules are in `strict`). */
  recommended: boolean;
  /** Requirement IDs the rule cites most. */
  requirements: string[];
}

/** typescript-eslint's typed rule creator, pointing at this repository's docs pages. */
export const createRule = ESLintUtils.RuleCreator<PiiGuardDocs>((name) => `${DOCS_BASE}/${name}.md`);
