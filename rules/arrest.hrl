# Arrest and police custody (catalogue domain A).
#
#   detention.arbitrary_prohibited             every deprivation of liberty rests on a legal ground
#                                              (also a kettling, or custody after a refused warrant)
#   arrest.attorney_before_interrogation       the opportunity to meet an attorney before interrogation
#   arrest.body_search_grounds                 a body search on arrest only with reason to believe the
#                                              detainee is armed or may destroy evidence
#   arrest.statement_within_3h                 arrest statement within 3 hours, complete and signed
#   arrest.prosecutor_report_12h               written report to the prosecutor within 12 hours of the
#                                              signature on the arrest statement
#   arrest.court_approval_required             an arrest must be approved by a court: no custody after
#                                              the court refuses
#   arrest.prosecutor_to_court_12h             the prosecutor takes the evidence to court within 12 hours
#   arrest.hearing_participants                the court proceeding with the suspect, the suspect's
#                                              lawyer and the prosecutor
#   detention.release_without_court_approval   release unless a court approves the arrest in time
#                                              (2017: 72 hours; 2021: 48 hours, 72 for listed crimes)
#   detention.alternative_restraints           a court may choose house arrest, restricted movement
#                                              (2017: or a written undertaking not to leave)
#   arrest.inform_of_rights                    police inform detainees of their rights and of the right
#                                              to an attorney
#   detention.charge_deadline                  charge or release within the police custody limit
#                                              (2017: 72 hours; 2021: 48 hours)
#   detention.complaint_window_15d             2017: 15 days to submit a complaint against detention
#   detention.judge_review_3_to_10d            2017: the investigative judge decides in three to 10 days
#   investigation.prosecutor_authorizes_search 2017: not checked (a power, not a condition)
#
# Every clock starts at the moment the rule names (the arrest, the signature on the arrest
# statement, the prosecutor's receipt of the case materials, the challenged decision); lengths of
# time are derived facts computed from the dates and times the scenario gives, or stated directly
# when the report gives only the length. A clock still running is judged as of `as_of`.

# ---------------------------------------------------------------- arrest
fact arrest.made: bool
  ask "Was the person apprehended (arrested or detained) as a suspect in a crime?"
fact arrest.at: datetime ask "When was the person apprehended (date and time)?"

fact arrest.statement.written: bool ask "Did the investigator write an arrest statement?"
fact arrest.statement.written_at: datetime
  ask "When did the investigator write the arrest statement (date and time)?"
fact arrest.statement.content: set of {
  reason "the reason for the arrest",
  place "the place of the arrest",
  time "the time of the arrest",
  search_results "the results of the body search",
  time_of_writing "the time the statement was written",
} ask "Which items does the arrest statement record? List every item it records."
fact arrest.statement.signed_by: set of {
  investigator "the investigator",
  suspect "the detained suspect",
} ask "Who signed the arrest statement? List everyone who signed (an empty list if nobody did)."
fact arrest.statement.suspect_refused_to_sign: bool
  ask "Did the detained suspect refuse to sign the arrest statement?"
fact arrest.body_searched: bool ask "Was the suspect's body searched on arrest?"

define arrest.time_to_statement = arrest.statement.written_at - arrest.at
  means "time from the arrest until the arrest statement was written"

# ---------------------------------------------------------------- detention
fact detention.court_approval_received: bool
  ask "Did the detention facility ever receive a court decision approving the arrest?"
fact detention.court_approval_received_at: datetime
  ask "When did the detention facility receive the court decision approving the arrest (date and time)?"
fact detention.released: bool
  ask "Was the suspect released from custody? (Answer false if the suspect stayed in custody, for example under a court-approved arrest.)"
fact detention.released_at: datetime
  ask "When was the suspect released from custody (date and time)?"
fact detention.release_notified: set of {
  prosecutor "the prosecutor",
  case_officer "the police officer who handled the case",
}
  ask "Whom did the detention facility notify of the suspect's release? List everyone notified (an empty list if nobody was)."
fact detention.extension_ordered: bool
  ask "Was the suspect's preliminary detention formally extended to 72 hours?"
fact defendant.charged: bool
  ask "Was the person formally charged with (accused of) a crime, charges submitted against him or her?"
fact defendant.charged_at: datetime ask "When were the charges submitted (date and time)?"

define detention.time_to_court_approval = detention.court_approval_received_at - arrest.at
  means "time from the arrest until the detention facility received the court decision approving the arrest"
define detention.time_to_release = detention.released_at - arrest.at
  means "time from the arrest until the suspect was released"
define detention.time_to_charge = defendant.charged_at - arrest.at
  means "time from the arrest until charges were submitted"
define detention.time_held_so_far = assessment.at - arrest.at
  means "time from the arrest until the case is assessed, the custody still running"

# No clock of the arrest runs backwards: a moment given before the arrest is an input error.
constraint arrest.statement_after_arrest "the arrest statement is dated before the arrest":
  arrest.statement.written_at >= arrest.at
constraint detention.approval_after_arrest "the court approval is dated before the arrest":
  detention.court_approval_received_at >= arrest.at
constraint detention.release_after_arrest "the release is dated before the arrest":
  detention.released_at >= arrest.at
constraint detention.charge_after_arrest "the charges are dated before the arrest":
  defendant.charged_at >= arrest.at
