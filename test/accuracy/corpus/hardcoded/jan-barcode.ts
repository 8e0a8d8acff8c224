export interface Product {
  janCode: string;
  productName: string;
  priceYen: number;
}

// JAN (GTIN-13) barcodes of the starter catalogue.
export const STARTER_PRODUCTS: Product[] = [
  { janCode: '4901234567894', productName: '緑茶 500ml', priceYen: 150 },
  { janCode: '4902102072618', productName: 'ミネラルウォーター 2L', priceYen: 120 },
  { janCode: '4549132001234', productName: 'ボールペン 黒', priceYen: 110 },
];
