/**
 * Object storage: S3, GCS, Azure Blob and friends. Buckets are shared, replicated and one policy
 * mistake away from public; personal data there needs server-side or client-side encryption and a
 * deletion plan (TO-ENC, TO-DEL). The object key only says where the data goes.
 */
import type { ArgSpec, SinkSpec } from './types.js';

/** `PutObjectCommand({ Bucket, Key, Body, Metadata, Tagging })` and the v2 `putObject(params)` */
const S3_PARAMS: ArgSpec[] = [
  { index: 0, role: 'options', properties: { Body: 'data', Key: 'destination', Metadata: 'data', Tagging: 'data' } },
];

/** GCS `file.save(data, options)`, Azure `blockBlobClient.upload(body, length, options)` */
const BODY_FIRST: ArgSpec[] = [
  { index: 0, role: 'data' },
  { index: 'rest', from: 1, role: 'none' },
];

const GCS_FILE = ['Storage.new().bucket().file()', 'Bucket.new().file()', 'File.new()'];
const AZURE_CONTAINER = [
  'BlobServiceClient.fromConnectionString().getContainerClient()',
  'BlobServiceClient.new().getContainerClient()',
  'ContainerClient.new()',
];
const AZURE_BLOB_METHODS = '{upload,uploadData,appendBlock}';

export const objectStorage: readonly SinkSpec[] = [
  {
    id: 'aws-sdk.s3.PutObjectCommand',
    family: 'object-storage',
    kind: 'export',
    api: 'PutObjectCommand',
    module: ['@aws-sdk/client-s3'],
    paths: ['{PutObjectCommand,UploadPartCommand}'],
    construct: true,
    args: S3_PARAMS,
  },
  {
    id: 'aws-sdk.s3.putObject',
    family: 'object-storage',
    kind: 'export',
    api: 's3.putObject',
    module: ['@aws-sdk/client-s3', 'aws-sdk', 'aws-sdk/clients/s3'],
    // v3 aggregated client `new S3().putObject(...)`; v2 `new AWS.S3().putObject(...)` / `.upload(...)`.
    paths: ['S3.new().{putObject,upload,uploadPart}', 'new().{putObject,upload,uploadPart}'],
    args: S3_PARAMS,
  },
  {
    id: 'aws-sdk.lib-storage.Upload',
    family: 'object-storage',
    kind: 'export',
    api: 'new Upload',
    module: ['@aws-sdk/lib-storage'],
    paths: ['Upload'],
    construct: true,
    args: [
      { index: 0, role: 'options', properties: { 'params.Body': 'data', 'params.Key': 'destination', 'params.Metadata': 'data', 'params.Tagging': 'data' } },
    ],
  },
  {
    id: 'gcs.file.save',
    family: 'object-storage',
    kind: 'export',
    api: 'file.save',
    module: ['@google-cloud/storage'],
    paths: [...GCS_FILE.map((f) => `${f}.save`), ...GCS_FILE.map((f) => `${f}.createWriteStream().{write,end}`)],
    args: BODY_FIRST,
  },
  {
    id: 'azure.blob.upload',
    family: 'object-storage',
    kind: 'export',
    api: 'blockBlobClient.upload',
    module: ['@azure/storage-blob'],
    paths: [
      ...AZURE_CONTAINER.flatMap((c) => [
        `${c}.{getBlockBlobClient,getAppendBlobClient}().${AZURE_BLOB_METHODS}`,
        `${c}.getBlobClient().{getBlockBlobClient,getAppendBlobClient}().${AZURE_BLOB_METHODS}`,
      ]),
      `{BlockBlobClient,AppendBlobClient}.new().${AZURE_BLOB_METHODS}`,
    ],
    args: BODY_FIRST,
  },
  {
    id: 'azure.container.uploadBlockBlob',
    family: 'object-storage',
    kind: 'export',
    api: 'containerClient.uploadBlockBlob',
    module: ['@azure/storage-blob'],
    paths: AZURE_CONTAINER.map((c) => `${c}.uploadBlockBlob`),
    args: [
      { index: 0, role: 'destination' },
      { index: 1, role: 'data' },
      { index: 'rest', from: 2, role: 'none' },
    ],
  },
  {
    id: 'firebase.storage.upload',
    family: 'object-storage',
    kind: 'export',
    api: 'uploadBytes',
    module: ['firebase/storage', '@firebase/storage'],
    // `uploadString(ref(storage, path), data)`
    paths: ['{uploadString,uploadBytes,uploadBytesResumable}'],
    args: [
      { index: 0, role: 'destination' },
      { index: 1, role: 'data' },
      { index: 'rest', from: 2, role: 'none' },
    ],
  },
  {
    id: 'supabase.storage.upload',
    family: 'object-storage',
    kind: 'export',
    api: 'supabase.storage.from().upload',
    module: ['@supabase/supabase-js'],
    paths: ['createClient().storage.from().{upload,update}'],
    args: [
      { index: 0, role: 'destination' },
      { index: 1, role: 'data' },
      { index: 'rest', from: 2, role: 'none' },
    ],
  },
  {
    id: 'minio.putObject',
    family: 'object-storage',
    kind: 'export',
    api: 'minio.putObject',
    module: ['minio'],
    // `putObject(bucket, name, stream, size, metadata)`
    paths: ['Client.new().putObject'],
    args: [
      { index: 0, role: 'none' },
      { index: 1, role: 'destination' },
      { index: 2, role: 'data' },
      { index: 3, role: 'none' },
      { index: 4, role: 'data' },
    ],
  },
  {
    id: 'vercel.blob.put',
    family: 'object-storage',
    kind: 'export',
    api: 'put (@vercel/blob)',
    module: ['@vercel/blob'],
    paths: ['put'],
    args: [
      { index: 0, role: 'destination' },
      { index: 1, role: 'data' },
      { index: 'rest', from: 2, role: 'none' },
    ],
  },
];
