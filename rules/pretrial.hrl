# Pretrial detention and bail (catalogue domain B).
#
#   pretrial.max_term                            two months, extendable to at most 18 months in total
#   pretrial.not_longer_than_potential_sentence  pretrial detention no longer than the potential sentence
#   bail.eligibility                             bail only for eligible suspects and offences
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

  contested after_investigation for within_term "the term was extended, but the investigation did not continue the whole time: the reports do not say what limit governs custody after the investigation ended"
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

  contested fine_scope for fine_alternative "the 2017 sentence may attach the fine proviso only to crimes of minor or moderate severity, not to first-time offenders charged with a graver crime"
    until kz2017
    when defendant.first_offense and offense.severity not in {minor, moderate}
    cite kz2017.pretrial_detention "The bail system is designed for persons who commit a criminal offense for the first time or for a crime of minor or moderate severity not associated with causing death or grievous bodily harm to the victim, provided that the penalties for committing such a crime contain a fine as an alternative penalty."
    explain "bail went to a first-time offender charged with a {offense.severity} crime; the 2017 sentence does not make clear whether its fine proviso covers first-time offenders"

  require no_death_or_grievous_harm "the crime is not associated with causing death or grievous bodily harm to the victim":
    not (offense.features includes any of {caused_death, grievous_bodily_harm})
    until kz2017
    cite kz2017.pretrial_detention "not associated with causing death or grievous bodily harm to the victim"
    explain "the offence is described as {offense.features}; bail is not designed for crimes causing death or grievous bodily harm"

  contested harm_scope for no_death_or_grievous_harm "the 2017 sentence may attach “not associated with causing death or grievous bodily harm” only to crimes of minor or moderate severity, not to first-time offenders charged with a graver crime"
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
