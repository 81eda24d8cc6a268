# Citizenship and statelessness (catalogue domain K, the citizenship ids).
#
#   citizenship.renunciation_required                2021: an application for citizenship requires
#                                                    renouncing the citizenship of the country of origin
#   citizenship.deprivation_terrorism                deprivation of citizenship only on conviction of a
#                                                    grave terrorism- or extremism-related crime
#   stateless.permanent_residence_10y                registered stateless persons: permanent residency,
#                                                    a stateless person certificate for 10 years
#   stateless.naturalization_after_5y                stateless persons may apply for citizenship after
#                                                    five years of residence
#   citizenship.children_of_recognized_stateless     children born in the country to recognized
#                                                    stateless residents are nationals
#   citizenship.special_procedure_groups             a separate citizenship procedure for ethnic Kazakhs,
#                                                    those with immediate relatives, and citizens of
#                                                    Ukraine, Belarus, Russia and Kyrgyzstan
#   citizenship.decision_within_6_months             six months to consider an application
#   citizenship.no_simplified_naturalization_stateless  unchecked: the absence of a rule
#   birth.no_certificate_undocumented_parents        the law prevents children of parents without
#                                                    identity documents from obtaining birth certificates
#   stateless.appeal_right                           a rejected applicant, or a person whose stateless
#                                                    status is revoked, may appeal
#   stateless.medical_assistance_scope               free emergency care and treatment of 21 listed
#                                                    contagious diseases for recognized stateless persons
#   stateless.employment_not_government              recognized stateless persons may work, though not
#                                                    for the government
#   stateless.undocumented_no_legal_work             (UNHCR) stateless persons without identity documents
#                                                    may not legally work
#   stateless.accompanying_children                  children accompanying stateless parents are
#                                                    considered stateless
#   citizenship.by_birth_and_parentage               citizenship derives from birth in the territory and
#                                                    from one's parents
#
# `person.citizenship` (rules/assembly.hrl) is the person's citizenship: for an applicant, the one
# held when applying; for a child, the one the authorities recorded. Both reports give the rights of
# recognized stateless persons as UNHCR describes the law ("According to UNHCR, the law provides a
# range of rights"); the notes keep that attribution.

# ---------------------------------------------------------------- stateless persons
fact stateless.registered: bool
  ask "Is the person officially registered (recognized) by the government as stateless, holding a stateless person certificate?"
fact stateless.has_identity_document: bool
  ask "Does the person hold a valid identity document (a passport or identity card)? The reports do not say whether a stateless person certificate counts: answer as the authorities treated it."
fact stateless.certificate_term: duration in years
  ask "For what term was the stateless person certificate issued (its period of validity)?"
fact stateless.treated_as_permanent_resident: bool
  ask "Did the authorities treat the registered stateless person as a permanent resident of Kazakhstan?"
fact stateless.status_revoked: bool
  ask "Did the authorities revoke the person's status as a stateless person?"
fact stateless.care_needed: one of {
  emergency "emergency medical care",
  listed_disease "treatment of one of the 21 contagious diseases on the list approved by the Ministry of Health Care and Social Development",
  other "other medical care",
} ask "What medical care did the stateless person seek?"
fact stateless.free_care_refused: bool
  ask "Was the stateless person refused that medical care free of charge (refused it, or charged for it)?"
fact stateless.job: one of {
  government "a government position (with a state body)",
  non_government "a job with an employer other than the government",
} ask "What job did the stateless person hold or seek?"
fact stateless.refused_job_for_status: bool
  ask "Was the stateless person refused the job (or a labor contract) because of being stateless?"
fact stateless.child_accompanies_parents: bool
  ask "Did the child come to Kazakhstan accompanying stateless parents (rather than being born in Kazakhstan)?"
fact stateless.child_treated_as_stateless: bool
  ask "Did the authorities treat the child as a stateless person?"

constraint stateless.registered_is_stateless "a person registered as stateless is given as a citizen or a foreigner":
  not stateless.registered or person.citizenship is stateless

# ---------------------------------------------------------------- applications for citizenship
fact citizenship.applied: bool
  ask "Did the person apply (or try to apply) for citizenship of Kazakhstan?"
fact citizenship.applied_on: date
  ask "On what date did the person submit the application for citizenship?"
fact citizenship.renounced_prior: bool
  ask "With the application for citizenship of Kazakhstan, did the applicant renounce the citizenship of the country of origin?"
