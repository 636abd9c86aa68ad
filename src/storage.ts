import { MemoryStorage, type Storage } from 'botbuilder';

/**
 * Where conversation state lives. Memory for now: a restart forgets open screenings, which also means no
 * patient data is kept at rest. A durable store (Azure Blob, Cosmos DB) plugs in here.
 */
export function createStorage(): Storage {
  return new MemoryStorage();
}
