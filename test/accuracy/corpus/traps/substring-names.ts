import pino from 'pino';

const log = pino();

export function layoutReport(panel: { width: number; span: number }, usage: number, storage: number, image: { width: number }, message: string): void {
  const page = Math.ceil(storage / 4096);
  log.info({ panelWidth: panel.width, span: panel.span, usage, storage, page, imageWidth: image.width, message }, 'layout');
  log.info({ expand: true, spinner: 'dots', mapping: 'identity', pinned: false, hotelCount: 3, adobeFont: 'source-han' }, 'ui');
}