constraint detention.assessed_after_arrest "the moment of assessment (as_of) is before the arrest":
  assessment.at >= arrest.at

# Held lawfully for at most `limit`: within it the suspect was covered by a court approval (or
# charged), or released; a custody still running is judged up to the moment of assessment.
define approved_or_released_within(limit: duration) =
  (detention.court_approval_received and detention.time_to_court_approval <= limit)
    or (detention.released and detention.time_to_release <= limit)
    or (not detention.court_approval_received and not detention.released and detention.time_held_so_far <= limit)
define charged_or_released_within(limit: duration) =
  (defendant.charged and detention.time_to_charge <= limit)
    or (detention.released and detention.time_to_release <= limit)
    or (not defendant.charged and not detention.released and detention.time_held_so_far <= limit)

parameter detention.approval_limit: duration
  means "time within which a court decision approving the arrest must reach the detention facility"
  kz2017 72 hours
    cite kz2017.arrest_procedures "If within 72 hours of the arrest the administration of the detention facility has not received a court decision approving the arrest"
  kz2021 48 hours
    cite kz2021.arrest_procedures "If within 48 hours of the arrest the administration of the detention facility has not received a court decision approving the arrest"

parameter detention.charge_limit: duration
  means "time the police may hold a detainee before charges are brought"
  kz2017 72 hours
    cite kz2017.pretrial_detention "The law allows police to hold a detainee for 72 hours before bringing charges."
  kz2021 48 hours
    cite kz2021.pretrial_detention "The law allows police to hold a detainee for 48 hours before submitting charges."

# ---------------------------------------------------------------- offense
fact offense.severity: one of {minor, moderate "moderate (medium gravity)", grave, especially_grave}
  ask "In which statutory category is the offence the person is suspected of or charged with?"
fact offense.features: set of {
  terrorist "a terrorist crime",
  extremist "an extremist crime",
  criminal_group "committed by a criminal group",
  organized_crime,
  drug_trafficking,
  sexual_against_minor "a sexual crime against a minor",
  caused_death "causing a death",
  grievous_bodily_harm "causing grievous bodily harm to the victim",
}
  ask "Which of these describe the offence? List every one that applies (an empty list if none does)."
fact offense.other_extension_case: bool
  ask "The law allows preliminary detention to be extended to 72 hours for grave or terrorist crimes, crimes committed by criminal groups, drug trafficking, sexual crimes against a minor, “and others”. Is this offence one of those other cases?"

define offense.extension_listed =
  offense.severity in {grave, especially_grave}
    or offense.features includes any of {terrorist, criminal_group, drug_trafficking, sexual_against_minor}
    or offense.other_extension_case
  means "the offence is one for which the 2021 report allows preliminary detention to be extended to 72 hours (grave or especially grave, terrorist, by a criminal group, drug trafficking, sexual crime against a minor, or another case in the open list); the report says “grave”, read as including especially grave crimes, the graver category"

# ---------------------------------------------------------------- deprivation of liberty (any form)
fact detention.deprived_of_liberty: bool
  ask "Did the authorities deprive the person of liberty, for any length of time: hold them in custody (a police station or office, a vehicle, a cell or a detention facility), keep them under house arrest, or keep them from leaving a place (for example protesters surrounded by police)?"
fact detention.kettled: bool
  ask "Was the person held by police surrounding them or their group and keeping them from leaving a public place (“kettling”), rather than taken into custody?"
fact detention.legal_basis: one of {
  crime_suspect "apprehension as a suspect in a crime (the arrest procedure)",
  court_decision "a court decision: an approved arrest or other custody, an administrative arrest or a prison sentence",
  domestic_violence "the administrative detention of an alleged domestic abuser",
  administrative_offense "an administrative offence (for example taking part in an unsanctioned assembly), with no court decision yet",
  psychiatric_commitment "commitment without consent to a state-run institution of a citizen with a mental disability",
  none "none: the person was not suspected of any crime or offence and no court ordered the detention",
}
  ask "On what legal ground was the person held? Answer none when the authorities invoked no ground, or held someone they did not suspect of anything (for example a passer-by near a rally)."
fact detention.held_after_warrant_denied: bool
  ask "Was the person held in custody after a court had refused to approve the arrest (denied the arrest warrant)? Answer false if no court refused it."

# ---------------------------------------------------------------- rights on arrest, interrogation, body search
fact arrest.informed_of_rights: bool ask "Did the police inform the detainee of their rights?"
fact arrest.informed_of_right_to_attorney: bool
  ask "Did the police inform the detainee, in particular, of the right to an attorney?"
fact interrogation.held: bool
  ask "Was the person interrogated (questioned) as a suspect or accused, including any “preliminary questioning” by officials?"
fact interrogation.attorney_opportunity: bool
  ask "Before the first interrogation (including any preliminary questioning), did the person have the opportunity to meet with an attorney, whether or not they used it?"
fact arrest.search_reasons: set of {
  armed "reason to believe the detainee had a gun",
  destroy_evidence "reason to believe the detainee might try to discard or destroy evidence",
}
  ask "When the detainee's body was searched on arrest, which of these reasons did the investigator have? List every one (an empty list if none)."

# ---------------------------------------------------------------- the three-step court approval of an arrest
fact arrest.statement.signed_at: datetime
  ask "When was the arrest statement signed (date and time)? If the investigator and the suspect signed at different times, give the time of the investigator's signature."
