# Strikes (catalogue domain Q).
#
# Provisions:
#   strike.meeting_quorum_half      the strike decision is taken at a meeting attended by at least
#                                   one-half of the enterprise's workers
#   strike.notice_5_days            written notice to the employer at least five days before the strike
#   strike.prohibited_occupations   military and security services, emergency medical, fire and rescue
#                                   crews and operators of "dangerous" production facilities may not strike
#
# "At least one-half" is checked exactly on whole numbers: attendance x 2 >= workforce. The voting
# majority needed at the meeting is not stated in either report and is not checked.
# Notice days are calendar days (neither report says working days): notice submitted on 1 June
# allows a strike starting on 6 June.
# "Dangerous" production facility is not defined in the reports: whether the worker operates one is
# asked as its own question, so an unanswered question leaves the verdict undetermined.
# Both reports state the three rules identically.

fact strike.called: bool
  ask "Did the workers decide on (call) a strike?"
fact strike.decided_at_meeting: bool
  ask "Was the decision to strike taken at a meeting of the enterprise's workers?"
fact strike.meeting_attendance: integer in persons
  ask "How many of the enterprise's workers were present at the meeting that decided to strike?"
fact strike.enterprise_workers: integer in persons
  ask "How many workers did the enterprise employ at the time of the meeting?"
fact strike.notice_written: bool
  ask "Was a written notice announcing the strike submitted to the employer?"
fact strike.notice_submitted_on: date
  ask "On what date was the written strike notice submitted to the employer?"
fact strike.starts_on: date
  ask "On what date did (or will) the strike begin?"

fact worker.on_strike: bool
  ask "Did the worker take part in the strike?"
fact worker.occupation: one of {military, security_service, emergency_medical, firefighting, rescue, other}
  ask "What is the worker's occupation: member of the military (military), member of another security service (security_service), emergency medical crew (emergency_medical), fire crew (firefighting), rescue crew (rescue), or other?"
fact worker.operates_dangerous_facility: bool
  ask "Does the worker operate a production facility classified as “dangerous”?"

provision strike.meeting_quorum_half "Strike decided at a meeting attended by at least one-half of the enterprise's workers" {
  applies when strike.called

  version kz2017 {
    require decided_at_meeting "the decision to strike was taken at a meeting of the enterprise's workers":
      strike.decided_at_meeting
      cite kz2017 "Section 7.a Freedom of Association and the Right to Collective Bargaining"
        "Decisions to strike must be taken in a meeting where at least one-half of an enterprise’s workers are present."
      explain "the strike was decided at a workers' meeting: {strike.decided_at_meeting}"

    require quorum_half "at least one-half of the enterprise's workers were present at the meeting":
      strike.meeting_attendance * 2 >= strike.enterprise_workers
      cite kz2017 "Section 7.a Freedom of Association and the Right to Collective Bargaining"
        "Decisions to strike must be taken in a meeting where at least one-half of an enterprise’s workers are present."
      explain "present at the meeting: {strike.meeting_attendance}; the enterprise's workforce: {strike.enterprise_workers}; at least one-half of the workforce must be present"

    penalty "once a court declares the strike illegal, the employer may dismiss the strikers; the law sets stiff penalties for taking part in strikes deemed illegal"
      cite kz2017 "Section 7.a Freedom of Association and the Right to Collective Bargaining"
        "Employers may fire striking workers after a court declares a strike illegal."
      cite kz2017 "Section 7.a Freedom of Association and the Right to Collective Bargaining"
        "The legal changes set stiff penalties for those who participate in strikes deemed illegal"
  }

  version kz2021 {
    require decided_at_meeting "the decision to strike was taken at a meeting of the enterprise's workers":
      strike.decided_at_meeting
      cite kz2021 "Section 7.a Freedom of Association and the Right to Collective Bargaining"
        "Decisions to strike must be taken in a meeting where at least one-half of an enterprise’s workers are present."
      explain "the strike was decided at a workers' meeting: {strike.decided_at_meeting}"

    require quorum_half "at least one-half of the enterprise's workers were present at the meeting":
      strike.meeting_attendance * 2 >= strike.enterprise_workers
      cite kz2021 "Section 7.a Freedom of Association and the Right to Collective Bargaining"
        "Decisions to strike must be taken in a meeting where at least one-half of an enterprise’s workers are present."
      explain "present at the meeting: {strike.meeting_attendance}; the enterprise's workforce: {strike.enterprise_workers}; at least one-half of the workforce must be present"

    penalty "once a court declares the strike illegal, the employer may dismiss the strikers, and organizers who call for participation may face criminal charges"
      cite kz2021 "Section 7.a Freedom of Association and the Right to Collective Bargaining"
        "Employers may fire striking workers after a court declares a strike illegal."
      cite kz2021 "Section 7.a Freedom of Association and the Right to Collective Bargaining"
        "The government may file criminal charges against labor organizers for calls to participate in strikes declared illegal by the court."
  }
}

