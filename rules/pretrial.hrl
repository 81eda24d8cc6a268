# Pretrial detention and bail (catalogue domain B).
#
#   pretrial.max_term                            two months, extendable to at most 18 months in total
#   pretrial.not_longer_than_potential_sentence  pretrial detention no longer than the potential sentence
#   bail.eligibility                             bail only for eligible suspects and offences
#   indictment.prosecutor_review_5d              case materials shared with the defendant, then checked
#                                                by the prosecutor and forwarded to the court within 5 days
#
# Months and years are calendar months and years, measured from the first day of pretrial detention
# with exact calendar arithmetic (2021-01-10 + 2 months = 2021-03-10, still within the term).

# ---------------------------------------------------------------- pretrial detention
fact pretrial.detained: bool
  ask "After being charged, was the person held in pretrial detention (custody as a measure of restraint)?"
fact pretrial.detention_start: date ask "On what date did the pretrial detention begin?"
fact pretrial.still_held: bool ask "Is the person still held in pretrial detention?"
fact pretrial.detention_end: date ask "On what date did the pretrial detention end?"
fact pretrial.extended: bool
  ask "Did the authorities extend the pretrial detention term beyond the first two months?"
fact pretrial.investigation_ongoing: bool
  ask "Was the investigation still under way during the whole time the person was held beyond the first two months?"

define pretrial.held_until = if pretrial.still_held then assessment.on else pretrial.detention_end
  means "the last day of pretrial detention (the date of assessment while it continues)"

constraint pretrial.ends_after_start "the pretrial detention ends before it began":
  pretrial.detention_end >= pretrial.detention_start
constraint pretrial.assessed_after_start "the date of assessment (as_of) is before the pretrial detention began":
  assessment.on >= pretrial.detention_start

# ---------------------------------------------------------------- potential sentence
fact offense.max_prison_term: duration in years
  ask "What is the longest fixed term of imprisonment the offence carries (the top of the statutory range)? Give 0 years if it carries no imprisonment."
fact offense.life_imprisonment_possible: bool
  ask "Can the offence be punished by life imprisonment?"

# ---------------------------------------------------------------- bail
fact bail.granted: bool ask "Was the suspect conditionally released on bail?"
# True once the scenario says whether bail was granted (either way), unknown before: in three-valued
# logic `x or not x` is the test "x is known", and it can never be false, so stating more facts
# never takes a verdict back. The provision is assessed for every case that says either way.
define bail.decided = bail.granted or not bail.granted
  means "the authorities decided whether to release the suspect on bail"
fact defendant.first_offense: bool
  ask "Is the person charged with committing a criminal offence for the first time?"
fact offense.fine_alternative: bool
  ask "Does the penalty for the offence include a fine as an alternative penalty?"
fact bail.flight_risk: bool
  ask "Was there reason to believe the suspect, if released, would escape?"
fact bail.obstruction_risk: bool
  ask "Was there reason to believe the suspect, if released, would hinder the investigation of the case?"

# ---------------------------------------------------------------- indictment
fact indictment.made: bool
  ask "On completing the investigation, did the investigator make an official indictment?"
fact indictment.shared_with_defendant: bool
  ask "Were the materials of the case shared with the defendant before they were sent to the prosecutor? (Answer false if they were shared only afterwards, or not at all.)"
fact indictment.sent_to_prosecutor: bool
  ask "Were the materials of the case sent to the prosecutor?"
fact indictment.sent_to_prosecutor_on: date
  ask "On what date did the prosecutor receive the materials of the case?"
fact indictment.forwarded_to_court: bool
  ask "Did the prosecutor forward the materials of the case to the court?"
fact indictment.forwarded_to_court_on: date
  ask "On what date did the prosecutor forward the materials of the case to the court?"

define indictment.prosecutor_review_time =
  indictment.forwarded_to_court_on - indictment.sent_to_prosecutor_on
  means "time from the prosecutor's receipt of the case materials until they were forwarded to the court"
define indictment.prosecutor_review_so_far = assessment.on - indictment.sent_to_prosecutor_on
  means "time since the prosecutor received the case materials, the review still running"

# Forwarded to the court within `limit` of the prosecutor's receipt; a review still running is
# judged up to the date of assessment.
define forwarded_to_court_within(limit: duration) =
  done_within(indictment.forwarded_to_court, indictment.prosecutor_review_time, indictment.prosecutor_review_so_far, limit)

# ================================================================= provisions

