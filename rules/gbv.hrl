# Women and gender-based violence (catalogue domain N).
#
#   gbv.rape_penalty                          rape, including spousal rape: three to 15 years (2017);
#                                             sexual abuse and rape: up to eight years, or life if
#                                             against a minor (2021)
#   dv.restraining_orders_and_24h_detention   24-hour administrative detention of alleged abusers;
#                                             restraining orders
#   dv.spousal_assault_max_10y                spousal assault and battery: at most 10 years
#   dv.offender_exclusion_from_home           offenders barred from living with the victim only
#                                             if they have somewhere else to live
#   dv.victim_care_any_residence              care for victims regardless of place of residence
#   dv.arrest_instead_of_fine                 administrative arrest instead of a fine that would
#                                             hurt the victim
#   dv.administrative_offence_max_15d         2021: domestic violence as an administrative offence,
#                                             at most 15 days' imprisonment
#   dv.police_collect_evidence                2021: the police, no longer the victim, collect the
#                                             evidence
#   kidnapping.penalty                        kidnapping: eight to 10 years (2017), seven to 12
#                                             years (2021)
#   kidnapping.voluntary_release_exemption    voluntary release of an abductee absolves criminal
#                                             responsibility
#   harassment.criminal_only_with_force       no sexual-harassment law: criminal liability only for
#                                             force or taking advantage of physical helplessness
#   gender.equal_rights_nondiscrimination     equal rights of men and women; no discrimination
#                                             based on gender
#
# Sentences reuse `sentence.kind` and `sentence.prison_term` (rules/criminal_penalties.hrl).

# ---------------------------------------------------------------- rape and sexual abuse
fact sexual_offense.convicted_of: one of {
  rape "rape (including spousal rape)",
  sexual_abuse "sexual abuse other than rape",
  attempted_rape "attempted rape",
  other "another offence",
} ask "Of which sexual offence was the person convicted?"
fact victim.age: integer in years from 0 to 150
  ask "How old was the victim when the crime was committed, in full years?"
fact sentence.life: bool ask "Did the court sentence the person to life imprisonment?"

parameter sexual_offense.max_term: duration
  means "longest term of imprisonment for rape the reports give (2021: for a victim who is not a minor)"
  kz2017 15 years
    cite kz2017.domestic_violence "The punishment for rape, including spousal rape, ranges from three to 15 years’ imprisonment."
  kz2021 8 years
    cite kz2021.domestic_violence "imposes penalties up to eight years of imprisonment, or life imprisonment if the crime was committed against a minor."

