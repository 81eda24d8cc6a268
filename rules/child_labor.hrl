# Child labour (catalogue domain S).
#
#   child_labor.minimum_age            minimum employment age 16; light work from 14 with parental
#                                      permission
#   child_labor.hazardous_work_minors  no hazardous work for anyone under 18
#
# The kind of work (work.category) is shared with the working-time rules: heavy manual labour is not
# by itself "hazardous work" in the reports' wording; work in harmful or dangerous conditions is.

fact worker.employed: bool
  ask "Did the person work for an employer (employed formally or informally)?"
fact worker.age: integer in years from 0 to 150
  ask "How old was the worker when doing the work, in full years?"
fact worker.parental_permission: bool
  ask "Did a parent (or legal guardian) permit the child to do the work?"
fact work.light: bool ask "Is the work light work?"
fact work.interferes_with_health_or_education: bool
  ask "Does the work interfere with the child's health or education?"
fact work.category: one of {
  normal "normal work",
  heavy_manual "heavy manual labour",
  hazardous "hazardous work, in harmful or dangerous conditions",
} ask "Which category of work is it? If it is both heavy and hazardous, answer hazardous."

# ================================================================= provisions

provision child_labor.minimum_age "Minimum employment age 16; light work from 14 with parental permission" {
  applies when worker.employed
  note "“Children ages 14 through 16” overlaps the general minimum age of 16: the light-work exception is read as 14 ≤ age < 16; from 16 the general rule applies, still subject to the under-18 ban on hazardous work. Ages are in full years."
  note "Light work must meet all three conditions: parental permission, light work, no interference with health or education. Family farms and businesses are not exempted in the reports."

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
  applies when worker.employed and worker.age < 18

  require no_hazardous_work "the minor does not do hazardous work":
    work.category is not hazardous
    cite kz2017.child_labor, kz2021.child_labor "The law prohibits minors from engaging in hazardous work"
    explain "the worker was {worker.age} years old and the work category is {work.category}; minors may not engage in hazardous work"

  penalty "a criminal offence: up to five years in prison, with or without a three-year ban on specific types of employment and activities"
    until kz2017
    cite kz2017.child_labor "Violation of minimal age for employment in hazardous work is punishable up to five years in prison with or without a three-year ban on specific types of employment and activities."
  penalty "a criminal offence (a worst form of child labour), punished commensurately with analogous crimes such as kidnapping"
    since kz2021
    cite kz2021.child_labor "Prohibitions against the worst forms of child labor are prosecuted as criminal offenses. Conviction of crimes involving the worst forms of child labor, such as violations of the minimum age employment in hazardous work,"
    cite kz2021.child_labor "are punishable by penalties that are commensurate with those for analogous crimes such as kidnapping."
}
