/**
 * The interface's own words: buttons, form labels and hints, status and error
 * messages, accessible names and landmark labels. What the site says to a
 * reader (page text, introductions, calls to action, the letter) is content,
 * and lives in `content/` where editors change it; these are the words of the
 * controls around it.
 *
 * One exported object per part of the site, so browser code bundles only the
 * part it imports (src/client/valueCalculator.ts takes `valueCalculatorText`,
 * not the form's labels in `valueFormText`). Words with a figure or a name in them are small
 * functions, so a translation can put the figure where its grammar needs it.
 *
 * A second language: copy this file to `strings.<lang>.ts`, translate every
 * value and keep every name; `satisfies typeof` from this file makes a
 * missing or misspelt label a type error there. Then choose the file by
 * `siteConfig.lang`.
 *
 * The search interface's words: `searchText` at the end of this file for
 * what the server draws, src/client/searchStrings.ts for what its script writes.
 */

/** Page chrome on every page: header, footer, breadcrumbs, skip link, theme. */
export const layoutText = {
  skipLink: 'Skip to main content',
  /** Before the date on a printed page, after its address. */
  printedOn: '· Printed',
  mainNav: 'Main',
  footerNav: 'Footer',
  breadcrumb: 'Breadcrumb',
  home: 'Home',
  benefits: 'Benefits',
  menu: 'Menu',
  theme: 'Theme',
  /** The theme menu's choices: follow the device's setting, or pin one. */
  themeChoices: { system: 'System', light: 'Light', dark: 'Dark' },
  onThisPage: 'On this page',
  lastReviewed: 'Last reviewed',
  editPage: 'Edit this page',
  draft: 'Draft: this page is visible only while editing (npm run dev). It is left out of the published site.',
  /** Before the publisher's name, or before "report a mistake", in the footer. */
  publisher: 'Publisher',
  reportMistake: 'Report a mistake',
} as const;

/** Parts of benefit, role and list pages that the layouts add around the content. */
export const pageText = {
  keyPoints: 'Key points',
  questions: 'Questions and answers',
  usefulFor: 'Useful for',
  relatedBenefits: 'Related benefits',
  previousAndNext: 'Previous and next benefit',
  previousBenefit: 'Previous benefit',
  nextBenefit: 'Next benefit',
  roleBenefitsHeading: 'The benefits that matter to you',
  /** Under that heading on a role page: how many benefits, and for whom. */
  roleBenefitsIntro: (count: number, audience: string) =>
    `${count === 1 ? 'One benefit' : `${count} benefits`} of membership, in the order the site explains them, and why each one matters to ${audience.toLowerCase()}.`,
  otherRoles: 'Pages for other roles',
  allBenefits: 'All benefits from A to Z',
  howToJoin: 'How to join',
  homePage: 'Home page',
  /** The kinds of `<Callout>`, said in words and not only shown by colour. */
  callout: { note: 'Note', tip: 'Tip', warning: 'Warning' },
} as const;

/** The audiences' names, by the ids in src/lib/content/audiences.ts. */
export const audienceNames = {
  students: 'Students',
  'new-professionals': 'New professionals',
  'support-staff': 'Support staff',
  managers: 'Managers',
  'trustees-and-volunteers': 'Trustees and volunteers',
} as const;

/** What the two tools share: their buttons' confirmations and the note shown without JavaScript. */
export const toolText = {
  copied: (what: string) => `Copied ${what} to the clipboard. You can paste it into an email or a document.`,
  copyRefused: 'Your browser did not let this page copy. The text is selected below: press Ctrl+C, or ⌘C on a Mac.',
  /** Before a field's error message, so it is heard as an error and not as a hint. */
  error: (message: string) => `Error: ${message}`,
} as const;