provision gbv.rape_penalty "Rape and sexual abuse: the range of imprisonment" {
  applies when sexual_offense.convicted_of in {rape, sexual_abuse}
  note "The 2017 report gives three to 15 years for rape, including spousal rape; the 2021 report gives up to eight years for sexual abuse and rape, or life imprisonment if the crime was committed against a minor. Neither report describes aggravated forms; the ranges are checked as stated."
  note "The 2021 report states no minimum (“up to eight years”); the minimum of three years is checked under the 2017 law only."
  note "The reports do not describe the punishment of attempted rape: a conviction for attempted rape is outside the provision (the 2021 report records one, of Sabyrzhan Narynbayev, sentenced to eight years)."
    since kz2021
    cite kz2021.domestic_violence "On August 10, a court in Almaty convicted former KNB captain Sabyrzhan Narynbayev for attempted rape and sentenced him to eight years of imprisonment."
  note "A minor is read as a person under 18, the age the 2021 report uses for children forced into sexual intercourse."
    since kz2021

  require at_most "imprisonment for at most {sexual_offense.max_term}":
    sentence.kind is imprisonment
      and not sentence.life
      and sentence.prison_term <= sexual_offense.max_term
    cite kz2017.domestic_violence "The law criminalizes rape. The punishment for rape, including spousal rape, ranges from three to 15 years’ imprisonment."
    cite kz2021.domestic_violence "The law criminalizes sexual abuse and rape, and imposes penalties up to eight years of imprisonment"
    explain "punishment: {sentence.kind}; life imprisonment: {sentence.life}; term: {sentence.prison_term}; the longest term is {sexual_offense.max_term}"

  exception minor_victim for at_most "the crime was committed against a minor: up to life imprisonment (rape statement), eight to 15 years for forcing a minor into sexual intercourse (child abuse statement); a term of eight to 15 years complies with both"
    since kz2021
    when victim.age < 18
    require sentence.kind is imprisonment
      and not sentence.life
      and sentence.prison_term >= 8 years
      and sentence.prison_term <= 15 years
    cite kz2021.domestic_violence "or life imprisonment if the crime was committed against a minor."
    cite kz2021.child_abuse "The law provides for eight to 15 years in prison for individuals convicted of forcing boys or girls younger than age 18 to have sexual intercourse."

  contested minor_range for at_most "for a minor victim the 2021 report gives two ranges: up to life imprisonment for rape or sexual abuse of a minor, and eight to 15 years for forcing a person under 18 into sexual intercourse"
    since kz2021
    when victim.age < 18 and sentence.kind is imprisonment
    cite kz2021.domestic_violence "imposes penalties up to eight years of imprisonment, or life imprisonment if the crime was committed against a minor."
    cite kz2021.child_abuse "The law provides for eight to 15 years in prison for individuals convicted of forcing boys or girls younger than age 18 to have sexual intercourse."
    explain "victim aged {victim.age}; punishment: {sentence.kind}; life imprisonment: {sentence.life}; term: {sentence.prison_term}; the 2021 report gives up to life for a crime against a minor in one passage and eight to 15 years in another"

  unsettled no_imprisonment for at_most "a punishment other than imprisonment: the 2021 report gives only a ceiling (“penalties up to eight years of imprisonment, or life imprisonment” for a minor victim), not whether lighter punishments are available; for a minor victim its child abuse passage gives eight to 15 years in prison"
    since kz2021
    when sentence.kind in {fine, other}
    cite kz2021.domestic_violence "imposes penalties up to eight years of imprisonment"

  unsettled sexual_abuse_2017 for at_most "sexual abuse other than rape: the 2017 report gives the punishment for rape only"
    until kz2017
    when sexual_offense.convicted_of is sexual_abuse
    cite kz2017.domestic_violence "The law criminalizes rape. The punishment for rape, including spousal rape, ranges from three to 15 years’ imprisonment."

  require at_least_3y "imprisonment for at least three years":
    sentence.kind is imprisonment and (sentence.life or sentence.prison_term >= 3 years)
    until kz2017
    cite kz2017.domestic_violence "The punishment for rape, including spousal rape, ranges from three to 15 years’ imprisonment."
    explain "punishment: {sentence.kind}; term: {sentence.prison_term}; the shortest term is three years"

  unsettled sexual_abuse_2017_minimum for at_least_3y "sexual abuse other than rape: the 2017 report gives the punishment for rape only"
    until kz2017
    when sexual_offense.convicted_of is sexual_abuse
    cite kz2017.domestic_violence "The law criminalizes rape. The punishment for rape, including spousal rape, ranges from three to 15 years’ imprisonment."
}

# ---------------------------------------------------------------- domestic violence
fact domestic_violence.admin_detention: bool
  ask "Was an alleged domestic abuser held in administrative detention as such (not apprehended as a suspect in a crime)?"
fact domestic_violence.detained_at: datetime
  ask "When did the administrative detention of the alleged abuser begin (date and time)?"
fact domestic_violence.released: bool
  ask "Has the administrative detention ended: was the alleged abuser released, or did a court sentence them (for example to administrative arrest)?"
fact domestic_violence.released_at: datetime
  ask "When did the administrative detention end (release or court sentence; date and time)?"
define domestic_violence.time_held = domestic_violence.released_at - domestic_violence.detained_at
  means "time the alleged abuser was held in administrative detention"
define domestic_violence.time_held_so_far = assessment.at - domestic_violence.detained_at
  means "time the alleged abuser has been held in administrative detention so far"

fact domestic_violence.convicted_of: one of {
  spousal_assault "assault and battery of a spouse (a crime)",
  administrative_offense "domestic violence as an administrative offence",
  other "another offence",
} ask "Of what was the perpetrator of the domestic violence convicted?"
fact domestic_violence.admin_arrest_term: duration in days
  ask "For the administrative offence of domestic violence, how many days of administrative arrest (imprisonment) was the offender sentenced to? Answer 0 days if none."
fact domestic_violence.cohabitation_prohibited: bool
  ask "Was the offender prohibited from living with the victim?"
fact domestic_violence.offender_has_alternative_housing: bool
  ask "When the prohibition was ordered, did the offender have somewhere else to live?"
