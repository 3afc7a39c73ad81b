export * from './kyAnhTown2018.js';
export * from './kyAnhLocalRules.js';
export * from './camPhaCity2020.js';
export * from './kyAnhPlan2019.js';
export * from './quangNinhRolesRules.js';
