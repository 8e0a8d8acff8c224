import express from 'express';
import multer from 'multer';
import path from 'node:path';
import { logger } from '../logger.js';

const upload = multer({
  dest: path.join(process.cwd(), 'uploads'),
  limits: { fileSize: 5 * 1024 * 1024 },
});

export const files = express.Router();

files.post('/attachments', upload.single('file'), (req, res) => {
  const file = req.file;
  if (!file) return res.status(400).json({ error: 'NO_FILE' });

  const fileName = path.basename(file.originalname);
  logger.info(`uploaded ${fileName} (${file.mimetype}, ${file.size} bytes) as ${file.filename}`);
  logger.debug('upload stored', { destination: file.destination, fieldName: file.fieldname });

  res.status(201).json({ id: file.filename, name: fileName });
});
