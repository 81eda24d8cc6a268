# Asylum, refugees and access to health services of non-citizens (catalogue domain K, second part).
#
#   asylum.request_when_facing_deportation 2017: a person facing deportation may request asylum
#   asylum.access_and_unhcr_intervention   access to the asylum procedure; UNHCR (2021: its contracted
#                                          local partners) may intervene for persons facing deportation
#   asylum.illegal_entry_prosecution       2021: not checked (domestic law permits the prosecution;
#                                          the report notes it is contrary to the 1951 Convention)
#   refugee.protected_grounds              2017: refugee status for persecution on the five grounds,
#                                          not for flight from war or generalised violence
#   refugee.cis_temporary_residence_180d   CIS citizens (Chechens): temporary status up to 180 days
#   refugee.work_no_entrepreneurship       refugees may work, but not as individual entrepreneurs
#   refugee.status_one_year_renewal        2017: refugee status lasts one year, renewed annually
#   refugee.social_benefits                what refugees and asylum seekers may be refused (2017/2021)
#   health.foreigners_voluntary_insurance  2021, from 15 August: voluntary insurance and a clinic for
#                                          the primary health services of listed non-citizens
#
# A person's citizenship is `person.citizenship` (rules/assembly.hrl); the person's standing in the
# asylum system is `refugee.status`.

fact refugee.status: one of {
  refugee "a refugee recognised by the government (holding a refugee certificate)",
  asylum_seeker "an asylum seeker whose application has not been decided",
  none "neither a refugee nor an asylum seeker",
} ask "What is the person's standing in the asylum system at the time in question?"

# ---------------------------------------------------------------- asylum procedure
fact asylum.facing_deportation: bool
  ask "Was the person facing deportation (or another removal) from Kazakhstan?"
fact asylum.fears_persecution: bool
  ask "Did the person say he or she feared persecution in the home country?"
fact asylum.allowed_to_request: bool
  ask "Did the authorities let the person request asylum (accept the request), rather than refuse it or remove the person first?"
fact asylum.sought: bool ask "Did the person seek asylum in Kazakhstan (apply or try to apply)?"
fact asylum.application_accepted: bool
  ask "Did the authorities accept the asylum application into the asylum procedure?"
fact asylum.lacked_identity_documents: bool
  ask "Did the person lack valid identity documents when applying?"
fact asylum.crossed_border_illegally: bool
  ask "Did the person cross the border into Kazakhstan illegally (outside a border crossing point, or without valid documents) to escape persecution?"
fact asylum.intervention_sought: bool
  ask "Did UNHCR, or a local partner under contract with UNHCR, appeal to the government or seek to intervene on behalf of the person facing deportation?"
fact asylum.intervention_refused: bool
  ask "Did the authorities refuse to hear that appeal or bar that intervention?"

# ---------------------------------------------------------------- refugee status
fact refugee.decision: one of {
  granted "refugee status was granted",
  refused "refugee status was refused",
  pending "the application has not been decided yet",
} ask "How did the authorities decide the application for refugee status?"
fact refugee.flight_reasons: set of {
  race "persecution because of race",
  religion "persecution because of religion",
  nationality "persecution because of nationality",
  social_group "persecution because of membership in a particular social group",
  political_opinion "persecution because of political opinion",
  war "war",
  generalized_violence "a situation of generalized violence",
  other "another reason",
} ask "What did the person flee? List every reason that the facts establish."
fact migration.cis_citizen: bool
  ask "Is the person a citizen of another member state of the Commonwealth of Independent States (CIS)? Chechens are citizens of Russia, a CIS state."
fact refugee.temporary_status_granted: bool
  ask "Was the person granted temporary legal resident status (or a renewal of it)?"
fact refugee.temporary_status_term: duration in days
  ask "For how long was that temporary legal resident status granted, by this grant or renewal alone?"
fact refugee.status_granted_on: date
  ask "On what date was the refugee status granted or last renewed?"
fact refugee.status_treated_as_expired: bool
  ask "Did the authorities treat the refugee status as expired for lack of renewal (its term having run out)?"
fact refugee.status_expired_on: date
  ask "From what date did the authorities treat the refugee status as expired?"

constraint refugee.expired_after_grant "the refugee status expired before it was granted":
  refugee.status_expired_on >= refugee.status_granted_on

