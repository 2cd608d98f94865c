export * from './schema';
export * from './sites';
export * from './migrate';
