import { useRouter } from 'next/router';
import { useForm } from 'react-hook-form';

type ShippingForm = {
  recipientName: string;
  postalCode: string;
  address: string;
  phone: string;
};

export default function ShippingStep() {
  const router = useRouter();
  const { register, handleSubmit } = useForm<ShippingForm>();

  const onSubmit = (values: ShippingForm) => {
    sessionStorage.setItem('checkout.shipping', JSON.stringify(values)); // expect: pii-guard/no-unprotected-pii-export
    router.push('/checkout/payment');
  };

  return (
    <form onSubmit={handleSubmit(onSubmit)}>
      <input {...register('recipientName', { required: true })} placeholder="お届け先氏名" />
      <input {...register('postalCode', { required: true })} placeholder="郵便番号" />
      <input {...register('address', { required: true })} placeholder="住所" />
      <input {...register('phone', { required: true })} placeholder="電話番号" />
      <button type="submit">次へ</button>
    </form>
  );
}