fact citizenship.application_received: bool
  ask "Did the authorities receive the application for consideration? Answer false if they refused to accept it (for example as premature); an application considered and then rejected was received."
fact citizenship.decided: bool
  ask "Has the government decided the application for citizenship (granted or rejected it)?"
fact citizenship.decided_on: date
  ask "On what date did the government decide the application for citizenship?"
fact citizenship.application_rejected: bool ask "Was the application for citizenship rejected?"
fact citizenship.appeal_prevented: bool
  ask "Was the person prevented from appealing the decision (no appeal allowed, or the appeal refused for consideration)? An appeal heard and lost was not prevented."
fact stateless.resident_since: date
  ask "Since what date has the stateless person resided in Kazakhstan (without interruption)?"

# Months and years are calendar months and years (2021-01-15 + 6 months = 2021-07-15, the last day
# within the period), as for pretrial detention: `done_within` measures a length of time, and the
# difference of two dates compared with "6 months" would use a mean month, so the periods are
# written with dates and given names a scenario may state directly.
define citizenship.decided_in_time =
  (citizenship.decided and citizenship.decided_on <= citizenship.applied_on + 6 months)
    or (not citizenship.decided and assessment.on <= citizenship.applied_on + 6 months)
  means "the government decided the application within six months of it (or, still undecided, six months have not yet passed)"
define stateless.five_years_resident = citizenship.applied_on >= stateless.resident_since + 5 years
  means "the stateless person had resided in Kazakhstan for at least five years when applying for citizenship"

constraint citizenship.decided_after_application "the decision on the application is dated before the application":
  citizenship.decided_on >= citizenship.applied_on
constraint stateless.resident_before_application "the residence began after the application for citizenship":
  stateless.resident_since <= citizenship.applied_on

# ---------------------------------------------------------------- the separate procedure
fact naturalization.applicant_groups: set of {
  ethnic_kazakh "an ethnic Kazakh",
  immediate_relative "has immediate relatives in Kazakhstan",
  agreement_country "a citizen of Ukraine, Belarus, Russia or Kyrgyzstan",
}
  ask "Which of these describe the applicant for citizenship? List every one that applies (an empty list if none)."
fact naturalization.separate_procedure: one of {
  used "considered under the separate procedure",
  refused "refused the separate procedure (made to follow the general procedure)",
  not_sought "the general procedure, the separate one not sought",
} ask "Under which procedure was the application for citizenship considered?"

# ---------------------------------------------------------------- deprivation of citizenship
fact citizenship.deprived: bool
  ask "Did the government deprive the person of citizenship of Kazakhstan?"
fact citizenship.deprived_on: date ask "On what date was the person deprived of citizenship?"
fact citizenship.deprivation_ground: one of {
  terrorism_extremism "terrorism- or extremism-related crimes (the law signed on July 11, 2017)",
  other "another ground",
} ask "On what ground was the person deprived of citizenship?"
fact citizenship.conviction: one of {
  listed_crime "convicted of a crime in the range of grave terrorism- and extremism-related crimes for which the law allows deprivation (it includes “harming the interest of the state”)",
  other_crime "convicted only of other crimes",
  none "not convicted (only suspected or charged, or neither)",
}
  ask "Before the deprivation, of what had a court convicted the person (a final conviction, not a charge)?"

# ---------------------------------------------------------------- birth
fact birth.in_country: bool ask "Was the child born in Kazakhstan?"
fact birth.parents_status: set of {
  citizen "a citizen of Kazakhstan",
  foreigner "a foreign citizen",
  recognized_stateless "an officially recognized (registered) stateless person",
  other_stateless "a stateless person not officially recognized",
  refugee "a refugee recognized by Kazakhstan",
}
  ask "What was the status of each of the child's known parents when the child was born? List each status that applies to one of them (one entry if both parents share it); list a recognized refugee as refugee."
fact birth.parents_permanent_residence: bool
  ask "Did the child's parents have a permanent place of residence in Kazakhstan when the child was born?"
fact birth.child_recognized_citizen: bool
  ask "Have the authorities recognized the child as a citizen (national) of Kazakhstan?"
fact birth.parents_documents: one of {
  all "every known parent has an identity document",
  some "one parent has an identity document, the other does not",
  none "no parent has an identity document",
} ask "Which of the child's parents have identity documents?"
fact birth.certificate_issued: bool ask "Was a birth certificate issued for the child?"

