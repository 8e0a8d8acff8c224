import * as yup from 'yup';
import Joi from 'joi';

export const signupSchema = yup.object({
  email: yup.string().email('メールアドレスの形式が正しくありません').required(),
  password: yup.string().min(12).required(),
  phone: yup.string().matches(/^0\d{9,10}$/),
  birthDate: yup.date().max(new Date()),
});

export const addressSchema = Joi.object({
  postalCode: Joi.string().pattern(/^\d{3}-?\d{4}$/).required(),
  address: Joi.string().max(200).required(),
  fullName: Joi.string().max(100).required(),
});

console.debug('schemas loaded', Object.keys(signupSchema.fields), Object.keys(addressSchema.describe().keys ?? {}));
