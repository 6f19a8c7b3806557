/**
 * The material streams of the demo organisations: what leaves their sites and what they take in, with
 * quantities and places where a company of that kind would state them. Organisations that handle no
 * material themselves (an investment fund, advisers) have none, as many real profiles will not.
 */
type DemoStream = string | { stream: string; tonnesPerYear?: number; note?: string; countries?: string[] }
export type DemoStreams = { supplies?: DemoStream[]; takes?: DemoStream[] }

export const demoStreams: Record<string, DemoStreams> = {
  'nordic-battery-loop': {
    takes: [
      { stream: 'eol-ev-batteries', tonnesPerYear: 5000, countries: ['SE', 'FI', 'NO', 'DK'] },
      'eol-portable-batteries',
    ],
    supplies: [
      { stream: 'black-mass', tonnesPerYear: 2000, countries: ['SE'], note: 'dry, from NMC packs' },
      { stream: 'nickel-cobalt-sulphate', tonnesPerYear: 800, countries: ['SE'] },
      { stream: 'lithium-carbonate-hydroxide', tonnesPerYear: 150, note: 'technical-grade carbonate' },
    ],
  },
  'iberia-lithium-refining': {
    takes: [
      {
        stream: 'lithium-carbonate-hydroxide',
        tonnesPerYear: 3000,
        note: 'recycled technical-grade carbonate',
      },
    ],
    supplies: [
      {
        stream: 'lithium-carbonate-hydroxide',
        tonnesPerYear: 20000,
        countries: ['ES'],
        note: 'battery-grade hydroxide',
      },
    ],
  },
  'cathode-materials-belgium': {
    takes: [
      { stream: 'nickel-cobalt-sulphate', tonnesPerYear: 15000 },
      { stream: 'lithium-carbonate-hydroxide', tonnesPerYear: 6000 },
      { stream: 'cell-production-scrap', note: 'closed loop with our cell customers' },
    ],
  },
  'batterie-zweites-leben': {
    takes: [
      { stream: 'eol-ev-batteries', tonnesPerYear: 300, note: 'packs with at least 70 % state of health' },
    ],
    supplies: [
      { stream: 'eol-ev-batteries', tonnesPerYear: 200, countries: ['DE'], note: 'after second life' },
    ],
  },
  'polska-recykling-baterii': {
    takes: ['eol-portable-batteries', { stream: 'eol-ev-batteries', countries: ['PL', 'CZ', 'SK'] }],
    supplies: [
      { stream: 'black-mass', tonnesPerYear: 1200, countries: ['PL'] },
      { stream: 'printed-circuit-boards', tonnesPerYear: 150 },
    ],
  },
  'solid-state-cells-france': {
    supplies: [{ stream: 'cell-production-scrap', tonnesPerYear: 20, countries: ['FR'] }],
    takes: [{ stream: 'lithium-carbonate-hydroxide', note: 'battery grade, small lots' }],
  },
  'sodium-ion-energy-fi': {
    supplies: [{ stream: 'cell-production-scrap', tonnesPerYear: 10, countries: ['FI'] }],
  },
  magnetkreis: {
    takes: [
      { stream: 'ndfeb-scrap', tonnesPerYear: 500, note: 'sintered swarf and rejects' },
      { stream: 'eol-motors-magnets', tonnesPerYear: 300 },
      'rare-earth-oxides',
    ],
  },
  'estonian-rare-earths': {
    takes: [{ stream: 'ndfeb-scrap', tonnesPerYear: 800 }],
    supplies: [{ stream: 'rare-earth-oxides', tonnesPerYear: 1000, countries: ['EE'], note: 'NdPr oxide' }],
  },
  'vindkraft-service-dk': {
    supplies: [
      {
        stream: 'eol-motors-magnets',
        tonnesPerYear: 120,
        countries: ['DK', 'DE'],
        note: 'direct-drive generator magnets',
      },
    ],
  },
  'motori-circolari': { supplies: [{ stream: 'eol-motors-magnets', tonnesPerYear: 60, countries: ['IT'] }] },
  'eco-design-turbines-nl': {
    supplies: [
      {
        stream: 'eol-motors-magnets',
        tonnesPerYear: 40,
        countries: ['NL'],
        note: 'from repowering projects',
      },
    ],
  },
  'pv-cycle-austria': { takes: [{ stream: 'eol-pv-panels', tonnesPerYear: 8000, countries: ['AT', 'DE'] }] },
  'gallium-germanium-hu': {
    takes: [{ stream: 'ga-in-ge-residues', tonnesPerYear: 300 }, 'printed-circuit-boards'],
  },
  'hydrogen-stack-portugal': {
    supplies: [{ stream: 'spent-electrolyser-stacks', tonnesPerYear: 5, countries: ['PT'] }],
  },
  'pgm-recovery-czech': {
    takes: [
      { stream: 'spent-automotive-catalysts', tonnesPerYear: 1500 },
      'spent-chemical-catalysts',
      'eol-fuel-cells',
      'spent-electrolyser-stacks',
    ],
  },
  'fuel-cell-ireland': { supplies: [{ stream: 'eol-fuel-cells', tonnesPerYear: 2, note: 'test stacks' }] },
  'electronics-recycling-sk': {
    takes: [{ stream: 'mixed-weee', tonnesPerYear: 10000, countries: ['SK', 'CZ', 'HU'] }],
    supplies: [
      { stream: 'printed-circuit-boards', tonnesPerYear: 900, countries: ['SK'] },
      { stream: 'eol-portable-batteries', tonnesPerYear: 60 },
    ],
  },
  'process-engineering-slovenia': {
    takes: [{ stream: 'black-mass', tonnesPerYear: 50, note: 'for pilot trials' }],
  },
  'testing-lab-lux': {
    takes: [{ stream: 'eol-ev-batteries', tonnesPerYear: 10, note: 'modules for safety testing' }],
  },
  'greek-bauxite-alumina': {
    supplies: [
      {
        stream: 'ga-in-ge-residues',
        tonnesPerYear: 200,
        countries: ['GR'],
        note: 'gallium from Bayer liquor',
      },
    ],
  },
  'research-institute-nl': {
    takes: [{ stream: 'ndfeb-scrap', tonnesPerYear: 1, note: 'research quantities' }],
  },
  'tokyo-rare-metals': {
    takes: [
      { stream: 'black-mass', tonnesPerYear: 3000 },
      'spent-automotive-catalysts',
      'printed-circuit-boards',
    ],
    supplies: [{ stream: 'nickel-cobalt-sulphate', tonnesPerYear: 2000, countries: ['JP'] }],
  },
  'osaka-cell-works': {
    supplies: [{ stream: 'cell-production-scrap', tonnesPerYear: 1500, countries: ['JP'] }],
  },
  'nagoya-magnet-technology': {
    supplies: [{ stream: 'ndfeb-scrap', tonnesPerYear: 300, countries: ['JP'], note: 'grinding swarf' }],
    takes: [{ stream: 'rare-earth-oxides', tonnesPerYear: 800 }],
  },
  'kyushu-dismantling': {
    supplies: [
      { stream: 'eol-ev-batteries', tonnesPerYear: 2500, countries: ['JP'] },
      { stream: 'eol-motors-magnets', tonnesPerYear: 400, countries: ['JP'] },
      'printed-circuit-boards',
    ],
  },
  'sendai-materials-lab': {
    takes: [{ stream: 'ndfeb-scrap', tonnesPerYear: 1, note: 'research quantities' }],
  },
  'yokohama-hydrogen-systems': {
    supplies: [
      { stream: 'eol-fuel-cells', tonnesPerYear: 20, countries: ['JP'] },
      'spent-electrolyser-stacks',
    ],
  },
  'kobe-process-engineering': {
    takes: [
      { stream: 'black-mass', tonnesPerYear: 20, note: 'pilot plant' },
      { stream: 'ndfeb-scrap', tonnesPerYear: 5, note: 'pilot plant' },
    ],
  },
  'hokkaido-solar-recycle': { takes: [{ stream: 'eol-pv-panels', tonnesPerYear: 5000, countries: ['JP'] }] },
  'japan-power-devices': {
    supplies: [
      { stream: 'ga-in-ge-residues', tonnesPerYear: 30, countries: ['JP'], note: 'GaN wafer scrap' },
    ],
  },
  'japan-catalyst-trading': {
    supplies: [
      { stream: 'spent-automotive-catalysts', tonnesPerYear: 600, countries: ['JP'] },
      'spent-chemical-catalysts',
    ],
  },
  'shizuoka-motor-reman': {
    takes: [{ stream: 'eol-motors-magnets', note: 'motor cores for remanufacturing' }],
    supplies: [
      { stream: 'ndfeb-scrap', tonnesPerYear: 40, countries: ['JP'], note: 'magnets that cannot be reused' },
    ],
  },
  'sulawesi-nickel': {
    supplies: [{ stream: 'mixed-hydroxide-precipitate', tonnesPerYear: 40000, countries: ['ID'] }],
  },
  'atacama-lithium': {
    supplies: [
      {
        stream: 'lithium-carbonate-hydroxide',
        tonnesPerYear: 25000,
        countries: ['CL'],
        note: 'battery-grade carbonate',
      },
    ],
  },
  'katanga-cobalt-recycling': {
    takes: [{ stream: 'eol-portable-batteries', countries: ['CD', 'ZM'] }],
    supplies: [
      {
        stream: 'mixed-hydroxide-precipitate',
        tonnesPerYear: 3000,
        countries: ['CD'],
        note: 'cobalt hydroxide',
      },
    ],
  },
  'bangalore-e-waste': {
    takes: [{ stream: 'mixed-weee', tonnesPerYear: 20000, countries: ['IN'] }],
    supplies: [
      { stream: 'printed-circuit-boards', tonnesPerYear: 1800, countries: ['IN'] },
      { stream: 'black-mass', tonnesPerYear: 400, countries: ['IN'] },
    ],
  },
  'morocco-phosphate-rare-earths': {
    supplies: [
      {
        stream: 'rare-earth-oxides',
        tonnesPerYear: 300,
        note: 'mixed rare-earth concentrate recovered from phosphogypsum',
        countries: ['MA'],
      },
    ],
  },
  'vietnam-rare-earth': {
    supplies: [{ stream: 'rare-earth-oxides', tonnesPerYear: 2000, countries: ['VN'] }],
  },
  'serbia-copper-circular': {
    takes: ['printed-circuit-boards', { stream: 'eol-pv-panels', note: 'CdTe thin-film panels' }],
  },
  'saudi-green-hydrogen': {
    supplies: [{ stream: 'spent-electrolyser-stacks', tonnesPerYear: 30, countries: ['SA'] }],
  },
  'canada-cobalt-refinery': {
    takes: [
      { stream: 'black-mass', tonnesPerYear: 5000, countries: ['CA', 'US'] },
      'mixed-hydroxide-precipitate',
    ],
    supplies: [{ stream: 'nickel-cobalt-sulphate', tonnesPerYear: 4000, countries: ['CA'] }],
  },
  'kazakh-tungsten': {
    takes: [
      {
        stream: 'tungsten-carbide-scrap',
        tonnesPerYear: 1200,
        countries: ['DE', 'AT', 'JP'],
        note: 'inserts and drills, back to APT by chemical processing',
      },
    ],
  },
  'australia-critical-minerals': {
    supplies: [
      { stream: 'lithium-ore-concentrate', tonnesPerYear: 200000, countries: ['AU'], note: 'SC6, 6% Li2O' },
    ],
  },
  'ukraine-titanium': {
    takes: [
      {
        stream: 'titanium-scrap',
        tonnesPerYear: 2000,
        countries: ['UA', 'PL', 'DE'],
        note: 'clean solids and turnings, melted with sponge',
      },
    ],
  },
  'brazil-niobium': {
    supplies: [
      {
        stream: 'niobium-oxide',
        tonnesPerYear: 3000,
        countries: ['BR'],
        note: 'battery-grade Nb2O5 for anodes',
      },
    ],
  },
}
