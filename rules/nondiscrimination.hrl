# Non-discrimination outside the workplace: race, language, disability, mental health, HIV, sexual
# orientation and gender identity (catalogue domain P).
#
#   race.nondiscrimination                        no discrimination based on race or ethnic origin
#                                                 (2017: the constitution's open list of grounds)
#   language.civil_service_and_nondiscrimination  2017: Kazakh not required for entry into the
#                                                 civil service; no discrimination based on language
#   disability.nondiscrimination_services         no discrimination against persons with disabilities
#                                                 in employment, education, health care and other
#                                                 government services
#   disability.employment_quota_3pct              companies set aside 3 percent of their jobs for
#                                                 persons with disabilities
#   mental_health.involuntary_commitment          citizens with mental disabilities may be committed
#                                                 without consent or judicial review
#   hiv.nondiscrimination                         no discrimination against persons with HIV and AIDS
#   sogi.same_sex_activity_not_criminal           2017: consensual same-sex activity is not a crime
#   transgender.legal_gender_recognition          identity documents only after psychiatric and
#                                                 physical requirements are met
#   disability.voting_not_restricted              2017: no legal restriction on voting by persons
#                                                 with disabilities
#
# The grounds of less favourable treatment reuse `discrimination.grounds` (rules/
# employment_discrimination.hrl); employment cases are also checked by
# employment.nondiscrimination_grounds.

# ---------------------------------------------------------------- less favourable treatment
fact treatment.less_favourable: bool
  ask "Was the person treated less favourably than others in a comparable situation (refused, excluded, disadvantaged or harassed) by a public authority, an institution, an employer or a business, in any sphere of life?"
fact treatment.sphere: one of {
  employment "employment or occupation",
  education,
  health_care "access to health care",
  government_service "another government service",
  presidential_candidacy "standing as a candidate for president",
  private_service "goods or services offered by a private business",
  other "another sphere",
}
  ask "In which sphere was the person treated less favourably? Answer government_service for any other service of a state body."
fact treatment.indirect: bool
  ask "Was the less favourable treatment indirect: the effect of a rule, criterion or practice applied to everyone alike that puts persons with the characteristic at a particular disadvantage (rather than treatment aimed at them because of it)?"

# ---------------------------------------------------------------- race and ethnic origin
provision race.nondiscrimination "No discrimination based on race or ethnic origin" {
  applies when treatment.less_favourable
  note "The 2017 report quotes the constitution's open list (“origin; occupational, social, or property status; sex; race; nationality; language; religion or belief; place of residence; or any other circumstances”); the 2021 report says the constitution and law prohibit discrimination based on race or ethnic origin. Ethnic origin is read as covered by “origin” and “nationality” in the 2017 list. The provision checks race and ethnic origin; language is checked by language.civil_service_and_nondiscrimination."
  note "The 2021 report records that ethnic minorities faced problems in various areas of life and were underrepresented in government bodies, and that human rights observers said the government should provide minorities equal treatment: these are findings of practice and observers' views, not rules checked here."
    since kz2021
    cite kz2021.racial_discrimination "Observers also noted that the government should – but did not – provide minorities equal participation in social life, equal access to government service, equal business opportunities, and most importantly, equal treatment before the law."
  note "Less favourable treatment in employment because of race or ethnicity is also checked by employment.nondiscrimination_grounds."

  require not_race_or_ethnic_origin "the person was not treated less favourably because of race or ethnic origin":
    not (discrimination.grounds includes any of {race, ethnicity})
    cite kz2017.sogi "According to the constitution, no one shall be subject to any discrimination for reasons of origin; occupational, social, or property status; sex; race; nationality; language; religion or belief; place of residence; or any other circumstances."
    cite kz2021.racial_discrimination "The constitution and law prohibit discrimination based on race or ethnic origin."
    explain "the person was treated less favourably because of: {discrimination.grounds}"
}

# ---------------------------------------------------------------- language
fact civil_service.applied: bool ask "Did the person apply to enter the civil service?"
fact civil_service.refused_for_not_speaking_kazakh: bool
  ask "Was the person refused entry to the civil service because they could not speak Kazakh?"

