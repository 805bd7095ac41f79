// @NOTE An upload holds its body (up to 15 MB) from the moment it is read, and decoding and AVIF
// encoding take a core each. So an upload takes a place in this queue before its body is read: at
// most `running` are processed side by side and `waiting` more hold a place (reading their body or
// waiting their turn); anyone past that is refused at once (429) and nothing of theirs is read.
// Memory is then bounded by (running + waiting) bodies plus `running` decodes, whatever the number
// of parallel requests. The queue is per server process.

export type QueueLimits = { running: number; waiting: number };

/** A place in the queue: `run` waits for a turn and runs the task; `leave` gives the place back (always call it). */
export type QueuePlace = {
  run<T>(task: () => Promise<T>): Promise<T>;
  leave(): void;
};

export class BoundedQueue {
  private placesTaken = 0;
  private runningNow = 0;
  private readonly turns: (() => void)[] = [];

  constructor(readonly limits: QueueLimits) {}

  /** Places taken (running, waiting for a turn, or not yet asking for one). */
  get size(): number {
    return this.placesTaken;
  }

  /** A place, or null when the queue is full. */
  tryEnter(): QueuePlace | null {
    if (this.placesTaken >= this.limits.running + this.limits.waiting) return null;
    this.placesTaken++;
    let left = false;
    let holdsTurn = false;
    return {
      run: async <T>(task: () => Promise<T>): Promise<T> => {
        if (left || holdsTurn) throw new Error("A queue place runs one task, before it leaves.");
        holdsTurn = true;
        await this.takeTurn();
        try {
          return await task();
        } finally {
          this.giveTurnBack();
        }
      },
      leave: () => {
        if (left) return;
        left = true;
        this.placesTaken--;
      },
    };
  }

  private takeTurn(): Promise<void> {
    if (this.runningNow < this.limits.running) {
      this.runningNow++;
      return Promise.resolve();
    }
    // The turn is handed over by giveTurnBack without decrementing: runningNow stays counted.
    return new Promise((resolve) => this.turns.push(resolve));
  }

  private giveTurnBack(): void {
    const next = this.turns.shift();
    if (next) next();
    else this.runningNow--;
  }
}

/** Uploads to the media library: two processed at once (one per core of a small server), four more holding a place. */
export const uploadQueue = new BoundedQueue({ running: 2, waiting: 4 });

/** Seconds a refused upload is told to wait before trying again: about one upload's processing time. */
export const UPLOAD_RETRY_AFTER_SECONDS = 10;
