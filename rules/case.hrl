# The case as a whole. A scenario's `as_of:` gives both facts at once (a date gives only the day):
# a clock still running (a custody, a pretrial term, a notice period) is judged up to that moment.

fact assessment.at: datetime
  ask "As of when is the case assessed (date and time)? For a custody still running, the moment of assessment."
fact assessment.on: date
  ask "On what date is the case assessed? For a term still running, the date of assessment."
