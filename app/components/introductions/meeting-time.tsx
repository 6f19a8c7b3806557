import type { MeetingTimeView } from '~/modules/introductions/meeting-time'

/** A meeting time in the viewer's zone, with Brussels and Tokyo side by side. */
export function MeetingTime({ time }: { time: MeetingTimeView }) {
  return (
    <span className="block">
      <time dateTime={time.startsAtIso} className="font-medium">
        {time.local}
      </time>
      <span className="block text-sm text-slate-600">{time.brusselsTokyo}</span>
    </span>
  )
}
