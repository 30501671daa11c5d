// Worker settings a command line shows before the queue (pg-boss) is loaded.
/** Jobs a worker takes at once and stores in one transaction. */
export const DEFAULT_BATCH = 8;
