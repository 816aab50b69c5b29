import type { admin as fr } from '../fr/admin.js';

export const admin: typeof fr = {
  backToHub: 'Back to coordination',
  hub: {
    title: 'Coordination',
    intro:
      'Everything that keeps the network running: communes, venues, people, organisations and funds.',
    networkHeading: 'The network',
    moneyHeading: 'The fund and the participatory budget',
    links: {
      communes: {
        title: 'Communes',
        body: 'The network’s member communes, and adding one.',
      },
      venues: {
        title: 'Venues',
        body: 'Where workshops happen: add, edit, and activate proposed venues.',
      },
      people: {
        title: 'People and roles',
        body: 'Find a person by email, give or take back a role.',
      },
      organisations: {
        title: 'Organisations',
        body: 'Town halls, businesses and associations that fund, and their members.',
      },
      deadLetters: {
        title: 'Failed emails',
        body: 'Emails that could not be sent, and sending them again.',
      },
      funds: {
        title: 'Fund expenses and ledger',
        body: 'Approve expenses, read and export the ledger.',
      },
      rounds: {
        title: 'Participatory budget rounds',
        body: 'Open voting rounds, move them from one phase to the next, review proposals.',
      },
    },
  },
  reconciliation: {
    heading: 'Accounts check',
    intro: 'We recompute each fund from its ledger and compare it with what is displayed.',
    ok: (count: number) =>
      count === 0
        ? 'No fund to check yet.'
        : count === 1
          ? 'The fund’s accounts are correct.'
          : `The accounts of all ${count} funds are correct.`,
    differ: (count: number) =>
      count === 1
        ? '1 fund has accounts that do not match:'
        : `${count} funds have accounts that do not match:`,
    checkedAt: (when: string) => `Checked on ${when}.`,
    advice:
      'A write in progress can cause a passing difference: check again in a minute. If it stays, tell the technical team, with the details below.',
    details: 'Technical details',
    entries: (count: number) => (count === 1 ? '1 entry' : `${count} entries`),
    recheck: 'Check again',
    checking: 'Checking…',
  },
  communes: {
    title: 'Communes',
    intro: 'The communes whose residents can join Fabrique.',
    listHeading: 'Communes of the network',
    empty: 'No commune yet.',
    name: 'Name',
    postalCode: 'Postcode',
    id: 'Identifier',
    addHeading: 'Add a commune',
    nameHint: 'Written as on the road signs, for example “Saint-Agnan-en-Vercors”.',
    postalCodeHint: 'Five digits.',
    nameInvalid: 'Give the commune’s name (at least 2 letters).',
    postalCodeInvalid: 'The postcode has five digits, for example 26420.',
    add: 'Add the commune',
    adding: 'Adding…',
    added: (name: string) => `${name} was added.`,
  },
  venues: {
    title: 'Venues',
    intro:
      'The places where workshops happen. Those proposed by hosts wait for your activation before they can host sessions.',
    proposedHeading: 'Proposed venues',
    proposedEmpty: 'No venue waiting.',
    activeHeading: 'Active venues',
    activeEmpty: 'No active venue yet.',
    statusProposed: 'Proposed',
    statusActive: 'Active',
    statusArchived: 'Archived',
    capacity: (count: number) => (count === 1 ? 'Up to 1 person' : `Up to ${count} people`),
    accessibility: 'Accessibility',
    equipment: 'Equipment',
    none: 'Not given',
    proposedBy: 'Proposed by a host.',
    edit: 'Edit',
    editLabel: (name: string) => `Edit “${name}”`,
    activate: 'Activate',
    activateLabel: (name: string) => `Activate “${name}”`,
    activating: 'Activating…',
    activated: (name: string) => `“${name}” is now active.`,
    editHeading: (name: string) => `Edit “${name}”`,
    saved: (name: string) => `“${name}” was saved.`,
    addHeading: 'Add a venue',
    addHint: 'A venue added by coordination is active at once.',
    add: 'Add the venue',
    adding: 'Adding…',
    added: (name: string) => `The venue “${name}” was added.`,
    fields: {
      name: 'Name of the venue',
      address: 'Address',
      commune: 'Commune',
      chooseCommune: 'Choose a commune',
      maxCapacity: 'Maximum number of people',
      maxCapacityHint: 'How many people the room can hold (1 to 500).',
      accessibility: 'Accessibility',
      accessibilityHint: 'For example: step-free, accessible toilets, parking space.',
      equipment: 'Equipment',
      equipmentHint: 'One item per line, for example “Tables”, “Sink”, “Sockets”.',
    },
    invalid: {
      name: 'Give the venue’s name (at least 2 characters).',
      address: 'Give the venue’s address.',
      commune: 'Choose the venue’s commune.',
      maxCapacity: 'Give a whole number of people, from 1 to 500.',
      accessibility: 'This text is too long (1,000 characters at most).',
      equipment: 'At most 30 items, of 60 characters each at most.',
    },
  },
  people: {
    title: 'People and roles',
    intro:
      'Find a person with the email address of their account, then choose what they can do in Fabrique.',
    searchHeading: 'Find a person',
    email: 'Email address',
    emailHint: 'The exact address the person signs in with.',
    emailInvalid: 'Give a complete email address, for example name@example.org.',
    search: 'Search',
    searching: 'Searching…',
    notFound: (email: string) =>
      `No account uses ${email}. Check the spelling, or ask the person to create their account.`,
    found: (name: string) => `Account found: ${name}.`,
    since: (date: string) => `Member since ${date}.`,
    rolesHeading: 'Roles',
    rolesLegend: (name: string) => `What ${name} can do`,
    residentNote: 'Every account can always book workshops and vote: that cannot be taken away.',
    roles: {
      resident: 'Resident',
      host: 'Hosting workshops',
      funder: 'Funding',
      coordinator: 'Coordination',
    },
    roleHints: {
      host: 'Creates workshops, schedules sessions, records attendance.',
      funder: 'Records pledges and payments to the fund.',
      coordinator: 'Has access to this whole “Coordination” section.',
    },
    yourself:
      'This is your own account: if you remove coordination, you will lose access to these pages.',
    saveRoles: 'Save the roles',
    nothingToChange: 'You have not changed anything.',
    rolesSaved:
      'Roles saved. The person gets them when they next sign in, or by themselves within a quarter of an hour.',
  },
  organisations: {
    title: 'Organisations',
    intro: 'The town halls, businesses and associations that take part in the fund.',
    listHeading: 'Organisations',
    empty: 'No organisation yet.',
    name: 'Name',
    kind: 'Type',
    commune: 'Commune',
    noCommune: '—',
    kinds: {
      municipality: 'Town hall',
      business: 'Business',
      association: 'Association',
    },
    addHeading: 'Add an organisation',
    fields: {
      name: 'Name of the organisation',
      kind: 'Type',
      commune: 'Commune',
      communeHint: 'Required for a town hall (one town hall per commune).',
      noCommune: 'No commune',
    },
    invalid: {
      name: 'Give the organisation’s name (at least 2 characters).',
      commune: 'A town hall belongs to a commune: choose it.',
    },
    add: 'Add the organisation',
    adding: 'Adding…',
    added: (name: string) => `The organisation “${name}” was added.`,
    membersHeading: 'Members',
    membersIntro:
      'A member can act for the organisation, for example record its pledges to the fund. First find the person by their email.',
    memberOf: (name: string) => `${name} acts for:`,
    memberOfNone: (name: string) => `${name} acts for no organisation.`,
    unknownOrganisation: 'Deleted organisation',
    remove: 'Remove',
    removeLabel: (organisation: string) => `Remove from “${organisation}”`,
    removed: (organisation: string) => `The person no longer acts for “${organisation}”.`,
    addTo: 'Organisation',
    chooseOrganisation: 'Choose an organisation',
    addMember: 'Add as a member',
    memberAdded: (organisation: string) => `The person now acts for “${organisation}”.`,
    noOrganisationToJoin: 'First create an organisation above.',
    chooseFirst: 'Choose an organisation from the list.',
    tokenNote: 'The change counts from the person’s next sign-in, or within a quarter of an hour.',
  },
  deadLetters: {
    title: 'Failed emails',
    intro:
      'A failed email is a message we could not send, even after several attempts: once the problem is fixed (mail server, address), you can send it again.',
    empty: 'No failed email: everything went out.',
    count: (count: number) =>
      count === 1 ? '1 email did not go out.' : `${count} emails did not go out.`,
    caption: 'Emails that could not be sent',
    when: 'Date',
    kind: 'Message',
    recipient: 'Recipient',
    error: 'Error',
    attempts: 'Attempts',
    status: 'Status',
    action: 'Action',
    unknownKind: 'Unknown message',
    unknownRecipient: 'Unknown',
    replay: 'Send again',
    replayLabel: (seq: number) => `Send email no. ${seq} again`,
    replayAll: 'Send all again',
    replaying: 'Sending…',
    replayed: (count: number) =>
      count === 0
        ? 'No email to send again.'
        : count === 1
          ? '1 email was queued for sending again.'
          : `${count} emails were queued for sending again.`,
    refresh: 'Refresh the list',
    kinds: {
      'booking-confirmed': 'Booking confirmed',
      'booking-waitlisted': 'Waiting list',
      'booking-offered': 'Place offered',
      'booking-offer-expired': 'Place offer expired',
      'booking-cancelled': 'Booking cancelled',
      'booking-promoted': 'Place obtained',
      'session-rescheduled': 'Session moved',
      'session-cancelled': 'Session cancelled',
      'session-reminder': 'Session reminder',
      'attendance-thanks': 'Thanks for coming',
      'share-behind': 'Fund share behind',
      'contribution-decided': 'Declared payment decided',
      'round-phase': 'Participatory budget phase',
      'account-security': 'Password changed',
      'password-reset-link': 'New password link',
      'email-verification-link': 'Address confirmation link',
    },
    statuses: {
      off: 'Email turned off',
      pending: 'Waiting to be sent',
      retrying: 'Retrying',
      sent: 'Sent since',
      'dead-lettered': 'Failed',
      cancelled: 'Cancelled',
    },
    unknownStatus: 'Unknown',
  },
  journal: {
    title: 'Accounting journal',
    intro:
      'The fund’s money movements as balanced entries (debit and credit), to import into the association’s accounting software. Accounts follow the associations’ chart of accounts.',
    download: 'Download the journal (CSV)',
  },
  archiving: {
    actions: 'Actions',
    fundTitle: 'Archive this fund',
    fundIntro:
      'For a fund created by mistake or whose period is over: it leaves the list of funds and takes no more payments, expenses or rounds. Its pages, ledger and statements stay readable.',
  },
};