# ---------------------------------------------------------------- work and benefits
fact refugee.denied_work: bool
  ask "Was the refugee barred from working as an employee (refused a job, a contract or permission to work) because of refugee status?"
fact refugee.individual_entrepreneur: bool
  ask "Did the refugee engage in individual entrepreneurship (work as a registered individual entrepreneur or trade on his or her own account)?"
fact refugee.benefit: one of {
  education "education",
  health_care "health care, including medical assistance",
  social_benefit "social benefits or allowances",
  accommodation "accommodation",
  financial_assistance "financial assistance",
} ask "Which benefit or service is in question?"
fact refugee.benefit_refused: bool
  ask "Was the person refused that benefit or service where a citizen in the same position would have received it?"
fact refugee.specific_needs: bool
  ask "Does the person have specific needs (for example a separated child or a person with disabilities)?"

# ---------------------------------------------------------------- primary health services (2021)
fact migration.stay_purpose: one of {
  temporary "staying temporarily, as a labour migrant or for another purpose",
  permanent "a permanent resident",
} ask "Is the foreigner staying in Kazakhstan temporarily or as a permanent resident?"
fact health.primary_care: one of {
  received "received primary health services",
  refused "was refused primary health services",
} ask "Did the person receive primary health services, or was the person refused them?"
fact health.voluntary_insurance: bool
  ask "Had the person signed a contract for voluntary health insurance by then?"
fact health.clinic_registered: bool ask "Was the person registered with a local clinic by then?"

# ================================================================= provisions

provision asylum.request_when_facing_deportation "A person facing deportation may request asylum when fearing persecution at home" {
  until kz2017
  applies when asylum.facing_deportation and asylum.fears_persecution
  note "The report states the person's right to request asylum; it does not say whether the deportation must wait for the decision."

  require allowed_to_request "the person was allowed to request asylum":
    asylum.allowed_to_request
    cite kz2017.in_country_movement "Individuals facing deportation may request asylum if they fear persecution in their home country."
    cite kz2017.access_to_asylum "Any individual seeking asylum in the country has access to the asylum procedure."
    explain "allowed to request asylum: {asylum.allowed_to_request}"
}

provision asylum.access_and_unhcr_intervention "The law provides for asylum; access to the procedure; UNHCR (2021: its contracted local partners) may intervene for persons facing deportation" {
  applies when asylum.sought or asylum.intervention_sought
  note "The 2021 report names UNHCR’s contracted local partners, the 2017 report UNHCR itself; both are read as UNHCR acting (directly or through its partners) for the person."
  note "According to UNHCR, the refugee system falls short of the international standard on access to asylum procedures and to the territory; the report attributes this to UNHCR."
    since kz2021
    cite kz2021.access_to_asylum "According to UNHCR, the refugee system falls short of the international standard regarding access to asylum procedures and access to the country’s territory."

  require application_accepted "the asylum application was accepted into the asylum procedure":
    asylum.application_accepted
    cite kz2017.access_to_asylum "Any individual seeking asylum in the country has access to the asylum procedure."
    cite kz2021.access_to_asylum "The law provides for the granting of asylum or refugee status, and the government had a system for providing protection to refugees."
    explain "application accepted into the procedure: {asylum.application_accepted}"

  exception not_sought for application_accepted "the person did not seek asylum"
    when not asylum.sought
    waived
    cite kz2017.access_to_asylum "Any individual seeking asylum in the country has access to the asylum procedure."
    cite kz2021.access_to_asylum "The law provides for the granting of asylum or refugee status"

  unsettled no_access_rule_2021 for application_accepted "the 2021 report does not restate that any asylum seeker has access to the procedure: it reports, citing UNHCR, that authorities remained reluctant to accept applications at the border from persons without valid identity documents"
    since kz2021
    when asylum.sought
    cite kz2021.access_to_asylum "Authorities remained reluctant to accept asylum applications at the border from persons who lacked valid identity documents, citing security concerns."
    explain "application not accepted (identity documents lacking: {asylum.lacked_identity_documents}); the 2021 report describes the law as providing for asylum without stating that every application must be accepted"

  require intervention_heard "the authorities did not refuse the appeal or intervention of UNHCR (or its contracted local partner) for the person facing deportation":
    not asylum.intervention_refused
    cite kz2017.access_to_asylum "UNHCR legally may appeal to the government and intervene on behalf of individuals facing deportation."
    cite kz2021.access_to_asylum "UNHCR’s contracted local partners may, if needed, appeal to the government and intervene on behalf of individuals facing deportation."
    explain "intervention refused: {asylum.intervention_refused}"

  exception no_intervention for intervention_heard "neither UNHCR nor a partner sought to intervene"
    when not asylum.intervention_sought
    waived
    cite kz2017.access_to_asylum "UNHCR legally may appeal to the government and intervene on behalf of individuals facing deportation."
    cite kz2021.access_to_asylum "UNHCR’s contracted local partners may, if needed, appeal to the government and intervene on behalf of individuals facing deportation."
}

