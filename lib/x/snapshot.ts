/**
 * Remembers the last thing sent and says whether a new one differs, so the side panel and the
 * background hear about a composer only when what they would show has changed.
 */
export class ChangeGate<T> {
  private last: string | undefined;

  /** True (and remembered) when `value` differs from the last value that passed. */
  pass(value: T): boolean {
    const serialized = JSON.stringify(value);
    if (serialized === this.last) return false;
    this.last = serialized;
    return true;
  }

  /** Forget the last value, so the next one passes whatever it is. */
  reset(): void {
    this.last = undefined;
  }
}