provision language.civil_service_and_nondiscrimination "Kazakh is not required for entry into the civil service; no discrimination based on language (2017)" {
  until kz2017
  applies when civil_service.applied or treatment.less_favourable
  note "The 2021 report does not state these rules in its section on minorities; under the 2021 law the provision is undetermined. Both reports list language among the grounds on which discrimination in employment is prohibited (employment.nondiscrimination_grounds)."
  note "Kazakh is the official state language and Russian has equal status as the language of interethnic communication."
    cite kz2017.minorities "Kazakh is the official state language, although Russian has equal status as the language of interethnic communication."

  require kazakh_not_required "the person was not refused entry to the civil service for not speaking Kazakh":
    not (civil_service.applied and civil_service.refused_for_not_speaking_kazakh)
    cite kz2017.minorities "The law does not require the ability to speak Kazakh for entry into the civil service"
    explain "applied to the civil service: {civil_service.applied}; refused for not speaking Kazakh: {civil_service.refused_for_not_speaking_kazakh}"

  require not_language_based "the person was not treated less favourably because of language":
    not (treatment.less_favourable and discrimination.grounds includes any of {language})
    cite kz2017.minorities "prohibits discrimination based on language."
    explain "treated less favourably: {treatment.less_favourable}; because of: {discrimination.grounds}"

  exception presidential_candidate for not_language_based "the law requires presidential candidates to be fluent in Kazakh"
    when treatment.sphere is presidential_candidacy and not candidate.fluent_in_kazakh
    waived
    cite kz2017.minorities "The law requires presidential candidates to be fluent in Kazakh."
}

# ---------------------------------------------------------------- disability
provision disability.nondiscrimination_services "No discrimination against persons with disabilities in employment, education, access to health care and other government services" {
  applies when treatment.less_favourable
    and treatment.sphere in {employment, education, health_care, government_service}
  note "The law covers physical, sensory, intellectual and mental disabilities: every disability is read as covered. The reports name four spheres (employment, education, access to health care, other government services); treatment elsewhere (for example by a private shop) is outside the provision."
  note "Both reports add that significant discrimination existed (2017) or occurred (2021) despite the law."
    cite kz2017.persons_with_disabilities "but significant discrimination existed."
    cite kz2021.persons_with_disabilities "but significant discrimination occurred."
  note "Less favourable treatment in employment because of disability is also checked by employment.nondiscrimination_grounds, including the bar on terminating a labour contract because of disability."

  require not_disability_based "the person was not treated less favourably because of a disability":
    not (discrimination.grounds includes any of {disability})
    cite kz2017.persons_with_disabilities "The law prohibits discrimination against persons with physical, sensory, intellectual, and mental disabilities in employment, education, and access to health care, and in the provision of other government services"
    cite kz2021.persons_with_disabilities "The law prohibits discrimination against persons with physical, sensory, intellectual, and mental disabilities in employment, education, access to health care, and in the provision of other government services"
    explain "sphere: {treatment.sphere}; the person was treated less favourably because of: {discrimination.grounds}"

  contested employment_2017 for not_disability_based "in employment: section 6 of the 2017 report says the law prohibits discrimination against persons with disabilities in employment; section 7.d says the law does not specifically prohibit discrimination in employment based on disability"
    until kz2017
    when treatment.sphere is employment
    cite kz2017.persons_with_disabilities "The law prohibits discrimination against persons with physical, sensory, intellectual, and mental disabilities in employment"
    cite kz2017.employment_discrimination "The law does not specifically prohibit discrimination with respect to employment and occupation based on disability, sexual orientation, gender identity, age, HIV-positive status, or having other communicable diseases."
    explain "less favourable treatment in employment because of {discrimination.grounds}; the 2017 report says in section 6 that the law prohibits it and in section 7.d that the law does not specifically prohibit it"

  unsettled indirect for not_disability_based "the treatment was indirect discrimination: the law gives no clear definition of discrimination (2021), and neither report says whether indirect discrimination is covered"
    when treatment.indirect
    cite kz2017.persons_with_disabilities "The law prohibits discrimination against persons with physical, sensory, intellectual, and mental disabilities"
    cite kz2021.persons_with_disabilities "The law does not give a clear definition of discrimination, making it impossible to protect the rights of persons with disabilities, particularly in instances of indirect discrimination."
    explain "the less favourable treatment was indirect; the reports do not say whether the prohibition covers indirect discrimination, and the 2021 report says the law gives no clear definition of discrimination"
}

fact disability_quota.employer_is_company: bool
  ask "Is the employer a company (a business entity, not a state body or an individual)?"
fact disability_quota.total_jobs: integer in jobs at least 0
  ask "How many jobs does the company have in all?"
