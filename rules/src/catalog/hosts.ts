/**
 * Hosts of services whose operator is known, so that a plain `fetch`/`UrlFetchApp.fetch` to them is a
 * provision to that vendor (with its country for APPI-XB), not an unknown destination.
 */
import type { KnownHost } from './types.js';

export const KNOWN_HOSTS: readonly KnownHost[] = [];