define birth.only_recognized_stateless_parents =
  birth.parents_status includes any of {recognized_stateless}
    and not (birth.parents_status includes any of {citizen, foreigner, other_stateless, refugee})
  means "every known parent of the child is an officially recognized stateless person"
define birth.citizen_parent = birth.parents_status includes any of {citizen}
  means "a parent of the child is a citizen of Kazakhstan"
define birth.only_citizen_parents =
  birth.parents_status includes any of {citizen}
    and not (birth.parents_status includes any of {foreigner, recognized_stateless, other_stateless, refugee})
  means "every known parent of the child is a citizen of Kazakhstan"

# ================================================================= provisions

provision citizenship.renunciation_required "An application for citizenship requires renouncing the citizenship of the country of origin, with no stipulation that citizenship will be granted" {
  since kz2021
  applies when citizenship.applied and person.citizenship is foreigner
  note "The rule binds the applicant: an application made without renouncing the citizenship of the country of origin does not meet it. The report states no stipulation that Kazakhstani citizenship would be granted after the renunciation, so a refusal of citizenship to an applicant who renounced is not a departure from this rule."
  note "The report itself finds that the country contributes to statelessness through this rule, because the renunciation comes with no stipulation that Kazakhstani citizenship would be granted. hrlaw checks domestic law as reported."
    cite kz2021.stateless_persons "The country contributes to statelessness because its application for citizenship requires renunciation of citizenship of the country of origin, with no stipulation that Kazakhstani citizenship would be granted."
  note "The 2017 report does not state the rule. The report does not say whether the separate procedure for ethnic Kazakhs, persons with immediate relatives and citizens of Ukraine, Belarus, Russia and Kyrgyzstan also requires it; it is read as applying to every application."

  require renounced "the applicant renounced the citizenship of the country of origin with the application":
    citizenship.renounced_prior
    cite kz2021.stateless_persons "its application for citizenship requires renunciation of citizenship of the country of origin"
    explain "citizenship of the country of origin renounced: {citizenship.renounced_prior}"
}

provision citizenship.deprivation_terrorism "Deprivation of citizenship only on conviction of a grave terrorism- or extremism-related crime" {
  applies when citizenship.deprived and citizenship.deprived_on >= 2017-07-11
  note "The 2017 report dates the law to its signing by the president on July 11, 2017, without a date of entry into force: a deprivation before that day is outside it."
    cite kz2017.stateless_persons "On July 11, the president signed a law that allows the government to deprive individuals convicted for a range of grave terrorism and extremism-related crimes"
  note "The law is a power: the government may, not must, deprive a convicted person of citizenship, so a convicted person who keeps citizenship is no departure. The condition of the power is the conviction: a deprivation for terrorism or extremism without a court’s conviction of a crime in the range is a violation."
  note "The reports do not list the range of crimes beyond “including for ‘harming the interest of the state’”; whether the crime of conviction is in the range is asked of the lawyer."
  note "The reports state no other ground for deprivation of citizenship; a deprivation on another ground is left open."
  note "In 2021, according to UNHCR and the government, no one had been deprived of citizenship under this law; the government instead brought back 12 citizens who had joined international terrorist organizations and prosecuted them in criminal court."
    since kz2021
    cite kz2021.stateless_persons "According to UNHCR and the government, no one has been deprived of citizenship under this law."

  require convicted "the person was convicted of a crime in the range of grave terrorism- and extremism-related crimes before being deprived of citizenship":
    citizenship.conviction is listed_crime
    cite kz2017.stateless_persons "allows the government to deprive individuals convicted for a range of grave terrorism and extremism-related crimes, including for “harming the interest of the state,” of Kazakhstani citizenship."
    cite kz2021.stateless_persons "The law allows the government to deprive individuals of citizenship if convicted of a range of grave terrorism and extremism-related crimes, including for “harming the interest of the state.”"
    explain "conviction before the deprivation: {citizenship.conviction}; ground of the deprivation: {citizenship.deprivation_ground}"

  unsettled other_ground for convicted "the deprivation rested on another ground: the reports state only the law on terrorism- and extremism-related crimes and say nothing of other grounds"
    when citizenship.deprivation_ground is other
    cite kz2017.stateless_persons "allows the government to deprive individuals convicted for a range of grave terrorism and extremism-related crimes, including for “harming the interest of the state,” of Kazakhstani citizenship."
    cite kz2021.stateless_persons "The law allows the government to deprive individuals of citizenship if convicted of a range of grave terrorism and extremism-related crimes, including for “harming the interest of the state.”"
    explain "the person was deprived of citizenship on another ground (conviction: {citizenship.conviction}); the reports state no ground other than conviction of terrorism- and extremism-related crimes"
}

