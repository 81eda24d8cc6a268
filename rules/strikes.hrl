# Strikes (catalogue domain Q).
#
#   strike.meeting_quorum_half      the strike decision is taken at a meeting attended by at least
#                                   one-half of the enterprise's workers
#   strike.notice_5_days            written notice to the employer at least five days before the strike
#   strike.prohibited_occupations   military and security services, emergency medical, fire and rescue
#                                   crews and operators of "dangerous" production facilities may not strike
#   strike.arbitration_exhausted    no strike unless compulsory arbitration failed to settle the dispute
#
# Both reports state these rules identically; the penalties for illegal strikes differ. A strike
# "called" was decided on; a strike "held" actually began, called or not (a spontaneous walkout).

fact strike.called: bool ask "Did the workers decide on (call) a strike?"
fact strike.held: bool
  ask "Did the workers actually go on strike (collectively stop work), whether or not a strike was formally called? Answer false for a strike that has not begun yet."
fact strike.decided_at_meeting: bool
  ask "Was the decision to strike taken at a meeting of the enterprise's workers?"
fact strike.meeting_attendance: integer in persons at least 0
  ask "How many of the enterprise's workers were present at the meeting that decided to strike?"
fact strike.enterprise_workers: integer in persons at least 0
  ask "How many workers did the enterprise employ at the time of the meeting?"
fact strike.notice_written: bool
  ask "Was a written notice announcing the strike submitted to the employer?"
fact strike.notice_submitted_on: date
  ask "On what date was the written strike notice submitted to the employer?"
fact strike.starts_on: date ask "On what date did (or will) the strike begin?"

# a meeting of the enterprise's workers cannot be attended by more of them than it employs
constraint strike.attendance_within_workforce "more workers attended the meeting than the enterprise employed":
  strike.meeting_attendance <= strike.enterprise_workers

fact worker.on_strike: bool ask "Did the worker take part in the strike?"
fact worker.occupation: one of {
  military "member of the military",
  security_service "member of another security service",
  emergency_medical "emergency medical crew",
  firefighting "fire crew",
  rescue "rescue crew",
  other "another occupation",
} ask "What is the worker's occupation?"
fact worker.operates_dangerous_facility: bool
  ask "Does the worker operate a production facility classified as “dangerous”?"

# ---------------------------------------------------------------- the labor dispute before the strike
fact labor_dispute.submitted_to_arbitration: bool
  ask "Was the labor dispute behind the strike submitted to the compulsory arbitration procedure (conciliation or arbitration, for example before a reconciliation commission)?"
fact labor_dispute.arbitration_ended: bool
  ask "Has the compulsory arbitration of the dispute ended, with or without settling it? Answer false if it is still under way."
fact labor_dispute.arbitration_result: one of {
  resolved "the arbitration settled the dispute",
  unresolved "the arbitration ended without settling the dispute",
} ask "How did the compulsory arbitration of the dispute end?"
fact labor_dispute.arbitration_ended_on: date
  ask "On what date did the compulsory arbitration of the dispute end?"

# ---------------------------------------------------------------- penalties for illegal strikes
penalty illegal_strike_dismissal "once a court declares the strike illegal, the employer may dismiss the strikers"
  cite kz2017.freedom_of_association, kz2021.freedom_of_association "Employers may fire striking workers after a court declares a strike illegal."

penalty illegal_strike_penalties "the law sets stiff penalties for taking part in strikes deemed illegal"
  until kz2017
  cite kz2017.freedom_of_association "The legal changes set stiff penalties for those who participate in strikes deemed illegal"

penalty illegal_strike_organizers "organizers who call for participation in a strike a court declared illegal may face criminal charges"
  since kz2021
  cite kz2021.freedom_of_association "The government may file criminal charges against labor organizers for calls to participate in strikes declared illegal by the court."

# ================================================================= provisions