fact domestic_violence.victim_sought_care: bool
  ask "Did a victim of domestic violence seek care (shelter, medical, psychological or social help)?"
fact domestic_violence.care_refused_for_residence: bool
  ask "Was the victim refused that care because of where they live or are registered?"
fact domestic_violence.fine_harms_victim: bool
  ask "Would making the perpetrator pay a fine damage the victim’s interests (for example, because it comes out of a household budget the victim shares)?"
fact domestic_violence.sanction: one of {
  fine "a fine",
  admin_arrest "administrative arrest",
  other "another sanction",
} ask "Which administrative sanction was imposed on the perpetrator?"
fact domestic_violence.offense_reported: bool
  ask "Did the victim report a domestic violence offence to the police?"
fact domestic_violence.victim_left_to_collect_evidence: bool
  ask "Did the police leave it to the victim to collect the evidence of the offence (instead of collecting it themselves)?"

provision dv.restraining_orders_and_24h_detention "Domestic violence: administrative detention of alleged abusers for 24 hours; restraining orders" {
  applies when domestic_violence.admin_detention
  note "“Administrative detention of alleged abusers for 24 hours” is read as a maximum: an earlier release complies."
  note "The 24-hour detention is read as the longest the administrative detention of an alleged abuser may last before release or a court sentence; a court sentence of administrative arrest is a separate ground (see dv.administrative_offence_max_15d)."
  note "The reports say the law provides mechanisms for issuing restraining orders, a power with no stated condition: the provision does not check whether an order was issued. The 2021 report attributes to activists the criticism that police sometimes did not issue them."
    cite kz2017.domestic_violence "The law also outlines mechanisms for the issuance of restraining orders"
    cite kz2021.domestic_violence "Police sometimes did not issue restraining orders to assailants and tried to dissuade the victim from filing a complaint, creating an environment of impunity for aggressors."
  note "The reports list the types of domestic violence the law identifies (physical, psychological, sexual, economic); every type is covered."
    cite kz2017.domestic_violence "Legislation identifies various types of domestic violence, such as physical, psychological, sexual, and economic"
    cite kz2021.domestic_violence "The law specifies various types of domestic violence, such as physical, psychological, sexual, and economic violence."

  require within_24h "the administrative detention of the alleged abuser ended within 24 hours":
    done_within(domestic_violence.released, domestic_violence.time_held, domestic_violence.time_held_so_far, 24 hours)
    cite kz2017.domestic_violence "provides for the 24-hour administrative detention of abusers."
    cite kz2021.domestic_violence "provides for administrative detention of alleged abusers for 24 hours."
    explain "detention ended: {domestic_violence.released}; {margins}"
}

provision dv.spousal_assault_max_10y "Spousal assault and battery: at most 10 years in prison" {
  applies when domestic_violence.convicted_of is spousal_assault
  note "The reports give only the maximum; any shorter term or lighter punishment complies."

  require at_most_10y "a term of imprisonment of at most 10 years":
    sentence.kind in {fine, other}
      or (sentence.kind is imprisonment and sentence.prison_term <= 10 years)
    cite kz2017.domestic_violence "The law sets the maximum sentence for spousal assault and battery at 10 years in prison, the same as for any assault."
    cite kz2021.domestic_violence "The law sets the maximum sentence for conviction of spousal assault and battery at 10 years in prison, the same as for assault."
    explain "punishment: {sentence.kind}; term: {sentence.prison_term}; the maximum is 10 years"
}

provision dv.administrative_offence_max_15d "Domestic violence as an administrative offence: at most 15 days’ imprisonment" {
  since kz2021
  applies when domestic_violence.convicted_of is administrative_offense
  note "The 15-day maximum is stated in a sentence the report attributes to NGOs (“NGOs also noted that the lenient penalty …”); the report does not contradict it, and it is read as the report's description of the law's maximum, the judgment “lenient” being the NGOs' own. The same report says penalties were increased when the law was changed, without figures or a date."
    cite kz2021.domestic_violence "Penalties were increased and reconciliation procedures were reformed."

  require at_most_15d "administrative arrest of at most 15 days":
    domestic_violence.admin_arrest_term <= 15 days
    cite kz2021.domestic_violence "NGOs also noted that the lenient penalty for conviction of domestic violence – an administrative offense with a maximum sentence of 15 days’ imprisonment – did not deter even previously convicted offenders."
}

