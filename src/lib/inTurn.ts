/**
 * Puts things that finish out of turn back in turn: each is numbered when it
 * starts (0, 1, 2, …) and handed on only once everything numbered before it
 * has finished. A `null` keeps its turn but is not handed on.
 */
export class InTurn<T> {
  #next = 0;
  readonly #finished = new Map<number, T | null>();

  /** Records that `turn` has finished with `item`, and returns what may now be handed on, in turn. */
  finish(turn: number, item: T | null): T[] {
    if (turn < this.#next || this.#finished.has(turn)) throw new Error(`turn ${turn} finished twice`);
    this.#finished.set(turn, item);
    const ready: T[] = [];
    for (let next = this.#finished.get(this.#next); next !== undefined; next = this.#finished.get(this.#next)) {
      this.#finished.delete(this.#next);
      this.#next += 1;
      if (next !== null) ready.push(next);
    }
    return ready;
  }

  /** How many finished out of turn and are still waiting for an earlier one. */
  get waiting(): number {
    return this.#finished.size;
  }
}