unchecked asylum.illegal_entry_prosecution "A person who crosses the border illegally to escape persecution may be prosecuted (contrary to the 1951 Convention)" {
  since kz2021
  applies when asylum.crossed_border_illegally
  because "the report states a power to prosecute with no condition that domestic law could breach: under domestic law as reported the prosecution, and its weight as a negative factor in the asylum decision, are allowed; the report itself says this is contrary to the commitments of the 1951 Convention Relating to the Status of Refugees, a conflict with international standards rather than with domestic law"
  cite kz2021.access_to_asylum "Contrary to commitments under the 1951 Convention Relating to the Status of Refugees, a person who crosses the border illegally to escape persecution may be prosecuted for this in criminal court, and subsequently may be viewed as a person with criminal potential, a negative factor in the asylum decision."
}

provision refugee.protected_grounds "Refugees are persons fleeing persecution for race, religion, nationality, social group or political opinion; not persons fleeing war or generalised violence" {
  until kz2017
  applies when refugee.decision in {granted, refused}

  require grant_on_listed_ground "refugee status was granted only to a person fleeing persecution on one of the five grounds":
    refugee.decision is refused
      or refugee.flight_reasons includes any of {race, religion, nationality, social_group, political_opinion}
    cite kz2017.access_to_asylum "The law envisages refugees as individuals fleeing persecution because of their race, religion, nationality, membership in a particular social group, or political opinion. It does not envisage providing protection to persons fleeing wars or situation of generalized violence."
    explain "decision: {refugee.decision}; reasons for flight: {refugee.flight_reasons}"

  require refusal_outside_grounds "refugee status was refused to a person not fleeing persecution on one of the five grounds":
    refugee.decision is granted
      or not (refugee.flight_reasons includes any of {race, religion, nationality, social_group, political_opinion})
    cite kz2017.access_to_asylum "The law envisages refugees as individuals fleeing persecution because of their race, religion, nationality, membership in a particular social group, or political opinion."
    explain "decision: {refugee.decision}; reasons for flight: {refugee.flight_reasons}"

  unsettled other_conditions for refusal_outside_grounds "the person fled persecution on a listed ground but was refused: the report defines who is a refugee and states no other condition of the decision (UNHCR reported that decisions often contradicted the legislation)"
    when refugee.decision is refused
    cite kz2017.access_to_asylum "According to UNHCR, the staff assigned for asylum processing lacked knowledge and qualifications, and decisions often contradicted existing national legislation and provisions of the 1951 convention or applicable international standards."
    explain "refused although the reasons for flight were {refugee.flight_reasons}; the report gives the definition of a refugee, not every condition of the decision"
}

provision refugee.cis_temporary_residence_180d "CIS citizens (Chechens among them) are not recognised as refugees; temporary legal resident status up to 180 days, renewable at the officials' discretion" {
  applies when migration.cis_citizen and refugee.temporary_status_granted
  note "A renewal is at the discretion of local migration officials: refusing one is not checked as a breach."
    cite kz2017.refugee_basic_services "This temporary registration is renewable, but local migration officials have discretion over the renewal process."
    cite kz2021.access_to_asylum "This temporary registration is renewable, but local migration officials may exercise discretion over the renewal process."
  note "That Chechens are not recognised as refugees is reported as the government’s practice, consistent with the Minsk Convention; it is not checked."
    cite kz2017.refugee_basic_services, kz2021.access_to_asylum "Consistent with the Minsk Convention on Migration within the Commonwealth of Independent States (CIS), the government did not recognize Chechens as refugees."

  require within_180_days "the temporary legal resident status (this grant or renewal) was for no more than 180 days":
    refugee.temporary_status_term <= 180 days
    cite kz2017.refugee_basic_services, kz2021.access_to_asylum "Chechens are eligible for temporary legal resident status for up to 180 days, as are any other CIS citizens."
    explain "granted for {value}; the limit is {limit} ({margin})"
}

