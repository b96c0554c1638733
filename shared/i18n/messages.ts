/** A message whose wording depends on a count, by Intl.PluralRules category; `other` is the fallback. */
export interface Plural {
  one: string;
  other: string;
  many?: string;
}

/**
 * Every text jobalert shows a person, in one language. `{name}` marks a placeholder; each
 * locale's catalog must use the same placeholders as the English one (a unit test checks).
 */
export interface Messages {
  siteName: string;
  optional: string;
  quote: string;

  signupTitle: string;
  signupHeading: string;
  signupIntro: string;
  uiLanguageLabel: string;
  uiLanguageButton: string;
  emailLabel: string;
  languagesLabel: string;
  languagesHint: string;
  countriesLabel: string;
  countriesHint: string;
  multiSelectHint: string;
  filterPlaceholder: string;
  selectedCount: Plural;
  noMatches: string;
  removeChoice: string;
  remoteLabel: string;
  remoteHint: string;
  keywordsLabel: string;
  keywordsHint: string;
  excludeKeywordsLabel: string;
  excludeKeywordsHint: string;
  excludeCompaniesLabel: string;
  excludeCompaniesHint: string;
  frequencyLabel: string;
  frequencyInstant: string;
  frequencyDaily: string;
  frequencyWeekly: string;
  hourLabel: string;
  hourHint: string;
  submit: string;
  errorSummaryHeading: string;

  checkInboxTitle: string;
  checkInboxBody: string;
  yourAddress: string;
  checkInboxSpam: string;
  signUpAgain: string;

  confirmedTitle: string;
  confirmedWhat: string;
  confirmedWhatWhen: string;
  whenInstant: string;
  whenDaily: string;
  whenWeekly: string;
  confirmedFooter: string;

  unsubscribeTitle: string;
  unsubscribeHeading: string;
  unsubscribeBody: string;
  unsubscribeButton: string;
  unsubscribedTitle: string;
  unsubscribedBody: string;
  unsubscribedAgain: string;
  createNewAlert: string;

  errorNotFound: string;
  errorInvalid: string;
  errorTooMany: string;
  errorServer: string;
  errorGeneric: string;
  errorBack: string;
  errorCode: string;

  criteriaNeed: string;
  criteriaIn: string;
  criteriaInOrRemote: string;
  criteriaRemote: string;
  criteriaMentioning: string;
  criteriaNotMentioning: string;
  criteriaNotAt: string;

  subjectOneLanguage: Plural;
  subjectLanguages: Plural;
  whereIn: string;
  whereInOrRemote: string;
  whereRemote: string;

  yourAlert: string;
  languagesRequired: string;
  posted: string;
  why: string;
  oneOf: string;
  /** A level an ad states in words (CEFR levels are shown as written). */
  levelBasic: string;
  levelIntermediate: string;
  levelGood: string;
  levelFluent: string;
  levelNative: string;
  moreJobs: Plural;
  notRelevant: string;
  manageAlert: string;
  footerWhy: string;
  ourSite: string;
  unsubscribeLink: string;
  unsubscribeLine: string;
  unsubscribeText: string;

  reasonSpeak: string;
  /** For a posting that states no language and matched on its own: "the ad is in Danish". */
  reasonAdIn: string;
  reasonIn: string;
  reasonRemoteWithin: string;
  reasonRemoteAnywhere: string;
  reasonKeywords: Plural;

  placeRemote: string;
  placeRemoteIn: string;
  placeNotStated: string;
  policyRemote: string;
  policyHybrid: string;
  policyOnsite: string;
  regionEU: string;
  regionEEA: string;
  regionEurope: string;
  regionWorldwide: string;
  regionEMEA: string;
  regionDACH: string;
  regionNordics: string;
  regionLATAM: string;
  regionNorthAmerica: string;
  regionAmericas: string;
  regionAPAC: string;
  regionTimeZones: string;
  regionAndMore: string;

  confirmSubject: string;
  confirmAsked: string;
  confirmNothingUntil: string;
  confirmButton: string;
  confirmOrOpen: string;
  confirmValid: string;
  confirmTextLead: string;
  confirmIgnore: string;
  /** The ad's own words for the requirement that matched: "the ad says “Fluent Norwegian required”". */
  reasonAdSays: string;
}
