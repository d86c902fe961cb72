/** What the data host's page and its worker say to each other (both sides are ours). */
import type { PackInputs } from '../../engine/packs/index.ts';
import type { DatasetRequest } from '../../utils/protocol.ts';

export type ToWorker = { id: number; request: DatasetRequest } | { packs: PackInputs };
export interface FromWorker {
  id: number;
  response: unknown;
}
