/**
 * The term tables: which words name which personal-data kind, and which look-alikes do not.
 * Pure data; `classify.ts` compiles it once into lookup maps.
 *
 * How terms are written and matched
 * - `en` / `romaji`: written in camelCase (`dateOfBirth`, `denwaBangou`). A term matches a run of whole
 *   words of an identifier (`customerPhoneNumber` contains `phoneNumber`), however the words are joined
 *   (`phone_number`, `PHONENUMBER`, `phone-number`), with a plural `-s`/`-es` allowed on English terms.
 *   Romaji is compared after folding spelling variants (`bangou` = `bango`, `juusho` = `jusho` = `jyusho`,
 *   see `foldRomaji`), so one spelling per word is enough; common variants are listed for the reader.
 * - `ja`: matched as a substring of each Japanese-script chunk (`お客様氏名` contains `氏名`), with the
 *   traps below; `at: 'end'` / `'whole'` restrict short words (`カナ` is not `カナダ`, `セイ` is not `エッセイ`).
 * - The longest match wins (`emailAddress` is email, not address; `被保険者番号` is not `保険者番号`).
 *   Among matches that do not contain each other, the right-most (the head noun) wins.
 *
 * Term options
 * - `c`: confidence when the term matches; `high` unless given.
 * - `needs`: the term only counts with one of these (digest §6.3): `person` (a person receiver such as
 *   `user.name`, a person word in the name such as `customerName`, or — for object keys — strong personal
 *   siblings), `japanese` (the file shows Japanese context), or a context group (words in the name, the
 *   receiver chain or the siblings; see CONTEXT_GROUPS).
 * - `kindIf`: the kind changes when a context group is present (`pin` on a card → paymentCredential).
 * - `at: 'whole'`: only as the whole name (`card.number`, not `card.orderNumber`); `'end'`: at the end
 *   (Japanese chunks: `顧客カナ`, not `カナダ`).
 *
 * A receiver or sibling only vouches for a `person` term when nothing but a neutral modifier precedes
 * the term in the name: `user.name`, `user.oldAddress` yes; `user.petName`, `user.coverPhoto` no.
 */
import type { Confidence } from './types.js';

export type ContextGroup =
  | 'card'
  | 'payment'
  | 'bank'
  | 'driver'
  | 'medical'
  | 'auth'
  | 'insurance'
  | 'postal'
  | 'request';

export type Need = 'person' | 'japanese' | ContextGroup;

export interface TermOptions {
  c?: Confidence;
  needs?: readonly Need[];
  kindIf?: { readonly group: ContextGroup; readonly kind: string };
  at?: 'whole' | 'end';
}

export type TermSpec = string | readonly [term: string, options: TermOptions];

export interface KindTerms {
  en?: readonly TermSpec[];
  romaji?: readonly TermSpec[];
  ja?: readonly TermSpec[];
}

// Short-hands for the most common options, so each table row stays one line.
const MEDIUM: TermOptions = { c: 'medium' };
const LOW: TermOptions = { c: 'low' };
const PERSON: TermOptions = { needs: ['person'] };
const PERSON_MEDIUM: TermOptions = { c: 'medium', needs: ['person'] };
const CARD: TermOptions = { needs: ['card'] };
const BANK: TermOptions = { needs: ['bank'] };
const DRIVER: TermOptions = { needs: ['driver'] };

