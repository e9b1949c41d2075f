import { detach } from '../limits.js';
import type { XmlHandler } from './xmlScanner.js';

/**
 * Element names seen so far, so the thousands of identical tags in a report share one string
 * (no allocation per tag, and Set/switch lookups on a string V8 has already hashed). Bounded,
 * so a file of made-up names cannot grow it.
 */
export class NameCache {
  /** Direct-mapped by hash: an array slot is cheaper to reach than a Map entry. */
  private readonly slots: (string | undefined)[] = new Array(4096).fill(undefined);
  private readonly slotWanted = new Uint8Array(4096);
  /** Whether the handler wants the name the last get() returned. */
  wanted = true;

  constructor(private readonly handler: () => XmlHandler) {}

  get(buf: string, start: number, end: number, hash: number): string {
    const slot = hash & 4095;
    const cached = this.slots[slot];
    if (cached !== undefined && cached.length === end - start && buf.startsWith(cached, start)) {
      this.wanted = this.slotWanted[slot] === 1;
      return cached;
    }
    const name = detach(buf.slice(start, end));
    const handler = this.handler();
    this.wanted = handler.wants ? handler.wants(name) : true;
    this.slots[slot] = name;
    this.slotWanted[slot] = this.wanted ? 1 : 0;
    return name;
  }
}