/** The membership value calculator's form (/value/), drawn on the server. */
export const valueFormText = {
  needsJavaScript:
    'The calculator needs JavaScript, which is off or still loading in your browser. You can do the same sums on paper:',
  needsJavaScriptLink: 'follow the steps below',
  formHeading: 'Your figures for one year',
  currency: 'Currency',
  membership: 'Membership',
  dues: 'Yearly dues',
  duesHint: 'What the association charges a year.',
  employer: 'Part your employer pays',
  employerHint: 'Leave empty if you pay it all.',
  itemsHeading: 'Events and publications',
  addItem: 'Add another item',
  itemLimit: (max: number) => `You have reached ${max} items, the most this calculator holds.`,
  clear: 'Clear all figures',
  /** The running total that stays in view at the foot of the screen on phones, as you type. */
  runningTotal: 'Net value so far',
  seeResult: 'See result',
  item: 'Item',
  kind: 'Type',
  name: 'Name (optional)',
  times: 'Times a year',
  timesHint: 'How often you go or buy.',
  /** The two prices of an item: through the association, and anywhere else. */
  member: 'Price through your association',
  memberHint: '0 if membership includes it.',
  other: 'Price elsewhere',
  otherHint: 'Without membership, or from a private provider.',
  remove: 'Remove',
  resultHeading: 'Your result',
  yourCost: 'Yearly cost to you',
  savings: 'Yearly savings',
  net: 'Net value',
  breakdownHeading: 'How it adds up',
  copy: 'Copy result as text',
  print: 'Print result',
  copyFallback: 'Your result as text',
} as const;

/** The membership value calculator's messages and result, written in the browser as the visitor types. */
export const valueCalculatorText = {
  item: (number: number) => `Item ${number}`,
  cleared: 'All figures cleared.',
  undoClear: 'Undo',
  restored: 'Your figures are back.',
  removeItem: (number: number) => `Remove item ${number}`,
  kinds: {
    conference: 'Conference',
    course: 'Course or workshop',
    webinar: 'Webinar',
    publication: 'Publication',
    other: 'Something else',
  },
  currencies: {
    USD: 'US dollar (USD)',
    CAD: 'Canadian dollar (CAD)',
    GBP: 'Pound sterling (GBP)',
    EUR: 'Euro (EUR)',
    AUD: 'Australian dollar (AUD)',
    NZD: 'New Zealand dollar (NZD)',
    INR: 'Indian rupee (INR)',
    ZAR: 'South African rand (ZAR)',
    JPY: 'Japanese yen (JPY)',
    CHF: 'Swiss franc (CHF)',
  },
  enterFigures: 'Enter your figures to see the result.',
  fixFields: (count: number) =>
    `Fix the ${count === 1 ? 'field' : `${count} fields`} marked with an error to see your result.`,
  forOneYear: (currency: string) => `For one year. Currency: ${currency}.`,
  breakdownDues: 'Dues',
  breakdownEmployer: 'Less what your employer pays',
  breakdownSaving: (item: string, times: number) => `Saving on ${item}${times === 1 ? '' : ` × ${times}`}`,
  /** Read out once typing pauses. */
  summary: (net: string, cost: string, savings: string) =>
    `Net value ${net} a year. Yearly cost to you ${cost}, yearly savings ${savings}.`,
  fieldsNeedFixing: (count: number) =>
    `${count === 1 ? 'One field needs' : `${count} fields need`} fixing before the result can show.`,
  copyWhat: 'your result',
  copyFixFirst: 'Fix the fields marked with an error first.',
  copyEnterFirst: 'Enter your figures first, then copy the result.',
  /** What the net value means. The sums count money only, so a loss says what they leave out. */
  netSaves: (amount: string) => `In these figures, membership saves you ${amount} a year more than it costs you.`,
  netCosts: (amount: string) =>
    `In these figures, membership costs you ${amount} a year more than it saves you in money. Some benefits have no price, such as the people you meet and a voice for libraries: weigh those before you decide.`,
  netEven: 'In these figures, membership saves you as much as it costs you.',
  errors: {
    notANumber: 'Enter a number, such as 120 or 120.50, with no letters.',
    negative: 'Enter an amount of 0 or more, without a minus sign.',
    tooBig: (max: string) => `Enter an amount no bigger than ${max}.`,
    wholeUnits: 'This currency has no smaller units: enter a whole number, such as 1200.',
    timesNegative: 'Enter 0 or more, without a minus sign.',
    timesNotWhole: 'Enter a whole number of times, such as 1 or 2.',
    timesTooMany: (max: number) => `Enter ${max} or fewer times a year.`,
    employerOverDues: 'This is more than the dues. Enter only the part of the dues your employer pays.',
    employerWithoutDues: 'Enter the yearly dues first: this is the part of them your employer pays.',
    otherMissing: 'Enter what it costs elsewhere, so the difference can be worked out.',
    memberMissing: 'Enter what it costs through your association. Enter 0 if membership includes it.',
    memberOverOther:
      'This is more than the price elsewhere, so going through your association saves nothing here. Check the two prices are the right way round, or leave this item out.',
    timesMissing: 'Enter how many times a year, such as 1.',
  },
  /** The result as plain text, to copy into an email or a note. */
  asText: {
    heading: 'What library association membership is worth to me, in a year',
    dues: 'Membership dues',
    employer: 'Paid by my employer',
    yourCost: 'Yearly cost to me',
    savingsHeading: 'Savings through the association:',
    noSavings: 'Savings through the association: none entered',
    item: (label: string, times: number, member: string, other: string, saving: string) =>
      `- ${label}, ${times === 1 ? '1 time' : `${times} times`} a year: ${member} through the association instead of ${other} elsewhere, saving ${saving}`,
    savings: 'Yearly savings',
    net: (amount: string) => `Net value: ${amount} a year`,
    workedOutWith: (url: string) => `Worked out with: ${url}`,
  },
} as const;

