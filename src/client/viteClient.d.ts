/*
 * What Vite adds for code it bundles: import.meta.env and imports such as
 * `?worker&url` and `?raw`. Only these: the browser code must not see Node's types.
 */
/// <reference types="vite/client" />
