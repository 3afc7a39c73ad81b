export { validateStructure, type ValidateStructureOptions } from './validateStructure.js';