fact arrest.prosecutor_report.submitted: bool
  ask "Did the investigator submit a written report on the arrest to the prosecutor’s office?"
fact arrest.prosecutor_report.submitted_at: datetime
  ask "When did the investigator submit the written report to the prosecutor’s office (date and time)?"
fact arrest.materials_to_prosecutor: bool
  ask "Did the investigator take the case materials justifying the arrest to the prosecutor, for the court to approve the arrest?"
fact arrest.materials_to_prosecutor_at: datetime
  ask "When did the prosecutor receive the case materials justifying the arrest (date and time)?"
fact arrest.materials_to_court: bool
  ask "Did the prosecutor take the evidence to court, for the court to decide on the arrest?"
fact arrest.materials_to_court_at: datetime
  ask "When did the prosecutor take the evidence to court (date and time)?"
fact arrest.hearing.held: bool
  ask "Did a court hold a proceeding (hearing) to decide whether to approve the arrest?"
fact arrest.hearing.participants: set of {
  suspect "the suspect",
  lawyer "the suspect’s lawyer",
  prosecutor "the prosecutor",
}
  ask "Who took part in the court proceeding on the arrest? List everyone who took part (an empty list if none of them did)."

define arrest.time_to_prosecutor_report =
  arrest.prosecutor_report.submitted_at - arrest.statement.signed_at
  means "time from the signature on the arrest statement until the written report was submitted to the prosecutor’s office"
define arrest.time_since_statement_signed = assessment.at - arrest.statement.signed_at
  means "time from the signature on the arrest statement until the case is assessed, the report not yet submitted"
define arrest.time_prosecutor_to_court =
  arrest.materials_to_court_at - arrest.materials_to_prosecutor_at
  means "time from the prosecutor’s receipt of the case materials until the prosecutor took the evidence to court"
constraint arrest.report_after_signature "the report to the prosecutor is dated before the arrest statement was signed":
  arrest.prosecutor_report.submitted_at >= arrest.statement.signed_at
constraint arrest.court_after_prosecutor "the evidence reached the court before the prosecutor received it":
  arrest.materials_to_court_at >= arrest.materials_to_prosecutor_at
define arrest.time_with_prosecutor_so_far = assessment.at - arrest.materials_to_prosecutor_at
  means "time from the prosecutor’s receipt of the case materials until the case is assessed, the evidence not yet taken to court"
define arrest.time_prosecutor_to_release = detention.released_at - arrest.materials_to_prosecutor_at
  means "time from the prosecutor’s receipt of the case materials until the suspect was released"

# ---------------------------------------------------------------- measures of restraint
fact detention.restraint: one of {
  custody "custody (arrest)",
  house_arrest "house arrest",
  restricted_movement "restricted movement",
  written_undertaking "a written undertaking not to leave the city or place of residence",
  other "another measure (bail is checked by bail.eligibility)",
} ask "Which measure of restraint was imposed on the suspect while the case was investigated?"
fact detention.restraint_by_court: bool ask "Did a court choose (order) that measure of restraint?"

# ---------------------------------------------------------------- challenging a detention (2017)
fact detention.complaint.made: bool
  ask "Did the detainee submit, or try to submit, a complaint challenging the detention or a decision on it, to the administration of the pretrial detention facility or to a local court?"
fact detention.complaint.made_on: date
  ask "On what date did the detainee submit (or try to submit) the complaint?"
fact detention.complaint.challenged_on: date
  ask "On what date was the decision the complaint challenges taken? For a complaint against the detention itself, the day the detention began."
fact detention.complaint.outcome: one of {
  accepted "accepted for consideration",
  refused_late "refused as submitted too late",
  blocked "not accepted or not passed on: the detainee was prevented from submitting it",
  refused_other "refused for another reason",
} ask "What became of the complaint?"
fact detention.complaint.to_judge: bool
  ask "Did the complaint go to an investigative judge, to overturn or uphold the challenged decision?"
fact detention.complaint.judge_received_on: date
  ask "On what date did the investigative judge receive the complaint? (For a complaint submitted to the court, the day it was submitted.)"
fact detention.complaint.judge_decided: bool
  ask "Did the investigative judge decide the complaint (overturn or uphold the challenged decision)?"
fact detention.complaint.judge_decided_on: date
  ask "On what date did the investigative judge decide?"

define detention.complaint.time_to_complaint =
  detention.complaint.made_on - detention.complaint.challenged_on
  means "time from the challenged decision until the complaint was submitted"
define detention.complaint.time_to_judge_decision =
  detention.complaint.judge_decided_on - detention.complaint.judge_received_on
  means "time the investigative judge took to decide the complaint"
define detention.complaint.time_before_judge_so_far =
  assessment.on - detention.complaint.judge_received_on
  means "time the complaint has been before the investigative judge, undecided, until the case is assessed"

constraint detention.complaint.after_decision "the complaint is dated before the decision it challenges":
  detention.complaint.made_on >= detention.complaint.challenged_on
constraint detention.complaint.decided_after_received "the judge decided before receiving the complaint":
  detention.complaint.judge_decided_on >= detention.complaint.judge_received_on