provision stateless.permanent_residence_10y "Registered stateless persons: permanent residency, granted for 10 years in the form of a stateless person certificate" {
  applies when stateless.registered
  note "Both reports give the rule as UNHCR describes the law (“According to UNHCR, the law provides a range of rights to persons recognized by the government as stateless”)."
    cite kz2017.stateless_persons "According to UNHCR the law provides a range of rights to persons recognized by the government as stateless."
    cite kz2021.stateless_persons "According to UNHCR, the law provides a range of rights to persons recognized by the government as stateless."
  note "“Granted for 10 years” is read as the term of the certificate: a certificate issued for a shorter or a longer term departs from it."

  require permanent_resident "the registered stateless person was treated as a permanent resident":
    stateless.treated_as_permanent_resident
    cite kz2017.stateless_persons "The legal status of officially registered stateless persons is documented and considered as having permanent residency"
    cite kz2021.stateless_persons "The legal status of officially registered stateless persons was documented, and they were considered as having permanent residency"
    explain "treated as a permanent resident: {stateless.treated_as_permanent_resident}"

  require certificate_10_years "the stateless person certificate was issued for 10 years":
    stateless.certificate_term = 10 years
    cite kz2017.stateless_persons "which is granted for 10 years in the form of a stateless person certificate."
    cite kz2021.stateless_persons "which was granted for 10 years in the form of a stateless person certificate."
    explain "term of the stateless person certificate: {value}; the law grants it for {limit}"
}

provision stateless.naturalization_after_5y "Stateless persons may apply for citizenship after five years of residence" {
  applies when citizenship.applied and person.citizenship is stateless
  note "“Eligible to apply” is read as a right to have the application received and considered, not to be granted citizenship: an application received and rejected on its merits complies (the rejection may be appealed, stateless.appeal_right). The five years are counted up to the application, in calendar years."
  note "The report says “stateless persons”, not only officially registered ones; any stateless person is read as covered."
  note "The 2017 report also says that refugees, in view of their temporary status, do not have the right to apply for nationality even after more than five years of permanent residence. For a stateless person who is a recognized refugee the two passages conflict under the 2017 law; the 2021 report does not repeat the bar."
    until kz2017
    cite kz2017 "Section 2.d Freedom of Movement > Protection of Refugees > Access to Basic Services" "In view of their temporary status, refugees do not have the right to apply for nationality, including after permanently residing in the country for more than five years."

  require received "the application of a stateless person with five years of residence was received for consideration":
    citizenship.application_received
    cite kz2017.stateless_persons, kz2021.stateless_persons "According to the law, after five years of residence in the country, stateless persons are eligible to apply for citizenship."
    explain "application received: {citizenship.application_received}; resident for five years when applying: {stateless.five_years_resident}"

  exception not_yet_eligible for received "the stateless person had resided in the country less than five years when applying"
    when not stateless.five_years_resident
    waived
    cite kz2017.stateless_persons, kz2021.stateless_persons "after five years of residence in the country, stateless persons are eligible to apply for citizenship."

  contested refugee for received "the stateless person is a recognized refugee: the 2017 report says refugees do not have the right to apply for nationality, even after more than five years of permanent residence"
    until kz2017
    when refugee.status is refugee
    cite kz2017.stateless_persons "According to the law, after five years of residence in the country, stateless persons are eligible to apply for citizenship."
    cite kz2017 "Section 2.d Freedom of Movement > Protection of Refugees > Access to Basic Services" "In view of their temporary status, refugees do not have the right to apply for nationality, including after permanently residing in the country for more than five years."
    explain "the applicant is a stateless person and a recognized refugee; the 2017 report makes stateless persons eligible after five years of residence and denies refugees the right to apply"
}

