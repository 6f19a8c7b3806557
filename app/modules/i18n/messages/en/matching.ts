const list = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`

export const matching = {
  bands: { strong: 'Strong fit', good: 'Good fit', possible: 'Possible fit' },
  /** The plain-language reasons of a match, naming the concrete terms. */
  reasons: {
    list,
    /** Cooperation and technology labels read as common nouns inside a sentence. */
    // A label's capital goes inside a sentence, unless its first word is an acronym ("NdFeB magnet scrap").
    inSentence: (label: string) =>
      /^[A-Z][a-z]*(\s|$|[^A-Za-z])/.test(label) && !/^[A-Z][a-z]*[A-Z]/.test(label)
        ? `${label[0]!.toLowerCase()}${label.slice(1)}`
        : label,
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
    theySupplyYouTake: ({ stream, details }: { stream: string; details: string[] }) =>
      `They supply ${stream}${details.length ? `, ${details.join(', ')}` : ''}; you take it.`,
    youSupplyTheyTake: ({ stream, details }: { stream: string; details: string[] }) =>
      `You supply ${stream}${details.length ? `, ${details.join(', ')}` : ''}; they take it.`,
    perYear: ({ tonnes }: { tonnes: string }) => `about ${tonnes} t a year`,
    fromPlaces: ({ places }: { places: string[] }) => `from ${list(places)}`,
    theirStreamCarries: ({ stream, items }: { stream: string; items: string[] }) =>
      `They supply ${stream}, which carries ${list(items)} that you work with.`,
    yourStreamCarries: ({ stream, items }: { stream: string; items: string[] }) =>
      `You supply ${stream}, which carries ${list(items)} that they work with.`,
    feedsWithFlow: ({ mine, theirs, items }: { mine: string; theirs: string; items: string[] }) =>
      `You ${mine} and they ${theirs}: your output (${list(items)}) can be their input.`,
    fedByWithFlow: ({ mine, theirs, items }: { mine: string; theirs: string; items: string[] }) =>
      `They ${theirs} and you ${mine}: their output (${list(items)}) can be your input.`,
    feedsWeakly: ({ mine, theirs }: { mine: string; theirs: string }) =>
      `You ${mine} and they ${theirs}, but nothing either names could pass from one to the other: a possible link only.`,
    fedByWeakly: ({ mine, theirs }: { mine: string; theirs: string }) =>
      `They ${theirs} and you ${mine}, but nothing either names could pass from one to the other: a possible link only.`,
    serves: ({ mine, theirs }: { mine: string; theirs: string }) =>
      `You ${mine}, which serves what they do (they ${theirs}).`,
    servedBy: ({ mine, theirs }: { mine: string; theirs: string }) =>
      `They ${theirs}, which serves what you do (you ${mine}).`,
    theyOffer: ({ items }: { items: string[] }) => `They offer ${list(items)}, which you seek.`,
    theySeek: ({ items }: { items: string[] }) => `They seek ${list(items)}, which you offer.`,
    likeYours: ({ roles, items }: { roles: string[]; items: string[] }) =>
      `Like you, they ${list(roles)}${items.length ? `, with ${list(items)}` : ''}.`,
    sharedMaterials: ({ items, strategic }: { items: string[]; strategic: string[] }) =>
      `You both work with ${list(items)}${strategic.length ? ` (EU strategic: ${list(strategic)}).` : '.'}`,
    sharedTechnologies: ({ items }: { items: string[] }) => `You both work on ${list(items)}.`,
    theirTechnologyContains: ({ technologies, items }: { technologies: string[]; items: string[] }) =>
      `Their ${list(technologies)} contain ${list(items)}, which you work with.`,
    yourTechnologyContains: ({ technologies, items }: { technologies: string[]; items: string[] }) =>
      `Your ${list(technologies)} contain ${list(items)}, which they work with.`,
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
    dismissed: 'Marked as not relevant: it will not be suggested again.',
    undo: 'Undo',
    restored: 'It may be suggested again.',
    dismissLegend: 'Why is it not relevant? (optional)',
    dismissReasons: {
      competitor: 'A competitor',
      wrong_material: 'Not our materials',
      wrong_region: 'Not our region',
      other: 'Another reason',
    },
    noReason: 'No reason given',
    confirmDismiss: 'Mark as not relevant',
    likeYoursTitle: 'Companies like yours',
    likeYoursIntro:
      'Much the same roles on the same materials, technologies or streams: more often competitors than partners, so never suggested above. Shown for your information.',
    dismissedTitle: ({ count }: { count: number }) => `Marked as not relevant (${count})`,
    noDismissed: 'Nothing marked as not relevant.',
    suggestAgain: 'Suggest again',
    dismissedOn: ({ date }: { date: string }) => `on ${date}`,
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
    askCentre: 'Ask the Centre for a three-way introduction',
    askedOn: ({ on }: { on: string }) => `You asked the Centre for a three-way introduction on ${on}.`,
    requestedSaved: 'Sent: Centre staff will contact you about the three-way introduction.',
  },
  leadRequest: {
    pageTitle: 'Three-way introduction',
    back: 'Third-country leads',
    heading: ({ market }: { market: string }) => `A three-way introduction in ${market}`,
    explain:
      'The EU-Japan Centre can introduce the three organisations below to one another and help you prepare a joint project in this market. Tell staff what you have in mind.',
    euSide: 'EU side',
    jpSide: 'Japanese side',
    localPartner: 'Local partner',
    alreadyAsked: ({ on }: { on: string }) =>
      `You asked on ${on}; staff have not handled it yet. Sending again replaces your message.`,
    handledBefore: ({ on }: { on: string }) =>
      `You asked on ${on} and staff handled it. Sending again opens a new request.`,
    message: 'What could the three of you do together?',
    messageHint: ({ min, max }: { min: number; max: number }) => `${min} to ${max} characters.`,
    submit: 'Ask the Centre',
    submitAgain: 'Send again',
    submitting: 'Sending…',
  },
}
