/**
 * A counter of things that may change what `status` shows: requests other than the one being answered,
 * events, connections opening and closing, health changes. `status` reuses its last answer only while
 * nothing was counted since, so many clients polling it at once cost one build, and no caller ever sees
 * an answer older than a change it could have caused or been told about.
 */
export class ActivityCounter {
  private count = 0;

  /** Something happened that may change a summary. */
  bump(): void {
    this.count++;
  }

  get seq(): number {
    return this.count;
  }
}
