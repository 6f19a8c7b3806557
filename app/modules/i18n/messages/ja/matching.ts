import type { Messages } from '..'

const list = (items: string[]) => items.join('、')

export const matching: Messages['matching'] = {
  bands: { strong: '相性：高い', good: '相性：良い', possible: '相性：可能性あり' },
  reasons: {
    list,
    inSentence: (label) => label,
    roleVerbs: {
      extraction: '原材料の採掘',
      refining: '精錬',
      materials: '先端素材の製造',
      components: '部品・セルの製造',
      'product-development': '製品開発',
      'process-development': 'プロセス・装置の開発',
      use: '製品の運用・修理・再利用',
      collection: '使用済み製品の回収',
      dismantling: '解体・前処理',
      recycling: 'リサイクルと二次原料の回収',
      research: '研究',
      services: '試験・認証・助言・金融サービス',
    },
    theySupplyYouTake: ({ stream, details }) =>
      `相手は${stream}を供給しており${details.length ? `（${details.join('、')}）` : ''}、貴社はそれを受け入れています。`,
    youSupplyTheyTake: ({ stream, details }) =>
      `貴社は${stream}を供給しており${details.length ? `（${details.join('、')}）` : ''}、相手はそれを受け入れています。`,
    perYear: ({ tonnes }) => `年間約${tonnes}トン`,
    fromPlaces: ({ places }) => `${list(places)}から`,
    theirStreamCarries: ({ stream, items }) =>
      `相手が供給する${stream}には、貴社が扱う${list(items)}が含まれます。`,
    yourStreamCarries: ({ stream, items }) =>
      `貴社が供給する${stream}には、相手が扱う${list(items)}が含まれます。`,
    feedsWithFlow: ({ mine, theirs, items }) =>
      `貴社は${mine}、相手は${theirs}を行っており、貴社のアウトプット（${list(items)}）が相手のインプットになり得ます。`,
    fedByWithFlow: ({ mine, theirs, items }) =>
      `相手は${theirs}、貴社は${mine}を行っており、相手のアウトプット（${list(items)}）が貴社のインプットになり得ます。`,
    feedsWeakly: ({ mine, theirs }) =>
      `貴社は${mine}、相手は${theirs}を行っていますが、一方から他方へ渡せるものは登録されていません（可能性のあるつながりのみ）。`,
    fedByWeakly: ({ mine, theirs }) =>
      `相手は${theirs}、貴社は${mine}を行っていますが、一方から他方へ渡せるものは登録されていません（可能性のあるつながりのみ）。`,
    serves: ({ mine, theirs }) => `貴社の${mine}は、相手の事業（${theirs}）に役立ちます。`,
    servedBy: ({ mine, theirs }) => `相手の${theirs}は、貴社の事業（${mine}）に役立ちます。`,
    theyOffer: ({ items }) => `貴社が求める${list(items)}を、相手は提供しています。`,
    theySeek: ({ items }) => `貴社が提供する${list(items)}を、相手は求めています。`,
    likeYours: ({ roles, items }) =>
      `貴社と同じく、相手も${list(roles)}を行っています${items.length ? `（${list(items)}）` : ''}。`,
    sharedMaterials: ({ items, strategic }) =>
      `両社とも${list(items)}を扱っています${strategic.length ? `（EU 戦略的原材料：${list(strategic)}）` : ''}。`,
    sharedTechnologies: ({ items }) => `両社とも${list(items)}に取り組んでいます。`,
    theirTechnologyContains: ({ technologies, items }) =>
      `相手の${list(technologies)}には、貴社が扱う${list(items)}が含まれます。`,
    yourTechnologyContains: ({ technologies, items }) =>
      `貴社の${list(technologies)}には、相手が扱う${list(items)}が含まれます。`,
    sharedMarkets: ({ items }) => `両社とも${list(items)}を対象市場としています。`,
    languages: ({ items }) => `${list(items)}で仕事ができます。`,
    bothTargetMarket: ({ market }) => `両社とも${market}を対象市場としています。`,
    localPartner: 'その市場の現地組織が登録されています（上記）。',
  },
  suggestions: {
    title: 'おすすめのパートナー',
    notListedBefore: '',
    notListedAfter: 'のプロフィールがセンターに承認されると、おすすめが表示されます。',
    seeStatus: 'プロフィールの状況を見る',
    end: '',
    introBefore: '循環型バリューチェーンにおいて',
    introAfter: 'を補完する組織を、相性の高い順に理由とともに表示します。',
    partners: 'EU・日本のパートナー',
    noneYet:
      'まだおすすめはありません。プロフィールに素材、技術、提供できること・求めていることを追加すると見つかりやすくなります。',
    local: '対象市場の現地パートナー',
    noLocal: '対象市場の現地パートナーはまだいません。',
    request: '紹介を依頼',
    to: '相手：',
    notRelevant: '関係なし',
    stopSuggesting: '今後おすすめしない組織',
    dismissed: '「関係なし」にしました。今後おすすめされることはありません。',
    undo: '元に戻す',
    restored: '再びおすすめされるようになりました。',
    dismissLegend: '関係ない理由（任意）',
    dismissReasons: {
      competitor: '競合企業',
      wrong_material: '扱う素材が違う',
      wrong_region: '地域が違う',
      other: 'その他',
    },
    noReason: '理由なし',
    confirmDismiss: '「関係なし」にする',
    likeYoursTitle: '貴社と似た企業',
    likeYoursIntro:
      '同じ素材・技術・ストリームでほぼ同じ役割を担う企業です。パートナーより競合であることが多いため、上のおすすめには含めていません。参考として表示しています。',
    dismissedTitle: ({ count }) => `「関係なし」にした組織（${count}）`,
    noDismissed: '「関係なし」にした組織はありません。',
    suggestAgain: '再びおすすめする',
    dismissedOn: ({ date }) => `${date}`,
  },
  leads: {
    pageTitle: '第三国での協力案件',
    title: '第三国での協力案件',
    intro:
      '同じ第三国市場を対象とし、役割が補完し合う EU と日本の組織の組み合わせです。現地の組織が登録されていれば、現地パートナーも表示します。',
    staffSees: 'センタースタッフはすべての案件を閲覧できます。',
    memberSees: '貴組織が含まれる案件が表示されます。',
    brokeredSaved: '保存しました。この案件を仲介中としました。',
    filters: { market: '市場', material: '素材', technology: '技術' },
    any: 'すべて',
    show: '案件を表示',
    noMatch: '該当する案件はありません。別の市場・素材・技術を選ぶか、条件を外してください。',
    noOrganisation: '第三国市場を対象とする承認済みのプロフィールがあると、案件が表示されます。',
    local: '＋ 現地：',
    whyBefore: '',
    whyAfter: 'から見た相性の理由：',
    beingBrokered: 'センターが仲介中',
    request: '紹介を依頼',
    to: '相手：',
    introduce: '両者を紹介する',
    and: 'と',
    updateNote: '仲介メモを更新',
    markBrokered: '仲介中にする',
    note: '同僚向けメモ',
    save: '保存',
    askCentre: 'センターに3者紹介を依頼',
    askedOn: ({ on }) => `${on}にセンターへ3者紹介を依頼しました。`,
    requestedSaved: '送信しました。3者紹介についてセンタースタッフからご連絡します。',
  },
  leadRequest: {
    pageTitle: '3者紹介',
    back: '第三国での協力案件',
    heading: ({ market }) => `${market}での3者紹介`,
    explain:
      '日欧産業協力センターが、以下の3組織を互いに紹介し、この市場での共同プロジェクトの準備をお手伝いします。お考えの内容をスタッフにお伝えください。',
    euSide: 'EU側',
    jpSide: '日本側',
    localPartner: '現地パートナー',
    alreadyAsked: ({ on }) =>
      `${on}に依頼済みで、まだ対応されていません。再送信するとメッセージが置き換わります。`,
    handledBefore: ({ on }) => `${on}に依頼し、スタッフが対応しました。再送信すると新しい依頼になります。`,
    message: '3社で何ができそうですか？',
    messageHint: ({ min, max }) => `${min}〜${max}文字。`,
    submit: 'センターに依頼',
    submitAgain: '再送信',
    submitting: '送信中…',
  },
}