fact disability_quota.reserved_jobs: integer in jobs at least 0
  ask "How many of the company's jobs are set aside (reserved) for persons with disabilities?"
constraint disability_quota.reserved_within_total "more jobs are set aside for persons with disabilities than the company has":
  disability_quota.reserved_jobs <= disability_quota.total_jobs
define disability_quota.reserved_share =
  disability_quota.reserved_jobs / disability_quota.total_jobs
  means "share of the company’s jobs set aside for persons with disabilities, as a fraction (0.03 is 3 percent)"

provision disability.employment_quota_3pct "Companies set aside 3 percent of their jobs for persons with disabilities" {
  applies when disability_quota.employer_is_company and disability_quota.total_jobs >= 1
  note "“Set aside” is read as reserving the jobs; whether they are filled is not asked. The reports add that persons with disabilities nevertheless had difficulty finding employment."
    cite kz2017.persons_with_disabilities "nevertheless, there were reports persons with disabilities faced difficulty integrating into society and finding employment."
    cite kz2021.persons_with_disabilities "nevertheless, civil society reported that persons with disabilities faced difficulty integrating into society and finding employment."

  require at_least_3_percent "at least 3 percent of the company's jobs are set aside for persons with disabilities":
    disability_quota.reserved_share >= 0.03
    cite kz2017.persons_with_disabilities, kz2021.persons_with_disabilities "The law requires companies to set aside 3 percent of their jobs for persons with disabilities"
    explain "share of the jobs set aside for persons with disabilities: {value}; the minimum is {limit} (3 percent), {margin}"

  unsettled small_company for at_least_3_percent "the company has fewer than 34 jobs, so 3 percent is less than one job: the reports give no rounding rule and no company size below which the quota does not apply"
    when disability_quota.total_jobs < 34
    cite kz2017.persons_with_disabilities, kz2021.persons_with_disabilities "The law requires companies to set aside 3 percent of their jobs for persons with disabilities"
    explain "the company has {disability_quota.total_jobs} jobs and sets aside {disability_quota.reserved_jobs}; 3 percent of its jobs is less than one job, and the reports do not say how the quota is rounded"
}

fact disability.sought_to_vote: bool
  ask "Did the person, who has a disability, seek to vote in an election or referendum?"
fact disability.denied_vote: bool
  ask "Was the person denied the vote because of the disability (struck from the voter list, refused a ballot, or declared ineligible)?"

provision disability.voting_not_restricted "No legal restriction on the right of persons with disabilities to vote (2017)" {
  until kz2017
  applies when disability.sought_to_vote
  note "The 2021 report does not state the rule; under the 2021 law the provision is undetermined."
  note "The 2017 report says the government arranged home voting for individuals who could not travel to accessible polling places: a description of what the government did, not a stated legal duty, and not checked."
    cite kz2017.persons_with_disabilities "arranged home voting for individuals who could not travel to accessible polling places."

  require not_denied "the person was not denied the vote because of the disability":
    not disability.denied_vote
    cite kz2017.persons_with_disabilities "The government did not legally restrict the right of persons with disabilities to vote"
}

# ---------------------------------------------------------------- mental health
fact mental_health.committed_without_consent: bool
  ask "Was the person placed in a state-run institution (a mental hospital or another state institution for persons with mental disabilities) without their own consent?"
fact mental_health.has_mental_disability: bool
  ask "Does the person have a mental disability (a mental illness or an intellectual disability)?"