provision citizenship.children_of_recognized_stateless "Children born in the country to officially recognized stateless persons with a permanent place of residence are nationals" {
  applies when birth.in_country
    and birth.parents_status includes any of {recognized_stateless}
    and birth.parents_permanent_residence
  note "“Officially recognized stateless persons” is read as the child’s parents; where only one parent is one (the other a foreigner, an unrecognized stateless person or a refugee), the report does not say, and the case is left open. A child with a parent who is a citizen is checked by citizenship.by_birth_and_parentage."
  note "The 2017 report says children of refugees born in the country are not recognized as citizens; a parent who is both a recognized stateless person and a refugee is left open under the 2017 law."
    until kz2017
    cite kz2017 "Section 2.d Freedom of Movement > Protection of Refugees > Access to Basic Services" "Children of refugees born in the country are also not recognized as citizens"

  require recognized_national "the child is recognized as a national":
    birth.child_recognized_citizen
    cite kz2017.stateless_persons, kz2021.stateless_persons "Children born in the country to officially recognized stateless persons who have a permanent place of residence are recognized as nationals."
    explain "the child was recognized as a national: {birth.child_recognized_citizen}; the parents were {birth.parents_status}"

  contested refugee_parent for recognized_national "a parent is a recognized refugee: the 2017 report says children of refugees born in the country are not recognized as citizens"
    until kz2017
    when birth.parents_status includes any of {refugee}
    cite kz2017.stateless_persons "Children born in the country to officially recognized stateless persons who have a permanent place of residence are recognized as nationals."
    cite kz2017 "Section 2.d Freedom of Movement > Protection of Refugees > Access to Basic Services" "Children of refugees born in the country are also not recognized as citizens"
    explain "the parents were {birth.parents_status}; the 2017 report names children of recognized stateless residents as nationals and says children of refugees born in the country are not recognized as citizens"

  unsettled one_parent for recognized_national "only one of the child’s parents is an officially recognized stateless person: the reports do not say whether that suffices"
    when not birth.only_recognized_stateless_parents
    cite kz2017.stateless_persons, kz2021.stateless_persons "Children born in the country to officially recognized stateless persons who have a permanent place of residence are recognized as nationals."
    explain "the parents were {birth.parents_status}; the reports speak of children born to officially recognized stateless persons and do not say whether one such parent suffices"
}

provision citizenship.special_procedure_groups "A separate citizenship procedure for ethnic Kazakhs, persons with immediate relatives in the country, and citizens of Ukraine, Belarus, Russia and Kyrgyzstan" {
  applies when citizenship.applied
  note "The reports say the procedure exists for these groups; the conditions it sets are not stated. A member of a group refused the procedure is read as denied the procedure the law provides for the group; an applicant outside the groups is read as having no claim to it (and, being outside the groups it exists for, as not entitled to it). The 2017 report calls it “a legal procedure”, the 2021 report “a separate legal procedure for citizenship”; both are read as the same procedure."
  note "A stateless applicant outside the groups has no simplified procedure (citizenship.no_simplified_naturalization_stateless)."

  require group_admitted "an applicant of one of the groups was not refused the separate procedure":
    not (naturalization.separate_procedure is refused)
      or not (naturalization.applicant_groups includes any of {ethnic_kazakh, immediate_relative, agreement_country})
    cite kz2017.stateless_persons "A legal procedure exists for ethnic Kazakhs; those with immediate relatives in the country; and citizens of Ukraine, Belarus, Russia, and Kyrgyzstan, with which the country has agreements."
    cite kz2021.stateless_persons "A separate legal procedure for citizenship exists for ethnic Kazakhs; those with immediate relatives in the country; and citizens of Ukraine, Belarus, Russia, and Kyrgyzstan, with which the country has agreements."
    explain "the applicant is {naturalization.applicant_groups}; procedure: {naturalization.separate_procedure}"

  require group_member "an applicant considered under the separate procedure belongs to one of the groups it exists for":
    not (naturalization.separate_procedure is used)
      or naturalization.applicant_groups includes any of {ethnic_kazakh, immediate_relative, agreement_country}
    cite kz2017.stateless_persons "A legal procedure exists for ethnic Kazakhs; those with immediate relatives in the country; and citizens of Ukraine, Belarus, Russia, and Kyrgyzstan, with which the country has agreements."
    cite kz2021.stateless_persons "A separate legal procedure for citizenship exists for ethnic Kazakhs; those with immediate relatives in the country; and citizens of Ukraine, Belarus, Russia, and Kyrgyzstan, with which the country has agreements."
    explain "procedure: {naturalization.separate_procedure}; the applicant is {naturalization.applicant_groups}"
}

