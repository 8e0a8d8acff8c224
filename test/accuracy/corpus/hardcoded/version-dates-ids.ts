export const BUILD = {
  version: '2.14.3',
  apiVersion: '2024-06-20',
  schemaVersion: '1.0.0.2023',
  releasedAt: '2024-03-15T09:30:00+09:00',
  commit: '9f2c1e7b4a3d5f6e8c0b1a2d3e4f5a6b7c8d9e0f',
};

export const SAMPLE_ORDER_IDS = ['ORD-20240315-000123', 'ORD-20240315-000124'];
export const DEFAULT_TIMEOUT_MS = 30000;
export const EPOCH_START = 1700000000000;
export const REQUEST_ID = '3f1c9a7b-2e4d-4f80-9112-233445566778';
export const BIND_ADDRESS = '0.0.0.0';
export const INTERNAL_DNS = '10.0.0.2';
