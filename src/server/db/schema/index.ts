export * from './tenancy.js';
export * from './auth.js';
export * from './audit.js';
export * from './register.js';
export * from './classification.js';
export * from './actions.js';
export * from './engagement.js';
export * from './risk.js';
