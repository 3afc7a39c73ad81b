// Layers of src/, lowest first; a folder may import only from itself and the folders listed for it.
// `npm run check:layers` (and CI) fails on an import that goes upwards or sideways, and on any
// import cycle between folders or between modules.
const layers = {
  core: [],
  report: ['core'],
  model: ['core', 'report'],
  rules: ['core', 'report', 'model'],
  structure: ['core', 'report', 'model', 'rules'],
  plan: ['core', 'report', 'model', 'rules', 'structure'],
  roles: ['core', 'report', 'model', 'rules', 'structure'],
  staffing: ['core', 'report', 'model', 'rules', 'structure'],
  parse: ['core', 'report', 'model', 'rules', 'plan'],
  samples: ['core', 'report', 'model', 'rules', 'structure', 'plan', 'roles', 'staffing'],
  vn: ['core', 'report', 'model', 'rules', 'structure', 'plan'],
  cli: ['core', 'report', 'model', 'rules', 'structure', 'plan', 'roles', 'staffing', 'parse', 'vn', 'samples'],
};

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-folder-cycle',
      severity: 'error',
      comment: 'Folders of src/ import each other in a cycle: move the shared piece down a layer.',
      scope: 'folder',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-module-cycle',
      severity: 'error',
      comment: 'Modules import each other in a cycle at run time (type-only imports are erased and left out).',
      from: { path: '^src/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    ...Object.entries(layers).map(([folder, below]) => ({
      name: `layer-${folder}`,
      severity: 'error',
      comment: `src/${folder} may import only from ${below.length > 0 ? below.map((name) => `src/${name}`).join(', ') : 'itself'} (layers in .dependency-cruiser.cjs).`,
      from: { path: `^src/${folder}/` },
      to: { path: '^src/', pathNot: `^src/(${[folder, ...below].join('|')})/` },
    })),
    {
      name: 'src-is-a-leaf',
      severity: 'error',
      comment: 'Library code never imports tests, bench, examples, scripts or data files outside src.',
      from: { path: '^src/' },
      to: { path: '^(tests|bench|examples|scripts|support|docs)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