/** Term tables, per kind id (kinds.ts). `personalRecord` has no terms: see PERSON_WORDS / isPersonRecordName. */
export const TERMS: Readonly<Record<string, KindTerms>> = {
  myNumber: {
    // `myNumber` is also plain English ("my number"): only on a person holder or in Japanese context.
    en: [['myNumber', { needs: ['person', 'japanese'] }], ['myNumberCard', { needs: ['person', 'japanese'] }], 'individualNumber'],
    romaji: ['kojinBangou', 'kojinBango', 'kojinNo', 'mainanbaa', 'mainanba', 'mainanbaaKaado'],
    ja: ['個人番号', 'マイナンバー'],
  },
  passportNumber: {
    en: ['passportNumber', 'passportNo', 'passportNum', 'passportId', ['passport', MEDIUM]],
    romaji: ['ryokenBangou', 'pasupootoBangou'],
    ja: ['旅券番号', 'パスポート番号', ['パスポート', { c: 'medium', at: 'end' }]],
  },
  driverLicenseNumber: {
    en: [
      'driverLicense', 'driverLicenseNumber', 'driverLicenseNo', 'driversLicense', 'driversLicenseNumber',
      'driverLicence', 'driverLicenceNumber', 'drivingLicense', 'drivingLicenseNumber', 'drivingLicence',
      'drivingLicenceNumber', 'drivingLicenceNo',
      // software licence keys also have "license numbers" (digest §6.3)
      ['licenseNumber', DRIVER], ['licenceNumber', DRIVER], ['licenseNo', DRIVER], ['licenceNo', DRIVER],
    ],
    romaji: ['untenMenkyo', 'untenMenkyoshou', 'untenMenkyoshouBangou', 'menkyoshouBangou', ['menkyoBangou', MEDIUM]],
    ja: ['運転免許証番号', '運転免許番号', '運転免許証', '運転免許', '免許証番号'],
  },
  pensionNumber: {
    en: ['basicPensionNumber', 'pensionNumber', 'pensionNo'],
    romaji: ['kisoNenkinBangou', 'nenkinBangou', 'nenkinNo'],
    ja: ['基礎年金番号', '年金番号', ['年金手帳', MEDIUM]],
  },
  healthInsuranceNumber: {
    // The insurer's own number (hokenshaBangou, 保険者番号) is an organisation's: see NON_PERSON_COMPOUNDS.
    en: [
      'insuredNumber', 'insuredNo', 'insuredSymbol', 'healthInsuranceNumber', 'healthInsuranceNo',
      'insuranceCardNumber', ['insuranceNumber', MEDIUM],
    ],
    // 受給者番号 is the 公費 recipient's (a person's); the 公費負担者番号 is the payer's (an organisation's).
    // 枝番 ("branch number") and 記号 ("symbol") are generic words: only with insurance context.
    // shahokokuho/koukikourei/kouhi name insurance categories, not numbers: see CONTEXT_GROUPS.insurance.
    romaji: [
      'hihokenshaBangou', 'hihokenshaBango', 'hihokenshaNo', 'hihokenshaKigou', 'hihokenshaShou',
      'hokenshou', 'hokenshouBangou', 'hokenshouKigou', 'jukyuushaBangou', 'jukyushaBango', 'jukyuushaNo',
      'jukyuushaShou', ['kigouBangou', MEDIUM],
      ['edaban', { c: 'medium', needs: ['insurance'] }], ['kigou', { c: 'medium', needs: ['insurance'] }],
    ],
    ja: [
      '被保険者番号', '被保険者記号', '被保険者証', '保険証', '保険証番号', '受給者番号', '受給者証',
      ['記号・番号', MEDIUM], ['記号番号', MEDIUM], ['枝番', { c: 'medium', needs: ['insurance'] }],
      ['記号', { c: 'medium', needs: ['insurance'] }],
    ],
  },
  residenceCardNumber: {
    en: ['residenceCard', 'residenceCardNumber', 'residenceCardNo', 'residentCardNumber', 'specialPermanentResidentCertificateNumber'],
    romaji: ['zairyuuKaado', 'zairyuKaadoBangou', 'zairyuCard', 'zairyuCardBangou'],
    ja: ['在留カード番号', '在留カード', '特別永住者証明書番号', '特別永住者証明書'],
  },
  residentRecordCode: {
    en: ['residentRecordCode', 'residentCode', 'residentRegistryCode'],
    romaji: ['juuminhyouKoodo', 'juminhyoCode', 'juuminhyouCode'],
    ja: ['住民票コード'],
  },
  health: {
    // `health` alone is IT vocabulary (healthCheck, /healthz): only with medical companions or a person.
    en: [
      ['health', { needs: ['medical', 'person'] }], 'medical', 'medicalHistory', 'medicalRecord', 'medicalCondition',
      'medicalInfo', 'healthRecord', 'healthCondition', 'healthCheckup', 'checkupResult', 'mentalHealth',
      'diagnosis', 'diagnoses', 'disease', 'illness', 'medication', 'prescription', 'allergy', 'allergies',
      'disability', 'disabilities', 'symptom', 'pregnancy', 'hivStatus', 'labResult',
      ['treatment', { c: 'medium', needs: ['medical', 'person'] }], ['vaccination', MEDIUM], ['icdCode', MEDIUM],
    ],
    romaji: [
      'byoumei', 'byoureki', 'kioureki', 'kiooreki', 'shinryou', 'shinryouNaiyou', ['shindan', MEDIUM],
      'shindanKekka', 'shindanMei', 'kenshin', 'kenshinKekka', 'kenkouShindan', 'chouzai', 'shohou', 'shohousen',
      'jibyou', 'shougaisha', 'shougaishaTechou', ['karute', MEDIUM],
    ],
    ja: [
      '病名', '病歴', '既往歴', '既往症', '診療', '診療内容', '診療情報', ['診断', MEDIUM], '診断名', '診断結果',
      '健康診断', '健診', '健診結果', '調剤', '処方', '処方箋', '服薬', '持病', 'アレルギー', '病状', ['症状', MEDIUM],
      'カルテ', '診察', '受診歴', '傷病名', '疾患', '通院歴', '入院歴', '治療歴', '妊娠', '要介護',
      // 障害 alone is "system failure" (システム障害): only these disability compounds count.
      '障害者', '障害者手帳', '障害等級', '障害福祉', '身体障害', '精神障害', '知的障害', '発達障害', '障害支援区分',
      '障がい者', '障碍者',
    ],
  },
  criminalRecord: {
    en: ['criminalRecord', 'criminalHistory', 'criminalBackground', 'conviction', 'arrestRecord', 'arrestHistory'],
    romaji: ['hanzaiReki', 'zenka', 'taihoReki'],
    ja: ['犯罪歴', '犯罪経歴', '前科', '逮捕歴', '犯歴', ['前歴', MEDIUM]],
  },
  crimeVictim: {
    en: ['crimeVictim', 'victimOfCrime'],
    romaji: ['hanzaiHigai', ['higaiJijitsu', MEDIUM]],
    ja: ['犯罪被害', '犯罪被害者', ['被害事実', MEDIUM]],
  },
  raceEthnicity: {
    // `Promise.race`, `raceCondition`, RxJS `race()`: `race` only on a person.
    en: ['ethnicity', 'ethnicOrigin', 'ethnicGroup', 'racialOrigin', ['race', PERSON]],
    romaji: ['jinshu', 'minzoku'],
    ja: ['人種', '民族'],
  },
  creed: {
    en: [
      'religion', 'religiousBelief', 'religiousAffiliation', 'creed', 'politicalParty', 'politicalView',
      'politicalOpinion', 'politicalAffiliation', ['belief', PERSON_MEDIUM],
    ],
    romaji: ['shuukyou', 'shinjou', ['shisou', MEDIUM], 'shijiSeitou'],
    ja: ['宗教', '宗派', '信条', '信仰', '思想', '支持政党'],
  },
  socialStatus: {
    en: ['socialStatus', 'familyOrigin', ['lineage', PERSON_MEDIUM]],
    romaji: ['shakaitekiMibun', ['mibun', MEDIUM], 'monchi'],
    ja: ['社会的身分', '門地'],
  },
  laborUnion: {
    // `union` alone is TypeScript/SQL/GraphQL vocabulary.
    en: ['unionMembership', 'unionMember', 'tradeUnion', 'tradeUnionMembership', 'laborUnion', 'labourUnion'],
    romaji: ['roudouKumiai', ['kumiaiin', MEDIUM]],
    ja: ['労働組合', '組合加入', ['組合員', MEDIUM]],
  },
  honseki: {
    en: ['registeredDomicile', 'permanentDomicile'],
    romaji: ['honseki', 'honsekichi', ['koseki', MEDIUM]],
    ja: ['本籍', '本籍地', ['戸籍', MEDIUM]],
  },
  sexualOrientation: {
    en: ['sexualOrientation', 'sexualPreference', 'sexLife'],
    romaji: ['seitekiShikou', 'seiseikatsu'],
    ja: ['性的指向', '性的志向', '性的嗜好', '性生活'],
  },
  biometric: {
    // Browser/key fingerprints are not biometrics: see NON_PERSON_COMPOUNDS and deviceId.
    en: [
      ['fingerprint', PERSON_MEDIUM], 'fingerprintData', 'fingerprintTemplate', 'fingerprintImage',
      'faceTemplate', 'faceEmbedding', 'faceEncoding', 'faceFeatures', 'faceVector', ['faceData', MEDIUM],
      'voiceprint', 'irisScan', 'irisTemplate', ['iris', PERSON_MEDIUM], 'veinPattern', 'palmVein', 'fingerVein',
      'palmPrint', ['dna', MEDIUM], 'dnaSequence', ['genome', MEDIUM], 'geneticData', 'geneticInfo',
      'geneticTest', 'biometric', 'biometrics', 'biometricData', 'biometricTemplate',
    ],
    romaji: ['shimon', 'seitaiJouhou', 'seimon', 'kaoNinshouDeeta', ['joumyaku', MEDIUM], ['idenshi', MEDIUM]],
    ja: [
      '指紋', '顔認証データ', '顔認証情報', '顔特徴量', '静脈', '静脈パターン', '声紋', '虹彩', '遺伝子', '遺伝情報',
      '生体情報', '生体認証情報', '掌紋',
    ],
  },
  creditCardNumber: {
    en: [
      'cardNumber', 'cardNo', 'cardNum', 'creditCardNumber', 'creditCardNo', 'debitCardNumber', 'ccNumber', 'ccNum',
      'ccNo', 'primaryAccountNumber', ['creditCard', MEDIUM], ['cardDetails', MEDIUM], ['cardInfo', MEDIUM],
      ['cardData', MEDIUM], ['paymentCard', MEDIUM],
      // `panel`, `span`, `panX`: `pan` only as a whole word with card context
      ['pan', CARD], ['number', { c: 'medium', needs: ['card'], at: 'whole' }],
    ],
    romaji: ['kaadoBangou', 'kurejittoKaado', 'kurejittoKaadoBangou'],
    ja: ['カード番号', 'クレジットカード番号', 'クレカ番号', ['クレジットカード', MEDIUM]],
  },
  cardSecurityCode: {
    en: [
      'cvv', 'cvv2', 'cvc', 'cvc2', 'cvn', 'cardSecurityCode', 'cardVerificationCode', 'cardVerificationValue',
      'cardCvv', ['securityCode', MEDIUM], ['cid', CARD], ['csc', CARD],
    ],
    romaji: ['sekyuritiKoodo'],
    ja: ['セキュリティコード', 'セキュリティーコード'],
  },
  cardExpiry: {
    en: [
      'cardExpiry', 'cardExpiryDate', 'cardExpiration', 'cardExpirationDate', 'cardExp',
      ['expiry', CARD], ['expiryDate', CARD], ['expirationDate', CARD], ['expMonth', CARD], ['expYear', CARD],
      ['expirationMonth', CARD], ['expirationYear', CARD], ['exp', { c: 'medium', needs: ['card'] }],
    ],
    romaji: [['yuukouKigen', CARD]],
    ja: ['カード有効期限', ['有効期限', CARD]],
  },
  bankAccount: {
    // `accountNumber` also names cloud accounts (awsAccountId...): only with bank context.
    en: [
      'bankAccount', 'bankAccountNumber', 'bankAccountNo', 'iban', ['bankDetails', MEDIUM], ['bankInfo', MEDIUM],
      ['accountNumber', BANK], ['accountNo', BANK], ['accountNum', BANK],
    ],
    romaji: ['kouzaBangou', 'kouzaNo', 'kouzaMeigi', 'kouzaMeigiKana', ['kouza', MEDIUM], ['furikomisaki', MEDIUM]],
    ja: ['口座番号', '口座名義', '口座名義人', '口座情報', '口座', ['振込先', MEDIUM], ['支店番号', { c: 'medium', needs: ['bank'] }]],
  },
  paymentCredential: {
    en: ['cardPin', 'atmPin', 'netBankingPassword', 'onlineBankingPassword', 'bankPassword', 'paymentPassword'],
    romaji: ['anshouBangou', 'anshoBango'],
    ja: ['暗証番号', 'ネットバンキングパスワード'],
  },
  fullName: {
    // `name` alone names files, classes, tags, packages...: only on a person (digest §6.3).
    en: [
      'fullName', 'firstName', 'lastName', 'givenName', 'familyName', 'middleName', 'maidenName', 'surname',
      'forename', 'personName', 'realName', 'legalName', 'kanjiName', 'cardholderName', 'accountHolderName',
      'englishName', 'romajiName', 'romanName', 'japaneseName', 'preferredName',
      ['fname', MEDIUM], ['lname', MEDIUM],
      ['name', PERSON], ['displayName', PERSON], ['nickname', PERSON_MEDIUM],
    ],
    // ニックネーム: in Japanese code a profile's nickname (LINE, community apps); the English word stays person-gated.
    romaji: [
      'shimei', 'namae', 'onamae', 'myouji', 'kanjiShimei', 'honmyou', ['nikkuneemu', MEDIUM], ['seimei', MEDIUM],
      ['sei', LOW], ['mei', LOW],
    ],
    ja: [
      '氏名', '名前', 'お名前', '姓名', '苗字', '名字', '宛名', 'フルネーム', '本名', ['ニックネーム', MEDIUM], ['姓', MEDIUM],
      // 名 alone is the tail of 店舗名, 会社名, ファイル名...: only with a person word (お客様名, 担当者名).
      ['名', PERSON],
    ],
  },
  nameKana: {
    en: [
      'nameKana', 'kanaName', 'nameReading', 'firstNameKana', 'lastNameKana', 'nameFurigana', 'phoneticName',
      'phoneticFirstName', 'phoneticLastName', ['kana', MEDIUM],
    ],
    romaji: ['furigana', 'yomigana', 'seiKana', 'meiKana', 'shimeiKana', ['yomi', LOW]],
    ja: [
      'フリガナ', 'ふりがな', 'よみがな', 'ヨミガナ', '読み仮名', '氏名カナ', ['カナ', { c: 'medium', at: 'end' }],
      ['セイメイ', { c: 'medium', at: 'whole' }], ['セイ', { c: 'low', at: 'whole' }], ['メイ', { c: 'low', at: 'whole' }],
    ],
  },
  email: {
    // `emailId` is how much Indian-English code names the address itself
    en: ['email', 'emailAddress', 'emailAddr', 'mailAddress', 'mailAddr', ['emailId', MEDIUM], ['mail', MEDIUM]],
    romaji: ['meeruAdoresu', 'meruAdoresu', 'meado', ['meeru', MEDIUM]],
    ja: [
      'メールアドレス', 'メアド', 'メルアド', 'Eメール', 'Eメールアドレス', '電子メール', '電子メールアドレス',
      ['メール', { c: 'medium', at: 'end' }],
    ],
  },
  phone: {
    en: [
      'phone', 'phoneNumber', 'phoneNo', 'phoneNum', 'telephone', 'telephoneNumber', 'telNo', 'telNumber',
      'cellPhone', 'cellNumber', 'mobileNumber', 'mobileNo', 'mobilePhone', 'mobilePhoneNumber', 'faxNumber', 'faxNo',
      'contactNumber', 'homePhone', 'workPhone',
      // `tel` only as a whole word (telemetry, telnet, hotel are one word each)
      ['tel', MEDIUM], ['fax', MEDIUM],
      // `mobile`/`cell` are layout flags and spreadsheet cells far more often than numbers
      ['mobile', PERSON], ['cell', PERSON_MEDIUM],
    ],
    romaji: ['denwa', 'denwaBangou', 'denwaNo', 'telBangou', 'keitaiBangou', 'keitaiDenwa', ['keitai', MEDIUM]],
    ja: [
      '電話番号', '携帯番号', '携帯電話', '携帯電話番号', '自宅電話', '固定電話', 'FAX番号', 'TEL番号', 'ファックス番号',
      'ファクス番号', ['電話', { c: 'medium', at: 'end' }], ['携帯', { c: 'medium', at: 'end' }], ['連絡先', MEDIUM],
    ],
  },
  address: {
    // `address` alone: server.address(), wallet/contract/memory addresses...: only on a person.
    en: [
      ['address', PERSON], ['addr', PERSON], ['street', PERSON_MEDIUM],
      'streetAddress', 'addressLine', 'address1', 'address2', 'homeAddress', 'shippingAddress', 'billingAddress',
      'mailingAddress', 'postalAddress', 'residentialAddress', 'deliveryAddress', 'currentAddress',
      'permanentAddress', 'fullAddress', 'workAddress',
    ],
    romaji: ['juusho', 'jusho', 'jyuusho', 'genjuusho', ['banchi', MEDIUM]],
    ja: ['住所', '現住所', ['番地', MEDIUM]],
  },
  postalCode: {
    // `zip` is also JSZip, lodash zip(), .zip files: only on an address-like object or a person.
    en: ['postalCode', 'postCode', 'zipCode', ['zip', { needs: ['person', 'postal'] }]],
    romaji: ['yuubinBangou', 'yubinBango', 'yuubinNo', ['yuubin', MEDIUM]],
    ja: ['郵便番号', '〒'],
  },
  birthDate: {
    en: ['birthDate', 'birthday', 'dateOfBirth', 'dob', ['bday', MEDIUM], ['birthYear', MEDIUM], ['birth', PERSON_MEDIUM]],
    romaji: ['seinengappi', 'tanjoubi', 'tanjobi'],
    ja: ['生年月日', '誕生日'],
  },
  age: {
    // whole word only: maxAge, cacheAge, message, page, image, usage are not ages
    en: [['age', MEDIUM], ['ageGroup', MEDIUM], ['ageRange', MEDIUM]],
    romaji: ['nenrei'],
    ja: ['年齢', '年令'],
  },
  gender: {
    en: ['gender', 'genderIdentity', ['sex', PERSON]],
    romaji: ['seibetsu'],
    ja: ['性別'],
  },
  nationality: {
    en: ['nationality', 'citizenship', 'countryOfCitizenship'],
    romaji: ['kokuseki'],
    ja: ['国籍'],
  },
  employment: {
    en: [
      'employer', 'employerName', 'occupation', 'annualIncome', 'employmentStatus',
      ['jobTitle', MEDIUM], ['salary', MEDIUM], ['income', MEDIUM], ['workplace', MEDIUM],
    ],
    romaji: ['kinmusaki', 'shokugyou', 'nenshuu', 'kyuuyo', ['shotoku', MEDIUM], ['yakushoku', MEDIUM]],
    ja: ['勤務先', '職業', '年収', '月収', '給与', ['所得', MEDIUM], ['役職', MEDIUM]],
  },
  facePhoto: {
    en: [
      'facePhoto', 'faceImage', 'facePicture', 'idPhoto', 'selfie', 'idDocumentImage',
      ['profileImage', PERSON], ['profilePhoto', PERSON], ['profilePicture', PERSON],
      ['photo', PERSON_MEDIUM], ['picture', PERSON_MEDIUM], ['avatar', { c: 'low', needs: ['person'] }],
    ],
    romaji: ['kaoShashin', 'kaoJashin'],
    ja: ['顔写真', '顔画像', '証明写真', '本人確認書類', '本人確認書類画像'],
  },
  customerId: {
    // IDs are references, the recommended thing to log instead of values: medium/low on purpose.
    en: [
      ['userId', MEDIUM], ['customerId', MEDIUM], ['memberId', MEDIUM], ['employeeId', MEDIUM], ['patientId', MEDIUM],
      ['studentId', MEDIUM], ['staffId', MEDIUM], ['personId', MEDIUM], ['accountId', MEDIUM], ['uid', MEDIUM],
      ['customerNumber', MEDIUM], ['customerNo', MEDIUM], ['customerCode', MEDIUM], ['memberNo', MEDIUM],
      ['employeeNumber', MEDIUM], ['employeeNo', MEDIUM], ['membershipNumber', MEDIUM], ['loyaltyNumber', MEDIUM],
      ['memberCardNumber', MEDIUM], ['pointCardNumber', MEDIUM], ['loyaltyCardNumber', MEDIUM],
      ['libraryCardNumber', MEDIUM],
      ['memberNumber', { c: 'medium', kindIf: { group: 'insurance', kind: 'healthInsuranceNumber' } }],
      ['id', { c: 'low', needs: ['person'], at: 'whole' }],
    ],
    romaji: [
      ['kaiinBangou', MEDIUM], ['kaiinNo', MEDIUM], ['kaiinId', MEDIUM], ['kokyakuBangou', MEDIUM], ['kokyakuId', MEDIUM],
      ['kokyakuCode', MEDIUM], ['shainBangou', MEDIUM], ['shainNo', MEDIUM], ['juugyouinBangou', MEDIUM],
      ['kanjaBangou', MEDIUM], ['kanjaId', MEDIUM], ['riyoushaId', MEDIUM],
    ],
    ja: [
      ['会員番号', MEDIUM], ['会員ID', MEDIUM], ['顧客番号', MEDIUM], ['顧客ID', MEDIUM], ['顧客コード', MEDIUM],
      ['社員番号', MEDIUM], ['社員ID', MEDIUM], ['従業員番号', MEDIUM], ['職員番号', MEDIUM], ['患者番号', MEDIUM],
      ['患者ID', MEDIUM], ['利用者ID', MEDIUM], ['ユーザーID', MEDIUM], ['ユーザID', MEDIUM], ['診察券番号', MEDIUM],
      ['学籍番号', MEDIUM], ['会員カード番号', MEDIUM], ['ポイントカード番号', MEDIUM],
    ],
  },
  loginId: {
    // `username` is the account identifier; a person's name is `user.name` (fullName).
    en: ['username', 'loginId', 'loginName', 'userPrincipalName', ['screenName', MEDIUM], ['accountName', MEDIUM]],
    romaji: ['roguinId', 'roguinMei', 'yuuzaaMei'],
    ja: ['ログインID', 'ログイン名', 'ユーザー名', 'ユーザ名', ['アカウント名', MEDIUM]],
  },
  ipAddress: {
    en: [
      'ipAddress', 'ipAddr', 'ipv4Address', 'ipv6Address', 'clientIp', 'remoteIp', 'userIp', 'xForwardedFor',
      'xRealIp', 'loginIp', 'lastLoginIp', 'signupIp', 'registrationIp', ['sourceIp', MEDIUM],
      ['ip', { needs: ['request', 'person'] }], ['remoteAddress', { c: 'medium', needs: ['request', 'person'] }],
      ['remoteAddr', { c: 'medium', needs: ['request', 'person'] }],
    ],
    ja: ['IPアドレス'],
  },
  deviceId: {
    en: [
      'deviceId', 'udid', 'idfa', 'idfv', 'gaid', 'adId', 'advertisingId', 'imei', 'macAddress', 'androidId',
      'deviceToken', 'pushToken', 'fcmToken', 'apnsToken', 'deviceFingerprint', 'browserFingerprint',
      'installationId', ['hardwareId', MEDIUM],
    ],
    romaji: ['tanmatsuId', 'tanmatsuBangou', 'tanmatsuShikibetsushi'],
    ja: ['端末ID', '端末識別子', '端末識別番号', '広告ID', 'デバイスID', 'MACアドレス'],
  },
  cookieId: {
    en: ['cookieId', 'visitorId', 'anonymousId', 'distinctId', 'gaClientId', ['trackingId', MEDIUM], ['browserId', MEDIUM]],
    ja: ['クッキーID'],
  },
  location: {
    en: [
      'geolocation', 'gpsLocation', 'currentLocation', 'homeLocation', 'lastKnownLocation', 'locationHistory',
      ['gps', MEDIUM], ['latitude', MEDIUM], ['longitude', MEDIUM], ['latLng', MEDIUM], ['latLon', MEDIUM],
      ['coords', MEDIUM],
      ['lat', PERSON_MEDIUM], ['lng', PERSON_MEDIUM], ['lon', PERSON_MEDIUM], ['geo', PERSON_MEDIUM],
      ['coordinates', PERSON_MEDIUM], ['location', PERSON_MEDIUM],
    ],
    romaji: ['ichiJouhou', 'genzaichi', 'idoKeido'],
    ja: ['位置情報', '緯度経度', '現在地', '現在位置', ['緯度', MEDIUM], ['経度', MEDIUM]],
  },
  credential: {
    // `key` and `token` alone are React keys, sort keys, lexer tokens and cursors: compounds only.
    en: [
      'password', 'passwd', 'passphrase', ['pwd', MEDIUM], ['passcode', MEDIUM],
      ['secret', MEDIUM], 'clientSecret', 'appSecret', 'apiSecret', 'jwtSecret', 'webhookSecret', 'signingSecret',
      'sharedSecret', 'consumerSecret', 'totpSecret', 'otpSecret',
      'apiKey', 'secretKey', 'secretAccessKey', 'privateKey', 'privKey', 'signingKey', 'encryptionKey', 'masterKey',
      'sessionKey', ['accessKey', MEDIUM],
      'accessToken', 'refreshToken', 'idToken', 'authToken', 'bearerToken', 'apiToken', 'sessionToken', 'oauthToken',
      'personalAccessToken', 'securityToken', 'jwtToken', ['jwt', MEDIUM],
      // one-time tokens mailed to a person are secrets too
      'resetToken', 'passwordResetToken', 'resetPasswordToken', 'verificationToken', 'emailVerificationToken',
      'verifyToken', 'confirmationToken', 'inviteToken', 'invitationToken', 'magicLinkToken', 'loginToken',
      // `pass` alone is a test result or a boarding pass: only these compounds
      'dbPass', 'smtpPass', 'mailPass', 'ftpPass', 'sshPass', 'rootPass', 'adminPass', 'userPass', 'loginPass',
      'authorization', 'authorizationHeader', ['authHeader', MEDIUM], ['bearer', MEDIUM], 'sessionId',
      'oneTimePassword', 'mfaCode', 'twoFactorCode', ['otp', MEDIUM], ['totp', MEDIUM], ['verificationCode', MEDIUM],
      ['authCode', MEDIUM], ['authorizationCode', MEDIUM], ['credential', MEDIUM],
      ['pin', { needs: ['auth', 'payment', 'person'], kindIf: { group: 'payment', kind: 'paymentCredential' } }],
      ['pinNumber', { c: 'medium', kindIf: { group: 'payment', kind: 'paymentCredential' } }],
    ],
    romaji: ['pasuwaado', 'pasuwado', 'himitsuKagi'],
    ja: [
      'パスワード', 'ワンタイムパスワード', '秘密鍵', 'アクセストークン', 'リフレッシュトークン', '認証トークン', 'APIキー',
      'APIトークン', 'シークレットキー', 'クライアントシークレット', 'セッションID', ['認証コード', MEDIUM],
    ],
  },
};