provision mental_health.involuntary_commitment "Commitment of citizens with mental disabilities to state-run institutions without their consent or judicial review" {
  applies when mental_health.committed_without_consent
  note "Domestic law as the reports describe it permits committing citizens with mental disabilities to state-run institutions without their consent or judicial review. That conflicts with international standards on liberty and on the rights of persons with disabilities; hrlaw checks domestic law as reported: a commitment without consent or judicial review of a citizen with a mental disability is not a breach of the provision."
  note "The reports describe one ground for commitment without consent: a mental disability. The law prohibits arbitrary detention; a commitment without consent of a person with no mental disability rests on no ground the reports describe, and is read as outside the permission and a breach."
    cite kz2017.arbitrary_detention "The law prohibits arbitrary arrest and detention, but the practice occurred."
    cite kz2021.arbitrary_detention "The law prohibits arbitrary arrest and detention, but such incidents occurred."
  note "The reports say the government committed persons under 18 with the permission of their families: a description of practice, not a condition the reports state; it is not checked."
    cite kz2017.persons_with_disabilities "the government committed young persons under age 18 with the permission of their families."
    cite kz2021.persons_with_disabilities "the government committed persons younger than age 18 with the permission of their families."
  note "There are no regulations regarding the rights of patients in mental hospitals; human rights observers said this led to widespread abuse of patients' rights."
    cite kz2017.persons_with_disabilities "There are no regulations regarding the rights of patients in mental hospitals. Human rights observers believed this led to widespread abuse of patients’ rights."
    cite kz2021.persons_with_disabilities "There are no regulations regarding the rights of patients in mental hospitals. Human rights observers stated this situation led to widespread abuse of patients’ rights."

  require mental_disability_ground "the person committed without consent is a citizen with a mental disability":
    mental_health.has_mental_disability and person.citizenship is citizen
    cite kz2017.persons_with_disabilities, kz2021.persons_with_disabilities "Citizens with mental disabilities may be committed to state-run institutions without their consent or judicial review"
    explain "mental disability: {mental_health.has_mental_disability}; citizenship: {person.citizenship}"

  unsettled not_citizen for mental_disability_ground "the person has a mental disability but is not a citizen: the reports state the permission for citizens and say nothing of others"
    when mental_health.has_mental_disability and person.citizenship in {foreigner, stateless}
    cite kz2017.persons_with_disabilities, kz2021.persons_with_disabilities "Citizens with mental disabilities may be committed to state-run institutions without their consent or judicial review"
    explain "the person, {person.citizenship} with a mental disability, was committed without consent; the reports describe the permission for citizens only"
}

# ---------------------------------------------------------------- HIV
provision hiv.nondiscrimination "No discrimination against persons with HIV and AIDS" {
  applies when treatment.less_favourable
  note "Both reports add that stigma resulted in societal discrimination affecting access to information, services, treatment and care."
    cite kz2017.hiv_stigma "but stigma resulted in societal discrimination that continued to affect access to information, services, treatment, and care."
    cite kz2021.hiv_stigma "but stigma remained and resulted in societal discrimination that continued to affect access to information, services, treatment, and care."

  require not_hiv_based "the person was not treated less favourably because of HIV or AIDS":
    not (discrimination.grounds includes any of {hiv})
    cite kz2017.hiv_stigma, kz2021.hiv_stigma "The law prohibits discrimination against persons with HIV and AIDS"
    explain "sphere: {treatment.sphere}; the person was treated less favourably because of: {discrimination.grounds}"

  contested employment for not_hiv_based "in employment: section 6 says the law prohibits discrimination against persons with HIV and AIDS; section 7.d says the law does not specifically prohibit discrimination in employment based on HIV-positive status"
    when treatment.sphere is employment
    cite kz2017.hiv_stigma, kz2021.hiv_stigma "The law prohibits discrimination against persons with HIV and AIDS"
    cite kz2017.employment_discrimination "The law does not specifically prohibit discrimination with respect to employment and occupation based on disability, sexual orientation, gender identity, age, HIV-positive status, or having other communicable diseases."
    cite kz2021.employment_discrimination "The law does not specifically prohibit discrimination with respect to sexual orientation, gender identity, HIV- positive status, or having other communicable diseases."
    explain "less favourable treatment in employment because of {discrimination.grounds}; section 6 prohibits discrimination against persons with HIV and AIDS, section 7.d says employment discrimination based on HIV-positive status is not specifically prohibited"
}

# ---------------------------------------------------------------- sexual orientation and gender identity
fact sexual_activity.same_sex: bool ask "Was the sexual activity between persons of the same sex?"
fact sexual_activity.prosecuted: bool
  ask "Was a participant charged, prosecuted or punished for the sexual activity itself?"

provision sogi.same_sex_activity_not_criminal "Consensual same-sex sexual activity is not a crime (2017)" {
  until kz2017
  applies when sexual_activity.same_sex and sexual_activity.consensual
  note "The 2021 report does not say whether the country criminalizes consensual same-sex sexual activity (its heading names “Criminalization” but the section states no rule); under the 2021 law the provision is undetermined."
  note "The constitution, as the 2017 report quotes it, prohibits discrimination on any circumstances; neither report says the law specifically prohibits discrimination based on sexual orientation or gender identity, and section 7.d says it does not in employment."
    cite kz2017.employment_discrimination "The law does not specifically prohibit discrimination with respect to employment and occupation based on disability, sexual orientation, gender identity, age, HIV-positive status, or having other communicable diseases."

  require not_prosecuted "no participant was prosecuted or punished for the consensual same-sex sexual activity":
    not sexual_activity.prosecuted
    cite kz2017.sogi "The country does not criminalize consensual same-sex sexual activity."
}

