# Child labour (catalogue domain S).
#
#   child_labor.minimum_age            minimum employment age 16; light work from 14 with parental
#                                      permission
#   child_labor.hazardous_work_minors  no hazardous work for anyone under 18
#   child_labor.worst_forms_pornography_penalty        2017: up to 10 years in prison
#   child_labor.worst_forms_prostitution_penalty       2017: up to 12 years in prison
#   child_labor.worst_forms_trafficking_minors_penalty 2017: up to 15 years, lifetime ban
#   child_labor.employment_agreement_required          minors only under an employment agreement
#   child_labor.workday_limit_under_18                 unchecked: the reports give no figure
#
# The kind of work (work.heavy_manual, work.hazardous) is shared with the working-time rules: heavy
# manual labour is not by itself "hazardous work" in the reports' wording; work in harmful or
# dangerous conditions is. Work can be both.

fact worker.employed: bool
  ask "Did the person work, for an employer or in a family farm or family business, formally or informally?"
fact worker.age: integer in years from 0 to 150
  ask "How old was the worker when doing the work, in full years?"
fact worker.parental_permission: bool
  ask "Did a parent (or legal guardian) permit the child to do the work?"
fact work.light: bool ask "Is the work light work?"
fact work.interferes_with_health_or_education: bool
  ask "Does the work interfere with the child's health or education?"
fact work.heavy_manual: bool ask "Is the work heavy manual labour?"
fact work.hazardous: bool ask "Is the work hazardous, done in harmful or dangerous conditions?"
fact work.sector: one of {
  agriculture,
  construction,
  markets_and_streets "markets and streets, transporting or selling items",
  domestic "domestic work",
  gas_station "a gas station",
  car_wash "car washing",
  bus_conductor "working as a bus conductor",
  waiter "a waiter in a restaurant",
  other "another sector",
} ask "In which sector is the work done?"

# ================================================================= provisions

provision child_labor.minimum_age "Minimum employment age 16; light work from 14 with parental permission" {
  alias child_labor.admin_arrest_court_only_15d
  applies when worker.employed
  note "“Children ages 14 through 16” overlaps the general minimum age of 16: the light-work exception is read as 14 ≤ age < 16; from 16 the general rule applies, still subject to the under-18 ban on hazardous work. Ages are in full years."
  note "Light work must meet all three conditions: parental permission, light work, no interference with health or education."
  note "Work on a family farm or in a family business is within the provision: the reports exempt neither, and the 2021 report says most child labour occurred there."
    cite kz2021.child_labor "The majority of such situations occurred on family farms or in family businesses."

  require minimum_age "the worker is at least 16 years old":
    worker.age >= 16
    cite kz2017.child_labor "According to the labor code, the general minimum age for employment is 16."
    cite kz2021.child_labor "The minimum age for employment is 16."
    explain "the worker was {value} old; the minimum age for employment is {limit}"

  exception light_work for minimum_age "a child aged 14 or 15 may do light work, with parental permission, that does not interfere with health or education"
    when worker.age >= 14 and worker.age < 16
    require worker.parental_permission
      and work.light
      and not work.interferes_with_health_or_education
    cite kz2017.child_labor, kz2021.child_labor "With parental permission, however, children ages 14 through 16 may perform light work that does not interfere with their health or education."
    explain "the worker was {worker.age} years old (light-work band 14 to 15); parental permission: {worker.parental_permission}; light work: {work.light}; interferes with health or education: {work.interferes_with_health_or_education}"

  penalty "noncriminal punishments: written warnings, suspensions, terminations, withdrawal of licences, administrative penalties or fines, and administrative arrest (only by court decision, up to 15 days)"
    cite kz2017.child_labor "Noncriminal punishments include written warnings, suspensions, terminations, the withdrawal of licenses for specific types of activities, administrative penalties or fines, and administrative arrests (only by court decision and up to 15 days) for violations of legislation, including in relation to minors."
    cite kz2021.child_labor "The law provides noncriminal punishments for violations that do not include the worst forms of child labor, including written warnings, suspensions, terminations, the withdrawal of licenses for specific types of activities, administrative penalties or fines, and administrative arrest (only by court decision and only up to 15 days for violation of legislation in relation to minors)."
}