# ---------------------------------------------------------------- investigative actions (2017)
fact investigation.search_or_seizure: bool
  ask "Did investigators carry out a search or a seizure in a criminal investigation?"

# ================================================================= provisions

provision arrest.statement_within_3h "Arrest statement written within three hours of the arrest, complete and signed" {
  applies when arrest.made
  note "A statement not yet written is judged up to the moment of assessment (`as_of`): within three hours of the arrest it is compliant so far; without that moment the verdict stays open."
  note "The results of the body search are read as owed only when a search was made: the reports make the search itself optional."
    cite kz2017.arrest_procedures, kz2021.arrest_procedures "Upon arrest the investigator may do an immediate body search"

  require written_in_time "the investigator wrote an arrest statement within three hours of the arrest":
    done_within(arrest.statement.written, arrest.time_to_statement, detention.time_held_so_far, 3 hours)
    cite kz2017.arrest_procedures "Within three hours of arrest, the investigator is required to write a statement declaring the reason for the arrest"
    cite kz2021.arrest_procedures "Within three hours of the arrest, the investigator is required to write an arrest statement declaring the reason for the arrest"
    explain "an arrest statement was written: {arrest.statement.written}; {margins}"

  require content_complete "the statement declares the reason, place and time of the arrest, the results of any body search and the time of writing":
    arrest.statement.content includes all of {reason, place, time, time_of_writing}
      and (not arrest.body_searched or arrest.statement.content includes all of {search_results})
    cite kz2017.arrest_procedures "a statement declaring the reason for the arrest, the place and time of the arrest, the results of the body search, and the time of writing the statement"
    cite kz2021.arrest_procedures "an arrest statement declaring the reason for the arrest, the place and time of the arrest, the results of the body search, and the time of writing the statement"
    explain "the statement records {arrest.statement.content}; it must record the reason, place and time of the arrest and the time of writing, and the results of the body search when one was made (body searched: {arrest.body_searched})"

  require signed "the statement is signed by the investigator and by the detained suspect":
    arrest.statement.signed_by includes all of {investigator, suspect}
    cite kz2017.arrest_procedures, kz2021.arrest_procedures "which is then signed by the investigator and the detained suspect."
    explain "the statement was signed by {arrest.statement.signed_by}; both the investigator and the suspect must sign"

  unsettled suspect_refused for signed "the detained suspect refused to sign, and the investigator signed: the reports say the statement is signed by both and do not say what follows a refusal"
    when arrest.statement.suspect_refused_to_sign
      and arrest.statement.signed_by includes all of {investigator}
    cite kz2017.arrest_procedures, kz2021.arrest_procedures "which is then signed by the investigator and the detained suspect."
    explain "the suspect refused to sign and the investigator signed; the reports do not say whether a statement the suspect refused to sign complies"

  exception not_written for content_complete, signed "no statement has been written: what it records and who signed it are checked once it exists (its absence is checked by written_in_time)"
    when not arrest.statement.written
    waived
    cite kz2017.arrest_procedures, kz2021.arrest_procedures "which is then signed by the investigator and the detained suspect."
}

provision detention.release_without_court_approval "Release if no court decision approving the arrest reaches the detention facility in time" {
  alias detention.extension_72h_listed_offences
  applies when arrest.made
  note "A custody still running (no approval, no release) is judged up to the moment of assessment (`as_of`): within the limit so far it is compliant so far; without that moment the verdict stays open."
  note "The duty to notify the prosecutor and the case officer attaches to a release made because no court approval arrived by the deadline, not to an earlier release."
  note "The 2021 list of crimes for which preliminary detention may be extended is open (“and others”): an offence outside the named categories counts only when the lawyer says it is one of the other cases."
    since kz2021

  require approved_or_released_in_time "within {detention.approval_limit} of the arrest the detention facility received a court decision approving the arrest, or else released the suspect":
    approved_or_released_within(detention.approval_limit)
    cite kz2017.arrest_procedures "If within 72 hours of the arrest the administration of the detention facility has not received a court decision approving the arrest, the administration should immediately release him/her"
    cite kz2021.arrest_procedures "If within 48 hours of the arrest the administration of the detention facility has not received a court decision approving the arrest, the administration should immediately release the suspect"
    explain "court approval received: {detention.court_approval_received}; released: {detention.released}; {margins}"

  exception extended for approved_or_released_in_time "preliminary detention extended to 72 hours for a grave, terrorist or other listed crime"
    since kz2021
    when detention.extension_ordered and offense.extension_listed
    require approved_or_released_within(72 hours)
    cite kz2021.arrest_procedures "The duration of preliminary detention may be extended to 72 hours in a variety of cases, including grave or terrorist crimes, crimes committed by criminal groups, drug trafficking, sexual crimes against a minor, and others."
    explain "preliminary detention was extended for a listed crime, so the limit is 72 hours; {margins}"

  require release_notified "on releasing a suspect for whom no approval had arrived, the facility notified the prosecutor and the police officer who handled the case":
    detention.release_notified includes all of {prosecutor, case_officer}
    cite kz2017.arrest_procedures "the administration should immediately release him/her and notify the officer who handles the case and the prosecutor."
    cite kz2021.arrest_procedures "the administration should immediately release the suspect and notify the prosecutor and the police officer who handled the case."
    explain "the facility notified {detention.release_notified}; both the prosecutor and the case officer must be notified"

  exception not_released_for_lack_of_approval for release_notified "the suspect was not released for lack of a court approval by the deadline (not released, released early, or released after an approval arrived)"
    when not detention.released
      or detention.time_to_release < detention.approval_limit
      or (detention.extension_ordered and offense.extension_listed and detention.time_to_release < 72 hours)
      or (detention.court_approval_received and detention.court_approval_received_at <= detention.released_at)
    waived
    cite kz2017.arrest_procedures "If within 72 hours of the arrest the administration of the detention facility has not received a court decision approving the arrest, the administration should immediately release him/her and notify the officer who handles the case and the prosecutor."
    cite kz2021.arrest_procedures "If within 48 hours of the arrest the administration of the detention facility has not received a court decision approving the arrest, the administration should immediately release the suspect and notify the prosecutor and the police officer who handled the case."
}