provision citizenship.decision_within_6_months "The government has six months to consider an application for citizenship" {
  applies when citizenship.applied and citizenship.application_received
  note "“Six months to consider” is read as six calendar months from the application to the decision; an application still pending is judged as of the date of assessment (`as_of`). The reports do not say what follows if the period is missed."
  note "Some applicants complained that, due to the lengthy bureaucratic process, obtaining citizenship often took years (both reports): a complaint, not a finding of the reports."
    cite kz2017.stateless_persons, kz2021.stateless_persons "Some applicants complained that, due to the lengthy bureaucratic process, obtaining citizenship often took years."

  require decided_in_time "the government decided the application within six months":
    citizenship.decided_in_time
    cite kz2017.stateless_persons, kz2021.stateless_persons "The law gives the government six months to consider an application for citizenship."
    explain "applied on {citizenship.applied_on}; decided: {citizenship.decided}; decided within six months of the application (or, undecided, still within them): {citizenship.decided_in_time}"
}

unchecked citizenship.no_simplified_naturalization_stateless "No simplified naturalization procedure for stateless persons" {
  applies when citizenship.applied and person.citizenship is stateless
  because "the reports state that the law lacks a rule (a simplified procedure for stateless persons), which no fact can breach: a stateless applicant follows the general procedure, and the separate procedure for the listed groups is checked by citizenship.special_procedure_groups"
  cite kz2017.stateless_persons "In summary the law does not provide a simplified naturalization procedure for stateless persons."
  cite kz2021.stateless_persons "The law does not provide for a simplified naturalization procedure for stateless persons."
}

provision birth.no_certificate_undocumented_parents "The law prevents children of parents without identity documents from obtaining birth certificates" {
  applies when birth.parents_documents is not all
  note "The rule is domestic law as reported, and it works against the child: a violation here means only that a birth certificate was issued although the law, as reported, prevents it; a refusal complies with domestic law. Both reports find that the lack of birth certificates hindered the children’s access to education, free health care and freedom of movement (the reports do not name an international standard)."
    cite kz2017.stateless_persons "Existing legislation prevents children of parents without identity documents from obtaining birth certificates, which hindered their access to education, free health care, and freedom of movement."
    cite kz2021.stateless_persons "The law prevents children of parents without identity documents from obtaining birth certificates, the lack of which hindered the children’s access to education, free health care, and freedom of movement."
  note "“Parents without identity documents” reads two ways when one parent has a document and the other does not: the case is left open. In practice children born to undocumented mothers were denied birth certificates."
    cite kz2017.birth_registration "Children born to undocumented mothers were denied birth certificates."
    cite kz2021.birth_registration "Children born to undocumented mothers without legal status or identification were denied birth certificates."

  require no_certificate "no birth certificate was issued for the child of parents without identity documents":
    not birth.certificate_issued
    cite kz2017.stateless_persons "Existing legislation prevents children of parents without identity documents from obtaining birth certificates"
    cite kz2021.stateless_persons "The law prevents children of parents without identity documents from obtaining birth certificates"
    explain "parents with identity documents: {birth.parents_documents}; birth certificate issued: {birth.certificate_issued}"

  unsettled one_parent_documented for no_certificate "one parent has an identity document: the reports do not say whether the law prevents a certificate then"
    when birth.parents_documents is some
    cite kz2017.stateless_persons "Existing legislation prevents children of parents without identity documents from obtaining birth certificates"
    cite kz2021.stateless_persons "The law prevents children of parents without identity documents from obtaining birth certificates"
    explain "one parent has an identity document; the reports speak of parents without identity documents and do not say whether one undocumented parent suffices"
}

provision stateless.appeal_right "A person whose citizenship application is rejected, or whose stateless status is revoked, may appeal" {
  applies when (citizenship.applied and citizenship.application_rejected)
    or stateless.status_revoked
  note "“May appeal” is the person’s right: an appeal refused or not allowed is the departure; an appeal heard and lost complies. The 2017 report says “Persons rejected”, read in its context (applications for citizenship) as persons whose applications were rejected. Both reports add that appeals involved a lengthy process; no time limit is stated."

  require appeal_allowed "the person was not prevented from appealing the decision":
    not citizenship.appeal_prevented
    cite kz2017.stateless_persons "Persons rejected or whose status of stateless persons has been revoked may appeal the decision, but such appeals involved a lengthy process."
    cite kz2021.stateless_persons "Persons whose citizenship applications are rejected or whose status as stateless persons has been revoked may appeal the decision"
    explain "prevented from appealing: {citizenship.appeal_prevented}"
}

