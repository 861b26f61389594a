/** The bench's scenarios, in the order it runs them and the document lists them. */
export const SCENARIOS = [
  'connect',
  'storm',
  'rates',
  'words',
  'qa',
  'quiz',
  'ingest',
  'http',
  'restart',
  'client',
  'metrics',
  'cluster',
] as const;
export type ScenarioName = (typeof SCENARIOS)[number];

/**
 * What `npm run bench` runs unless told: all but the cluster, which needs
 * PostgreSQL and Redis and takes minutes of its own (`--cluster`).
 */
export const DEFAULT_SCENARIOS = SCENARIOS.filter((name) => name !== 'cluster');

/** The label of the cluster's figures and checks for one size: "cluster 4 processes". */
export const clusterLabel = (size: number) => `cluster ${size} process${size === 1 ? '' : 'es'}`;
