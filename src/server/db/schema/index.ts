export * from './tenancy.js';
export * from './auth.js';
export * from './audit.js';
