import { race, timer, fromEvent, map } from 'rxjs';

export function firstInteraction(el: HTMLElement) {
  return race(
    fromEvent(el, 'click').pipe(map(() => 'click' as const)),
    fromEvent(el, 'keydown').pipe(map(() => 'key' as const)),
    timer(10_000).pipe(map(() => 'timeout' as const)),
  ).subscribe((winner) => console.log(`race winner: ${winner}`));
}
