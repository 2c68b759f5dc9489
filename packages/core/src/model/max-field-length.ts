/**
 * The longest text a reader keeps from one field: a CSV cell or a Plan JSON
 * string. A plan's fields are short; a longer one keeps its first this many
 * characters, with a warning.
 */
export const MAX_FIELD_LENGTH = 100_000;
