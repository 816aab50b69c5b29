import type { rounds as fr } from '../fr/rounds.js';

export const rounds: typeof fr = {
  list: {
    title: 'Participatory budget',
    intro:
      'Part of the fund pays for projects that residents propose and then choose. Share your ideas, then vote for the ones you like best.',
    newRound: 'New round',
    empty: 'No rounds yet. Come back soon!',
    results: 'See the results',
  },
  phases: {
    upcoming: 'Coming soon',
    proposals: 'Open for proposals',
    review: 'Projects under review',
    voting: 'Voting open',
    results: 'Results published',
    closed: 'Closed',
  },
  now: {
    upcoming: (date: string) => `Proposals open on ${date}.`,
    proposals: (date: string) => `Propose your projects until ${date}.`,
    review: (date: string) => `The coordinators are reviewing the projects until ${date}.`,
    voting: (date: string) => `Vote until ${date}.`,
    results: (date: string) => `Voting is over: the results are out. The round ends on ${date}.`,
    closed: (date: string) => `This round ended on ${date}.`,
  },
  next: {
    upcoming: (date: string) => `Voting starts on ${date}.`,
    proposals: (date: string) =>
      `Then the coordinators review the projects, and voting starts on ${date}.`,
    review: (date: string) => `Then voting starts on ${date}.`,
    voting: (date: string) =>
      `You can change your vote until the end. The results will be published on ${date}.`,
  },
  phaseLabel: 'Step: ',
  envelopeSplit: (parts: string[]) => `Shared out as: ${parts.join('; ')}.`,
  envelopeShare: (commune: string, amount: string) => `${amount} for ${commune}`,
  envelope: (amount: string) => `Budget: ${amount}`,
  method: {
    approval: (max: number) =>
      max === 1
        ? 'Voting: each person chooses 1 project.'
        : `Voting: each person chooses up to ${max} projects.`,
    knapsack: 'Voting: each person puts together a set of projects that fits in the budget.',
  },
  communes: (names: string) => `For residents of: ${names}.`,
  timeline: {
    title: 'The calendar',
    current: '(current step)',
    proposals: (from: string, to: string) => `Proposals: from ${from} to ${to}`,
    review: (from: string, to: string) => `Review by the coordinators: from ${from} to ${to}`,
    voting: (from: string, to: string) => `Voting: from ${from} to ${to}`,
    results: (from: string) => `Results: published on ${from}`,
    closed: (from: string) => `End of the round: ${from}`,
  },
  detail: {
    fallbackTitle: 'Round',
    back: 'All rounds',
    proposalsTitle: (count: number) => `Proposed projects (${count})`,
    proposalsEmpty: 'No projects proposed yet.',
    proposalsEmptyOpen: 'No projects proposed yet. Be the first!',
    setAsideTitle: (count: number) => `Projects set aside at review (${count})`,
    signInTo: 'Sign in to take part',
    notEligible: (names: string) =>
      `Only residents of these communes take part in this round: ${names}.`,
  },
  proposal: {
    open: 'Propose a project',
    submit: 'Propose a project',
    intro: 'Describe your idea simply. You can change it until the review starts.',
    title: 'Project title',
    titleHint: 'A few words, for example “Tools for the repair café”.',
    description: 'Description',
    descriptionHint: 'What the project is for, who it is for, and how.',
    commune: 'Commune of the project',
    kind: 'Kind of workshop',
    cost: 'Estimated cost (€)',
    costHint: 'An amount in euros, for example 1200.50.',
    sent: (title: string) => `Thank you! Your project “${title}” is proposed.`,
    edit: 'Edit my project',
    save: 'Save changes',
    saved: 'Your changes are saved.',
    mine: 'Your project',
    errors: {
      title: 'Give a title of at least 3 characters.',
      description: 'Describe the project in a few words.',
      cost: 'Give an amount in euros, for example 1200.50.',
      commune: 'Choose one of the round’s communes.',
      kind: 'Choose a kind of workshop.',
    },
  },
  status: {
    pending: 'Awaiting review',
    unreviewed: 'Not reviewed',
    feasible: 'Feasible',
    notFeasible: 'Not doable',
  },
  cost: (amount: string) => `Cost: ${amount}`,
  facts: (parts: string[]) => parts.join(' · '),
  costAdjusted: (amount: string, estimate: string) =>
    `Reviewed cost: ${amount} (estimated at ${estimate})`,
  reviewReason: (reason: string) => `The coordinators’ opinion: ${reason}`,
  costNote: (note: string) => `About the cost: ${note}`,
  review: {
    legend: 'Your opinion on this project',
    reason: 'Reason',
    reasonHint: 'Everyone can read it: explain your opinion in one sentence.',
    adjustedCost: 'Reviewed cost (€)',
    adjustedCostHint: (amount: string) =>
      `Only if the cost changes. Leave empty to keep ${amount}.`,
    costNote: 'Note on the cost',
    costNoteHint: 'Why the cost changes (required if you change it).',
    feasible: 'Feasible',
    notFeasible: 'Not doable',
    change: 'Change my opinion',
    saved: (verdict: string) => `Opinion saved: ${verdict}.`,
    errors: {
      reason: 'Give a reason: everyone will be able to read it.',
      cost: 'Give an amount in euros, for example 1200.50, or leave it empty.',
      costNote: 'Say in a few words why the cost changes.',
    },
  },
  ballot: {
    title: 'Your vote',
    approvalIntro: (max: number) =>
      max === 1
        ? 'Tick the project you like best.'
        : `Tick the projects you like best, up to ${max}.`,
    knapsackIntro: 'Tick the projects you want to fund: their total cost must fit in the budget.',
    chosen: (count: number, max: number) =>
      max === 1 ? `${count} of ${max} project chosen` : `${count} of ${max} projects chosen`,
    left: (left: string, envelope: string) => `${left} left of ${envelope}`,
    leftIn: (commune: string, left: string, envelope: string) =>
      `${commune}: ${left} left of ${envelope}`,
    tooMany: (max: number) =>
      `You have already chosen ${max} project${max > 1 ? 's' : ''}: untick one to choose this one.`,
    tooExpensive: (missing: string) =>
      `Does not fit in what is left of the budget (${missing} short). Untick another project to choose it.`,
    tooExpensiveIn: (commune: string, missing: string) =>
      `Does not fit in what is left of ${commune}’s budget (${missing} short).`,
    save: 'Save my vote',
    saved: (date: string) => `Thank you! Your vote is saved. You can change it until ${date}.`,
    savedAt: (at: string, until: string) =>
      `Your vote has been saved since ${at}. You can change it until ${until}.`,
    yourChoices: (titles: string) => `You chose: ${titles}.`,
    blank: 'You voted without choosing a project.',
    notYet: (until: string) => `You have not voted yet. You have until ${until}.`,
    unsaved: 'Your changes are not saved yet.',
    nothing: 'No project was found feasible: there is nothing to vote on this time.',
  },
  results: {
    title: 'Results',
    pageTitle: (round: string) => `Results: ${round}`,
    backToRound: 'See the round',
    summary: (count: number, spent: string, envelope: string) =>
      count === 0
        ? `No project funded from a budget of ${envelope}.`
        : count === 1
          ? `1 project funded, for ${spent} of a budget of ${envelope}.`
          : `${count} projects funded, for ${spent} of a budget of ${envelope}.`,
    abstentions: (count: number) =>
      count === 1
        ? 'Of whom 1 blank ballot (counted in turnout, for no project).'
        : `Of whom ${count} blank ballots (counted in turnout, for no project).`,
    voters: (count: number) =>
      count === 0 ? 'Nobody voted.' : count === 1 ? '1 person voted.' : `${count} people voted.`,
    empty: 'No project was put to the vote.',
    caption: 'The projects, from most to least supported',
    rank: 'Rank',
    rankPrefix: (rank: number) => `${rank}. `,
    project: 'Project',
    commune: 'Commune',
    cost: 'Cost',
    votes: 'Votes',
    funded: 'Funded?',
    yes: 'Funded',
    no: 'Not funded',
    total: 'Total funded',
    turnoutTitle: 'Turnout',
    turnoutCaption: 'Number of voters per commune',
    voterCount: 'Voters',
    outside: '(outside the round)',
  },
  create: {
    title: 'New round',
    intro:
      'Set up a participatory budget: its budget, who takes part, how people vote, and its calendar.',
    fund: 'Fund',
    fundHint: 'The fund that will pay for the chosen projects.',
    noFund: 'There is no fund yet: create one before starting a round.',
    name: 'Title of the round',
    nameHint: 'For example “Participatory budget 2027”.',
    envelope: 'Budget (€)',
    envelopeHint: 'The total amount to share between projects, for example 5000.',
    communes: 'Communes taking part',
    communesHint: 'By default, the fund’s member communes.',
    split: 'Give each commune its own share of the budget',
    splitHint:
      'That way, a large commune’s votes cannot take the small ones’ money. The shares must add up to the total.',
    share: (commune: string) => `Share of ${commune} (€)`,
    splitTotal: (sum: string, envelope: string) => `Shares given: ${sum} of ${envelope}`,
    method: 'Way of voting',
    approval: 'By choice: each person ticks up to a number of projects',
    knapsack: 'By budget: each person puts together a set that fits in the budget',
    maxChoices: 'Number of projects per person',
    schedule: 'Calendar (Paris time)',
    scheduleHint: 'Each step starts when the one before it ends.',
    date: (step: string) => `${step}: date`,
    time: (step: string) => `${step}: time`,
    steps: {
      proposalsOpenAt: 'Proposals open',
      reviewStartsAt: 'Review starts',
      votingStartsAt: 'Voting starts',
      votingEndsAt: 'Voting ends and results',
      closesAt: 'Round ends',
    },
    summaryTitle: 'The calendar, in words',
    submit: 'Create the round',
    errors: {
      fund: 'Choose a fund.',
      name: 'Give the round a title.',
      envelope: 'Give an amount in euros above zero, for example 5000.',
      communes: 'Tick at least one commune.',
      share: 'Give an amount in euros, for example 1000 (0 is allowed).',
      splitTotal: 'The communes’ shares must add up to exactly the whole budget.',
      maxChoices: 'Give a whole number between 1 and 50.',
      date: 'Give a date and a time.',
      order: (step: string, before: string) => `“${step}” must come after “${before}”.`,
    },
  },
};