/**
 * Names that are never personal data although they contain a term (digest §6.3). They take part in the
 * longest-match like terms, so `cacheMaxAge` is swallowed by `maxAge` and `userFileName` by `fileName`.
 * Written camelCase; some are listed for the reader although another rule already covers them.
 */
export const NON_PERSON_COMPOUNDS: readonly string[] = [
  // name of a thing
  'fileName', 'className', 'tagName', 'nodeName', 'eventName', 'hostName', 'pathName', 'dirName', 'bucketName',
  'fontName', 'productName', 'storeName', 'companyName', 'packageName', 'moduleName', 'typeName', 'fieldName',
  'columnName', 'tableName', 'keyName', 'appName', 'projectName', 'branchName', 'repoName', 'serverName',
  'domainName', 'functionName', 'methodName', 'propertyName', 'componentName', 'routeName', 'sheetName',
  // ages that are durations
  'maxAge', 'minAge', 'cacheAge', 'ageMs', 'ageSec', 'ageSeconds', 'ageMillis',
  // cursors and form tokens (a CSRF token is per-session anti-forgery state, not a person's credential)
  'pageToken', 'nextToken', 'nextPageToken', 'continuationToken', 'tokenType', 'csrfToken', 'xsrfToken', 'csrf',
  // keys that are not secrets
  'publicKey', 'primaryKey', 'sortKey', 'cacheKey', 'partitionKey', 'foreignKey', 'keyCode', 'hotKey',
  'licenseKey', 'storageKey', 'queryKey', 'idempotencyKey', 'objectKey',
  // IT vocabulary
  'raceCondition', 'healthCheck', 'healthz', 'healthEndpoint', 'diagnostic', 'diagnostics', 'union',
  'telemetry', 'telnet', 'telegram', 'hotel', 'iPhone', 'smartPhone', 'phoneGap', 'pinCode', 'spinner', 'panel',
  'pane', 'company', 'expand', 'jsZip', 'gzip', 'adobe', 'message', 'page', 'image', 'usage', 'storage',
  // addresses that are not postal addresses
  'walletAddress', 'contractAddress', 'serverAddress', 'bindAddress', 'listenAddress', 'baseAddress',
  'localAddress', 'memoryAddress', 'hostAddress', 'networkAddress', 'proxyAddress', 'gatewayAddress',
  'socketAddress', 'peerAddress', 'nodeAddress', 'tokenAddress', 'webAddress', 'bitcoinAddress', 'ethAddress',
  // fingerprints of keys and certificates
  'keyFingerprint', 'certFingerprint', 'certificateFingerprint', 'sshFingerprint', 'fingerprintJs',
  // organisations' numbers (corporate numbers are published: digest §3)
  'clientId', 'awsAccountId', 'insurerNumber', 'insurerNo', 'insurerCode', 'corporateNumber', 'invoiceRegistrationNumber',
  // booleans and counts about a field (the prefix/suffix tables cover the general case)
  'emailVerified', 'hasEmail', 'showPassword', 'passwordMinLength', 'phoneCount', 'emailTemplate', 'sendMail',
  'mailer', 'mailServer',
];

