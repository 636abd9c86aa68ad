// Unset and empty are the same thing: `.env` files and deployment slots write `NAME=` for "not set".
export function blankAsUndefined(value: unknown): unknown {
  return typeof value === 'string' && value.trim() === '' ? undefined : value;
}
