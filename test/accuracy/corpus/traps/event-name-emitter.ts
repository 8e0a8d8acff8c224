import { EventEmitter } from 'node:events';
import createDebug from 'debug';

const debug = createDebug('app:events');

export class Bus extends EventEmitter {
  publish(eventName: string, payload: { id: string; count?: number }): void {
    debug('publish %s id=%s', eventName, payload.id);
    this.emit(eventName, payload);
  }
}

export const bus = new Bus();
bus.on('newListener', (eventName) => debug('listener added for %s', String(eventName)));
