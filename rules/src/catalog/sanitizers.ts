/**
 * Sanitizers: calls whose result no longer carries the personal data that went in (digest §6.4).
 * `encrypt`, `keyed-hash` and `mask` cut the flow (a keyed hash never protects a My Number); `weak`
 * entries are recognised so that the finding can say why they are not enough, and never cut it.
 */
import type { LocalizedText } from '../vocabulary/types.js';
import type { SanitizerSpec } from './types.js';

const BASE64_NOTE: LocalizedText = {
  en: 'Base64 and hex are encodings, not encryption: anyone can decode them without a key.',
  ja: 'Base64や16進数は符号化であって暗号化ではありません。鍵がなくても誰でも元に戻せます。',
};

const FAST_HASH_NOTE: LocalizedText = {
  en: 'An unsalted fast hash (MD5, SHA-1, SHA-256) of an e-mail address, phone number or ID is reversed by hashing every candidate value, and it still singles the person out. Use a keyed hash (HMAC with a secret key) or encryption.',
  ja: 'ソルトなしの高速ハッシュ(MD5・SHA-1・SHA-256)は、メールアドレス・電話番号・IDの候補を総当たりでハッシュすれば元の値が分かり、本人の識別にも使えてしまいます。秘密鍵を使う鍵付きハッシュ(HMAC)か暗号化を使ってください。',
};

const ZIP_NOTE: LocalizedText = {
  en: 'A password-protected ZIP is not strong encryption: ZipCrypto is easily broken, and any ZIP is only as strong as a password that usually travels with the file. Encrypt with a managed key and send the key separately.',
  ja: 'パスワード付きZIPは高度な暗号化ではありません。ZipCryptoは容易に破られ、どの方式でもパスワードがファイルと同じ経路で伝えられがちです。管理された鍵で暗号化し、鍵は別経路で伝えてください。',
};

const PRIVATE_ENCRYPT_NOTE: LocalizedText = {
  en: 'privateEncrypt is the RSA signing operation: anyone holding the public key recovers the plaintext. Use publicEncrypt or a symmetric cipher.',
  ja: 'privateEncryptはRSAの署名用の処理で、公開鍵を持つ誰でも平文を復元できます。publicEncryptか共通鍵暗号を使ってください。',
};

/** Replacement strings made only of mask characters and group references (`'*'`, `'$1***$2'`, `'•••'`). */
const MASK_REPLACEMENT = '^(?=.*[*•●＊xX#])(?:[*•●＊xX#]|\\$[1-9]|\\$<\\w+>)+$';

