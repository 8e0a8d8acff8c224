import pino from 'pino';

const logger = pino();

interface Supplier {
  supplierId: string;
  companyName: string;
  companyAddress: string;
  representativeTitle: string;
  industry: string;
}

export function onboardSupplier(s: Supplier): void {
  logger.info({ supplierId: s.supplierId, companyName: s.companyName, companyAddress: s.companyAddress, industry: s.industry }, 'supplier onboarded');
}
