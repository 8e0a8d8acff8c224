const debug = require('debug')('app:cache');

class LruCache {
  constructor(max = 500) {
    this.max = max;
    this.map = new Map();
    this.hits = 0;
    this.misses = 0;
  }

  get(key) {
    const value = this.map.get(key);
    if (value === undefined) {
      this.misses += 1;
      debug('miss (%d hits / %d misses)', this.hits, this.misses);
      return undefined;
    }
    this.hits += 1;
    this.map.delete(key);
    this.map.set(key, value);
    return value;
  }

  set(key, value) {
    this.map.set(key, value);
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value);
    debug('size %d/%d', this.map.size, this.max);
  }
}

module.exports = { LruCache };