provision dv.offender_exclusion_from_home "The offender may be barred from living with the victim only if he has somewhere else to live" {
  applies when domestic_violence.cohabitation_prohibited
  note "The reports state a permission with its condition: barring the offender is lawful if the offender has somewhere else to live. Barring one who has not is outside the permission; not barring one who has is not checked (a permission, not a duty)."

  require has_alternative "the offender had somewhere else to live":
    domestic_violence.offender_has_alternative_housing
    cite kz2017.domestic_violence "The law also permits prohibiting offenders from living with the victim if the perpetrator has somewhere else to live"
    cite kz2021.domestic_violence "The law permits prohibiting offenders from living with the victim if the offender has alternatives."
}

provision dv.victim_care_any_residence "Victims of domestic violence receive care regardless of their place of residence" {
  applies when domestic_violence.victim_sought_care

  require not_refused_for_residence "the victim was not refused care because of their place of residence":
    not domestic_violence.care_refused_for_residence
    cite kz2017.domestic_violence "allows victims of domestic violence to receive appropriate care regardless of the place of residence"
    cite kz2021.domestic_violence "It allows victims of domestic violence to receive appropriate care regardless of the place of residence."
}

provision dv.arrest_instead_of_fine "Administrative arrest instead of a fine that would damage the victim’s interests" {
  applies when domestic_violence.fine_harms_victim
  note "2017: “if paying fines was hurting victims as well as perpetrators”; 2021: “if having the perpetrator pay fines damages the victim’s interests”. Read as the same rule."

  require no_fine "the perpetrator was not fined":
    domestic_violence.sanction is not fine
    cite kz2017.domestic_violence "replaces financial penalties with administrative arrest if paying fines was hurting victims as well as perpetrators."
    cite kz2021.domestic_violence "The law replaces financial penalties with administrative arrest if having the perpetrator pay fines damages the victim’s interests."
    explain "sanction: {domestic_violence.sanction}; a fine damaging the victim’s interests is replaced by administrative arrest"
}

provision dv.police_collect_evidence "The police, not the victim, collect the evidence of domestic violence offences" {
  since kz2021
  applies when domestic_violence.offense_reported
  note "The 2021 report says the law was changed, without a date; before the change the victim was responsible. Under the 2017 law the provision is undetermined."

  require police_collect "the police did not leave the collection of evidence to the victim":
    not domestic_violence.victim_left_to_collect_evidence
    cite kz2021.domestic_violence "The law was changed to shift the responsibility to police for collecting evidence for these offenses; previously it was the responsibility of victims."
}

# ---------------------------------------------------------------- kidnapping
fact kidnapping.convicted: bool
  ask "Was the person convicted of kidnapping (including kidnapping a woman or girl for forced marriage)?"
fact kidnapping.released_voluntarily: bool ask "Did the kidnapper voluntarily release the abductee?"
fact kidnapping.held_criminally_liable: bool
  ask "Was the kidnapper held criminally liable (convicted or given a criminal penalty) for the kidnapping?"

# `sentence.kind` and `sentence.prison_term` describe the sentence for one offence: a case with
# convictions for fraud and for kidnapping is checked one offence at a time.
constraint kidnapping.one_offense_sentence "the sentence facts describe the sentence for one offence; state a conviction for fraud and one for kidnapping as two cases":
  not (kidnapping.convicted and conviction.offense in {fraud, aggravated_fraud})

parameter kidnapping.min_term: duration
  means "shortest prison sentence for kidnapping"
  kz2017 8 years
    cite kz2017.harmful_practices "The law prescribes a prison sentence of eight to 10 years for kidnapping."
  kz2021 7 years
    cite kz2021.harmful_practices "The law prescribes a prison sentence of seven to 12 years for conviction of kidnapping."
parameter kidnapping.max_term: duration
  means "longest prison sentence for kidnapping"
  kz2017 10 years
    cite kz2017.harmful_practices "The law prescribes a prison sentence of eight to 10 years for kidnapping."
  kz2021 12 years
    cite kz2021.harmful_practices "The law prescribes a prison sentence of seven to 12 years for conviction of kidnapping."

