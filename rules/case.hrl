# The case as a whole. A scenario's `as_of:` gives both facts at once (a date gives only the day):
# a clock still running (a custody, a pretrial term, a notice period) is judged up to that moment.

fact assessment.at: datetime
  ask "As of when is the case assessed (date and time)? For a custody still running, the moment of assessment."
fact assessment.on: date
  ask "On what date is the case assessed? For a term still running, the date of assessment."

# A step due within `limit`: done in time (`took` is how long it took), or not done yet and the
# clock, still running, within the limit at the moment of assessment (`so_far`). Every rule file
# uses this one definition for a time limit on a step that may still be pending.
define done_within(done: bool, took: duration, so_far: duration, limit: duration) =
  (done and took <= limit) or (not done and so_far <= limit)