provision strike.meeting_quorum_half "Strike decided at a meeting attended by at least one-half of the enterprise's workers" {
  applies when strike.called or strike.held
  note "“At least one-half” is checked exactly on whole numbers: attendance × 2 ≥ workforce. The majority needed to vote for the strike is not stated in either report and is not checked."

  require decided_at_meeting "the decision to strike was taken at a meeting of the enterprise's workers":
    strike.decided_at_meeting
    cite kz2017.freedom_of_association, kz2021.freedom_of_association "Decisions to strike must be taken in a meeting where at least one-half of an enterprise’s workers are present."
    explain "the strike was decided at a workers' meeting: {strike.decided_at_meeting}"

  require quorum_half "at least one-half of the enterprise's workers were present at the meeting":
    strike.meeting_attendance * 2 >= strike.enterprise_workers
    cite kz2017.freedom_of_association, kz2021.freedom_of_association "Decisions to strike must be taken in a meeting where at least one-half of an enterprise’s workers are present."
    explain "present at the meeting: {strike.meeting_attendance}; the enterprise's workforce: {strike.enterprise_workers}; at least one-half of the workforce must be present"

  penalty illegal_strike_dismissal, illegal_strike_penalties, illegal_strike_organizers
}

provision strike.notice_5_days "Written strike notice to the employer at least five days in advance" {
  applies when strike.called or strike.held
  note "Neither report says whether the five days are calendar or working days: a notice five or six calendar days ahead meets the first reading and may fail the second, so it is left open; seven calendar days always hold five working days (public holidays are not counted)."
  note "A strike still ahead (not yet held) whose notice is not yet given is judged as of the date of assessment (`as_of`): while five days remain before the strike, the notice is not yet late."

  require written_notice "a written notice announcing the strike was submitted to the employer":
    strike.notice_written or (not strike.held and assessment.on < strike.starts_on - 5 days)
    cite kz2017.freedom_of_association, kz2021.freedom_of_association "A written notice announcing a strike must be submitted to the employer at least five days in advance."
    explain "a written strike notice was submitted to the employer: {strike.notice_written}"

  require notice_in_time "the notice reached the employer at least five days before the strike began":
    strike.notice_submitted_on <= strike.starts_on - 5 days
    cite kz2017.freedom_of_association, kz2021.freedom_of_association "A written notice announcing a strike must be submitted to the employer at least five days in advance."
    explain "the notice was submitted on {value}; for a strike beginning on {strike.starts_on} it had to be submitted by {limit}"

  exception not_yet_due for notice_in_time "the notice is not given yet, and five days remain before the strike"
    when not strike.notice_written and not strike.held and assessment.on < strike.starts_on - 5 days
    waived
    cite kz2017.freedom_of_association, kz2021.freedom_of_association "A written notice announcing a strike must be submitted to the employer at least five days in advance."

  require notice_in_working_days "the notice reached the employer early enough for five working days too (seven calendar days always hold five)":
    strike.notice_submitted_on <= strike.starts_on - 7 days
    cite kz2017.freedom_of_association, kz2021.freedom_of_association "A written notice announcing a strike must be submitted to the employer at least five days in advance."
    explain "the notice was submitted on {value}, {strike.starts_on} being the first day of the strike; seven calendar days ahead ({limit}) always hold five working days"

  exception not_yet_given for notice_in_working_days "the notice is not given yet, and five days remain before the strike"
    when not strike.notice_written and not strike.held and assessment.on < strike.starts_on - 5 days
    waived
    cite kz2017.freedom_of_association, kz2021.freedom_of_association "A written notice announcing a strike must be submitted to the employer at least five days in advance."

  unsettled days_unstated for notice_in_working_days "the reports do not say whether the five days are calendar or working days"
    when true
    cite kz2017.freedom_of_association, kz2021.freedom_of_association "A written notice announcing a strike must be submitted to the employer at least five days in advance."

  penalty illegal_strike_dismissal, illegal_strike_penalties, illegal_strike_organizers
}