/**
 * Romaji look-alikes that are not personal: the insurer's number (保険者番号), the public-expense payer's
 * number (公費負担者番号), corporate numbers, the phone desk (電話受付: opening hours, not a number).
 */
export const NON_PERSON_COMPOUNDS_ROMAJI: readonly string[] = [
  'hokenshaBangou', 'hokenshaNo', 'futanshaBangou', 'futanshaNo', 'kouhiFutanshaBangou', 'kouhiFutanshaNo',
  'houjinBangou', 'denwaUketsuke', 'denwaTaiou',
];

/**
 * Japanese look-alikes: a term inside one of these is not personal data (店舗名 is a shop's name, 保険者番号
 * the insurer's number, システム障害 a system failure). Matched like terms, so the longest wins.
 */
export const JA_TRAPS: readonly string[] = [
  '店舗名', '会社名', '施設名', '商品名', 'ファイル名', 'シート名', '品名', '型式', '件名', '名称', '署名', '匿名', '有名',
  'ホスト名', 'ドメイン名', 'サーバー名', 'サーバ名', 'テーブル名', 'カラム名', '列名', '項目名', '画面名', '機能名',
  'クラス名', 'フォルダ名', 'ディレクトリ名', 'パス名', 'タグ名', 'イベント名', 'プロジェクト名', 'アプリ名',
  'サービス名', 'ブランド名', 'メーカー名', 'プラン名', 'コース名', '科目名', '部署名', '支店名', '銀行名', '病院名',
  '学校名', '団体名', '組織名', '企業名', '法人名', '事業所名', '屋号', '地名', '駅名',
  '名前空間', '名簿', '名寄せ',
  '保険者番号', '公費負担者番号', '負担者番号', '法人番号', '登録番号',
  'システム障害', '障害情報', '障害対応', '障害発生', '障害報告', '自己診断', '診断ツール', 'システム診断',
  'ネットワーク診断', '代表電話', '電話受付', '電話対応',
];

