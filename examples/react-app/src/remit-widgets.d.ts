// The `<remit-*>` tags in JSX, with their props and `onremit-select`-style events.
/// <reference types="@remit/widgets/react" />