provision strike.prohibited_occupations "No strikes by military and security services, emergency medical, fire and rescue crews or operators of dangerous production facilities" {
  applies when worker.on_strike
  note "“Dangerous” production facility is not defined in the reports: whether the worker operates one is asked as its own question, and an unanswered question leaves the verdict undetermined."

  require not_barred_occupation "the worker is not a member of the military or another security service, nor of an emergency medical, fire or rescue crew":
    worker.occupation not in {military, security_service, emergency_medical, firefighting, rescue}
    cite kz2017.freedom_of_association "A blanket legal restriction bars certain occupations from striking. Military and other security service members, emergency medical, fire, and rescue crews, as well as those who operate “dangerous” production facilities are forbidden to strike."
    cite kz2021.freedom_of_association "A blanket legal restriction bars certain occupations from conducting a strike. Military and other security service members, emergency medical, fire, and rescue crews, as well as those who operate “dangerous” production facilities are forbidden to strike."
    explain "the striking worker's occupation is {worker.occupation}; military and security service members and emergency medical, fire and rescue crews are forbidden to strike"

  require not_dangerous_facility "the worker does not operate a “dangerous” production facility":
    not worker.operates_dangerous_facility
    cite kz2017.freedom_of_association "as well as those who operate “dangerous” production facilities are forbidden to strike. Under the law such strikes are illegal."
    cite kz2021.freedom_of_association "as well as those who operate “dangerous” production facilities are forbidden to strike. By law such strikes are illegal."
    explain "the striking worker operates a “dangerous” production facility: {worker.operates_dangerous_facility}; such workers are forbidden to strike"

  penalty illegal_strike_dismissal, illegal_strike_penalties, illegal_strike_organizers
}

provision strike.arbitration_exhausted "No strike unless the labor dispute is unresolvable through compulsory arbitration" {
  applies when strike.called or strike.held
  note "Read as: by the day the strike began, the dispute had gone through the compulsory arbitration procedure and the procedure ended without settling it. A strike while arbitration is still under way, without arbitration, or after arbitration settled the dispute fails it (for example the “spontaneous” strikes that, the Amanat chairman reported, are the rule)."
    cite kz2021.freedom_of_association "all strikes tend to be spontaneous because a reconciliation commission may take months to initiate the strike in accordance with the law."
  note "The reports forbid striking before arbitration fails, and say nothing of when the strike may be called: the date checked is the day the strike began (an end of arbitration on that same day counts as before the strike); a strike called while arbitration was still under way but begun after it failed is not a failure of this rule."
  note "The 2017 report says “generally” and the 2021 report that strikes are illegal in “a variety of circumstances” it does not list: other grounds of illegality the reports do not name are not checked."
    cite kz2017.freedom_of_association "Generally, workers may not strike unless a labor dispute cannot be resolved through compulsory arbitration procedures."
    cite kz2021.freedom_of_association "By law there is a variety of circumstances in which strikes are illegal."
  note "The reports do not name the arbitration body; the 2021 report separately requires unresolved union–employer disagreements to go to the tripartite commission for arbitration (labor.tripartite_commission). Any compulsory arbitration or conciliation procedure counts here."

  require unresolvable_by_arbitration "by the day the strike began, the labor dispute had gone through compulsory arbitration, which ended without settling it":
    labor_dispute.submitted_to_arbitration
      and labor_dispute.arbitration_ended
      and labor_dispute.arbitration_result is unresolved
      and labor_dispute.arbitration_ended_on <= strike.starts_on
    cite kz2017.freedom_of_association "Generally, workers may not strike unless a labor dispute cannot be resolved through compulsory arbitration procedures."
    cite kz2021.freedom_of_association "Workers may not strike unless a labor dispute is unresolvable through compulsory arbitration procedures."
    explain "submitted to compulsory arbitration: {labor_dispute.submitted_to_arbitration}; arbitration ended: {labor_dispute.arbitration_ended}; result: {labor_dispute.arbitration_result}; ended on: {labor_dispute.arbitration_ended_on}; the strike began on {strike.starts_on}"

  exception not_begun for unresolvable_by_arbitration "the strike has not begun as of the assessment: the workers have not struck yet"
    when not strike.held and assessment.on < strike.starts_on
    waived
    cite kz2017.freedom_of_association "Generally, workers may not strike unless a labor dispute cannot be resolved through compulsory arbitration procedures."
    cite kz2021.freedom_of_association "Workers may not strike unless a labor dispute is unresolvable through compulsory arbitration procedures."

  penalty illegal_strike_dismissal, illegal_strike_penalties, illegal_strike_organizers
}

# ---------------------------------------------------------------- essential services
fact strike.sector: one of {
  railway "railways",
  transport "transport",
  communications "communications",
  civil_aviation "civil aviation",
  health_care "health care",
  public_utilities "public utilities",
  other "another sector",
}
  ask "In which sector are the striking workers employed? (Emergency medical crews, barred from striking altogether, are asked about separately as the worker's occupation.)"