/** Counts are not names: 3名, 10件, 5人 (the digit run is part of the trap). */
export const JA_TRAP_PATTERNS: readonly RegExp[] = [/\d+[名件人]/g];

/** Text that makes a Japanese chunk UI label or message text, not a field: 電話番号を入力してください. */
export const JA_LABEL_MARKERS: readonly string[] = [
  'を入力', '入力して', 'してください', 'して下さい', 'ください', '下さい', 'は必須', 'が必要です', 'が正しくありません',
  'が不正', 'が無効', 'を選択', '未入力', 'の形式', '形式で', 'をご確認', '例:',
];

/**
 * Words for things that own a name, address or number: as the receiver (`file.name`, `server.address`) or
 * the word right before the term (`fileName`, `storeEmail`). Context-dependent and weak terms are dropped;
 * strong personal terms fall to medium (`company.email`). Credentials are not affected (`db.password`).
 */
export const NON_PERSON_WORDS: readonly string[] = [
  'file', 'files', 'class', 'tag', 'node', 'event', 'fn', 'func', 'function', 'err', 'error', 'pkg', 'package',
  'host', 'path', 'dir', 'directory', 'folder', 'bucket', 'font', 'product', 'store', 'shop', 'company',
  'organization', 'organisation', 'org', 'component', 'server', 'wallet', 'contract', 'memory', 'cache', 'cookie',
  'module', 'plugin', 'command', 'cmd', 'option', 'options', 'opts', 'field', 'column', 'col', 'attribute', 'attr',
  'schema', 'table', 'project', 'repo', 'repository', 'app', 'application', 'service', 'job', 'task', 'queue',
  'topic', 'channel', 'room', 'role', 'permission', 'region', 'zone', 'category', 'brand', 'sku', 'image', 'img',
  'asset', 'resource', 'route', 'step', 'stage', 'config', 'cfg', 'feature', 'flag', 'metric', 'test', 'suite',
  'spec', 'browser', 'window', 'document', 'sheet', 'workbook', 'worksheet', 'color', 'theme', 'icon', 'layer',
  'key', 'prop', 'action', 'thread', 'process', 'worker', 'db', 'database', 'collection', 'index', 'blob',
  'stream', 'transport', 'logger', 'level', 'mime', 'language', 'lang', 'locale', 'currency', 'unit', 'network',
  'subnet', 'interface', 'device', 'printer', 'domain', 'site', 'page', 'tab', 'menu', 'button',
  'element', 'el', 'target', 'type', 'kind', 'variable', 'method', 'property', 'label', 'plan', 'course',
  'merchant', 'vendor', 'supplier', 'manufacturer', 'department', 'dept', 'branch', 'office', 'facility',
  'building', 'venue', 'hotel', 'restaurant', 'station', 'airport', 'country', 'city', 'place', 'template',
  'layout', 'view', 'screen', 'dialog', 'modal', 'widget', 'chart', 'dataset', 'video', 'audio', 'media', 'track',
  'book', 'article', 'navigator', 'global', 'npm', 'git', 'commit', 'release', 'version', 'build', 'deploy',
  'pipeline', 'cluster', 'pod', 'container', 'volume', 'instance', 'vm', 'machine', 'proxy', 'gateway', 'router',
  'endpoint', 'api', 'sdk', 'lib', 'library', 'framework', 'team', 'group', 'max', 'min',
  'aws', 'eth', 'bitcoin', 'ipv', 'mac', 'tenant', 'insurer', 'corporate',
];

