import express from 'express';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listMembers } from '../members.js';

export const exportsRouter = express.Router();

exportsRouter.get('/exports/members', async (_req, res) => {
  const members = await listMembers();
  const rows = members.map((m) => `${m.memberNo}\t${m.fullName}\t${m.email}\t${m.birthDate}`);
  const tmp = path.join(os.tmpdir(), `members-${Date.now()}.tsv`);

  fs.writeFileSync(tmp, ['member_no\tname\temail\tbirth_date', ...rows].join('\n')); // expect: pii-guard/no-unprotected-pii-export

  res.download(tmp, 'members.tsv', () => { // expect: pii-guard/no-unprotected-pii-export
    fs.unlink(tmp, () => undefined);
  });
});
