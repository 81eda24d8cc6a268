# Arrest and police custody (catalogue domain A).
#
#   arrest.statement_within_3h                 arrest statement within 3 hours, complete and signed
#   detention.release_without_court_approval   release unless a court approves the arrest in time
#                                              (2017: 72 hours; 2021: 48 hours, 72 for listed crimes)
#   detention.charge_deadline                  charge or release within the police custody limit
#                                              (2017: 72 hours; 2021: 48 hours)
#
# Every clock starts at the moment of arrest (arrest.at); durations are computed from the dates and
# times the scenario gives, never asked for.

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
fact detention.charged: bool ask "Were charges submitted (brought) against the detainee?"
fact detention.charged_at: datetime
  ask "When were charges submitted against the detainee (date and time)?"

define detention.time_to_court_approval = detention.court_approval_received_at - arrest.at
  means "time from the arrest until the detention facility received the court decision approving the arrest"
define detention.time_to_release = detention.released_at - arrest.at
  means "time from the arrest until the suspect was released"
define detention.time_to_charge = detention.charged_at - arrest.at
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
  detention.charged_at >= arrest.at
constraint detention.assessed_after_arrest "the moment of assessment (as_of) is before the arrest":
  assessment.at >= arrest.at

# Held lawfully for at most `limit`: within it the suspect was covered by a court approval (or
# charged), or released; a custody still running is judged up to the moment of assessment.
define approved_or_released_within(limit: duration) =
  (detention.court_approval_received and detention.time_to_court_approval <= limit)
    or (detention.released and detention.time_to_release <= limit)
    or (not detention.court_approval_received and not detention.released and detention.time_held_so_far <= limit)
define charged_or_released_within(limit: duration) =
  (detention.charged and detention.time_to_charge <= limit)
    or (detention.released and detention.time_to_release <= limit)
    or (not detention.charged and not detention.released and detention.time_held_so_far <= limit)

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
  means "the offence is one for which the 2021 report allows preliminary detention to be extended to 72 hours (grave or especially grave, terrorist, by a criminal group, drug trafficking, sexual crime against a minor, or another case in the open list)"

# ================================================================= provisions

provision arrest.statement_within_3h "Arrest statement written within three hours of the arrest, complete and signed" {
  applies when arrest.made

  require statement_written "the investigator wrote an arrest statement":
    arrest.statement.written
    cite kz2017.arrest_procedures "Within three hours of arrest, the investigator is required to write a statement declaring the reason for the arrest"
    cite kz2021.arrest_procedures "Within three hours of the arrest, the investigator is required to write an arrest statement declaring the reason for the arrest"
    explain "an arrest statement was written: {arrest.statement.written}"

  require written_in_time "the statement was written within three hours of the arrest":
    arrest.time_to_statement <= 3 hours
    cite kz2017.arrest_procedures "Within three hours of arrest, the investigator is required to write a statement"
    cite kz2021.arrest_procedures "Within three hours of the arrest, the investigator is required to write an arrest statement"
    explain "the statement was written {value} after the arrest; the limit is {limit} ({margin})"

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

  exception suspect_refused for signed "the detained suspect refused to sign: the investigator's signature is what the investigator owes"
    when arrest.statement.suspect_refused_to_sign
    require arrest.statement.signed_by includes all of {investigator}
    cite kz2017.arrest_procedures, kz2021.arrest_procedures "which is then signed by the investigator and the detained suspect."
    explain "the suspect refused to sign; the statement was signed by {arrest.statement.signed_by}, and the investigator must sign"
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
    explain "charged: {detention.charged}; released: {detention.released}; {margins}"

  contested extension for charged_or_released_in_time "the report also allows preliminary detention to be extended to 72 hours for listed crimes; whether that also extends the time to charge is not stated"
    since kz2021
    when detention.extension_ordered
      and offense.extension_listed
      and charged_or_released_within(72 hours)
    cite kz2021.arrest_procedures "The duration of preliminary detention may be extended to 72 hours in a variety of cases, including grave or terrorist crimes, crimes committed by criminal groups, drug trafficking, sexual crimes against a minor, and others."
    explain "preliminary detention was extended to 72 hours for a listed crime and charges (or release) came within 72 hours; the 2021 report does not say whether the extension also moves the 48-hour charge limit"
}
