/**
 * Client-side storage: Web Storage, IndexedDB and their wrappers, extension storage, and the
 * React Native / Capacitor equivalents. Plain text on the device, readable by any script on the origin
 * (XSS) and left behind on shared machines (CWE-922).
 */
import type { ArgSpec, SinkSpec } from './types.js';

/** `setItem(key, value)` */
const KEY_THEN_VALUE: ArgSpec[] = [
  { index: 0, role: 'key' },
  { index: 1, role: 'data' },
  { index: 'rest', from: 2, role: 'none' },
];

/** IndexedDB `store.put(value, key)` */
const VALUE_THEN_KEY: ArgSpec[] = [
  { index: 0, role: 'data' },
  { index: 1, role: 'destination' },
];

function webStorage(name: 'localStorage' | 'sessionStorage'): SinkSpec[] {
  return [
    {
      id: `${name}.setItem`,
      family: 'browser-storage',
      kind: 'export',
      api: `${name}.setItem`,
      global: name,
      paths: ['setItem'],
      args: KEY_THEN_VALUE,
    },
    {
      id: `${name}[key]`,
      family: 'browser-storage',
      kind: 'export',
      api: `${name}[key] =`,
      global: name,
      // `localStorage.email = x`, `localStorage['email'] = x`
      paths: ['*'],
      assign: true,
    },
  ];
}

export const browserStorage: readonly SinkSpec[] = [
  ...webStorage('localStorage'),
  ...webStorage('sessionStorage'),
  {
    id: 'indexedDB.put',
    family: 'browser-storage',
    kind: 'export',
    api: 'IDBObjectStore.put',
    // `db.transaction('users', 'readwrite').objectStore('users').put(user)`: the database comes from an
    // `onsuccess` event, so only the receiver name (`objectStore(...)`, `store`, `userStore`) is known.
    paths: ['objectStore().{put,add}'],
    receiverNames: ['store'],
    args: VALUE_THEN_KEY,
  },
  {
    id: 'idb.put',
    family: 'browser-storage',
    kind: 'export',
    api: 'idb db.put',
    module: ['idb'],
    // `const db = await openDB(...); await db.put('users', user, key)`
    paths: ['openDB().{put,add}'],
    args: [
      { index: 0, role: 'none' },
      { index: 1, role: 'data' },
      { index: 2, role: 'destination' },
    ],
  },
  {
    id: 'idb.store.put',
    family: 'browser-storage',
    kind: 'export',
    api: 'idb store.put',
    module: ['idb'],
    paths: ['openDB().transaction().store.{put,add}', 'openDB().transaction().objectStore().{put,add}'],
    args: VALUE_THEN_KEY,
  },
  {
    id: 'idb-keyval.set',
    family: 'browser-storage',
    kind: 'export',
    api: 'idb-keyval.set',
    module: ['idb-keyval'],
    paths: ['set'],
    args: KEY_THEN_VALUE,
  },
  {
    id: 'idb-keyval.setMany',
    family: 'browser-storage',
    kind: 'export',
    api: 'idb-keyval.setMany',
    module: ['idb-keyval'],
    paths: ['setMany'],
    args: [{ index: 0, role: 'data' }],
  },
  {
    id: 'idb-keyval.update',
    family: 'browser-storage',
    kind: 'export',
    api: 'idb-keyval.update',
    module: ['idb-keyval'],
    // `update('profile', (old) => ({ ...old, email }))`
    paths: ['update'],
    args: [
      { index: 0, role: 'destination' },
      { index: 1, role: 'data', callbackReturn: true },
    ],
  },
  {
    id: 'localforage.setItem',
    family: 'browser-storage',
    kind: 'export',
    api: 'localforage.setItem',
    module: ['localforage'],
    global: 'localforage',
    paths: ['setItem', 'createInstance().setItem'],
    args: KEY_THEN_VALUE,
  },
  {
    id: 'dexie',
    family: 'browser-storage',
    kind: 'export',
    api: 'Dexie table.add',
    module: ['dexie'],
    paths: ['new().*.{add,put,bulkAdd,bulkPut}', 'Dexie.new().*.{add,put,bulkAdd,bulkPut}', 'new().table().{add,put,bulkAdd,bulkPut}', 'Dexie.new().table().{add,put,bulkAdd,bulkPut}'],
    args: VALUE_THEN_KEY,
  },
  {
    id: 'chrome.storage',
    family: 'browser-storage',
    kind: 'export',
    api: 'chrome.storage.local.set',
    global: 'chrome',
    paths: ['storage.{local,sync,session}.set'],
    args: [{ index: 0, role: 'data' }],
  },
  {
    id: 'browser.storage',
    family: 'browser-storage',
    kind: 'export',
    api: 'browser.storage.local.set',
    global: 'browser',
    paths: ['storage.{local,sync,session}.set'],
    args: [{ index: 0, role: 'data' }],
  },
  {
    id: 'webextension-polyfill.storage',
    family: 'browser-storage',
    kind: 'export',
    api: 'browser.storage.local.set',
    module: ['webextension-polyfill'],
    paths: ['storage.{local,sync,session}.set'],
    args: [{ index: 0, role: 'data' }],
  },
  {
    id: 'react-native.AsyncStorage',
    family: 'browser-storage',
    kind: 'export',
    api: 'AsyncStorage.setItem',
    module: ['@react-native-async-storage/async-storage'],
    paths: ['{setItem,mergeItem}', 'AsyncStorage.{setItem,mergeItem}'],
    args: KEY_THEN_VALUE,
  },
  {
    id: 'react-native.AsyncStorage.multiSet',
    family: 'browser-storage',
    kind: 'export',
    api: 'AsyncStorage.multiSet',
    module: ['@react-native-async-storage/async-storage'],
    paths: ['{multiSet,multiMerge}', 'AsyncStorage.{multiSet,multiMerge}'],
    args: [{ index: 0, role: 'data' }],
  },
  {
    id: 'react-native-mmkv',
    family: 'browser-storage',
    kind: 'export',
    api: 'MMKV.set',
    module: ['react-native-mmkv'],
    paths: ['MMKV.new().set'],
    args: KEY_THEN_VALUE,
  },
  {
    id: 'capacitor.Preferences',
    family: 'browser-storage',
    kind: 'export',
    api: 'Preferences.set',
    module: ['@capacitor/preferences'],
    paths: ['Preferences.set'],
    args: [{ index: 0, role: 'options', properties: { value: 'data', key: 'destination' } }],
  },
];