fact strike.minimum_services_maintained: bool
  ask "Throughout the strike, did the strikers maintain minimum services to the public?"
fact strike.nonstop_process_interrupted: bool
  ask "Did the strike interrupt a nonstop (continuous) production process, such as metallurgy?"
fact strike.key_equipment_affected: bool ask "Did the strike affect key equipment?"

provision strike.essential_services_minimum_service "Railway, transport, communications, civil aviation, health care and public utility workers may strike only if they maintain minimum services" {
  applies when strike.held
    and strike.sector in {railway, transport, communications, civil_aviation, health_care, public_utilities}
  note "The 2017 report adds two conditions the 2021 report does not state (no interruption of nonstop production processes, key equipment unaffected); they are checked under the 2017 law only. The 2017 report names “transport and communications” as one sector; each is asked separately here."
  note "“Minimum services” is not defined in either report: whether they were maintained is asked as its own question."

  require minimum_services "the strikers maintained minimum services to the public":
    strike.minimum_services_maintained
    cite kz2017.freedom_of_association "Workers employed in the railway, transport and communications, civil aviation, health-care, and public utilities sectors may strike, but only if they maintain minimum services"
    cite kz2021.freedom_of_association "Workers employed in railways, transport, communications, civil aviation, health care, and public utilities may strike if they maintain minimum services to the public."
    explain "the strike was in {strike.sector}; minimum services to the public maintained: {strike.minimum_services_maintained}"

  require no_nonstop_interruption "the strike did not interrupt a nonstop production process (such as metallurgy)":
    not strike.nonstop_process_interrupted
    until kz2017
    cite kz2017.freedom_of_association "may strike, but only if they maintain minimum services, do not interrupt nonstop production processes (such as metallurgy), and leave key equipment unaffected."
    explain "the strike was in {strike.sector}; a nonstop production process was interrupted: {strike.nonstop_process_interrupted}"

  require key_equipment_unaffected "the strike left key equipment unaffected":
    not strike.key_equipment_affected
    until kz2017
    cite kz2017.freedom_of_association "may strike, but only if they maintain minimum services, do not interrupt nonstop production processes (such as metallurgy), and leave key equipment unaffected."
    explain "the strike was in {strike.sector}; key equipment affected: {strike.key_equipment_affected}"

  penalty illegal_strike_dismissal, illegal_strike_penalties, illegal_strike_organizers
}

# ---------------------------------------------------------------- after a court declares a strike illegal
fact strike.declared_illegal: bool ask "Did a court declare the strike illegal?"
fact strike.declared_illegal_on: date ask "On what date did the court declare the strike illegal?"
fact worker.dismissed_for_striking: bool
  ask "Did the employer dismiss (fire) the worker for taking part in the strike?"
fact worker.dismissed_on: date ask "On what date was the worker dismissed?"
fact strike.prosecuted: bool
  ask "Were criminal charges filed (or stiff penalties imposed) against a person for organizing, calling for or taking part in the strike?"
fact strike.prosecuted_role: one of {
  organizer "a labor organizer, for calls to participate in (or continue) the strike",
  participant "a participant in the strike",
} ask "Whom did the charges or penalties target?"
fact strike.call_made_on: date
  ask "On what date did the organizer call on workers to participate in (or continue) the strike?"

provision strike.dismissal_after_court_declares_illegal "Striking workers may be fired after a court declares the strike illegal" {
  applies when worker.dismissed_for_striking
  note "The reports grant employers a power (“may fire … after a court declares a strike illegal”); they do not say that a dismissal of a striker without, or before, such a declaration is unlawful. A dismissal after the declaration complies; any other dismissal for striking is left open, never a violation."
  note "The 2021 report observes that the extensive legal requirements and delays gave employers time to pressure or even fire activists; it does not say such dismissals were unlawful."
    since kz2021
    cite kz2021.freedom_of_association "The extensive legal requirements and delays gave employers time to pressure or even fire activists."

  require after_court_declaration "a court had declared the strike illegal by the day the worker was dismissed for striking":
    strike.declared_illegal and strike.declared_illegal_on <= worker.dismissed_on
    cite kz2017.freedom_of_association, kz2021.freedom_of_association "Employers may fire striking workers after a court declares a strike illegal."
    explain "a court declared the strike illegal: {strike.declared_illegal}, on {strike.declared_illegal_on}; the worker was dismissed on {worker.dismissed_on}"

  unsettled outside_the_power for after_court_declaration "the striker was dismissed without, or before, a court declaration that the strike was illegal: the reports say when employers may fire strikers, not that they may not otherwise"
    when true
    cite kz2017.freedom_of_association, kz2021.freedom_of_association "Employers may fire striking workers after a court declares a strike illegal."
    explain "a court declared the strike illegal: {strike.declared_illegal}, on {strike.declared_illegal_on}; the worker was dismissed on {worker.dismissed_on}; the reports allow dismissal after a court declaration and say nothing of dismissal otherwise"
}