provision child_labor.hazardous_work_minors "No hazardous work for minors (under 18)" {
  alias child_labor.worst_forms_hazardous_penalty
  applies when worker.employed and worker.age < 18
  note "Work by a minor in a sector the 2021 report lists as determined by local legislation to be potentially hazardous (agriculture, construction, markets and streets, domestic work, gas stations, car washing, bus conductors, waiters) is read as hazardous work."
    since kz2021

  require no_hazardous_work "the minor does not do hazardous work":
    not work.hazardous
    cite kz2017.child_labor, kz2021.child_labor "The law prohibits minors from engaging in hazardous work"
    explain "the worker was {worker.age} years old and the work is hazardous: {work.hazardous}; minors may not engage in hazardous work"

  require no_listed_sector "the minor does not work in a sector local legislation treats as potentially hazardous for children":
    work.sector not in {agriculture, construction, markets_and_streets, domestic, gas_station, car_wash, bus_conductor, waiter}
    since kz2021
    cite kz2021.child_labor "Instances of work by children below the country’s minimum age of employment were reported in agriculture, including producing vegetables, weeding, and collecting worms; in construction; in the markets and streets, including transporting and selling items; in domestic work; in gas stations, car washing, and working as bus conductors; or as waiters in restaurants. These forms of labor were determined by local legislation to be potentially hazardous and were categorized as the worst forms of child labor."
    explain "the worker was {worker.age} years old and works in {work.sector}; local legislation treats work in that sector as potentially hazardous for children"

  penalty "a criminal offence: up to five years in prison, with or without a three-year ban on specific types of employment and activities"
    until kz2017
    cite kz2017.child_labor "Violation of minimal age for employment in hazardous work is punishable up to five years in prison with or without a three-year ban on specific types of employment and activities."
  penalty "a criminal offence (a worst form of child labour), punished commensurately with analogous crimes such as kidnapping"
    since kz2021
    cite kz2021.child_labor "Prohibitions against the worst forms of child labor are prosecuted as criminal offenses. Conviction of crimes involving the worst forms of child labor, such as violations of the minimum age employment in hazardous work,"
    cite kz2021.child_labor "are punishable by penalties that are commensurate with those for analogous crimes such as kidnapping."
}

unchecked child_labor.workday_limit_under_18 "A shorter workday for employees under 18" {
  applies when worker.employed and worker.age < 18
  because "the reports say the law restricts the workday of employees under 18 but give no figure to check"
  cite kz2017.child_labor, kz2021.child_labor "restricts the length of the workday for employees younger than 18."
}

# ---------------------------------------------------------------- worst forms: criminal penalties
# The 2017 report gives a maximum term of imprisonment for each worst form of child labour; the 2021
# report names the same offences and says only that their penalties are commensurate with those for
# analogous crimes such as kidnapping. The provisions below check a prison term against the 2017
# maximum; under the 2021 law they are not stated with a figure (undetermined, quoting 2017).

fact child_labor.conviction: one of {
  hazardous_work "violating the minimum age for employment in hazardous work",
  pornography "engaging minors in pornographic shows or producing materials containing pornographic images of minors",
  prostitution "coercing minors into prostitution (commercial sexual exploitation)",
  kidnapping_or_trafficking "kidnapping or illegal deprivation of freedom of a minor for the purpose of exploitation, or trafficking in minors",
  other "another offence",
} ask "Of which worst-form-of-child-labour offence was the person convicted?"
fact child_labor.lifetime_ban_imposed: bool
  ask "Did the court also ban the convicted person for life from activities and work with children?"

provision child_labor.worst_forms_pornography_penalty "Engaging minors in pornographic shows or materials: up to 10 years in prison (2017)" {
  until kz2017
  applies when child_labor.conviction is pornography and sentence.kind is imprisonment
  note "“Punishable up to 10 years in prison” is read as the maximum term the penal code sets: a longer term exceeds it. The 2021 report names the offence among the worst forms of child labour without a figure (penalties “commensurate with those for analogous crimes such as kidnapping”), so the maximum is checked under the 2017 law only."

  require within_maximum "the prison term does not exceed 10 years":
    sentence.prison_term <= 10 years
    cite kz2017.child_labor "Engaging minors in pornographic shows or production of materials containing pornographic images of minors is punishable up to 10 years in prison;"
    explain "the court imposed {value} of imprisonment; the maximum is {limit} ({margin})"

  penalty "a criminal offence under the penal code, punishable by up to 10 years in prison"
    cite kz2017.child_labor "Prohibitions against the worst forms of child labor include criminal punishment under the penal code."
}