provision detention.charge_deadline "Charge or release within the police custody limit" {
  applies when arrest.made
  note "A custody still running (no charge, no release) is judged up to the moment of assessment (`as_of`): within the limit so far it is compliant so far; without that moment the verdict stays open."

  require charged_or_released_in_time "the police brought charges, or released the detainee, within {detention.charge_limit} of the arrest":
    charged_or_released_within(detention.charge_limit)
    cite kz2017.pretrial_detention "The law allows police to hold a detainee for 72 hours before bringing charges."
    cite kz2021.pretrial_detention "The law allows police to hold a detainee for 48 hours before submitting charges."
    explain "charged: {defendant.charged}; released: {detention.released}; {margins}"

  unsettled extension for charged_or_released_in_time "the report also allows preliminary detention to be extended to 72 hours for listed crimes; whether that also extends the time to charge is not stated"
    since kz2021
    when detention.extension_ordered
      and offense.extension_listed
      and charged_or_released_within(72 hours)
    cite kz2021.arrest_procedures "The duration of preliminary detention may be extended to 72 hours in a variety of cases, including grave or terrorist crimes, crimes committed by criminal groups, drug trafficking, sexual crimes against a minor, and others."
    explain "preliminary detention was extended to 72 hours for a listed crime and charges (or release) came within 72 hours; the 2021 report does not say whether the extension also moves the 48-hour charge limit"
}

provision detention.arbitrary_prohibited "No arbitrary arrest or detention: every deprivation of liberty rests on a legal ground" {
  applies when detention.deprived_of_liberty or arrest.made
  note "The reports do not define “arbitrary”. A deprivation of liberty is read as arbitrary when it rests on none of the grounds the reports describe (apprehension as a suspect in a crime, a court decision, the administrative detention of an alleged domestic abuser, the commitment of a citizen with a mental disability), or when custody goes on after a court refused to approve the arrest."
  note "This provision checks that a ground exists; the limits of each ground are checked by its own provision (the court approval and charge deadlines, the pretrial term, the arrest procedure), and a breach of them is reported there."
  note "The administrative detention of an alleged domestic abuser is a ground the reports describe, for 24 hours; that limit belongs to the domestic violence rules."
    cite kz2017.domestic_violence "provides for the 24-hour administrative detention of abusers."
    cite kz2021.domestic_violence "provides for administrative detention of alleged abusers for 24 hours."
  note "The commitment without consent of a citizen with a mental disability to a state-run institution is a ground the reports describe; who may be committed is checked by mental_health.involuntary_commitment."
    cite kz2017.persons_with_disabilities, kz2021.persons_with_disabilities "Citizens with mental disabilities may be committed to state-run institutions without their consent or judicial review"
  note "Custody after a court refused the arrest warrant is illegal detention: the 2021 report records a police officer convicted for it."
    since kz2021
    cite kz2021.arbitrary_detention "found former police lieutenant colonel Dzhandos Dzhangazin guilty of negligence and sentenced him to one year of probation for illegally detaining and remanding a suspect into police custody. Dzhangazin detained the suspect even though a court had denied Dzhangazin’s request for an arrest warrant."
  note "The 2021 report counts the detention of passers-by near rally sites among arbitrary arrests: a person held without being suspected of anything has no ground."
    since kz2021
    cite kz2021.arbitrary_arrest "During the year authorities detained many persons who participated in unsanctioned antigovernment rallies, including some pedestrians walking near rally sites."

  require lawful_ground "the deprivation of liberty rested on a ground the reports describe (apprehension as a suspect in a crime, a court decision, the administrative detention of an alleged domestic abuser, the commitment of a citizen with a mental disability) and did not go on after a court refused to approve the arrest":
    (arrest.made or detention.legal_basis in {crime_suspect, court_decision, domestic_violence, psychiatric_commitment})
      and not ((arrest.made or detention.legal_basis is crime_suspect) and detention.held_after_warrant_denied)
    cite kz2017.arbitrary_detention "The law prohibits arbitrary arrest and detention, but the practice occurred."
    cite kz2021.arbitrary_detention "The law prohibits arbitrary arrest and detention, but such incidents occurred."
    cite kz2017.arrest_procedures, kz2021.arrest_procedures "A person apprehended as a suspect in a crime is taken to a police office for interrogation."
    cite kz2017.arrest_procedures "The arrest must be approved by the court."
    cite kz2021.arrest_procedures "By law an arrest must be approved by the court."
    explain "ground: {detention.legal_basis}; apprehended as a suspect in a crime: {arrest.made}; held after a court refused to approve the arrest: {detention.held_after_warrant_denied}"

  unsettled kettling for lawful_ground "the person was kept from leaving a place by police surrounding the group (“kettling”); the reports do not say whether that is a detention: human rights defenders called it illegal detention, prosecutors found no abuse"
    when detention.kettled and not arrest.made
    cite kz2017.arbitrary_detention "The law prohibits arbitrary arrest and detention, but the practice occurred."
    cite kz2021.arbitrary_detention "riot police in Almaty surrounded groups of activists protesting the election for up to seven hours in a procedure known as “kettling,” which prevented activists from leaving the site of the protest."
    cite kz2021.arbitrary_detention "Human rights defenders condemned the use of kettling as a form of illegal detention and an abuse of individuals’ right to free movement."
    cite kz2021.arbitrary_detention "Some activists filed complaints with the Almaty Prosecutor General’s Office, but prosecutors found no abuses in the police’s actions."
    explain "the person was held by police surrounding the group (kettling), ground: {detention.legal_basis}; the reports do not say whether kettling is a detention: human rights defenders condemned it as illegal detention, prosecutors found no abuse"

  unsettled administrative_offense for lawful_ground "the person was held by the police for an administrative offence with no court decision; the reports describe administrative arrest as a penalty and do not say when the police may hold a person before a court decides"
    when detention.legal_basis is administrative_offense and not arrest.made
    cite kz2017.arbitrary_arrest "The government frequently arrested and detained political opponents and critics, sometimes for minor infractions, such as unsanctioned assembly, that led to fines or up to 10 days’ administrative arrest."
    cite kz2021.arbitrary_arrest "The government frequently arrested and detained political opponents and critics, sometimes for minor infractions such as unsanctioned assembly, that led to fines or up to 15 days’ administrative arrest."
    explain "the person was held for an administrative offence without a court decision; the reports describe fines and administrative arrest for minor infractions such as an unsanctioned assembly, but not when the police may hold a person before a court decides"
}