provision kidnapping.penalty "Kidnapping, including bride kidnapping: the range of imprisonment" {
  applies when kidnapping.convicted
  note "Kidnapping women and girls for forced marriage is prohibited; the reports give one range for kidnapping."
    cite kz2017.harmful_practices, kz2021.harmful_practices "Although prohibited by law, the practice of kidnapping women and girls for forced marriage continued in some remote areas."

  require within_range "a prison sentence of {kidnapping.min_term} to {kidnapping.max_term}":
    sentence.kind is imprisonment
      and sentence.prison_term >= kidnapping.min_term
      and sentence.prison_term <= kidnapping.max_term
    cite kz2017.harmful_practices "The law prescribes a prison sentence of eight to 10 years for kidnapping."
    cite kz2021.harmful_practices "The law prescribes a prison sentence of seven to 12 years for conviction of kidnapping."
    explain "punishment: {sentence.kind}; term: {sentence.prison_term}; the range is {kidnapping.min_term} to {kidnapping.max_term}"
}

provision kidnapping.voluntary_release_exemption "Voluntary release of an abductee absolves criminal responsibility" {
  applies when kidnapping.released_voluntarily
  note "The reports add that, because of this rule, a typical bride kidnapper is not necessarily held criminally responsible."

  require not_liable "the kidnapper who released the abductee voluntarily was not held criminally liable":
    not kidnapping.held_criminally_liable
    cite kz2017.harmful_practices, kz2021.harmful_practices "A person who voluntarily releases an abductee is absolved of criminal responsibility"
}

# ---------------------------------------------------------------- sexual harassment, discrimination
fact sexual_offense.criminal_liability: bool
  ask "Was the person held criminally liable (charged or convicted) for sexual harassment or a sexual assault?"
fact sexual_offense.force_used: bool ask "Did the person use force?"
fact sexual_offense.victim_helpless: bool
  ask "Did the person take advantage of the victim’s physical helplessness?"

provision harassment.criminal_only_with_force "No sexual-harassment law: only force or taking advantage of physical helplessness carries criminal liability" {
  applies when sexual_offense.criminal_liability
  note "No law protects women from sexual harassment: harassment without force or physical helplessness has no domestic rule, and hrlaw gives no verdict on it (not applicable), which is not a finding that it is lawful under international standards."
  note "The 2017 report records that a court declined to hear Anna Belousova’s lawsuit for workplace sexual harassment, filed pursuant to a 2015 decision of the UN Committee on the Elimination of Discrimination against Women."
    until kz2017
    cite kz2017.sexual_harassment "On July 25, a court in Astana declined to hear Anna Belousova’s lawsuit for moral and material damages against the Finance Ministry for sexual harassment and attempted extortion in her workplace."

  require force_or_helplessness "the person used force or took advantage of the victim’s physical helplessness":
    sexual_offense.force_used or sexual_offense.victim_helpless
    cite kz2017.sexual_harassment "No law protects women from sexual harassment, and only force or taking advantage of a victim’s physical helplessness carries criminal liability in terms of sexual assault."
    cite kz2021.sexual_harassment "No law protects women from sexual harassment, and only the use of force or taking advantage of a victim’s physical helplessness during sexual assault carries criminal liability."
}

fact victim.treated_less_favourably: bool
  ask "Was the person treated less favourably than a person of the other gender in a comparable situation?"
fact victim.treated_so_because_of_gender: bool
  ask "Was the less favourable treatment based on the person’s gender?"

provision gender.equal_rights_nondiscrimination "Equal rights and freedoms of men and women; no discrimination based on gender" {
  applies when victim.treated_less_favourably
  note "The reports record significant salary gaps between men and women as a problem, not as a breach of a stated pay rule."
    cite kz2017.women_discrimination "Significant salary gaps between men and women (67 percent) remained a serious problem."
    cite kz2021.women_discrimination "Significant salary gaps between men and women remained."
  note "The law does not require equal pay for equal work for women and men: a difference in pay for equal work is not, on the reports' words, discrimination this provision checks (catalogue employment.no_equal_pay_requirement)."
    cite kz2017 "Section 7.d Discrimination with Respect to Employment and Occupation" "The law does not require equal pay for equal work for women and men."
    cite kz2021 "Section 7.d Discrimination with Respect to Employment and Occupation" "The law does not require equal pay for equal work for women and men."

  require not_gender_based "the less favourable treatment was not based on gender":
    not victim.treated_so_because_of_gender
    cite kz2017.women_discrimination "The constitution and law provide for equal rights and freedoms for men and women. The law prohibits discrimination based on gender."
    cite kz2021.women_discrimination "The constitution and law provide for equal rights and freedoms for men and women. The law prohibits discrimination based on gender"
}