provision strike.notice_5_days "Written strike notice to the employer at least five days in advance" {
  applies when strike.called

  version kz2017 {
    require written_notice "a written notice announcing the strike was submitted to the employer":
      strike.notice_written
      cite kz2017 "Section 7.a Freedom of Association and the Right to Collective Bargaining"
        "A written notice announcing a strike must be submitted to the employer at least five days in advance."
      explain "a written strike notice was submitted to the employer: {strike.notice_written}"

    require notice_in_time "the notice reached the employer at least five days before the strike began":
      strike.notice_submitted_on <= strike.starts_on - 5 days
      cite kz2017 "Section 7.a Freedom of Association and the Right to Collective Bargaining"
        "A written notice announcing a strike must be submitted to the employer at least five days in advance."
      explain "the notice was submitted on {value}; for a strike beginning on {strike.starts_on} it had to be submitted by {limit}"

    penalty "once a court declares the strike illegal, the employer may dismiss the strikers; the law sets stiff penalties for taking part in strikes deemed illegal"
      cite kz2017 "Section 7.a Freedom of Association and the Right to Collective Bargaining"
        "Employers may fire striking workers after a court declares a strike illegal."
      cite kz2017 "Section 7.a Freedom of Association and the Right to Collective Bargaining"
        "The legal changes set stiff penalties for those who participate in strikes deemed illegal"
  }

  version kz2021 {
    require written_notice "a written notice announcing the strike was submitted to the employer":
      strike.notice_written
      cite kz2021 "Section 7.a Freedom of Association and the Right to Collective Bargaining"
        "A written notice announcing a strike must be submitted to the employer at least five days in advance."
      explain "a written strike notice was submitted to the employer: {strike.notice_written}"

    require notice_in_time "the notice reached the employer at least five days before the strike began":
      strike.notice_submitted_on <= strike.starts_on - 5 days
      cite kz2021 "Section 7.a Freedom of Association and the Right to Collective Bargaining"
        "A written notice announcing a strike must be submitted to the employer at least five days in advance."
      explain "the notice was submitted on {value}; for a strike beginning on {strike.starts_on} it had to be submitted by {limit}"

    penalty "once a court declares the strike illegal, the employer may dismiss the strikers, and organizers who call for participation may face criminal charges"
      cite kz2021 "Section 7.a Freedom of Association and the Right to Collective Bargaining"
        "Employers may fire striking workers after a court declares a strike illegal."
      cite kz2021 "Section 7.a Freedom of Association and the Right to Collective Bargaining"
        "The government may file criminal charges against labor organizers for calls to participate in strikes declared illegal by the court."
  }
}

provision strike.prohibited_occupations "No strikes by military and security services, emergency medical, fire and rescue crews or operators of dangerous production facilities" {
  applies when worker.on_strike

  version kz2017 {
    require not_barred_occupation "the worker is not a member of the military or another security service, nor of an emergency medical, fire or rescue crew":
      worker.occupation not in {military, security_service, emergency_medical, firefighting, rescue}
      cite kz2017 "Section 7.a Freedom of Association and the Right to Collective Bargaining"
        "A blanket legal restriction bars certain occupations from striking. Military and other security service members, emergency medical, fire, and rescue crews, as well as those who operate “dangerous” production facilities are forbidden to strike."
      explain "the striking worker's occupation is {worker.occupation}; military and security service members and emergency medical, fire and rescue crews are forbidden to strike"

    require not_dangerous_facility "the worker does not operate a “dangerous” production facility":
      not worker.operates_dangerous_facility
      cite kz2017 "Section 7.a Freedom of Association and the Right to Collective Bargaining"
        "as well as those who operate “dangerous” production facilities are forbidden to strike. Under the law such strikes are illegal."
      explain "the striking worker operates a “dangerous” production facility: {worker.operates_dangerous_facility}; such workers are forbidden to strike"

    penalty "such strikes are illegal; once a court declares the strike illegal, the employer may dismiss the strikers; the law sets stiff penalties for taking part in strikes deemed illegal"
      cite kz2017 "Section 7.a Freedom of Association and the Right to Collective Bargaining"
        "Under the law such strikes are illegal."
      cite kz2017 "Section 7.a Freedom of Association and the Right to Collective Bargaining"
        "Employers may fire striking workers after a court declares a strike illegal."
      cite kz2017 "Section 7.a Freedom of Association and the Right to Collective Bargaining"
        "The legal changes set stiff penalties for those who participate in strikes deemed illegal"
  }

  version kz2021 {
    require not_barred_occupation "the worker is not a member of the military or another security service, nor of an emergency medical, fire or rescue crew":
      worker.occupation not in {military, security_service, emergency_medical, firefighting, rescue}
      cite kz2021 "Section 7.a Freedom of Association and the Right to Collective Bargaining"
        "A blanket legal restriction bars certain occupations from conducting a strike. Military and other security service members, emergency medical, fire, and rescue crews, as well as those who operate “dangerous” production facilities are forbidden to strike."
      explain "the striking worker's occupation is {worker.occupation}; military and security service members and emergency medical, fire and rescue crews are forbidden to strike"

    require not_dangerous_facility "the worker does not operate a “dangerous” production facility":
      not worker.operates_dangerous_facility
      cite kz2021 "Section 7.a Freedom of Association and the Right to Collective Bargaining"
        "as well as those who operate “dangerous” production facilities are forbidden to strike. By law such strikes are illegal."
      explain "the striking worker operates a “dangerous” production facility: {worker.operates_dangerous_facility}; such workers are forbidden to strike"

    penalty "such strikes are illegal; once a court declares the strike illegal, the employer may dismiss the strikers, and organizers who call for participation may face criminal charges"
      cite kz2021 "Section 7.a Freedom of Association and the Right to Collective Bargaining"
        "By law such strikes are illegal."
      cite kz2021 "Section 7.a Freedom of Association and the Right to Collective Bargaining"
        "Employers may fire striking workers after a court declares a strike illegal."
      cite kz2021 "Section 7.a Freedom of Association and the Right to Collective Bargaining"
        "The government may file criminal charges against labor organizers for calls to participate in strikes declared illegal by the court."
  }
}
