# Employment discrimination (catalogue domain U).
#
#   employment.nondiscrimination_grounds          no discrimination in employment on the listed
#                                                 grounds; no termination for pregnancy, disability
#                                                 or minority status (a crime)
#   employment.discrimination_penalties           2017: the fine for discrimination (two caps)
#   employment.medical_conditions_bar_security_jobs 2021: listed medical conditions bar law
#                                                 enforcement and military service
#   employment.women_hazardous_jobs_ban_removed   2021: women barred from 213 jobs until the
#                                                 amendments of 12 October 2021

fact discrimination.less_favourable: bool
  ask "Was the person treated less favourably in employment or occupation (hiring, pay, conditions, promotion, dismissal) because of a personal characteristic?"
fact discrimination.grounds: set of {
  gender,
  age,
  disability,
  race,
  ethnicity,
  language,
  place_of_residence "place of residence",
  religion,
  political_opinion "political opinion",
  tribe_or_class "affiliation with a tribe or class",
  public_association "membership of a public association",
  property_status "property status",
  social_status "social status",
  official_status "official status",
  pregnancy,
  minority "minority status",
  sexual_orientation "sexual orientation",
  gender_identity "gender identity",
  hiv "HIV-positive status",
  communicable_disease "having another communicable disease",
  other "another characteristic",
}
  ask "Because of which characteristics was the person treated less favourably? List every one that applies."
fact discrimination.termination: bool
  ask "Was the less favourable treatment the termination of the person’s labour contract?"
fact discrimination.unequal_pay_only: bool
  ask "Was the only less favourable treatment lower pay than a person of the other sex received for equal work?"
fact discrimination.fined: bool ask "Was the employer fined for the discrimination?"
fact discrimination.fine: money at least 0
  ask "How large was the fine imposed for the discrimination (tenge)?"

# ================================================================= provisions

