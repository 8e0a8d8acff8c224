/**
 * Clipboard: data copied leaves the application for any other app, chat or document on the device.
 */
import type { SinkSpec } from './types.js';

export const clipboard: readonly SinkSpec[] = [
  {
    id: 'navigator.clipboard',
    family: 'clipboard',
    kind: 'export',
    api: 'navigator.clipboard.writeText',
    global: 'navigator',
    paths: ['clipboard.{writeText,write}'],
    args: [{ index: 0, role: 'data' }],
  },
  {
    id: 'copy-to-clipboard',
    family: 'clipboard',
    kind: 'export',
    api: 'copy',
    module: ['copy-to-clipboard', 'clipboard-copy'],
    paths: [''],
    args: [
      { index: 0, role: 'data' },
      { index: 1, role: 'none' },
    ],
  },
  {
    id: 'clipboardy',
    family: 'clipboard',
    kind: 'export',
    api: 'clipboardy.write',
    module: ['clipboardy'],
    paths: ['{write,writeSync}'],
    args: [{ index: 0, role: 'data' }],
  },
  {
    id: 'electron.clipboard',
    family: 'clipboard',
    kind: 'export',
    api: 'clipboard.writeText',
    module: ['electron'],
    paths: ['clipboard.{writeText,writeHTML,writeRTF,write}'],
    args: [{ index: 0, role: 'data' }],
  },
  {
    id: 'react-native.clipboard',
    family: 'clipboard',
    kind: 'export',
    api: 'Clipboard.setString',
    module: ['expo-clipboard', '@react-native-clipboard/clipboard'],
    paths: ['{setStringAsync,setString}', 'Clipboard.{setStringAsync,setString}'],
    args: [{ index: 0, role: 'data' }],
  },
  {
    id: 'vueuse.useClipboard',
    family: 'clipboard',
    kind: 'export',
    api: 'useClipboard().copy',
    module: ['@vueuse/core'],
    paths: ['useClipboard().copy'],
    args: [{ index: 0, role: 'data' }],
  },
  {
    id: 'angular.cdk.Clipboard',
    family: 'clipboard',
    kind: 'export',
    api: 'Clipboard.copy',
    module: ['@angular/cdk/clipboard'],
    paths: ['Clipboard.new().copy'],
    args: [{ index: 0, role: 'data' }],
  },
];