provision pretrial.max_term "Pretrial detention up to two months, extendable to at most 18 months" {
  applies when pretrial.detained
  note "“Up to 18 months” is read as the total ceiling, not 18 months on top of the first two (the 2017 wording “extended up to 18 months” supports this)."

  require within_term "the pretrial detention lasted no longer than two months":
    pretrial.held_until <= pretrial.detention_start + 2 months
    cite kz2017.arrest_procedures "Detainees may be held in pretrial detention for up to two months."
    cite kz2021.pretrial_detention "Once charged, detainees may be held in pretrial detention for up to two months."
    explain "the pretrial detention ran until {value}; the two-month term ended on {limit} ({margin})"

  exception extended for within_term "the term was extended while the investigation continued: at most 18 months in total"
    when pretrial.extended and pretrial.investigation_ongoing
    require pretrial.held_until <= pretrial.detention_start + 18 months
    cite kz2017.arrest_procedures "The term may be extended up to 18 months if the investigation continues."
    cite kz2017.arbitrary_arrest, kz2021.pretrial_detention "Depending on the complexity and severity of the alleged offense, authorities may extend the term for up to 18 months while the investigation takes place."
    explain "the term was extended; the pretrial detention ran until {value} and the 18-month ceiling ended on {limit} ({margin})"

  unsettled after_investigation for within_term "the term was extended, but the investigation did not continue the whole time: the reports do not say what limit governs custody after the investigation ended"
    when pretrial.extended and not pretrial.investigation_ongoing
    cite kz2017.arbitrary_arrest, kz2021.pretrial_detention "Depending on the complexity and severity of the alleged offense, authorities may extend the term for up to 18 months while the investigation takes place."
    explain "the term was extended and the person was held until {pretrial.held_until}, but not all of it while the investigation continued; the reports allow the extension only while the investigation takes place and say nothing of custody after it"
}

provision pretrial.not_longer_than_potential_sentence "Pretrial detention no longer than the potential sentence" {
  applies when pretrial.detained

  require within_potential_sentence "the pretrial detention lasted no longer than the longest sentence the offence carries":
    pretrial.held_until <= pretrial.detention_start + offense.max_prison_term
    cite kz2017.arbitrary_arrest, kz2021.pretrial_detention "The pretrial detention term may not be longer than the potential sentence for the offense."
    explain "the pretrial detention ran until {value}; a term as long as the maximum sentence of {offense.max_prison_term} would have ended on {limit} ({margin})"

  exception life_sentence for within_potential_sentence "the offence carries life imprisonment, so no pretrial term can exceed the potential sentence"
    when offense.life_imprisonment_possible
    waived
    cite kz2017.arbitrary_arrest, kz2021.pretrial_detention "The pretrial detention term may not be longer than the potential sentence for the offense."
}

