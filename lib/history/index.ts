export * from './model';
export * from './migrate';