provision strike.organizer_criminal_liability "Criminal charges against labor organizers for calls to join strikes a court declared illegal" {
  applies when strike.prosecuted
  note "The reports give the government a power (2021: it “may file criminal charges against labor organizers for calls to participate in strikes declared illegal by the court”; 2017: the law “enables the government to target labor organizers whose strikes are deemed illegal” and sets “stiff penalties” for participants). Charges within that power comply; charges outside it (no court declaration, a call made before it, or in 2021 a participant rather than an organizer) are left open, never a violation: the reports do not say they are unlawful."
  note "The 2017 report attributes to observers the concern that the provisions were more likely to be used to target labor organizers unfairly, because the judges deciding whether a strike is illegal lacked independence."
    until kz2017
    cite kz2017.freedom_of_association "Thus, observers were concerned the provisions were more likely to be used to target labor organizers unfairly."

  require court_declared_illegal "a court had declared the strike illegal":
    strike.declared_illegal
    cite kz2017.freedom_of_association "The legal changes set stiff penalties for those who participate in strikes deemed illegal, a point that aroused special concern because judges responsible for determining whether a strike is illegal lacked independence."
    cite kz2021.freedom_of_association "The government may file criminal charges against labor organizers for calls to participate in strikes declared illegal by the court."
    explain "a court declared the strike illegal: {strike.declared_illegal}"

  unsettled no_declaration for court_declared_illegal "charges were brought although no court had declared the strike illegal: the reports state the power for strikes declared (deemed) illegal and say nothing of other charges"
    when true
    cite kz2017.freedom_of_association "The law enables the government to target labor organizers whose strikes are deemed illegal."
    cite kz2021.freedom_of_association "The government may file criminal charges against labor organizers for calls to participate in strikes declared illegal by the court."

  require organizer_call "in 2021 the charges target a labor organizer for calls to participate in the strike":
    strike.prosecuted_role is organizer
    since kz2021
    cite kz2021.freedom_of_association "The government may file criminal charges against labor organizers for calls to participate in strikes declared illegal by the court."
    explain "the charges targeted {strike.prosecuted_role}"

  unsettled participant_2021 for organizer_call "the 2021 report speaks only of charges against organizers for their calls; it is silent on charges against participants (the 2017 report spoke of stiff penalties for participants)"
    since kz2021
    when true
    cite kz2021.freedom_of_association "The government may file criminal charges against labor organizers for calls to participate in strikes declared illegal by the court."

  require call_after_declaration "the organizer's call to participate was made on or after the day the court declared the strike illegal":
    strike.prosecuted_role is not organizer
      or not strike.declared_illegal
      or strike.declared_illegal_on <= strike.call_made_on
    cite kz2017.freedom_of_association "The law enables the government to target labor organizers whose strikes are deemed illegal."
    cite kz2021.freedom_of_association "for calls to participate in strikes declared illegal by the court."
    explain "the court declared the strike illegal on {strike.declared_illegal_on}; the organizer's call was made on {strike.call_made_on}"

  unsettled call_before for call_after_declaration "the call preceded the court's declaration: “calls to participate in strikes declared illegal” may mean a strike declared illegal by the time of the call or by the time of the charges"
    when true
    cite kz2021.freedom_of_association "for calls to participate in strikes declared illegal by the court."
    cite kz2017.freedom_of_association "The law enables the government to target labor organizers whose strikes are deemed illegal."
}
