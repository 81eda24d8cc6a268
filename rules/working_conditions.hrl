# Working conditions: leave, wages, occupational safety and health, inspections (catalogue domain T).
#
#   leave.annual_paid_24_days                 2021: 24 days of paid annual leave a year
#   fines.vacation_not_provided               vacation and time off due are provided (fined otherwise)
#   fines.wage_payment_violations             wages paid on time and correctly (fined otherwise)
#   wage.minimum_wage_exists                  at least the national monthly minimum wage
#   osh.suspend_endangering_work_and_warn     suspend endangering work; warn of harmful conditions
#   osh.right_to_withdraw                     no adverse action for leaving a dangerous situation
#   inspections.notification_rules           2021: written notification before an inspection
#   inspections.certificate_of_trust_3y       certified enterprises exempt from inspections 3 years
#   labor.production_council                  2021: council resolutions bind employer and employees
#   contract.kmg_subcontractor_wage_parity    2021: KazMunaiGaz contract, contractors' wage parity
#
# worker.employed and work.hazardous are declared in child_labor.hrl.

fact leave.paid_annual: duration in days
  ask "How many days of paid annual leave did the employer grant the employee for one full year of work?"
fact leave.provided: bool
  ask "Did the employer provide all the vacation and time off the employee was due?"
fact wage.paid_on_time: bool ask "Did the employer pay the employee's salary on time?"
fact wage.paid_correctly: bool
  ask "Did the employer pay the employee's salary in the correct (full) amount?"
fact wage.at_least_minimum: bool
  ask "For a full month of full-time work, was the employee paid at least the national monthly minimum wage?"

fact safety.work_endangers_life_or_health: bool
  ask "Could the work endanger the life or health of the workers?"
fact safety.work_suspended: bool ask "Did the employer suspend the work that could endanger them?"
fact safety.occupational_disease_possible: bool
  ask "Does the work carry the possibility of an occupational disease?"
fact safety.workers_warned: bool
  ask "Did the employer warn the workers of the harmful or dangerous work conditions, or of the possibility of an occupational disease?"
fact safety.worker_withdrew: bool
  ask "Did the worker remove themselves from a situation that endangered their health or safety?"
fact safety.adverse_action_for_withdrawal: bool
  ask "Did the employer take any adverse employment action (dismissal, demotion, pay cut, discipline) against the worker for removing themselves?"
fact safety.council_resolution_adopted: bool
  ask "Did the enterprise's production council (on labour safety) adopt a resolution?"
fact safety.council_resolution_complied_by: set of {
  employer "the employer",
  employees "the employees",
} ask "Who complied with the production council's resolution? List every one that did."

fact inspection.conducted: bool ask "Did government labour inspectors inspect the workplace?"
fact inspection.written_notification: bool
  ask "Was the employer given written notification before the inspection?"
fact inspection.basis: one of {
  law_enforcement_request "a request from law enforcement authorities",
  extreme_hazard_complaint "a complaint about an extreme health and safety hazard",
  other "another basis (a routine or planned inspection, another complaint)",
} ask "On what basis was the inspection conducted?"
fact inspection.on: date ask "On what date did the inspection take place?"
fact inspection.certificate_of_trust_on: date
  ask "On what date did labour inspectors extend a certificate of trust (employer’s declaration) to the enterprise? Leave out if it never had one."
fact inspection.certificate_of_trust: bool
  ask "Had labour inspectors extended a certificate of trust (employer’s declaration) to the enterprise before the inspection?"

define inspection.time_since_certificate = inspection.on - inspection.certificate_of_trust_on
  means "time from the certificate of trust to the inspection"

fact wage.kmg_contract_covered: bool
  ask "Was the employee employed by a contractor of KazMunaiGaz to which the December 2020 change to KazMunaiGaz’s contract applies?"
fact wage.at_least_host_comparable: bool
  ask "Was the employee's wage at least the wage of the host company’s employees with similar job responsibilities and qualifications?"

# ---------------------------------------------------------------- penalties
penalty vacation_fine "nonprovision of vacations is punishable by a fine of up to 210,800 tenge"
  until kz2017
  cite kz2017.child_labor "nonprovision of vacations, up to 210,800 tenge ($620);"

penalty vacation_fines "failing to provide vacation or time off is punishable by fines"
  since kz2021
  cite kz2021.child_labor "Untimely or incorrect payment of salaries, failing to provide vacation or time off, excessive work hours, and discrimination in the workplace are also punishable by fines."

