import { describe } from 'vitest';
import { MemoryConversationStore } from '../../src/webchat/memoryConversationStore';
import { conversationStoreContract } from './conversationStoreContract';

describe('MemoryConversationStore', () => {
  conversationStoreContract(async (limits, now) => ({ store: new MemoryConversationStore(now, limits), close: async () => undefined }));
});