provision arrest.attorney_before_interrogation "Opportunity to meet an attorney before interrogation" {
  applies when interrogation.held
  note "“The accused” is read as the person apprehended as a suspect (the sentence before) and anyone questioned as an accused."
  note "Preliminary questioning is interrogation: the reports record (from the human rights ombudsman in 2017, from human rights defenders in 2021) evidence gathered by preliminary questioning before the detainee's attorney arrived, and detainees dissuaded from seeing an attorney, as abuses of this right."
    cite kz2017.arrest_procedures, kz2021.arrest_procedures "dissuaded detainees from seeing an attorney, gathered evidence through preliminary questioning before a detainee’s attorney arrived"
  note "The reports require an opportunity, not a meeting: a person who had the opportunity and chose not to meet an attorney is compliant."

  require attorney_opportunity "before the interrogation the person had the opportunity to meet with an attorney":
    interrogation.attorney_opportunity
    cite kz2017.arrest_procedures "Prior to interrogation, the accused should have the opportunity to meet with an attorney."
    cite kz2021.arrest_procedures "Prior to interrogation, by law the accused should have the opportunity to meet with an attorney."
    explain "the person had the opportunity to meet with an attorney before being interrogated: {interrogation.attorney_opportunity}"
}

provision arrest.body_search_grounds "A body search on arrest only with reason to believe the detainee has a gun or may destroy evidence" {
  applies when arrest.made and arrest.body_searched
  note "The reports state a permission with its condition (“may … if”): a search on arrest with neither reason is read as outside the permission. Either reason suffices."
  note "The sentence concerns the immediate search upon arrest; a later search is not addressed by it."

  require search_reason "the investigator had reason to believe the detainee had a gun or might try to discard or destroy evidence":
    arrest.search_reasons includes any of {armed, destroy_evidence}
    cite kz2017.arrest_procedures "Upon arrest the investigator may do an immediate body search if there is a reason to believe the detainee has a gun or may try to discard or destroy evidence."
    cite kz2021.arrest_procedures "Upon arrest the investigator may do an immediate body search if there is reason to believe the detainee has a gun or may try to discard or destroy evidence."
    explain "the detainee's body was searched on arrest; the investigator's reasons: {arrest.search_reasons}; a search needs reason to believe the detainee has a gun or may discard or destroy evidence"
}

provision arrest.prosecutor_report_12h "Written report to the prosecutor within 12 hours of the signature on the arrest statement" {
  applies when arrest.made and arrest.statement.written
  note "“The signature on the arrest statement” is read as the investigator’s signature, which the statement carries even where the suspect’s is missing; when both signed at once it is that moment."
  note "A report not yet submitted is judged up to the moment of assessment (`as_of`): within 12 hours of the signature it is compliant so far; without that moment the verdict stays open."

  require report_in_time "the investigator submitted a written report to the prosecutor’s office within 12 hours of the signature on the arrest statement":
    done_within(arrest.prosecutor_report.submitted, arrest.time_to_prosecutor_report, arrest.time_since_statement_signed, 12 hours)
    cite kz2017.arrest_procedures "The investigator should also submit a written report to the prosecutor’s office within 12 hours of the signature of the statement."
    cite kz2021.arrest_procedures "The investigator should also submit a written report to the prosecutor’s office within 12 hours of the signature on the arrest statement."
    explain "report submitted: {arrest.prosecutor_report.submitted}; {margins}"
}