penalty wage_payment_fine "untimely or incorrectly paid salaries are punishable by fines of up to 316,200 tenge"
  until kz2017
  cite kz2017.child_labor "Untimely or incorrectly paid salaries are also punishable by fines of up to 316,200 tenge ($930);"

penalty wage_payment_fines "untimely or incorrect payment of salaries is punishable by fines (an administrative offence)"
  since kz2021
  cite kz2021.child_labor "Untimely or incorrect payment of salaries, failing to provide vacation or time off, excessive work hours, and discrimination in the workplace are also punishable by fines."
  cite kz2021.safety_and_health "while violations of wage or overtime payment provisions result in fines."

# ================================================================= provisions

provision leave.annual_paid_24_days "24 days of paid annual leave a year" {
  since kz2021
  applies when worker.employed
  note "The report does not say whether the 24 days are calendar or working days, nor how leave is counted for part of a year: the fact asks for a full year of work."
  note "Labour agreements may stipulate paid annual leave for each worker; the report does not say an agreement may give less than 24 days, and the entitlement is checked as the law states it."
    cite kz2021.wage_and_hour "The law provides that labor agreements may stipulate the length of working time, holidays, and paid annual leave for each worker."

  require at_least_24_days "the employee had at least 24 days of paid annual leave for the year":
    leave.paid_annual >= 24 days
    cite kz2021.wage_and_hour "By law employees are entitled to 24 days of paid annual leave per year."
    explain "the employee was granted {value} of paid annual leave; the entitlement is {limit} a year ({margin})"

  penalty vacation_fines
}

provision fines.vacation_not_provided "Vacation and time off due must be provided (an administrative offence punished by a fine)" {
  applies when worker.employed
  note "The reports state the duty through its sanction. What vacation or time off is due is taken from the employee's entitlement (in 2021, at least 24 days of paid annual leave: leave.annual_paid_24_days)."

  require provided "the employer provided the vacation and time off the employee was due":
    leave.provided
    cite kz2017.child_labor "nonprovision of vacations, up to 210,800 tenge ($620);"
    cite kz2021.child_labor "Untimely or incorrect payment of salaries, failing to provide vacation or time off, excessive work hours, and discrimination in the workplace are also punishable by fines."
    explain "the employer provided the vacation and time off due: {leave.provided}"

  penalty vacation_fine, vacation_fines
}

provision fines.wage_payment_violations "Salaries paid on time and correctly (an administrative offence punished by a fine)" {
  applies when worker.employed
  note "The reports state the duty through its sanction; they give no deadline for paying wages: whether the pay was on time is asked as its own question."
  note "The 2021 report adds that violations of law are administrative offences, not criminal ones, and that the penalties were not commensurate with crimes such as fraud."
    since kz2021
    cite kz2021.safety_and_health "Violations of law are considered administrative offenses, not criminal ones, and penalties for violations of minimum wage and overtime law were not commensurate with crimes such as fraud."

  require paid_on_time "the salary was paid on time":
    wage.paid_on_time
    cite kz2017.child_labor "Untimely or incorrectly paid salaries are also punishable by fines of up to 316,200 tenge ($930);"
    cite kz2021.child_labor "Untimely or incorrect payment of salaries, failing to provide vacation or time off, excessive work hours, and discrimination in the workplace are also punishable by fines."
    explain "the salary was paid on time: {wage.paid_on_time}"

  require paid_correctly "the salary was paid in the correct amount":
    wage.paid_correctly
    cite kz2017.child_labor "Untimely or incorrectly paid salaries are also punishable by fines of up to 316,200 tenge ($930);"
    cite kz2021.child_labor "Untimely or incorrect payment of salaries, failing to provide vacation or time off, excessive work hours, and discrimination in the workplace are also punishable by fines."
    explain "the salary was paid in the correct amount: {wage.paid_correctly}"

  penalty wage_payment_fine, wage_payment_fines
}

