const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`

export const home = {
  title: 'Home',
  /** Around the person's name, which is not translated. */
  greeting: { before: 'Welcome back, ', after: '' },
  member: {
    intro: 'What needs you, what is coming up, and what is new since you last looked.',
    needsYou: 'Waiting for you',
    nothingWaiting: 'Nothing waits for your answer. Requests from other organisations will appear here.',
    introductionFrom: ({ name }: { name: string }) => `Introduction request from ${name}`,
    answerBy: ({ date }: { date: string }) => `Answer by ${date}`,
    meetingRequests: ({ count, event }: { count: number; event: string }) =>
      `${plural(count, 'meeting request', 'meeting requests')} at ${event}`,
    followUp: 'Tell us what came of a meeting or introduction',
    upcoming: 'Meetings coming up',
    noMeetings:
      'No meetings planned. Agree a time in an introduction, or book meetings at a brokerage event.',
    with: ({ name }: { name: string }) => `With ${name}`,
    messages: 'New messages',
    noMessages: 'No unread messages.',
    allMessages: ({ count }: { count: number }) => `All messages (${count} unread)`,
    profile: 'Your organisation’s profile',
    noProfile:
      'You have no organisation profile yet. Describe your company so that partners can find you and suggestions can be made.',
    createProfile: 'Create your profile',
    profileStates: {
      draft: 'Draft: submit it for review when it is ready, so that it can be listed.',
      submitted: 'Submitted: the Centre is reviewing it.',
      approved: 'Approved and listed in the directory.',
      rejected: 'Not approved: see the reason, change the profile and submit it again.',
      suspended: 'Suspended by the Centre: it is hidden from the directory and suggestions.',
    },
    complete: ({ percent }: { percent: number }) => `${percent}% complete`,
    openProfile: 'Open your profile',
    suggestions: 'New suggestions',
    newSuggestions: ({ count }: { count: number }) =>
      `${plural(count, 'suggested partner', 'suggested partners')} you have not seen yet`,
    noNewSuggestions: 'No new suggestions since you last looked.',
    suggestionsAfterListing: 'Suggestions appear once your profile is approved and listed.',
    allSuggestions: 'See all suggestions',
    events: 'Your events',
    noEvents: 'You are not registered for any upcoming event.',
    findEvents: 'Find an event',
  },
  staff: {
    queue: 'Open the review queue',
    allEvents: 'All events',
    intro: 'What waits for the Centre, oldest first.',
    workspace: 'Go to your workspace',
    needsTwoFactor:
      'Turn on two-factor authentication to open the staff workspace: staff pages are refused without it.',
    turnOnTwoFactor: 'Turn on two-factor authentication',
    review: ({ count }: { count: number }) => `Profiles to review (${count})`,
    noReview: 'No profile waits for review.',
    resubmitted: 'resubmitted',
    submitted: ({ date }: { date: string }) => `submitted ${date}`,
    changed: ({ count }: { count: number }) =>
      `${plural(count, 'approved profile has', 'approved profiles have')} changed since approval`,
    reports: ({ count }: { count: number }) => `Open reports (${count})`,
    noReports: 'No open report.',
    reported: ({ name, date }: { name: string; date: string }) => `${name}, reported ${date}`,
    requests: 'Requests waiting',
    pendingIntroductions: ({ count }: { count: number }) =>
      `${plural(count, 'introduction waits', 'introductions wait')} for an answer`,
    leadRequests: ({ count }: { count: number }) =>
      `${plural(count, 'lead introduction asked for', 'lead introductions asked for')}`,
    events: 'Next events',
    noEvents: 'No upcoming event. Create one in the workspace.',
    draft: 'draft',
  },
}
