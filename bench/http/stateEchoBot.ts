import { ActivityHandler, ConversationState, MemoryStorage, type TurnContext } from 'botbuilder';

/** The echo bot plus what any conversation needs: its state read and written back every turn. */
export class StateEchoBot extends ActivityHandler {
  private readonly state = new ConversationState(new MemoryStorage());
  private readonly turns = this.state.createProperty<number>('turns');

  constructor() {
    super();
    this.onMessage(async (context, next) => {
      const turn = (await this.turns.get(context, 0)) + 1;
      await this.turns.set(context, turn);
      await context.sendActivity(`echo ${turn}: ${context.activity.text ?? ''}`);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    await super.run(context);
    await this.state.saveChanges(context, false);
  }
}
