/** What recovery.ts and its client processes (client-worker.ts) say to each other over IPC. */
export type ToWorker =
  | {
      type: 'start';
      url: string;
      code: string;
      count: number;
      pollId: number;
      optionIds: number[];
      perSecond: number;
    }
  | { type: 'expect'; total: number; counts: number[] }
  | { type: 'mark'; at: number }
  | { type: 'stop' };

export type FromWorker =
  | { type: 'ready'; connected: number; counts: number[]; failures: string[] }
  | {
      type: 'back';
      /** Per socket: ms from the kill to its first welcome after it. */
      welcomeAfterMs: number[];
      /** Every connection attempt after the kill, as ms from the kill. */
      attemptsAfterMs: number[];
      /** Welcomes whose myVotes or tally did not show the stored votes. */
      mismatches: string[];
    };
