export const FIXTURES = {
  userId: 'c0a80164-0000-4000-8000-000000000001',
  sessionId: 'sess_5f2b1c9e8d7a6b5c4d3e2f1a',
  sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  amountYen: 1280,
  quantity: 3,
  createdAt: '2023-11-02T10:00:00Z',
  zip: '100-0005',
};