fact transgender.documents_sought: bool
  ask "Did a transgender person seek identity documents that align with their outward gender?"
fact transgender.psychiatric_requirements_met: bool
  ask "Had the person fulfilled the psychiatric requirements the law sets for new identity documents?"
fact transgender.physical_requirements_met: bool
  ask "Had the person fulfilled the physical requirements the law sets for new identity documents (such as undergoing gender reassignment surgery)?"
fact transgender.documents_issued: bool
  ask "Were identity documents that align with the person's outward gender issued?"

provision transgender.legal_gender_recognition "Identity documents aligned with a transgender person's outward gender only after psychiatric and physical requirements are fulfilled" {
  applies when transgender.documents_sought
  note "The law requires the psychiatric and physical requirements to be fulfilled before identity documents can be received: issuing documents without them is read as contrary to the law as reported. hrlaw checks domestic law as reported and makes no finding on whether the requirements meet international standards."
  note "The 2021 report gives surgery as an example of the physical requirements."
    since kz2021
    cite kz2021.sogi "(such as undergoing gender reassignment surgery)"
  note "The 2021 report adds that the law includes behavioral disorders as reasons for denial of gender reassignment, which expanded the categories of persons who could be denied such treatments: a ground for denying the treatment, not a rule on documents, and not checked."
    since kz2021
    cite kz2021.sogi "The law includes behavioral disorders as reasons for denial of gender reassignment, which expanded the categories of persons who could be denied such treatments."
  note "Both reports record that many individuals lived with nonconforming documents for years and had problems securing employment, housing and health care."
    cite kz2017.sogi, kz2021.sogi "Many individuals lived with nonconforming documents for years and reported problems with securing employment, housing, and health care."

  require requirements_before_documents "identity documents aligned with the outward gender were issued only after the psychiatric and physical requirements were fulfilled":
    not transgender.documents_issued
      or (transgender.psychiatric_requirements_met and transgender.physical_requirements_met)
    cite kz2017.sogi "Although gender reassignment documentation exists, the law requires a transgender person to fulfill psychiatric and physical requirements before being able to receive identity documents that align with the person’s outward gender."
    cite kz2021.sogi "Although a process for gender reassignment exists, the law requires a transgender person to fulfill psychiatric and physical requirements (such as undergoing gender reassignment surgery) before being able to receive identity documents that align with the person’s outward gender."
    explain "documents issued: {transgender.documents_issued}; psychiatric requirements fulfilled: {transgender.psychiatric_requirements_met}; physical requirements fulfilled: {transgender.physical_requirements_met}"

  require documents_once_met "a person who fulfilled both requirements received the documents":
    transgender.documents_issued
      or not (transgender.psychiatric_requirements_met and transgender.physical_requirements_met)
    cite kz2017.sogi "the law requires a transgender person to fulfill psychiatric and physical requirements before being able to receive identity documents that align with the person’s outward gender."
    cite kz2021.sogi "the law requires a transgender person to fulfill psychiatric and physical requirements (such as undergoing gender reassignment surgery) before being able to receive identity documents that align with the person’s outward gender."
    explain "psychiatric requirements fulfilled: {transgender.psychiatric_requirements_met}; physical requirements fulfilled: {transgender.physical_requirements_met}; documents issued: {transgender.documents_issued}"

  unsettled entitlement for documents_once_met "the reports state the requirements as conditions to be met before documents can be received, not that meeting them entitles the person to documents"
    when transgender.psychiatric_requirements_met and transgender.physical_requirements_met
    cite kz2017.sogi "the law requires a transgender person to fulfill psychiatric and physical requirements before being able to receive identity documents that align with the person’s outward gender."
    cite kz2021.sogi "the law requires a transgender person to fulfill psychiatric and physical requirements (such as undergoing gender reassignment surgery) before being able to receive identity documents that align with the person’s outward gender."
    explain "both requirements were fulfilled and no documents were issued; the reports make the requirements a condition for documents, and do not say whether fulfilling them is enough"
}