/**
 * Romaji owner words, compared after folding (tokenize.ts): like NON_PERSON_WORDS for romaji code
 * (`kaishaMei`, `tenpo.jusho`, `shouhin.kana`). `hokensha`/`futansha` are the insurer and the 公費 payer.
 */
export const NON_PERSON_WORDS_ROMAJI: readonly string[] = [
  'kaisha', 'tenpo', 'tempo', 'shouhin', 'shisetsu', 'kigyou', 'houjin', 'jigyousho', 'busho', 'shiten', 'honsha',
  'ginkou', 'byouin', 'gakkou', 'dantai', 'soshiki', 'hokensha', 'futansha', 'fairu', 'shiito', 'burando', 'meekaa',
  'bukken', 'kaijou', 'kyoten', 'eigyousho',
];

/**
 * Words that join an owner to a term without changing whose it is: `shouhinMeiKana` and 商品名フリガナ
 * (the reading of the product's name), `productNameKana`, `kaishaNoJusho` and 会社の住所 (の). The owner
 * (NON_PERSON_WORDS, NON_PERSON_WORDS_ROMAJI, JA_NON_PERSON_OWNERS) is looked for before them.
 */
export const OWNER_LINK_WORDS: readonly string[] = ['name', 'mei', 'no', '名', 'の', '名の'];

/**
 * Kinds that belong to whatever the name itself says owns them: a shop's address or postal code is the
 * shop's location, a product name's reading is the product's (店舗住所, `storeZipCode`, 商品名フリガナ,
 * `shouhinMeiKana`): not personal. Other strong kinds owned by a thing only fall to medium (a company
 * e-mail or phone may be an employee's work contact), and so does everything on a thing receiver
 * (`event.record.住所` in kintone is a person's).
 */
export const THING_ATTRIBUTE_KINDS: readonly string[] = ['address', 'postalCode', 'fullName', 'nameKana'];

/**
 * Kinds that a record naming a thing holds for the thing: in `{ 店舗名, 住所, 営業時間 }` the 住所 is the
 * shop's. Only locations: in `{ 店舗名, 氏名 }` (a booking) the 氏名 is still the customer's.
 */
export const THING_RECORD_KINDS: readonly string[] = ['address', 'postalCode'];

/**
 * Words for "name" that, after an owner word, name a thing (店舗名, 施設名称, `storeName`, `shisetsuMei`).
 * A sibling key like that, with no personal sibling, makes the record a shop's or facility's: its
 * THING_RECORD_KINDS (住所, 郵便番号) are the thing's.
 */
export const THING_NAME_WORDS: readonly string[] = ['name', 'mei', 'meishou', '名', '名称'];

/** Japanese owner words: a term right after one of these belongs to a thing (会社電話番号, 店舗住所). */
export const JA_NON_PERSON_OWNERS: readonly string[] = [
  '店舗', '会社', '施設', '商品', 'ファイル', 'シート', '企業', '法人', '事業所', '部署', '支店', '銀行', '病院', '学校',
  '団体', '組織', '本社', '支社', '営業所', '代表', 'ホスト', 'サーバー', 'サーバ', 'ドメイン', 'テーブル', 'カラム',
  '列', '項目', '画面', '機能', 'サービス', 'アプリ', 'プロジェクト', 'イベント', 'タグ', 'クラス', 'フォルダ',
  'ディレクトリ', 'パス', 'キー', 'ブランド', 'メーカー', 'プラン', 'コース', '科目', '物件', '建物', '会場', '拠点',
  'システム', 'ネットワーク', '機器', '製品',
];

/**
 * Words for people (digest §6.3). As a receiver (`user.name`), inside a name (`customerName`,
 * `kokyakuMei`, `お客様名`) they make context-dependent terms personal; as the head of a variable name
 * (`currentUser`, `customerRecord`, `顧客情報`) they mark a whole person record.
 * `account` and `client` are left out on purpose: cloud/crypto accounts and HTTP/OAuth clients dominate.
 */
export const PERSON_WORDS: { readonly en: readonly string[]; readonly romaji: readonly string[]; readonly ja: readonly string[] } = {
  en: [
    'user', 'usr', 'customer', 'cust', 'member', 'patient', 'employee', 'person', 'persons', 'people', 'profile',
    'contact', 'applicant', 'guest', 'student', 'staff', 'teacher', 'owner', 'buyer', 'subscriber', 'passenger',
    'traveler', 'traveller', 'resident', 'citizen', 'donor', 'borrower', 'insured', 'policyholder', 'cardholder',
    'accountholder', 'beneficiary', 'spouse', 'guardian', 'attendee', 'participant', 'individual', 'personnel',
    'shopper', 'purchaser', 'payer', 'respondent', 'registrant', 'enrollee', 'doctor', 'nurse', 'personal',
  ],
  romaji: [
    'kaiin', 'kokyaku', 'kanja', 'shain', 'juugyouin', 'shokuin', 'riyousha', 'keiyakusha', 'okyakusama', 'hogosha',
    'tantousha', 'moushikomisha', 'shinseisha', 'hihokensha', 'kanyuusha', 'seito', 'gakusei', 'honnin',
    'nyuukyosha', 'kojin', 'jukyuusha',
  ],
  ja: [
    '会員', '顧客', '患者', '社員', '従業員', '職員', '利用者', 'お客様', 'お客さま', '契約者', '保護者', '担当者',
    '申込者', '申込人', '申請者', '本人', '受診者', '被保険者', '加入者', '購入者', '生徒', '学生', '入居者', '応募者',
    '依頼者', '受取人', '代表者', '個人', 'ユーザー', 'ユーザ', 'スタッフ', '教員', '児童', '届け先', '受講者', '参加者',
    '登録者', '相談者', '世帯主', '配偶者', '受給者',
  ],
};

