export * from './decode-bytes.js';