export const sanitizers: readonly SanitizerSpec[] = [
  // ---- encryption ----------------------------------------------------------------------------------
  {
    id: 'crypto.createCipheriv',
    strength: 'encrypt',
    api: 'crypto.createCipheriv',
    module: ['crypto'],
    // `cipher.update(x, 'utf8', 'hex') + cipher.final('hex')`
    paths: ['{createCipheriv,createCipher}().{update,final}'],
    keyArg: 1,
  },
  {
    id: 'crypto.publicEncrypt',
    strength: 'encrypt',
    api: 'crypto.publicEncrypt',
    module: ['crypto'],
    paths: ['publicEncrypt'],
    dataArg: 1,
  },
  {
    id: 'webcrypto.encrypt',
    strength: 'encrypt',
    api: 'crypto.subtle.encrypt',
    global: 'crypto',
    paths: ['subtle.encrypt'],
    dataArg: 2,
  },
  {
    id: 'node.webcrypto.encrypt',
    strength: 'encrypt',
    api: 'crypto.subtle.encrypt',
    module: ['crypto'],
    paths: ['webcrypto.subtle.encrypt', 'subtle.encrypt'],
    dataArg: 2,
  },
  {
    id: 'aws-kms.EncryptCommand',
    strength: 'encrypt',
    api: 'KMS EncryptCommand',
    module: ['@aws-sdk/client-kms'],
    paths: ['EncryptCommand'],
    construct: true,
    dataArg: 0,
  },
  {
    id: 'aws-kms.encrypt',
    strength: 'encrypt',
    api: 'kms.encrypt',
    module: ['@aws-sdk/client-kms', 'aws-sdk', 'aws-sdk/clients/kms'],
    paths: ['KMS.new().encrypt', 'new().encrypt'],
    dataArg: 0,
  },
  {
    id: 'aws-encryption-sdk',
    strength: 'encrypt',
    api: 'AWS Encryption SDK encrypt',
    module: ['@aws-crypto/client-node', '@aws-crypto/client-browser'],
    // `const { encrypt } = buildClient(...); await encrypt(keyring, plaintext)`
    paths: ['buildClient().encrypt'],
    dataArg: 1,
  },
  {
    id: 'google-kms.encrypt',
    strength: 'encrypt',
    api: 'KeyManagementServiceClient.encrypt',
    module: ['@google-cloud/kms'],
    paths: ['KeyManagementServiceClient.new().encrypt', 'v1.KeyManagementServiceClient.new().encrypt'],
    dataArg: 0,
  },
  {
    id: 'azure-keyvault.encrypt',
    strength: 'encrypt',
    api: 'CryptographyClient.encrypt',
    module: ['@azure/keyvault-keys'],
    paths: ['CryptographyClient.new().{encrypt,wrapKey}'],
  },
  {
    id: 'libsodium',
    strength: 'encrypt',
    api: 'libsodium',
    module: ['libsodium-wrappers', 'libsodium-wrappers-sumo'],
    paths: [
      '{crypto_secretbox_easy,crypto_secretbox_detached,crypto_box_easy,crypto_box_detached,crypto_box_seal,crypto_aead_xchacha20poly1305_ietf_encrypt,crypto_aead_chacha20poly1305_ietf_encrypt}',
    ],
    dataArg: 0,
  },
  {
    id: 'tweetnacl',
    strength: 'encrypt',
    api: 'nacl.secretbox',
    module: ['tweetnacl'],
    paths: ['{secretbox,box}'],
    dataArg: 0,
  },
  {
    id: 'crypto-js.AES',
    strength: 'encrypt',
    api: 'CryptoJS.AES.encrypt',
    module: ['crypto-js', 'crypto-js/aes'],
    paths: ['AES.encrypt', 'encrypt'],
    dataArg: 0,
  },
  {
    id: 'jose.EncryptJWT',
    strength: 'encrypt',
    api: 'jose (JWE)',
    module: ['jose'],
    paths: ['{EncryptJWT,CompactEncrypt,FlattenedEncrypt,GeneralEncrypt}'],
    construct: true,
    dataArg: 0,
  },
  {
    id: 'openpgp.encrypt',
    strength: 'encrypt',
    api: 'openpgp.encrypt',
    module: ['openpgp'],
    paths: ['encrypt'],
    dataArg: 0,
  },
  {
    id: 'noble-ciphers',
    strength: 'encrypt',
    api: '@noble/ciphers',
    module: ['@noble/ciphers/aes', '@noble/ciphers/aes.js', '@noble/ciphers/chacha', '@noble/ciphers/chacha.js'],
    paths: ['{gcm,siv,gcmsiv,cbc,ctr,chacha20poly1305,xchacha20poly1305}().encrypt'],
    dataArg: 0,
  },
  {
    id: 'encrypt-helper',
    strength: 'encrypt',
    api: 'encrypt helper',
    // Project helpers and service methods: `encryptField(x)`, `aesEncrypt(x)`, `this.crypto.encrypt(x)`.
    names: ['encrypt*', '*Encrypt'],
  },

  // ---- keyed and salted hashing ---------------------------------------------------------------------
  {
    id: 'crypto.createHmac',
    strength: 'keyed-hash',
    api: 'crypto.createHmac',
    module: ['crypto'],
    paths: ['createHmac().update', 'createHmac().update().digest'],
  },
  {
    id: 'webcrypto.sign',
    strength: 'keyed-hash',
    api: 'crypto.subtle.sign',
    global: 'crypto',
    // HMAC (or a signature) over the data: one-way and keyed.
    paths: ['subtle.sign'],
    dataArg: 2,
  },
  {
    id: 'node.webcrypto.sign',
    strength: 'keyed-hash',
    api: 'crypto.subtle.sign',
    module: ['crypto'],
    paths: ['webcrypto.subtle.sign', 'subtle.sign'],
    dataArg: 2,
  },
  {
    id: 'crypto.scrypt',
    strength: 'keyed-hash',
    api: 'crypto.scrypt',
    module: ['crypto'],
    // The callback forms deliver the key to a callback, which this entry does not follow.
    paths: ['{scrypt,scryptSync,pbkdf2,pbkdf2Sync}'],
    dataArg: 0,
  },
  {
    id: 'bcrypt',
    strength: 'keyed-hash',
    api: 'bcrypt.hash',
    module: ['bcrypt', 'bcryptjs', '@node-rs/bcrypt'],
    paths: ['{hash,hashSync}'],
    dataArg: 0,
  },
  {
    id: 'argon2',
    strength: 'keyed-hash',
    api: 'argon2.hash',
    module: ['argon2', '@node-rs/argon2'],
    paths: ['{hash,hashSync,hashRaw}'],
    dataArg: 0,
  },
  {
    id: 'crypto-js.Hmac',
    strength: 'keyed-hash',
    api: 'CryptoJS.HmacSHA256',
    module: ['crypto-js', 'crypto-js/hmac-sha256', 'crypto-js/hmac-sha512', 'crypto-js/hmac-sha1', 'crypto-js/pbkdf2'],
    paths: ['{HmacSHA1,HmacSHA224,HmacSHA256,HmacSHA384,HmacSHA512,HmacSHA3,PBKDF2}', ''],
    dataArg: 0,
  },
  {
    id: 'keyed-hash-helper',
    strength: 'keyed-hash',
    api: 'pseudonymisation helper',
    // `tokenize` alone is left out: it is the lexer's word far more often than the vault's.
    names: ['hmac*', 'hashPassword', 'pseudonymi*', 'tokenizeCard*', 'tokenizePan*', 'tokenizePii*', 'tokenizePersonal*', 'tokenizeSensitive*'],
  },

  // ---- masking and truncation -----------------------------------------------------------------------
  {
    id: 'mask-helper',
    strength: 'mask',
    api: 'masking helper',
    // `maskEmail(x)`, `cardMask(x)`, `redactPii(x)`, `anonymizeIp(x)`, `scrubUser(x)`, `obfuscatePhone(x)`
    names: ['mask*', '*Mask', 'redact*', '*Redact', 'anonymi*', 'obfuscate*', 'scrub*', 'censor*'],
  },
  {
    id: 'truncate-last-four',
    strength: 'mask',
    api: 'slice(-4)',
    // The last one to four characters: `card.slice(-4)`, `phone.substr(-4)`.
    names: ['slice', 'substr'],
    when: [{ index: 0, matches: '^-[1-4]$' }],
    partial: true,
  },
  {
    id: 'mask-replace',
    strength: 'mask',
    api: "replace(…, '*')",
    // `email.replace(/(?<=.).(?=.*@)/g, '*')`, `phone.replace(/\d(?=\d{4})/g, '•')`
    names: ['replace', 'replaceAll'],
    when: [{ index: 1, matches: MASK_REPLACEMENT }],
  },

  // ---- not enough (still reported) -----------------------------------------------------------------
  {
    id: 'btoa',
    strength: 'weak',
    api: 'Base64 (btoa)',
    global: 'btoa',
    paths: [''],
    note: BASE64_NOTE,
  },
  {
    id: 'Buffer.toString-base64',
    strength: 'weak',
    api: "Base64 (Buffer.toString('base64'))",
    global: 'Buffer',
    paths: ['from().toString'],
    when: [{ index: 0, matches: '^(base64|base64url|hex)$' }],
    note: BASE64_NOTE,
  },
  {
    id: 'base64-packages',
    strength: 'weak',
    api: 'Base64 (js-base64)',
    module: ['js-base64', 'base-64'],
    paths: ['{encode,encodeURI,encodeURL,toBase64,btoa}', 'Base64.{encode,encodeURI,encodeURL,toBase64,btoa}'],
    note: BASE64_NOTE,
  },
  {
    id: 'crypto-js.enc.Base64',
    strength: 'weak',
    api: 'Base64 (CryptoJS.enc.Base64)',
    module: ['crypto-js', 'crypto-js/enc-base64'],
    paths: ['enc.{Base64,Base64url,Hex,Utf8}.stringify', 'stringify'],
    note: BASE64_NOTE,
  },
  {
    id: 'crypto.createHash',
    strength: 'weak',
    api: 'crypto.createHash (unsalted hash)',
    module: ['crypto'],
    // A salt concatenated into the input cannot be told apart from data here: judged as unsalted.
    paths: ['createHash().update', 'createHash().update().digest'],
    note: FAST_HASH_NOTE,
  },
  {
    id: 'webcrypto.digest',
    strength: 'weak',
    api: 'crypto.subtle.digest (unsalted hash)',
    global: 'crypto',
    paths: ['subtle.digest'],
    dataArg: 1,
    note: FAST_HASH_NOTE,
  },
  {
    id: 'node.webcrypto.digest',
    strength: 'weak',
    api: 'crypto.subtle.digest (unsalted hash)',
    module: ['crypto'],
    paths: ['webcrypto.subtle.digest', 'subtle.digest'],
    dataArg: 1,
    note: FAST_HASH_NOTE,
  },
  {
    id: 'crypto-js.hash',
    strength: 'weak',
    api: 'CryptoJS hash (unsalted)',
    module: ['crypto-js', 'crypto-js/md5', 'crypto-js/sha1', 'crypto-js/sha256', 'crypto-js/sha512', 'crypto-js/sha3'],
    paths: ['{MD5,SHA1,SHA224,SHA256,SHA384,SHA512,SHA3,RIPEMD160}', ''],
    note: FAST_HASH_NOTE,
  },
  {
    id: 'hash-packages',
    strength: 'weak',
    api: 'md5 / sha (unsalted hash)',
    module: ['md5', 'js-md5', 'blueimp-md5', 'sha1', 'js-sha1', 'js-sha256', 'js-sha512'],
    // `md5(x)`, `sha256(x)`, `sha256.hex(x)`
    paths: ['', 'hex', '{md5,sha1,sha224,sha256,sha384,sha512}', '{md5,sha1,sha224,sha256,sha384,sha512}.hex'],
    note: FAST_HASH_NOTE,
  },
  {
    id: 'hash-wasm',
    strength: 'weak',
    api: 'hash-wasm (unsalted hash)',
    module: ['hash-wasm'],
    paths: ['{md5,sha1,sha224,sha256,sha384,sha512,sha3,keccak,xxhash32,xxhash64,xxhash128,crc32}'],
    note: FAST_HASH_NOTE,
  },
  {
    id: 'crypto.privateEncrypt',
    strength: 'weak',
    api: 'crypto.privateEncrypt',
    module: ['crypto'],
    paths: ['privateEncrypt'],
    dataArg: 1,
    note: PRIVATE_ENCRYPT_NOTE,
  },
  {
    id: 'archiver.zip-encrypted',
    strength: 'weak',
    api: 'password ZIP (archiver zip-encrypted)',
    module: ['archiver'],
    // `archiver.create('zip-encrypted', { password })` (archiver-zip-encrypted). Only what flows into
    // this call is marked; entries added later with `archive.append(...)` are not followed.
    paths: ['', 'create'],
    when: [{ index: 0, equals: 'zip-encrypted' }],
    note: ZIP_NOTE,
  },
];