provision refugee.work_no_entrepreneurship "Refugees have the right to work, but not to engage in individual entrepreneurship" {
  applies when refugee.status is refugee

  require right_to_work "the refugee was not barred from working because of refugee status":
    not refugee.denied_work
    cite kz2017.refugee_employment "By law refugees have the right to work, with the exception of engaging in individual entrepreneurship."
    cite kz2021.refugee_employment "By law refugees have the right to work but may not engage in individual entrepreneurship."
    explain "barred from working because of refugee status: {refugee.denied_work}"

  require no_entrepreneurship "the refugee did not engage in individual entrepreneurship":
    not refugee.individual_entrepreneur
    cite kz2017.refugee_employment "By law refugees have the right to work, with the exception of engaging in individual entrepreneurship."
    cite kz2021.refugee_employment "By law refugees have the right to work but may not engage in individual entrepreneurship."
    explain "engaged in individual entrepreneurship: {refugee.individual_entrepreneur}"
}

provision refugee.status_one_year_renewal "Refugee status lasts one year and is subject to annual renewal" {
  until kz2017
  applies when refugee.status_treated_as_expired
  note "In view of their temporary status, refugees have no right to apply for citizenship, even after more than five years of permanent residence, and their children born in the country are not recognised as citizens: a refusal of such an application is consistent with the report."
    cite kz2017.refugee_basic_services "In view of their temporary status, refugees do not have the right to apply for nationality, including after permanently residing in the country for more than five years."
  note "The 2021 report does not restate the rule; it reports that the government renewed the one-year asylum status of four ethnic Kazakhs from China."
    since kz2021
    cite kz2021.access_to_asylum "In October the government renewed the one-year asylum status for all four ethnic- Kazakh persons from China"

  require full_year "the refugee status was not treated as expired before a year had passed since its grant or last renewal":
    refugee.status_expired_on >= refugee.status_granted_on + 1 year
    cite kz2017.refugee_basic_services "Refugee status lasts for one year and is subject to annual renewal."
    explain "treated as expired on {value}; a year from the grant or last renewal ended on {limit} ({margin})"
}

provision refugee.social_benefits "What refugees and asylum seekers may be refused: 2021, refugees have education and health care as citizens; no social benefits or allowances" {
  applies when refugee.status in {refugee, asylum_seeker} and refugee.benefit_refused
  note "The reports list what refugees and asylum seekers are not entitled to; a refusal of anything else is a violation only where a report gives the entitlement (2021: education and health care for refugees, on the same basis as citizens) and is otherwise left open."

  require not_entitled "the benefit refused is one the report says the person is not entitled to (the 2021 report gives refugees education and health care on the same basis as citizens)":
    refugee.benefit is social_benefit
      or (refugee.status is asylum_seeker and refugee.benefit is accommodation)
      or (refugee.specific_needs and refugee.benefit is financial_assistance)
    cite kz2017.refugee_basic_services "Refugees have no access to social benefits or allowances."
    cite kz2017.access_to_asylum "The government does not provide accommodation, allowances, or any social benefits to asylum seekers."
    cite kz2017.access_to_asylum "Asylum seekers and refugees with specific needs are not entitled to financial or medical assistance."
    cite kz2021.refugee_basic_services "Refugees had access to education and health care on the same basis as citizens, but they had no access to social benefits or allowances."
    cite kz2021.refugee_basic_services "The government did not provide accommodation, allowances, or any social benefits to asylum seekers."
    cite kz2021.refugee_basic_services "Asylum seekers and refugees with specific needs are not entitled to financial assistance."
    explain "{refugee.status}; benefit refused: {refugee.benefit}; specific needs: {refugee.specific_needs}"

  exception medical_2017 for not_entitled "2017: refugees and asylum seekers with specific needs are not entitled to medical assistance either"
    until kz2017
    when refugee.specific_needs and refugee.benefit is health_care
    waived
    cite kz2017.access_to_asylum "Asylum seekers and refugees with specific needs are not entitled to financial or medical assistance."

  unsettled silent_2017 for not_entitled "the 2017 report does not say whether refugees or asylum seekers are entitled to this benefit"
    until kz2017
    when true
    cite kz2017.refugee_basic_services "The law also lacks provisions on treatment of asylum seekers and refugees with specific needs."
    explain "{refugee.status} refused {refugee.benefit}; the 2017 report is silent on it"

  unsettled silent_2021 for not_entitled "the 2021 report does not say whether the person is entitled to this benefit (it gives refugees, not asylum seekers, education and health care as citizens)"
    since kz2021
    when not (refugee.status is refugee and refugee.benefit in {education, health_care})
    cite kz2021.refugee_basic_services "The law lacks provisions on the treatment of asylum seekers and refugees with specific needs."
    explain "{refugee.status} refused {refugee.benefit}; the 2021 report is silent on it"
}