provision arrest.court_approval_required "An arrest must be approved by a court: no custody after the court refuses" {
  applies when arrest.made
  note "The time within which a court approval must reach the detention facility is checked by detention.release_without_court_approval; this provision checks that custody did not go on after a court refused to approve the arrest."
  note "The 2021 report records a police officer convicted of negligence for holding a suspect four days after a court had denied the arrest warrant."
    since kz2021
    cite kz2021.arbitrary_detention "Dzhangazin detained the suspect even though a court had denied Dzhangazin’s request for an arrest warrant. The suspect was in police custody for four days before an officer at the detention facility noticed the court’s previous denial"

  require not_held_after_refusal "the person was not held in custody after a court refused to approve the arrest":
    not detention.held_after_warrant_denied
    cite kz2017.arrest_procedures "The arrest must be approved by the court."
    cite kz2017.arrest_procedures "Although the judiciary has the authority to deny or grant arrest warrants"
    cite kz2021.arrest_procedures "By law an arrest must be approved by the court."
    cite kz2021.arrest_procedures "Although the judiciary has authority to deny or grant arrest warrants"
    explain "held in custody after a court refused to approve the arrest: {detention.held_after_warrant_denied}"
}

provision arrest.prosecutor_to_court_12h "The prosecutor takes the evidence for an arrest to court within 12 hours" {
  applies when arrest.made and arrest.materials_to_prosecutor
  note "The reports do not say from what moment the 12 hours run. They are read as running from the prosecutor’s receipt of the case materials, the step before; read from the arrest, a filing within 12 hours of receipt could still be late."
    cite kz2017.arrest_procedures "(1) the investigator collects all evidence to justify the arrest and takes all materials of the case to the prosecutor; (2) the prosecutor studies the evidence and takes it to court within 12 hours"
    cite kz2021.arrest_procedures "(1) the investigator collects all evidence to justify the arrest and takes all case materials to the prosecutor; (2) the prosecutor studies the evidence and takes it to court within 12 hours"
  note "Evidence not yet taken to court, the suspect still held, is judged up to the moment of assessment (`as_of`)."

  require taken_to_court_in_time "the prosecutor took the evidence to court within 12 hours of receiving the case materials":
    (arrest.materials_to_court and arrest.time_prosecutor_to_court <= 12 hours)
      or (not arrest.materials_to_court and not detention.released and arrest.time_with_prosecutor_so_far <= 12 hours)
    cite kz2017.arrest_procedures, kz2021.arrest_procedures "(2) the prosecutor studies the evidence and takes it to court within 12 hours"
    explain "evidence taken to court: {arrest.materials_to_court}; suspect released: {detention.released}; {margins}"

  unsettled released_first for taken_to_court_in_time "the suspect was released within the 12 hours and the prosecutor never went to court; the reports do not say whether the step is still owed once the suspect is free"
    when not arrest.materials_to_court
      and detention.released
      and arrest.time_prosecutor_to_release <= 12 hours
    cite kz2017.arrest_procedures, kz2021.arrest_procedures "(2) the prosecutor studies the evidence and takes it to court within 12 hours"
    explain "the suspect was released {arrest.time_prosecutor_to_release} after the prosecutor received the case materials, and the evidence was never taken to court; the reports describe the step only as part of approving an arrest"
}

provision arrest.hearing_participants "The court proceeding on the arrest is held with the suspect, the suspect's lawyer and the prosecutor" {
  applies when arrest.hearing.held

  require all_took_part "the suspect, the suspect's lawyer and the prosecutor took part in the court proceeding":
    arrest.hearing.participants includes all of {suspect, lawyer, prosecutor}
    cite kz2017.arrest_procedures "(3) the court proceeding is held with the participation of the criminal suspect, his/her lawyer, and the prosecutor."
    cite kz2021.arrest_procedures "(3) the court proceeding is held with the participation of the criminal suspect, the suspect’s lawyer, and the prosecutor."
    explain "took part: {arrest.hearing.participants}; the suspect, the suspect's lawyer and the prosecutor must all take part"
}

provision detention.alternative_restraints "A court may choose a restraint other than custody: house arrest or restricted movement (2017: or a written undertaking not to leave)" {
  applies when detention.restraint in {house_arrest, restricted_movement, written_undertaking}
  note "The reports give the choice of these restraints to the court, in the court procedure that approves an arrest, and name no one else who may impose them; they do not say whether an investigator or prosecutor may impose one, and the verdict stays open. A house arrest that rests on no legal ground at all is checked by detention.arbitrary_prohibited."
  note "The 2021 list is open (“including”) and no longer names the written undertaking not to leave; it is read as still among the forms a court may choose."
    since kz2021
    cite kz2021.arrest_procedures "The court may choose other forms of restraint, including house arrest or restricted movement."

  require chosen_by_court "a court chose the restraint":
    detention.restraint_by_court
    cite kz2017.arrest_procedures "The court may choose other forms of restraint: house arrest, restriction of movement, or a written requirement not to leave the city/place of residence."
    cite kz2021.arrest_procedures "The court may choose other forms of restraint, including house arrest or restricted movement."
    explain "restraint: {detention.restraint}; chosen by a court: {detention.restraint_by_court}"

  unsettled not_by_court for chosen_by_court "the restraint was imposed without a court; the reports give the choice to the court but do not say whether others may impose it"
    when detention.restraint in {house_arrest, restricted_movement, written_undertaking}
    cite kz2017.arrest_procedures "The court may choose other forms of restraint: house arrest, restriction of movement, or a written requirement not to leave the city/place of residence."
    cite kz2021.arrest_procedures "The court may choose other forms of restraint, including house arrest or restricted movement."
    explain "{detention.restraint} was imposed without a court decision; the reports say the court may choose it, not whether anyone else may"
}