/** Words that may stand before a person term without changing whose it is: `user.oldAddress`, `user.primaryPhoto`. */
export const NEUTRAL_MODIFIERS: readonly string[] = [
  'new', 'old', 'current', 'previous', 'prev', 'primary', 'secondary', 'main', 'other', 'alt', 'alternative',
  'default', 'preferred', 'original', 'updated', 'changed', 'legal', 'real', 'full', 'first', 'last', 'given',
  'family', 'middle', 'display', 'registered', 'temp', 'temporary', 'actual', 'official', 'english', 'romaji',
  'japanese', 'kanji', 'local', 'native', 'raw', 'input', 'entered', 'confirmed', 'verified', 'billing',
  'shipping', 'home', 'work', 'mailing', 'postal', 'contact', 'personal', 'private', 'my', 'your', 'their', 'his',
  'her', 'the', 'a', 'an', 'this', 'that', 'selected', 'saved', 'stored', 'submitted',
];

/** Systems whose "user" is an account name, not a person record: `smtpUser`, `dbUser`, `SMTP_USER`. */
export const ACCOUNT_OWNER_WORDS: readonly string[] = [
  'smtp', 'imap', 'pop', 'ftp', 'sftp', 'ssh', 'ldap', 'redis', 'mongo', 'mongodb', 'mysql', 'postgres', 'pg', 'db',
  'database', 'sql', 'docker', 'registry', 'k8s', 'proxy', 'git', 'npm', 'api', 'service', 'system', 'root', 'bot',
  'server', 'host', 'mail', 'aws', 'iam',
];

/** People only as holders of a field (`billing.name`, `recipientEmail`), not as a whole record when named alone. */
export const PERSON_HOLDER_ONLY_WORDS: readonly string[] = [
  'sender', 'recipient', 'billing', 'shipping', 'delivery', 'addressee', 'consignee', 'author', 'assignee',
  'payee',
  // not `signer`: in web3 code (ethers, viem) a signer is a wallet, and `signer.getAddress()` its address.
];

/** Words after a person word that still name the record (`userData`, `customerRecord`, `kokyakuJouhou`, `顧客情報`). */
export const RECORD_SUFFIXES: { readonly en: readonly string[]; readonly romaji: readonly string[]; readonly ja: readonly string[] } = {
  en: [
    'data', 'info', 'information', 'record', 'details', 'detail', 'obj', 'object', 'entity', 'model', 'doc',
    'document', 'row', 'item', 'entry', 'entries', 'list', 'array', 'arr', 'json', 'dto', 'snapshot', 'payload',
    'values', 'attributes', 'attrs',
  ],
  romaji: ['jouhou', 'deeta', 'ichiran', 'meibo'],
  ja: ['情報', 'データ', '一覧', 'リスト', 'レコード', '台帳', '名簿', 'マスタ', 'マスター'],
};

/** Receiver segments that only wrap the holder: `user.data.name`, `customer.dataValues.email`, `req.body.name`. */
export const TRANSPARENT_RECEIVERS: readonly string[] = [
  'data', 'info', 'details', 'detail', 'attributes', 'attrs', 'fields', 'values', 'raw', 'value', 'record',
  'payload', 'body', 'json', 'current', 'result', 'doc', 'this',
];

/**
 * Context groups for `needs` / `kindIf`. Latin words compare with whole words of the name, receiver chain
 * and sibling keys; Japanese words as substrings of their Japanese chunks.
 */
export const CONTEXT_GROUPS: Readonly<Record<ContextGroup, readonly string[]>> = {
  card: [
    'card', 'cards', 'credit', 'creditcard', 'cc', 'debit', 'pci', 'cvv', 'cvc', 'cardholder', 'visa', 'mastercard',
    'amex', 'jcb', 'kaado', 'kurejitto', 'カード', 'クレジット', 'クレカ',
  ],
  payment: [
    'card', 'cards', 'credit', 'creditcard', 'cc', 'debit', 'pci', 'cvv', 'cvc', 'bank', 'banking', 'atm',
    'payment', 'payments', 'pay', 'billing', 'kouza', 'ginkou', 'カード', 'クレジット', '口座', '銀行', '決済', '支払',
  ],
  bank: [
    'bank', 'banking', 'banks', 'kouza', 'ginkou', 'branch', 'shiten', 'iban', 'swift', 'furikomi', '口座', '銀行',
    '支店', '振込',
  ],
  driver: ['driver', 'drivers', 'driving', 'motorist', 'menkyo', 'menkyoshou', 'unten', '運転', '免許'],
  medical: [
    'medical', 'medicine', 'patient', 'patients', 'clinic', 'clinical', 'hospital', 'diagnosis', 'disease',
    'medication', 'checkup', 'doctor', 'physician', 'nurse', 'ehr', 'emr', 'fhir', 'hl7', 'icd', 'kanja',
    'byouin', 'shinryou', 'karute', 'iryou', 'kenkou', '患者', '病院', '診療', '医療', '健康', 'カルテ', '診察', '病歴',
  ],
  auth: [
    'auth', 'authentication', 'login', 'signin', 'logon', 'credential', 'credentials', 'security', 'verify',
    'verification', 'lock', 'unlock', 'otp', 'mfa', 'sim', 'passcode', 'ninshou', 'roguin', '認証', 'ログイン', 'ロック',
  ],
  // 社保/国保 (shaho/kokuho), 後期高齢 (koukikourei) and 公費 (kouhi) name the insurance a patient is covered by
  insurance: [
    'insurance', 'insured', 'hoken', 'hokenshou', 'hihokensha', 'kenpo', 'shaho', 'kokuho', 'shahokokuho',
    'koukikourei', 'kokikorei', 'kouhi', 'kohi', 'jukyuusha', 'jukyusha', '保険', '健保', '被保険者', '社保', '国保',
    '後期高齢', '公費', '受給者',
  ],
  postal: [
    'address', 'addresses', 'addr', 'shipping', 'billing', 'delivery', 'mailing', 'postal', 'residence', 'home',
    'jusho', 'juusho', '住所', '配送', '届け先',
  ],
  request: [
    'req', 'request', 'requests', 'headers', 'header', 'client', 'remote', 'socket', 'connection', 'conn',
    'forwarded', 'incoming', 'ctx', 'identity',
  ],
};

/**
 * First word of a name that makes it a boolean, a count or an aggregate: `isEmail`, `hasPhone`,
 * `showPassword`, `phoneCount`'s cousin `numPhones`, `avgAge`.
 */
export const FLAG_PREFIXES: readonly string[] = [
  'is', 'has', 'have', 'had', 'show', 'should', 'can', 'could', 'will', 'did', 'does', 'was', 'were', 'allow',
  'allows', 'enable', 'enabled', 'disable', 'disabled', 'require', 'requires', 'required', 'need', 'needs',
  'hide', 'hidden', 'no', 'not', 'num', 'count', 'total', 'max', 'min', 'avg', 'average', 'mean', 'median', 'sum',
  'include', 'includes', 'contains', 'with', 'without', 'missing', 'empty', 'same', 'supports', 'want', 'wants',
  'must',
];

/** First word of a name that makes it a function, not a value: `sendEmail`, `validatePhone`, `maskEmail`. */
export const ACTION_PREFIXES: readonly string[] = [
  'set', 'send', 'validate', 'verify', 'check', 'format', 'mask', 'parse', 'normalize', 'normalise', 'sanitize',
  'sanitise', 'redact', 'encrypt', 'hash', 'handle', 'on', 'render', 'update', 'delete', 'remove', 'clear', 'reset',
  'edit', 'change', 'submit', 'save', 'store', 'persist', 'write', 'log', 'print', 'copy', 'export', 'import',
  'upload', 'download', 'generate', 'create', 'register', 'add', 'insert', 'replace', 'convert', 'serialize',
  'compare', 'match', 'use', 'build', 'make', 'calc', 'calculate', 'init', 'toggle', 'forgot',
];

