// The `<remit-*>` tags in templates, with their props and events, checked by vue-tsc.
/// <reference types="@remit/widgets/vue" />
