export const personalOnlyText =
  'I screen one patient at a time in a private chat, so that no one else’s answers mix with yours. Please open me as a personal app (or message me directly) to start a screening.';