provision stateless.medical_assistance_scope "Recognized stateless persons: free emergency care and treatment of 21 listed contagious diseases" {
  applies when stateless.registered
  note "Free medical assistance is “on the level provided to other foreigners” and limited to emergency care and treatment of the 21 contagious diseases on the Ministry’s list; the reports do not list the diseases. Other care is outside the free assistance, and charging for it complies."
  note "From August 15, 2021 stateless persons must also sign contracts for voluntary health insurance and register with a local clinic to be eligible for primary health services (another rule, of the refugee and migrant health provisions); free emergency care and treatment of the listed diseases are still checked here."
    since kz2021
    cite kz2021 "Section 2.f Protection of Refugees > Access to Basic Services" "Starting August 15, stateless persons, asylum seekers, and foreigners who are temporarily staying as labor migrants or for other purposes must sign contracts for voluntary health insurance and register with a local clinic to be eligible for primary health services."

  require free_care_given "the recognized stateless person was not refused free emergency care or free treatment of a listed contagious disease":
    not stateless.free_care_refused
    cite kz2017.stateless_persons "Officially recognized stateless persons have access to free medical assistance on the level provided to other foreigners, but it is limited to emergency medical care and to treatment of 21 contagious diseases on a list approved by the Ministry of Healthcare and Social Development."
    cite kz2021.stateless_persons "Officially recognized stateless persons have access to free medical assistance on the level provided to other foreigners, but it is limited to emergency medical care and to treatment of 21 contagious diseases on a list approved by the Ministry of Health Care and Social Development."
    explain "care sought: {stateless.care_needed}; refused free of charge: {stateless.free_care_refused}"

  exception other_care for free_care_given "the care sought was neither emergency care nor treatment of a listed contagious disease"
    when stateless.care_needed is other
    waived
    cite kz2017.stateless_persons, kz2021.stateless_persons "but it is limited to emergency medical care and to treatment of 21 contagious diseases"
}

provision stateless.employment_not_government "Recognized stateless persons may work, though not in government positions" {
  applies when stateless.registered and (worker.employed or stateless.refused_job_for_status)
  note "The right to employment is read as forbidding a refusal of a non-government job because the person is stateless; both reports say potential employers may not understand or be aware of the right. A refusal for another reason is outside the rule."

  require not_government "the recognized stateless person did not hold a government position":
    not (worker.employed and stateless.job is government)
    cite kz2017.stateless_persons "Officially recognized stateless persons have a right to employment, with the exception of government positions."
    cite kz2021.stateless_persons "Officially recognized stateless persons have a right to employment, although not with the government."
    explain "employed: {worker.employed}; job: {stateless.job}"

  require not_refused_for_status "the recognized stateless person was not refused a non-government job because of being stateless":
    not (stateless.refused_job_for_status and stateless.job is non_government)
    cite kz2017.stateless_persons "Officially recognized stateless persons have a right to employment, with the exception of government positions. They may face challenges when concluding labor contracts, since potential employers may not understand or be aware of this legal right."
    cite kz2021.stateless_persons "Officially recognized stateless persons have a right to employment, although not with the government. They may face problems when negotiating labor contracts, since potential employers may not understand or be aware of this legal right."
    explain "refused the job for being stateless: {stateless.refused_job_for_status}; job: {stateless.job}"
}

provision stateless.undocumented_no_legal_work "Stateless persons without identity documents may not legally work (as UNHCR reported)" {
  applies when person.citizenship is stateless and worker.employed
  note "The rule is given as UNHCR reported it (“UNHCR reported that stateless persons without identity documents may not legally work”), not as the reports’ own statement of the law; the reports add that it led to illegal labor, corruption and abuse of authority among employers. A violation means work that, as UNHCR reported the law, was not legal."

  require documented "the stateless person who worked held an identity document":
    stateless.has_identity_document
    cite kz2017.stateless_persons "UNHCR reported that stateless persons without identity documents may not legally work, which led to the growth of illegal labor migration, corruption, and abuse of authority among employers."
    cite kz2021.stateless_persons "UNHCR reported that stateless persons without identity documents may not legally work, which led to the growth of illegal labor, corruption, and abuse of authority among employers."
    explain "identity document held: {stateless.has_identity_document}"
}

provision stateless.accompanying_children "Children accompanying stateless parents are considered stateless" {
  applies when stateless.child_accompanies_parents
  note "The reports say children accompanying stateless parents “were also considered stateless”; it is read as the rule in both years. A child born in the country is not an accompanying child: children born in the country to recognized stateless residents are nationals (citizenship.children_of_recognized_stateless). The reports do not say what applies to an accompanying child who holds another citizenship."

  require treated_as_stateless "the child accompanying stateless parents was considered stateless":
    stateless.child_treated_as_stateless
    cite kz2017.stateless_persons, kz2021.stateless_persons "Children accompanying stateless parents were also considered stateless."
    explain "treated as stateless: {stateless.child_treated_as_stateless}"
}

