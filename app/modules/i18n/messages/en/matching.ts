const list = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`

export const matching = {
  bands: { strong: 'Strong fit', good: 'Good fit', possible: 'Possible fit' },
  /** The plain-language reasons of a match, naming the concrete terms. */
  reasons: {
    list,
    /** Cooperation and technology labels read as common nouns inside a sentence. */
    inSentence: (label: string) => label.toLowerCase(),
    roleVerbs: {
      extraction: 'mine raw materials',
      refining: 'refine',
      materials: 'make advanced materials',
      components: 'make components and cells',
      'product-development': 'develop products',
      'process-development': 'develop processes and equipment',
      use: 'operate, repair and reuse products',
      collection: 'collect end-of-life products',
      dismantling: 'dismantle and pre-treat',
      recycling: 'recycle and recover secondary raw materials',
      research: 'do research',
      services: 'provide testing, certification, advice or finance',
    } as Record<string, string>,
    feeds: ({ mine, theirs }: { mine: string; theirs: string }) =>
      `You ${mine} and they ${theirs}: your output is their input.`,
    fedBy: ({ mine, theirs }: { mine: string; theirs: string }) =>
      `They ${theirs} and you ${mine}: their output is your input.`,
    serves: ({ mine, theirs }: { mine: string; theirs: string }) =>
      `You ${mine}, which serves what they do (they ${theirs}).`,
    servedBy: ({ mine, theirs }: { mine: string; theirs: string }) =>
      `They ${theirs}, which serves what you do (you ${mine}).`,
    theyOffer: ({ items }: { items: string[] }) => `They offer ${list(items)}, which you seek.`,
    theySeek: ({ items }: { items: string[] }) => `They seek ${list(items)}, which you offer.`,
    competitors: ({ roles }: { roles: string[] }) =>
      `You both ${list(roles)}: more likely competitors than partners.`,
    sharedMaterials: ({ items, strategic }: { items: string[]; strategic: string[] }) =>
      `You both work with ${list(items)}${strategic.length ? ` (EU strategic: ${list(strategic)}).` : '.'}`,
    sharedTechnologies: ({ items }: { items: string[] }) => `You both work on ${list(items)}.`,
    impliedMaterials: ({ items }: { items: string[] }) =>
      `Your technologies and their materials meet in ${list(items)}.`,
    sharedMarkets: ({ items }: { items: string[] }) => `You both target ${list(items)}.`,
    languages: ({ items }: { items: string[] }) => `You can work in ${list(items)}.`,
    bothTargetMarket: ({ market }: { market: string }) => `Both target ${market}.`,
    localPartner: 'A local organisation of that market is registered and named above.',
  },
  suggestions: {
    title: 'Suggested partners',
    notListedBefore: 'Suggestions appear once',
    notListedAfter: '’s profile is approved by the Centre.',
    seeStatus: 'See your profile’s status',
    end: '.',
    introBefore: 'Organisations that complement',
    introAfter: 'along the circular value chain, best first, with the reasons.',
    partners: 'EU-Japan partners',
    noneYet:
      'No suggestion yet. Adding materials, technologies and what you offer and seek to your profile helps.',
    local: 'Local partners in your target markets',
    noLocal: 'None yet for the markets you target.',
    request: 'Request an introduction',
    to: 'to',
    notRelevant: 'Not relevant',
    stopSuggesting: 'stop suggesting',
    dismissed: 'Dismissed: it will not be suggested again.',
  },
  leads: {
    pageTitle: 'Third-country leads',
    title: 'Third-country cooperation leads',
    intro:
      'EU and Japanese organisations that target the same third-country market with complementary roles, with a local partner where one is registered.',
    staffSees: 'As Centre staff you see every lead.',
    memberSees: 'You see the leads your organisation is part of.',
    brokeredSaved: 'Saved: the lead is marked as being brokered.',
    filters: { market: 'Market', material: 'Material', technology: 'Technology' },
    any: 'Any',
    show: 'Show leads',
    noMatch: 'No lead matches. Try another market, material or technology, or none.',
    noOrganisation:
      'Leads appear once your organisation has an approved profile that targets third-country markets.',
    local: '+ local:',
    whyBefore: 'Why they fit, seen from',
    whyAfter: ':',
    beingBrokered: 'Being brokered by the Centre',
    request: 'Request an introduction',
    to: 'to',
    introduce: 'Introduce them',
    and: 'and',
    updateNote: 'Update the brokering note',
    markBrokered: 'Mark as being brokered',
    note: 'Note for colleagues',
    save: 'Save',
  },
}