provision wage.minimum_wage_exists "At least the national monthly minimum wage" {
  applies when worker.employed
  note "Neither report gives the amount of the minimum wage (2017: equal to the monthly subsistence income level; 2021: above the poverty line, which every region estimated for itself): whether the pay reached it is asked as its own question, for a full month of full-time work."
  note "The reports state the minimum wage as a standard the ministry enforces; the 2021 report adds that violations of minimum wage law are administrative offences."

  require at_least_minimum "the employee was paid at least the national monthly minimum wage":
    wage.at_least_minimum
    cite kz2017.working_conditions "During the year the national monthly minimum wage was equal to the monthly subsistence income level."
    cite kz2017.working_conditions "The Ministry of Healthcare and Social Development enforces the minimum wage, work-hour restrictions, overtime, and occupational safety and health standards."
    cite kz2021.wage_and_hour "The national monthly minimum wage was above the poverty line."
    cite kz2021.safety_and_health "The Ministry of Labor and Social Protection enforced standards for minimum wages, workhour restrictions, overtime, and occupational safety and health."
    explain "paid at least the national monthly minimum wage: {wage.at_least_minimum}"

  penalty "an administrative offence, not a criminal one; the penalties were not commensurate with crimes such as fraud"
    since kz2021
    cite kz2021.safety_and_health "Violations of law are considered administrative offenses, not criminal ones, and penalties for violations of minimum wage and overtime law were not commensurate with crimes such as fraud."
}

provision osh.suspend_endangering_work_and_warn "Employers suspend work that could endanger life or health and warn of harmful or dangerous conditions and occupational disease" {
  applies when worker.employed
    and ((safety.work_endangers_life_or_health or work.hazardous) or safety.occupational_disease_possible)
  note "Work that could endanger life or health is itself a dangerous work condition: the duty to warn covers it too."

  require suspended "the employer suspended the work that could endanger the life or health of workers":
    not safety.work_endangers_life_or_health or safety.work_suspended
    cite kz2017.working_conditions, kz2021.safety_and_health "The law requires employers to suspend work that could endanger the life or health of workers"
    explain "the work could endanger life or health: {safety.work_endangers_life_or_health}; the employer suspended it: {safety.work_suspended}"

  require warned "the employer warned the workers of the harmful or dangerous conditions or the possibility of an occupational disease":
    safety.workers_warned
    cite kz2017.working_conditions "to warn workers about any harmful or dangerous work conditions or the possibility of any occupational disease."
    cite kz2021.safety_and_health "to warn workers of any harmful or dangerous work conditions or the possibility of any occupational disease."
    explain "hazardous work: {work.hazardous}; could endanger life or health: {safety.work_endangers_life_or_health}; occupational disease possible: {safety.occupational_disease_possible}; the workers were warned: {safety.workers_warned}"

  penalty "violations of occupational health and safety law are administrative offences; the penalties were not commensurate with crimes such as negligence"
    since kz2021
    cite kz2021.safety_and_health "Penalties for violations of occupational health and safety law were also not commensurate with crimes such as negligence."
}

provision osh.right_to_withdraw "Workers may remove themselves from dangerous situations without adverse employment action" {
  applies when safety.worker_withdrew

  require no_adverse_action "the worker suffered no adverse employment action for removing themselves":
    not safety.adverse_action_for_withdrawal
    cite kz2017.working_conditions, kz2021.safety_and_health "The law specifically grants workers the right to remove themselves from situations that endanger their health or safety without suffering adverse employment action."
    explain "adverse employment action for removing themselves from the danger: {safety.adverse_action_for_withdrawal}"
}

provision inspections.notification_rules "Labour inspections only after written notification, unless requested by law enforcement or prompted by an extreme-hazard complaint" {
  since kz2021
  applies when inspection.conducted
  note "The report says both announced and unannounced inspections take place only after written notification; the rule is checked as stated, for both kinds."
  note "The 2017 report states the inspectors’ right to inspect without notice and says that in practice they could inspect businesses only on an anonymous complaint; it states no notification rule."
    cite kz2017.working_conditions "The law codifies the right of government labor inspectors to conduct unannounced inspections of workplaces to detect safety and other violations."
    cite kz2017.forced_labor "In practice the resources of labor inspectors are limited, as there are not a sufficient number of inspectors to deter violations, and they may only conduct inspections of businesses upon receipt of an anonymous complaint."

  require notified "the inspection took place after written notification":
    inspection.written_notification
    cite kz2021.safety_and_health "Both types of inspections take place only after written notification, except in cases where the inspection is conducted based on a request from law enforcement authorities or a complaint related to certain extreme health and safety hazards."
    explain "written notification before the inspection: {inspection.written_notification}; basis: {inspection.basis}"

  exception law_enforcement_or_hazard for notified "an inspection requested by law enforcement authorities or prompted by a complaint about certain extreme health and safety hazards needs no prior notification"
    when inspection.basis in {law_enforcement_request, extreme_hazard_complaint}
    waived
    cite kz2021.safety_and_health "except in cases where the inspection is conducted based on a request from law enforcement authorities or a complaint related to certain extreme health and safety hazards."
}