provision employment.nondiscrimination_grounds "No discrimination in employment and occupation on the listed grounds; no termination for pregnancy, disability or minority status" {
  alias employment.no_equal_pay_requirement
  applies when discrimination.less_favourable
  note "The law does not specifically prohibit discrimination in employment based on sexual orientation, gender identity, HIV-positive status or other communicable diseases: less favourable treatment on those grounds alone is not a breach of this provision as reported. International standards protect these grounds; domestic law is checked as reported. Both reports say, in section 6, that the law prohibits discrimination against persons with HIV and AIDS in general: an HIV case is also to be read against that general prohibition."
    cite kz2017.employment_discrimination "The law does not specifically prohibit discrimination with respect to employment and occupation based on disability, sexual orientation, gender identity, age, HIV-positive status, or having other communicable diseases."
    cite kz2021.employment_discrimination "The law does not specifically prohibit discrimination with respect to sexual orientation, gender identity, HIV- positive status, or having other communicable diseases."
    cite kz2017 "Section 6 Discrimination, Societal Abuses, and Trafficking in Persons > HIV and AIDS Social Stigma" "The law prohibits discrimination against persons with HIV and AIDS"
    cite kz2021 "Section 6 Discrimination and Societal Abuses > HIV and AIDS Social Stigma" "The law prohibits discrimination against persons with HIV and AIDS"
  note "“Minority” (2017) and “minority status” (2021) read two ways: belonging to a minority, or being a minor. The fact asks for minority status as the reports word it."
  note "Until the amendments of 12 October 2021 the law barred women from 213 professions and jobs in difficult, harmful and hazardous conditions (employment.women_hazardous_jobs_ban_removed); the reports do not say how that bar relates to the gender ground."
    since kz2021

  require not_on_listed_ground "the person was not treated less favourably because of gender, age, disability, race, ethnicity, language, place of residence, religion, political opinion, affiliation with a tribe or class, public associations, or property, social or official status":
    not (discrimination.grounds includes any of {gender, age, disability, race, ethnicity, language, place_of_residence, religion, political_opinion, tribe_or_class, public_association, property_status, social_status, official_status})
    cite kz2017.employment_discrimination "Law and regulations prohibit discrimination with respect to employment and occupation based on gender, age, disability, race, ethnicity, language, place of residence, religion, political opinion, affiliation with tribe or class, public associations, or property, social, or official status."
    cite kz2021.employment_discrimination "Laws and regulations prohibit discrimination with respect to employment and occupation based on gender, age, disability, race, ethnicity, language, place of residence, religion, political opinion, affiliation with tribe or class, public associations, or property, social, or official status."
    explain "the person was treated less favourably because of: {discrimination.grounds}"

  contested age_disability_2017 for not_on_listed_ground "the 2017 report lists age and disability both as prohibited grounds and as grounds the law does not specifically cover"
    until kz2017
    when discrimination.grounds includes any of {age, disability}
      and not (discrimination.grounds includes any of {gender, race, ethnicity, language, place_of_residence, religion, political_opinion, tribe_or_class, public_association, property_status, social_status, official_status})
    cite kz2017.employment_discrimination "Law and regulations prohibit discrimination with respect to employment and occupation based on gender, age, disability, race, ethnicity, language, place of residence, religion, political opinion, affiliation with tribe or class, public associations, or property, social, or official status."
    cite kz2017.employment_discrimination "The law does not specifically prohibit discrimination with respect to employment and occupation based on disability, sexual orientation, gender identity, age, HIV-positive status, or having other communicable diseases."
    explain "the person was treated less favourably because of {discrimination.grounds}; the 2017 report both lists age and disability as prohibited grounds and says the law does not specifically prohibit discrimination based on them"

  unsettled equal_pay for not_on_listed_ground "lower pay for equal work because of gender: the law prohibits gender discrimination in employment but does not require equal pay for equal work for women and men"
    when discrimination.unequal_pay_only
      and not (discrimination.grounds includes any of {age, disability, race, ethnicity, language, place_of_residence, religion, political_opinion, tribe_or_class, public_association, property_status, social_status, official_status})
    cite kz2017.employment_discrimination, kz2021.employment_discrimination "The law does not require equal pay for equal work for women and men."
    explain "the only less favourable treatment was lower pay for equal work, because of {discrimination.grounds}; the reports say the law does not require equal pay for equal work for women and men"

  require no_termination_on_protected_status "the labour contract was not terminated because of pregnancy, disability or minority status":
    not (discrimination.termination and discrimination.grounds includes any of {pregnancy, disability, minority})
    cite kz2017.employment_discrimination "Some cases like illegal termination of labor contracts due to pregnancy, disability, or minority are considered a criminal offense"
    cite kz2021.employment_discrimination "Cases such as illegal termination of labor contracts due to pregnancy, disability, or minority status are considered criminal offenses"
    explain "labour contract terminated: {discrimination.termination}; because of: {discrimination.grounds}"

  penalty "an administrative offence punishable by a fine (up to 453,800 tenge in section 7.d; up to 425,000 tenge in section 7.c); illegal termination of labour contracts due to pregnancy, disability or minority is a criminal offence, punishable by amounts generally sufficient to deter violations"
    until kz2017
    cite kz2017.employment_discrimination "Discrimination is an administrative offense punishable by a fine up to 453,800 tenge ($1,360). Some cases like illegal termination of labor contracts due to pregnancy, disability, or minority are considered a criminal offense and are punishable by amounts generally sufficient to deter violations."
    cite kz2017.child_labor "and discrimination at the workplace, up to 425,000 tenge ($1,250)."
  penalty "most discrimination violations are an administrative offence punishable by a fine; illegal termination of labour contracts due to pregnancy, disability or minority status is a criminal offence, punishable by penalties commensurate with violations related to civil rights, such as election interference"
    since kz2021
    cite kz2021.employment_discrimination "Most discrimination violations are an administrative offense punishable by a fine that is not commensurate with those for similar violations. Cases such as illegal termination of labor contracts due to pregnancy, disability, or minority status are considered criminal offenses and are punishable by penalties that are commensurate with violations related to civil rights, such as election interference."
}

