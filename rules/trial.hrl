# Defence counsel at trial (catalogue domain C).
#
#   trial.mandatory_defense_counsel   a defendant must have an attorney when a minor, disabled, not
#                                     speaking the language of the court, or facing 10+ years
#
# The potential sentence uses the facts declared in pretrial.hrl (offense.max_prison_term,
# offense.life_imprisonment_possible).

fact defendant.age: integer in years from 0 to 150
  ask "How old was the defendant at the time of the trial, in full years?"
fact defendant.has_disability: bool ask "Does the defendant have a mental or physical disability?"
fact defendant.speaks_court_language: bool
  ask "Does the defendant speak the language in which the court conducts the trial?"
fact defendant.age_at_offense: integer in years
  ask "How old was the defendant when the offence was committed, in full years?"
fact defendant.represented: bool
  ask "Was the defendant represented by a defence attorney at the trial?"

define trial.adult_trigger =
  defendant.has_disability
    or not defendant.speaks_court_language
    or offense.max_prison_term >= 10 years
    or offense.life_imprisonment_possible
  means "a ground for mandatory counsel other than minority (disability, language, 10 or more years)"

provision trial.mandatory_defense_counsel "Mandatory defence counsel for minors, disabled defendants, non-speakers of the court language and those facing 10 or more years" {
  applies when defendant.represented
    or defendant.age < 18
    or defendant.age_at_offense < 18
    or trial.adult_trigger
  note "A defendant who was represented is compliant, whatever the grounds; one who meets none of them is outside the provision. “10 or more years” is inclusive, and an offence punishable by life imprisonment meets it."
  note "“When the defendant is a minor” is read as a minor at the time of the trial; a defendant who was a minor at the time of the offence but is an adult at trial is not addressed by the reports, and is left open."

  require represented "the defendant was represented by an attorney":
    defendant.represented
    cite kz2017.trial_procedures "By law a defendant must be represented by an attorney when the defendant is a minor, has mental or physical disabilities, does not speak the language of the court, or faces 10 or more years of imprisonment."
    cite kz2021.trial_procedures "By law a defendant must be represented by an attorney when the defendant is a minor, has mental or physical disabilities, does not speak the language of the court, or faces 10 or more years of imprisonment if convicted."
    explain "represented by an attorney: {defendant.represented}; representation is mandatory for a minor, a defendant with a mental or physical disability, one who does not speak the language of the court, or one facing 10 or more years; here: age: {defendant.age}, at the offence: {defendant.age_at_offense}, disability: {defendant.has_disability}, speaks the court language: {defendant.speaks_court_language}, longest fixed term: {offense.max_prison_term}, life imprisonment possible: {offense.life_imprisonment_possible}"

  contested minor_at_offense for represented "the defendant was a minor at the time of the offence but is an adult at trial; the reports speak of a defendant who “is a minor”"
    when defendant.age >= 18 and defendant.age_at_offense < 18 and not trial.adult_trigger
    cite kz2017.trial_procedures "By law a defendant must be represented by an attorney when the defendant is a minor, has mental or physical disabilities, does not speak the language of the court, or faces 10 or more years of imprisonment."
    cite kz2021.trial_procedures "By law a defendant must be represented by an attorney when the defendant is a minor, has mental or physical disabilities, does not speak the language of the court, or faces 10 or more years of imprisonment if convicted."
}