provision inspections.certificate_of_trust_3y "Enterprises with a certificate of trust are exempt from labour inspections for three years" {
  applies when inspection.conducted and inspection.certificate_of_trust
  note "The reports state the exemption without exceptions: an inspection on any basis within three years of the certificate is checked against it. An inspection exactly three years after the certificate is outside the exemption."
  note "Labour inspectors may (a power) extend the certificate to enterprises that complied with labour legislation; whether a certificate was extended is a fact."
  note "Labour rights activists (not the reports) thought the practice may worsen labour conditions and conceal problems."
    cite kz2021.safety_and_health "In the opinion of labor rights activists, the practice may worsen labor conditions and conceal problems."

  require exempt_period_over "the inspection took place at least three years after the certificate of trust":
    inspection.time_since_certificate >= 3 years
    cite kz2017.working_conditions "Under the new system, labor inspectors may extend a certificate of trust to enterprises that complied with labor legislation requirements. Certified enterprises are exempt from labor inspections for the three-year period."
    cite kz2021.safety_and_health "Under this system, labor inspectors may extend a certificate of trust to enterprises that complied with labor legislation requirements. Certified enterprises are exempt from labor inspections for three years."
    explain "the enterprise was inspected {value} after its certificate of trust; certified enterprises are exempt for {limit} ({margin})"
}

provision labor.production_council "Production council resolutions bind both the employer and the employees" {
  since kz2021
  applies when safety.council_resolution_adopted
  note "The 2017 report describes production councils (any enterprise may form one; they may inspect work conditions) but does not say their resolutions are binding."
    cite kz2021.safety_and_health "By law any enterprise or company may form a production council to address labor safety problems between representatives of an employer and employees."

  require complied "both the employer and the employees complied with the council’s resolution":
    safety.council_resolution_complied_by includes all of {employer, employees}
    cite kz2021.safety_and_health "their resolutions are mandatory for both employers and employees."
    explain "the resolution was complied with by: {safety.council_resolution_complied_by}; it is mandatory for both employers and employees"
}

provision contract.kmg_subcontractor_wage_parity "KazMunaiGaz contract: contracted employees’ wages not lower than the host company’s employees in similar jobs" {
  since kz2021
  applies when wage.kmg_contract_covered
  note "This is a term of a contract of the state-owned oil company KazMunaiGaz, changed in December 2020, not a statute. Its CEO stated that the change does not apply to all subcontracted companies, and the report does not say which: whether it covers the employee is asked as its own question."
    cite kz2021.wage_and_hour "In September, KazMunaiGaz CEO Alike Aidarbayev stated subcontractors misinterpreted the changes, which do not apply to all subcontracted companies."

  require parity "the contracted employee’s wage was not lower than that of the host company’s employees with similar job responsibilities and qualifications":
    wage.at_least_host_comparable
    cite kz2021.wage_and_hour "The strikes followed changes made in December 2020 to the contract of the state-owned oil company KazMunaiGaz that stated contracted employees’ wages should not be lower than the wages of the host company’s employees with similar job responsibilities and qualifications."
    explain "the wage was at least that of comparable host-company employees: {wage.at_least_host_comparable}"
}

unchecked labor.agreement_may_set_time_and_leave "Labour agreements may stipulate working time, holidays and paid annual leave" {
  applies when worker.employed
  because "the reports grant the parties a power with no condition or limit to check; the statutory limits are checked by hours.workweek_max and leave.annual_paid_24_days"
  cite kz2017.working_conditions, kz2021.wage_and_hour "The law provides that labor agreements may stipulate the length of working time, holidays, and paid annual leave for each worker."
}

fact safety.injury_compensation_refused: bool
  ask "Did the company refuse to pay the worker compensation for an industrial injury?"
fact safety.injury_fatal: bool ask "Was the industrial injury fatal?"
fact safety.worker_breached_safety_rules: bool
  ask "Had the injured worker failed to comply with labour safety requirements?"

fact employer.size: one of {
  micro "a micro business",
  small "a small business",
  medium "a medium business",
  large "a large business",
} ask "What is the size of the inspected business?"