provision child_labor.worst_forms_prostitution_penalty "Coercing minors into prostitution: up to 12 years in prison (2017)" {
  until kz2017
  applies when child_labor.conviction is prostitution and sentence.kind is imprisonment
  note "“Punishable up to 12 years in prison” is read as the maximum term the penal code sets: a longer term exceeds it. The 2021 report names “coercion of minors into commercial sexual exploitation” among the worst forms of child labour without a figure (penalties “commensurate with those for analogous crimes such as kidnapping”), so the maximum is checked under the 2017 law only."

  require within_maximum "the prison term does not exceed 12 years":
    sentence.prison_term <= 12 years
    cite kz2017.child_labor "coercion of minors into prostitution is punishable up to 12 years in prison;"
    explain "the court imposed {value} of imprisonment; the maximum is {limit} ({margin})"

  penalty "a criminal offence under the penal code, punishable by up to 12 years in prison"
    cite kz2017.child_labor "Prohibitions against the worst forms of child labor include criminal punishment under the penal code."
}

provision child_labor.worst_forms_trafficking_minors_penalty "Kidnapping or illegal deprivation of freedom of a minor for exploitation, trafficking in minors: up to 15 years in prison with a lifetime ban on work with children (2017)" {
  until kz2017
  applies when child_labor.conviction is kidnapping_or_trafficking and sentence.kind is imprisonment
  note "“Punishable up to 15 years in prison” is read as the maximum term the penal code sets. The lifetime ban is read as part of the punishment the law prescribes (“with a lifetime ban”), in contrast with the hazardous-work offence in the same paragraph, punishable “with or without” a ban: a prison sentence without the ban falls short of it."
  note "The 2021 report names the offences among the worst forms of child labour without a figure (penalties “commensurate with those for analogous crimes such as kidnapping”), so the maximum and the ban are checked under the 2017 law only."

  require within_maximum "the prison term does not exceed 15 years":
    sentence.prison_term <= 15 years
    cite kz2017.child_labor "kidnapping or illegal deprivation of freedom of a minor for the purpose of exploitation and trafficking in minors is punishable up to 15 years in prison"
    explain "the court imposed {value} of imprisonment; the maximum is {limit} ({margin})"

  require lifetime_ban "the sentence includes a lifetime ban on activities and work with children":
    child_labor.lifetime_ban_imposed
    cite kz2017.child_labor "is punishable up to 15 years in prison with a lifetime ban on activities and work with children."
    explain "lifetime ban on activities and work with children imposed: {child_labor.lifetime_ban_imposed}"

  penalty "a criminal offence under the penal code, punishable by up to 15 years in prison with a lifetime ban on activities and work with children"
    cite kz2017.child_labor "Prohibitions against the worst forms of child labor include criminal punishment under the penal code."
}

# ---------------------------------------------------------------- employment agreement
fact employment.agreement: bool
  ask "Was the worker employed under an employment agreement (a signed employment contract)?"

provision child_labor.employment_agreement_required "A minor may be employed only under an employment agreement" {
  applies when worker.employed and worker.age < 18
  note "The reports state the rule through its sanction: employing a minor without an employment agreement is an administrative offence. They exempt neither family farms nor family businesses."

  require agreement "the minor was employed under an employment agreement":
    employment.agreement
    cite kz2017.child_labor "employment of a minor without an employment agreement is punishable by up to 425,000 tenge ($1,250) with suspension of the employer’s license."
    cite kz2021.child_labor "Such violations include employment of minors without an employment agreement, which is punishable by fine and suspension of the employer’s license."
    explain "the worker was {worker.age} years old; employment agreement: {employment.agreement}"

  penalty "an administrative offence: a fine of up to 425,000 tenge with suspension of the employer’s licence"
    until kz2017
    cite kz2017.child_labor "Under the administrative code, employment of a minor without an employment agreement is punishable by up to 425,000 tenge ($1,250) with suspension of the employer’s license."
  penalty "an administrative offence: a fine and suspension of the employer’s licence"
    since kz2021
    cite kz2021.child_labor "Such violations include employment of minors without an employment agreement, which is punishable by fine and suspension of the employer’s license."
}