provision citizenship.by_birth_and_parentage "Citizenship is derived by birth within the territory and from one’s parents" {
  applies when birth.in_country or birth.citizen_parent
  note "The sentence reads two ways: birth in the territory and descent from citizen parents as two sources of citizenship, each sufficing; or the two together. A child born in the country to citizen parents is a citizen under both readings. A child born abroad to citizen parents, or born in the country with one citizen parent, is left open."
  note "Read as two sources, birth in the territory alone would make every child born in the country a citizen, but the reports name only children of officially recognized stateless residents as nationals (citizenship.children_of_recognized_stateless), and the 2017 report says children of refugees born in the country are not recognized as citizens: a child born in the country with no citizen parent is left open (2017: contested for a refugee parent)."
    cite kz2017.stateless_persons, kz2021.stateless_persons "Children born in the country to officially recognized stateless persons who have a permanent place of residence are recognized as nationals."
    cite kz2017 "Section 2.d Freedom of Movement > Protection of Refugees > Access to Basic Services" "Children of refugees born in the country are also not recognized as citizens"

  require recognized_citizen "the child is recognized as a citizen":
    birth.child_recognized_citizen
    cite kz2017.birth_registration "Citizenship is derived both by birth within the country’s territory and from one’s parents."
    cite kz2021.birth_registration "Citizenship is derived by birth within the country’s territory and from one’s parents."
    explain "born in Kazakhstan: {birth.in_country}; parents: {birth.parents_status}; recognized as a citizen: {birth.child_recognized_citizen}"

  contested refugee_parent for recognized_citizen "born in the country to a refugee parent, no parent a citizen: birth in the territory may suffice, but the 2017 report says children of refugees born in the country are not recognized as citizens"
    until kz2017
    when birth.in_country
      and not birth.citizen_parent
      and birth.parents_status includes any of {refugee}
    cite kz2017.birth_registration "Citizenship is derived both by birth within the country’s territory and from one’s parents."
    cite kz2017 "Section 2.d Freedom of Movement > Protection of Refugees > Access to Basic Services" "Children of refugees born in the country are also not recognized as citizens"
    explain "the child was born in Kazakhstan to parents who were {birth.parents_status}; the 2017 report derives citizenship from birth in the territory and says children of refugees born in the country are not recognized as citizens"

  unsettled born_abroad for recognized_citizen "the child was born abroad: citizenship is derived by birth within the territory and from one’s parents, which may mean both together"
    when not birth.in_country
    cite kz2017.birth_registration "Citizenship is derived both by birth within the country’s territory and from one’s parents."
    cite kz2021.birth_registration "Citizenship is derived by birth within the country’s territory and from one’s parents."
    explain "the child was born abroad to parents who were {birth.parents_status}; the reports do not say whether descent alone suffices"

  unsettled one_citizen_parent for recognized_citizen "only one parent is a citizen: the reports do not say whether citizenship derives from one citizen parent"
    when birth.in_country and birth.citizen_parent and not birth.only_citizen_parents
    cite kz2017.birth_registration "Citizenship is derived both by birth within the country’s territory and from one’s parents."
    cite kz2021.birth_registration "Citizenship is derived by birth within the country’s territory and from one’s parents."
    explain "the parents were {birth.parents_status}; the reports do not say whether one citizen parent suffices"

  unsettled no_citizen_parent for recognized_citizen "the child was born in the country with no citizen parent: the reports may make birth in the territory enough, but name only children of recognized stateless residents as nationals"
    when birth.in_country
      and not birth.citizen_parent
      and not (birth.only_recognized_stateless_parents and birth.parents_permanent_residence)
    cite kz2017.birth_registration "Citizenship is derived both by birth within the country’s territory and from one’s parents."
    cite kz2021.birth_registration "Citizenship is derived by birth within the country’s territory and from one’s parents."
    cite kz2017.stateless_persons, kz2021.stateless_persons "Children born in the country to officially recognized stateless persons who have a permanent place of residence are recognized as nationals."
    explain "the child was born in Kazakhstan to parents who were {birth.parents_status}; whether birth in the territory alone makes a citizen the reports leave open"
}