provision health.foreigners_voluntary_insurance "From 15 August 2021: stateless persons, asylum seekers and temporarily staying foreigners need voluntary health insurance and a clinic registration for primary health services" {
  since kz2021
  since 2021-08-15
  applies when person.citizenship is stateless
    or refugee.status is asylum_seeker
    or (person.citizenship is foreigner and migration.stay_purpose is temporary)
  note "The rule governs primary health services sought from August 15, 2021 (the date of the events, `date:`); the report does not give the earlier regulations, so earlier events are outside this provision."
  note "The two conditions are stated as necessary (“must … to be eligible”), not as enough: a refusal to a person who met both is left open."

  require conditions_met "primary health services were given to the person only with a voluntary health insurance contract and a registration with a local clinic":
    health.primary_care is refused or (health.voluntary_insurance and health.clinic_registered)
    cite kz2021.refugee_basic_services "Starting August 15, stateless persons, asylum seekers, and foreigners who are temporarily staying as labor migrants or for other purposes must sign contracts for voluntary health insurance and register with a local clinic to be eligible for primary health services."
    explain "primary health services: {health.primary_care}; voluntary health insurance: {health.voluntary_insurance}; registered with a local clinic: {health.clinic_registered}"

  unsettled recognised_refugee for conditions_met "the person is a recognised refugee: the list does not name refugees, whom the report gives health care on the same basis as citizens, but it also calls their status that of “temporarily residing aliens”"
    when refugee.status is refugee
    cite kz2021.refugee_basic_services "Refugees had access to education and health care on the same basis as citizens"
    cite kz2021.refugee_basic_services "Status as “temporarily residing aliens” hindered refugees’ access to the full range of rights stipulated in the law."
    explain "a recognised refugee, who is a foreigner staying temporarily; the report does not say whether the new conditions reach refugees"

  require refused_only_when_ineligible "the person, one of those the rule lists, was refused primary health services only for lack of the insurance contract or the clinic registration":
    health.primary_care is received
      or (refugee.status is not refugee and not (health.voluntary_insurance and health.clinic_registered))
    cite kz2021.refugee_basic_services "must sign contracts for voluntary health insurance and register with a local clinic to be eligible for primary health services."
    explain "primary health services: {health.primary_care}; voluntary health insurance: {health.voluntary_insurance}; registered with a local clinic: {health.clinic_registered}"

  unsettled necessary_not_sufficient for refused_only_when_ineligible "the person met both conditions but was refused: the report states them as conditions of eligibility, not as an entitlement"
    when health.primary_care is refused
    cite kz2021.refugee_basic_services "must sign contracts for voluntary health insurance and register with a local clinic to be eligible for primary health services."
    explain "refused primary health services although insured and registered with a local clinic; the report states what is needed to be eligible, not that an eligible person must be served"

  unsettled recognised_refugee_refused for refused_only_when_ineligible "the person is a recognised refugee: the list does not name refugees, whom the report gives health care on the same basis as citizens, but it also calls their status that of “temporarily residing aliens”"
    when refugee.status is refugee
    cite kz2021.refugee_basic_services "Refugees had access to education and health care on the same basis as citizens"
    cite kz2021.refugee_basic_services "Status as “temporarily residing aliens” hindered refugees’ access to the full range of rights stipulated in the law."
    explain "a recognised refugee, who is a foreigner staying temporarily; the report does not say whether the new conditions reach refugees"
}