provision bail.eligibility "Bail only for first-time or minor/moderate offences punishable alternatively by a fine" {
  alias bail.exclusions
  applies when bail.decided
  note "The reports say whom the bail system is designed for, not that bail must be granted: a refusal of bail complies, and bail granted outside the system is the deviation."
  note "“For the first time or for a crime of minor or moderate severity” is read as either condition sufficing."
  note "“Grave crimes” is read as grave and especially grave crimes."
    since kz2021

  require eligible_person_or_offense "the suspect is charged with a criminal offence for the first time, or the crime is of minor or moderate severity":
    defendant.first_offense or offense.severity in {minor, moderate}
    cite kz2017.pretrial_detention "The bail system is designed for persons who commit a criminal offense for the first time or for a crime of minor or moderate severity"
    cite kz2021.arrest_procedures "The bail system was designed for persons charged with committing a criminal offense for the first time or a crime of minor or moderate severity."
    explain "first offence: {defendant.first_offense}; offence category: {offense.severity}; bail is designed for first-time offenders or minor or moderate crimes"

  require fine_alternative "the penalties for the crime include a fine as an alternative penalty":
    offense.fine_alternative
    cite kz2017.pretrial_detention "provided that the penalties for committing such a crime contain a fine as an alternative penalty."
    cite kz2021.arrest_procedures "Thus, the bail system requires that the penalties for conviction include a fine as an alternative penalty."
    explain "a fine is an alternative penalty for the offence: {offense.fine_alternative}"

  unsettled fine_scope for fine_alternative "the 2017 sentence may attach the fine proviso only to crimes of minor or moderate severity, not to first-time offenders charged with a graver crime"
    until kz2017
    when defendant.first_offense and offense.severity not in {minor, moderate}
    cite kz2017.pretrial_detention "The bail system is designed for persons who commit a criminal offense for the first time or for a crime of minor or moderate severity not associated with causing death or grievous bodily harm to the victim, provided that the penalties for committing such a crime contain a fine as an alternative penalty."
    explain "bail went to a first-time offender charged with a {offense.severity} crime; the 2017 sentence does not make clear whether its fine proviso covers first-time offenders"

  require no_death_or_grievous_harm "the crime is not associated with causing death or grievous bodily harm to the victim":
    not (offense.features includes any of {caused_death, grievous_bodily_harm})
    until kz2017
    cite kz2017.pretrial_detention "not associated with causing death or grievous bodily harm to the victim"
    explain "the offence is described as {offense.features}; bail is not designed for crimes causing death or grievous bodily harm"

  unsettled harm_scope for no_death_or_grievous_harm "the 2017 sentence may attach “not associated with causing death or grievous bodily harm” only to crimes of minor or moderate severity, not to first-time offenders charged with a graver crime"
    until kz2017
    when defendant.first_offense and offense.severity not in {minor, moderate}
    cite kz2017.pretrial_detention "The bail system is designed for persons who commit a criminal offense for the first time or for a crime of minor or moderate severity not associated with causing death or grievous bodily harm to the victim"
    explain "bail went to a first-time offender charged with a {offense.severity} crime; the 2017 sentence does not make clear whether the exclusion of crimes causing death or grievous bodily harm covers first-time offenders"

  require not_excluded "the suspect is not suspected of a grave crime, a crime that led to death, organized crime or a terrorist or extremist crime, and there is no reason to believe that, if released, the suspect would hinder the investigation or escape":
    offense.severity not in {grave, especially_grave}
      and not (offense.features includes any of {caused_death, organized_crime, terrorist, extremist})
      and not bail.obstruction_risk
      and not bail.flight_risk
    since kz2021
    cite kz2021.arrest_procedures "Bail is not available to suspects of grave crimes, crimes that led to death, organized crime, terrorist or extremist crimes, or in situations where there is reason to believe the suspect, if released, would hinder the investigation of the case or would escape."
    explain "offence category: {offense.severity}; offence described as {offense.features}; risk of hindering the investigation: {bail.obstruction_risk}; risk of escape: {bail.flight_risk}; any one of these exclusions makes bail unavailable"

  exception refused for eligible_person_or_offense, fine_alternative, no_death_or_grievous_harm, not_excluded "bail was not granted: the reports do not require bail to be granted"
    when not bail.granted
    waived
    cite kz2017.pretrial_detention "The bail system is designed for persons who commit a criminal offense for the first time or for a crime of minor or moderate severity"
    cite kz2021.arrest_procedures "The bail system was designed for persons charged with committing a criminal offense for the first time or a crime of minor or moderate severity."
}

provision indictment.prosecutor_review_5d "Case materials shared with the defendant, then checked by the prosecutor and forwarded to the court within five days" {
  applies when indictment.made
  note "“Shared with the defendant and then sent to the prosecutor” is read as an order: the defendant has the materials before the prosecutor receives them."
  note "The five days run from the day the prosecutor received the materials to the day the prosecutor forwarded them to the court; a review still running is judged as of the date of assessment (`as_of`)."
  note "Neither report says whether the five days are calendar or working days: forwarding within five calendar days meets both readings; on the sixth or seventh calendar day it meets only the working-day reading and is left open; later fails both (public holidays are not counted)."
  note "The reports say nothing of what else the prosecutor may do with the materials (return them for further investigation, close the case); only forwarding them to the court is checked."

  require shared_with_defendant "the materials of the case were shared with the defendant before they were sent to the prosecutor":
    indictment.shared_with_defendant
    cite kz2017.arrest_procedures, kz2021.pretrial_detention "The materials of the case are shared with the defendant and then sent to the prosecutor"
    explain "the materials were shared with the defendant before going to the prosecutor: {indictment.shared_with_defendant}"

  require forwarded_in_time "the prosecutor checked the materials and forwarded them to the court within five days of receiving them":
    forwarded_to_court_within(5 days)
    cite kz2017.arrest_procedures, kz2021.pretrial_detention "sent to the prosecutor, who has five days to check the materials and forward them to the court."
    explain "forwarded to the court: {indictment.forwarded_to_court}; {margins}"

  unsettled working_days for forwarded_in_time "the materials were forwarded (or the review ran) on the sixth or seventh calendar day: within five working days, but not within five calendar days, and the reports do not say which are meant"
    when forwarded_to_court_within(7 days)
    cite kz2017.arrest_procedures, kz2021.pretrial_detention "sent to the prosecutor, who has five days to check the materials and forward them to the court."
    explain "the prosecutor took more than five calendar days but no more than seven; the reports do not say whether the five days are calendar or working days"

  exception not_sent for shared_with_defendant, forwarded_in_time "the materials have not been sent to the prosecutor yet: neither the order of sharing nor the prosecutor's five days can be breached"
    when not indictment.sent_to_prosecutor
    waived
    cite kz2017.arrest_procedures, kz2021.pretrial_detention "The materials of the case are shared with the defendant and then sent to the prosecutor, who has five days to check the materials and forward them to the court."
}