provision arrest.inform_of_rights "Police inform detainees of their rights, including the right to an attorney" {
  applies when arrest.made
  note "The reports do not say at what moment the detainee must be informed; the provision checks that the police informed the detainee."

  require informed_of_rights "the police informed the detainee of their rights":
    arrest.informed_of_rights
    cite kz2017.arrest_procedures "The 2015 criminal procedure code obliges police to inform detainees about their rights, including the right to an attorney."
    cite kz2021.arrest_procedures "The law obliges police to inform detainees of their rights, including the right to an attorney."
    explain "the police informed the detainee of their rights: {arrest.informed_of_rights}"

  require informed_of_attorney "the police informed the detainee of the right to an attorney":
    arrest.informed_of_right_to_attorney
    cite kz2017.arrest_procedures "The 2015 criminal procedure code obliges police to inform detainees about their rights, including the right to an attorney."
    cite kz2021.arrest_procedures "The law obliges police to inform detainees of their rights, including the right to an attorney."
    explain "the police informed the detainee of the right to an attorney: {arrest.informed_of_right_to_attorney}"
}

provision detention.complaint_window_15d "A detainee's complaint against detention may be submitted within 15 days" {
  until kz2017
  applies when detention.complaint.made
  note "The report does not say from when the 15 days run; they are read as running from the decision the complaint challenges (for a complaint against the detention itself, the day it began). Days are calendar days, which the report does not state."
  note "A complaint submitted after the 15 days may be refused; one submitted within them must be received, not refused as late or blocked. The report names no other ground for refusing a complaint, and a refusal on another ground within the 15 days is left open."

  require complaint_received "a complaint submitted within 15 days of the challenged decision was received, not refused or blocked":
    detention.complaint.outcome is accepted or detention.complaint.time_to_complaint > 15 days
    cite kz2017.challenge_detention "The code of criminal procedure spells out a detainee’s right to submit a complaint, challenge the justification for detention, or to seek a pretrial probation as an alternative to arrest."
    cite kz2017.challenge_detention "Detainees have 15 days to submit complaints to the administration of the pretrial detention facility or to local court."
    explain "the complaint was {detention.complaint.outcome}; it was submitted {detention.complaint.time_to_complaint} after the challenged decision, and detainees have 15 days to submit complaints"

  unsettled other_refusal for complaint_received "the complaint was refused on a ground other than lateness; the report states the right and the 15 days, and neither names nor excludes other grounds"
    when detention.complaint.outcome is refused_other
    cite kz2017.challenge_detention "Detainees have 15 days to submit complaints to the administration of the pretrial detention facility or to local court."
    explain "the complaint was refused on a ground other than lateness; the report states only the right to complain and the 15 days"
}

provision detention.judge_review_3_to_10d "The investigative judge decides a detention complaint within three to 10 days" {
  until kz2017
  applies when detention.complaint.to_judge
  note "“Three to 10 days” is read as a period of three days that may run to 10; the report does not say when the longer period applies, so a decision after three and within 10 days is left open, and one after 10 days is late."
  note "The days run from the judge’s receipt of the complaint; they are calendar days, which the report does not state. A complaint still undecided is judged up to the date of assessment (`as_of`)."

  require decided_in_time "the investigative judge decided within three days of receiving the complaint":
    done_within(detention.complaint.judge_decided, detention.complaint.time_to_judge_decision, detention.complaint.time_before_judge_so_far, 3 days)
    cite kz2017.challenge_detention "An investigative judge has three to 10 days to overturn or uphold the challenged decision."
    explain "decided: {detention.complaint.judge_decided}; {margins}"

  unsettled up_to_ten for decided_in_time "the judge took more than three days but no more than 10; the report gives “three to 10 days” without saying when the longer period applies"
    when done_within(detention.complaint.judge_decided, detention.complaint.time_to_judge_decision, detention.complaint.time_before_judge_so_far, 10 days)
    cite kz2017.challenge_detention "An investigative judge has three to 10 days to overturn or uphold the challenged decision."
    explain "the judge took more than three days and no more than 10 (decided: {detention.complaint.judge_decided}); the report gives “three to 10 days” without saying which cases get the longer period"
}

unchecked investigation.prosecutor_authorizes_search "Prosecutors may authorise investigative actions such as search and seizure" {
  until kz2017
  applies when investigation.search_or_seizure
  because "the 2017 report states a power of prosecutors to authorise investigative actions, not a condition that a search or seizure must meet, so no fact makes one unlawful under it; intrusions into the home, communications and financial records are for the privacy rules (domain E)"
  cite kz2017.arrest_procedures "Prosecutors continued to have the power to authorize investigative actions, such as search and seizure."
}