/** The letter to an employer's form (/make-the-case/), drawn on the server. The letter's own words are content. */
export const letterFormText = {
  needsJavaScript:
    'The letter form needs JavaScript, which is off or still loading in your browser. You can still use the template below:',
  needsJavaScriptLink: 'copy it and fill in the blanks in square brackets',
  formHeading: 'Your details',
  aboutYou: 'About you',
  name: 'Your name',
  role: 'Your role',
  roleHint: 'For example: library assistant.',
  library: 'Your library',
  manager: 'Who you are writing to',
  managerHint: 'Their name, as you would greet them.',
  asking: 'What you are asking for',
  askFor: 'Ask your employer to pay for',
  requests: {
    membership: 'Membership of the association',
    conference: 'A conference',
    course: 'A course or workshop',
  },
  association: 'Name of the association',
  associationHint: 'For example: the county library association.',
  event: 'Name of the conference or course',
  eventHint: 'Only for a conference or a course.',
  cost: 'What it costs',
  costHint: 'As the association gives it, for example the yearly dues. The value calculator can help.',
  reasons: 'The benefits that matter to you',
  bringBack: 'What you plan to bring back to your team',
  bringBackHint: 'Finish the sentence “I plan to …”, for example: share what I learn at a team meeting.',
  resultHeading: 'Your letter',
  output: 'The letter updates as you fill in the form. You can also change its words here.',
  edited: 'You changed the letter by hand, so the form no longer updates it.',
  rebuild: 'Rebuild the letter from the form',
  copy: 'Copy letter',
  print: 'Print letter',
  copyFallback: 'Your letter as text',
  download: 'Download as a text file',
} as const;

/** The letter's confirmations, written in the browser. */
export const letterText = {
  copyWhat: 'the letter',
  downloaded: (file: string) => `Downloaded the letter as ${file}.`,
} as const;

/**
 * The search dialog and page as the server draws them. What the search code
 * writes and says in the browser is in src/client/searchStrings.ts, so that
 * the tools' scripts, which share this module, do not carry it.
 */
export const searchText = {
  search: 'Search',
  /** The header's link to the A–Z list, where scripting is off and search cannot run. */
  searchFallback: 'Search: browse all benefits from A to Z',
  fieldLabel: 'Search the site',
  pageFieldLabel: 'Search for a word or topic',
  placeholder: 'Try: mentor, journals',
  loading: 'Loading search…',
  close: 'Close',
  closeWhat: 'search',
  browseBefore: 'Or',
  browseLink: 'browse all benefits from A to Z',
} as const;