provision employment.discrimination_penalties "The administrative fine for workplace discrimination: up to 425,000 tenge or 453,800 tenge (2017)" {
  until kz2017
  applies when discrimination.fined
  note "The 2021 report says only that most discrimination violations are punishable by a fine, not commensurate with those for similar violations, and gives no figure: the maximum is checked under the 2017 law only."
  note "The 2017 report gives two maxima: 453,800 tenge (section 7.d) and 425,000 tenge (section 7.c). A fine between them is contested."

  require within_maximum "the fine did not exceed 425,000 tenge (the lower of the two maxima the report gives)":
    discrimination.fine <= 425000 tenge
    cite kz2017.child_labor "and discrimination at the workplace, up to 425,000 tenge ($1,250)."
    explain "the fine was {value}; the maximum is {limit} ({margin})"

  contested higher_maximum for within_maximum "section 7.d of the same report gives a maximum of 453,800 tenge for discrimination"
    when discrimination.fine <= 453800 tenge
    cite kz2017.employment_discrimination "Discrimination is an administrative offense punishable by a fine up to 453,800 tenge ($1,360)."
    cite kz2017.child_labor "and discrimination at the workplace, up to 425,000 tenge ($1,250)."
    explain "the fine was {discrimination.fine}: above the 425,000 tenge of section 7.c but within the 453,800 tenge of section 7.d"
}

fact employment.position: one of {
  law_enforcement "work in a law enforcement agency",
  military "military service",
  other "another job",
} ask "In which kind of position did the person work or serve (or apply to)?"
fact employment.listed_medical_condition: bool
  ask "Does the person have a medical condition or disease on the list the law sets for law enforcement and military service?"
fact employment.woman_in_listed_job: bool
  ask "Did a woman work in one of the professions or jobs (213 in all) on the list that closed work in difficult, harmful and hazardous conditions to women?"

provision employment.medical_conditions_bar_security_jobs "Persons with listed medical conditions may not work in law enforcement or serve in the military" {
  since kz2021
  applies when employment.position in {law_enforcement, military}
  note "The report does not give the list of conditions: whether the person’s condition is on it is asked as its own question."
  note "The report says transgender individuals are “effectively” barred from law enforcement and military service: a statement of practice, not of the law, and not checked here."
    cite kz2021.employment_discrimination "Transgender individuals are effectively barred from working in law enforcement or serving in the military."

  require no_listed_condition "the person does not have a listed medical condition or disease":
    not employment.listed_medical_condition
    cite kz2021.employment_discrimination "The law prohibits persons with specific, listed medical conditions or diseases from working in law enforcement agencies or serving in the military."
    explain "{employment.position}; listed medical condition or disease: {employment.listed_medical_condition}"
}

provision employment.women_hazardous_jobs_ban_removed "Women barred from 213 professions and jobs in difficult, harmful and hazardous conditions, until the amendments of 12 October 2021" {
  since kz2021
  until 2021-10-11
  applies when worker.employed
  note "The report dates the amendments by the president’s signature (October 12, 2021) and gives no date of entry into force: the bar is read as law until 11 October 2021 and not after. For later events the provision does not apply, and refusing a woman such a job because of her gender is checked by employment.nondiscrimination_grounds."
  note "The amendments removed the prohibitions."
    cite kz2021.employment_discrimination "On October 12, the president signed into law amendments that removed prohibitions on women from performing work in difficult, harmful, and hazardous working conditions."
  note "The bar is a restriction that international standards treat as discrimination; it is checked as the domestic law the report describes."

  require not_in_listed_job "the woman did not work in a profession or job on the list closed to women":
    not employment.woman_in_listed_job
    cite kz2021.employment_discrimination "The list previously had prohibited women from working in 213 professions and jobs."
    explain "a woman worked in a profession or job on the list closed to women: {employment.woman_in_listed_job}"
}
