import type { Request, Response } from 'express';
import { createLogger, format, transports } from 'winston';

const logger = createLogger({ format: format.json(), transports: [new transports.Console()] });

export function entry(req: Request, res: Response): void {
  const { 氏名: shimei, メールアドレス: mail, 参加人数: ninzuu } = req.body as Record<string, string>;
  logger.info('申込受付', { shimei, mail, ninzuu }); // expect: pii-guard/no-pii-in-logs
  logger.info('申込件数', { ninzuu });
  res.status(201).json({ ok: true });
}