/** First word of a getter: a function as a variable (`getEmail`), data as a called method (`user.getEmail()`). */
export const GETTER_PREFIXES: readonly string[] = [
  'get', 'fetch', 'load', 'find', 'read', 'lookup', 'select', 'query', 'retrieve', 'resolve', 'extract', 'decrypt',
];

/**
 * A word after the term that makes the name describe the field, not hold its value: `emailVerified`,
 * `phoneNumberFormat`, `passwordMinLength`, `emailTemplate`, `privateKeyPath`, `userNameLabel`.
 * Japanese entries are compared with the start of the text after a Japanese term (電話番号欄, メール送信).
 */
export const FIELD_SUFFIXES: readonly string[] = [
  'verified', 'validated', 'confirmed', 'count', 'counts', 'cnt', 'length', 'len', 'size', 'limit', 'max', 'min',
  'total', 'enabled', 'disabled', 'required', 'optional', 'valid', 'invalid', 'validation', 'validator', 'format',
  'formatter', 'regex', 'regexp', 'pattern', 'label', 'labels', 'placeholder', 'field', 'fields', 'template',
  'tmpl', 'type', 'types', 'kind', 'category', 'column', 'col', 'key', 'keys', 'name', 'names', 'id', 'ids',
  'index', 'idx', 'ref', 'el', 'element', 'elem', 'node', 'error', 'errors', 'err', 'message', 'msg', 'hint',
  'help', 'tooltip', 'description', 'desc', 'title', 'caption', 'header', 'heading', 'status', 'state', 'flag',
  'flags', 'mode', 'option', 'options', 'opts', 'setting', 'settings', 'config', 'conf', 'policy', 'rule', 'rules',
  'schema', 'selector', 'button', 'btn', 'icon', 'visible', 'visibility', 'hidden', 'shown', 'exists', 'present',
  'missing', 'empty', 'changed', 'updated', 'modified', 'sent', 'opened', 'clicked', 'bounced', 'optin', 'optout',
  'consent', 'preference', 'preferences', 'pref', 'prefs', 'service', 'server', 'host', 'port', 'provider',
  'client', 'transport', 'queue', 'job', 'worker', 'handler', 'listener', 'callback', 'cb', 'util', 'utils',
  'function', 'functions', 'fn', 'fns', 'func', 'funcs', 'resolver', 'loader', 'strategy', 'strategies',
  'helper', 'module', 'component', 'controller', 'repository', 'repo', 'factory', 'builder', 'parser', 'checker',
  'mapper', 'serializer', 'generator', 'manager', 'vault', 'arn', 'endpoint', 'route', 'domain', 'subject',
  'body', 'content', 'html', 'verification', 'reset', 'expiry', 'expires', 'expiration', 'ttl', 'timeout',
  'strength', 'salt', 'claims', 'path', 'file', 'filename', 'dir', 'country', 'region', 'locale', 'language', 'lang',
  'version', 'event', 'events', 'change', 'check', 'checked', 'toggle', 'width', 'height', 'color', 'style',
  'class', 'classname', 'css', 'sort', 'order', 'filter', 'position', 'pos', 'offset', 'match', 'matches',
  '欄', '入力欄', '件数', '数', '有無', 'フラグ', '形式', 'ラベル', '桁数', '文字数', 'エラー', 'チェック', '検証',
  '書式', 'テンプレート', '項目', '列', 'カラム', '本文', '件名', '送信', '配信', '設定', '表示', '非表示',
];

/** Words that say the value was protected on the way: `maskedEmail`, `encryptedPhone`, `cardLast4`, 伏字. */
export const NEUTRALIZING_WORDS: readonly string[] = [
  'masked', 'redacted', 'encrypted', 'enc', 'cipher', 'ciphertext', 'obfuscated', 'anonymized', 'anonymised',
  'truncated', 'scrubbed', 'sanitized', 'sanitised', 'last4', 'lastfour', 'マスク', 'マスキング', '伏字', '暗号化',
];

/** Keyed hashing / tokenisation (pseudonymisation, digest §6.4): protects, except for the kinds below. */
export const PSEUDONYMIZING_WORDS: readonly string[] = [
  'hmac', 'tokenized', 'tokenised', 'pseudonymized', 'pseudonymised', 'keyed',
];

/** Words that lower confidence: a hash may be unsalted (still reportable), test data may be fake. */
export const LOWERING_WORDS: readonly string[] = [
  'hash', 'hashed', 'digest', 'md5', 'sha', 'sha1', 'sha256', 'dummy', 'fake', 'mock', 'sample', 'example',
  'fixture', 'ハッシュ', 'ダミー', 'サンプル',
];

/**
 * Kinds a 1:1 hash, HMAC or token does not protect (digest §3/§6.4: a number "used in place of" a My Number
 * is still 特定個人情報): PSEUDONYMIZING_WORDS and LOWERING_WORDS leave them as they are.
 */
export const HASH_DOES_NOT_PROTECT: readonly string[] = ['myNumber'];

/**
 * Receivers whose properties describe a field rather than hold its value: i18n labels
 * (`LABELS.email`, `ja.email`), validation state and messages (`errors.email`, `touched.email`), schemas.
 */
export const DESCRIPTOR_RECEIVERS: readonly string[] = [
  'label', 'labels', 'placeholder', 'placeholders', 'message', 'messages', 'msg', 'msgs', 'i18n', 'translation',
  'translations', 'locale', 'locales', 'text', 'texts', 'string', 'strings', 'title', 'titles', 'caption',
  'captions', 'hint', 'hints', 'tooltip', 'tooltips', 'error', 'errors', 'validation', 'validations', 'validator',
  'validators', 'rule', 'rules', 'schema', 'shape', 'column', 'columns', 'format', 'formats', 'pattern',
  'patterns', 'regex', 'regexes', 'mask', 'masks', 'template', 'templates', 'touched', 'dirty', 'visited', 'valid',
  'invalid', 'enabled', 'disabled', 'required', 'visible', 'focused', 'en', 'ja', 'ラベル', '文言', 'メッセージ',
];

/**
 * The last word of an enum's name (`FieldType`, `GrantType`, `InputKind`, `OAuthScope`): its SCREAMING_CASE
 * members name kinds of data (`FieldType.EMAIL`) and hold none.
 */
export const ENUM_OWNER_WORDS: ReadonlySet<string> = new Set([
  'type', 'types', 'kind', 'kinds', 'method', 'methods', 'mode', 'modes', 'category', 'categories', 'enum',
  'field', 'fields', 'scheme', 'schemes', 'format', 'formats', 'channel', 'channels', 'option', 'options',
  'strategy', 'strategies', 'variant', 'variants', 'purpose', 'purposes', 'scope', 'scopes', 'step', 'steps',
]);

/** Exact names (as written) of well-known cookie and analytics identifiers that word-splitting cannot see. */
export const EXACT_NAMES: Readonly<Record<string, string>> = {
  _ga: 'cookieId',
  _gid: 'cookieId',
  _fbp: 'cookieId',
  _fbc: 'cookieId',
  _gcl_au: 'cookieId',
  __utma: 'cookieId',
  __utmz: 'cookieId',
  ajs_anonymous_id: 'cookieId',
  ajs_user_id: 'customerId',
};