# The reports grant companies a power to refuse compensation and state no duty to compensate in other
# cases: no case violates the provision (it is listed in tests/test_verify.py NEVER_VIOLATED).
provision osh.injury_compensation_refusal "Companies may refuse compensation for nonfatal industrial injuries if the worker did not comply with labour safety requirements" {
  applies when safety.injury_compensation_refused
  note "Both reports state a power to refuse, not a duty to pay: a refusal outside the power (the worker complied, or, in 2021, the injury was fatal) is left open, not a violation. The reports say that some companies tried to avoid payments to injured workers."
    cite kz2017.working_conditions, kz2021.safety_and_health "Some companies tried to avoid payments to injured workers."
  note "The 2017 sentence follows a sentence about one mining company (KazakhMys) and reads two ways: as the law (any noncompliance, however minimal, allows a refusal) or as a description of that company’s practice. The 2017 report draws no line between fatal and nonfatal injuries."
    until kz2017
    cite kz2017.working_conditions "Mining and mineral processing firm KazakhMys established a special division, the main goal of which is to investigate every case of industrial injury."

  require within_power "the worker had not complied with labour safety requirements":
    safety.worker_breached_safety_rules
    cite kz2017.working_conditions "A minimal noncompliance with labor safety requirements may result in a company’s refusal to pay workers industrial injury compensations."
    cite kz2021.safety_and_health "Companies may refuse to compensate workers for nonfatal industrial injuries if the worker did not comply with labor safety requirements."
    explain "the worker failed to comply with labour safety requirements: {safety.worker_breached_safety_rules}; fatal injury: {safety.injury_fatal}"

  unsettled outside_power for within_power "the refusal is outside the power the reports state, but they state no duty to pay compensation either"
    when true
    cite kz2017.working_conditions "A minimal noncompliance with labor safety requirements may result in a company’s refusal to pay workers industrial injury compensations."
    cite kz2021.safety_and_health "Companies may refuse to compensate workers for nonfatal industrial injuries if the worker did not comply with labor safety requirements."
    explain "the company refused compensation; worker’s noncompliance with safety requirements: {safety.worker_breached_safety_rules}; fatal injury: {safety.injury_fatal}; the reports state only when a company may refuse"

  require nonfatal "the injury was nonfatal":
    not safety.injury_fatal
    since kz2021
    cite kz2021.safety_and_health "Companies may refuse to compensate workers for nonfatal industrial injuries if the worker did not comply with labor safety requirements."
    explain "the injury was fatal: {safety.injury_fatal}; the 2021 report states the power to refuse only for nonfatal injuries"

  unsettled fatal_injury for nonfatal "a refusal for a fatal injury is outside the 2021 power, but the report states no duty to pay compensation either"
    since kz2021
    when true
    cite kz2021.safety_and_health "Companies may refuse to compensate workers for nonfatal industrial injuries if the worker did not comply with labor safety requirements."
    explain "the injury was fatal: {safety.injury_fatal}; the 2021 report states the power to refuse only for nonfatal injuries"
}

provision inspections.moratorium_2020_23 "2020–23 moratorium on government inspections: inspections of medium and large businesses allowed" {
  since kz2021
  applies when inspection.conducted and inspection.on >= 2020-01-01 and inspection.on <= 2023-12-31
  note "The period 2020-23 is read as 1 January 2020 to 31 December 2023 and is checked on the date of the inspection (inspection.on)."
  note "The moratorium bars government inspections during 2020-23 and allows those of medium and large businesses; the report describes no other exception, so an inspection of a micro or small business is checked against the bar."

  require medium_or_large "the inspected business was a medium or large business":
    employer.size in {medium, large}
    cite kz2021.forced_labor "In 2019 the president signed a revised moratorium on government inspections for 2020-23 that reduced previous restrictions on labor inspectors. The moratorium allows inspections of medium and large businesses."
    explain "the inspected business was {employer.size}; during 2020-23 the moratorium allows inspections of medium and large businesses"
}

unchecked wage.hazardous_minimum_wage_removed "The new labour code removed the minimum wage for work in hazardous conditions" {
  until kz2017
  applies when worker.employed and work.hazardous
  because "the 2017 report states that a requirement was removed; under the new code there is nothing to check, and the report neither dates the new code nor gives the previous minimum wage (which a tripartite commission negotiated)"
  cite kz2017.working_conditions "The new code also removed provisions requiring a minimum wage for work in hazardous conditions. Under the previous law, a tripartite commission was charged with negotiating and determining a minimum wage for miners, metallurgists, and others working in hazardous industries."
}
