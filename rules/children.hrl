# Children: marriage and sexual exploitation (catalogue domain O).
#
#   marriage.minimum_age                  18; may be reduced to 16 for pregnancy or mutual agreement
#                                         (2021: including by parents or legal guardians)
#   child.forced_intercourse_under_18     forcing a boy or girl under 18 into sexual intercourse:
#                                         eight to 15 years in prison
#   child.no_statutory_age_of_consent     unchecked: the law sets no minimum age for consensual sex
#   child.pornography_offences            production and distribution of child pornography are
#                                         crimes; sale of pornography to minors is an administrative
#                                         offence
#   child.sex_offender_work_ban           a lifetime ban on working with children for those
#                                         convicted of sexual offences against minors
#
# Sentences reuse `sentence.kind`, `sentence.life` and `sentence.prison_term`; the sexual offence
# and the victim's age reuse `sexual_offense.convicted_of` and `victim.age` (rules/gbv.hrl), and the
# lifetime ban reuses `child_labor.lifetime_ban_imposed` (rules/child_labor.hrl).

# ---------------------------------------------------------------- marriage
fact marriage.kind: one of {
  registered "registered officially (with the civil registry)",
  religious_only "concluded only in a religious ceremony (for example in a mosque), not registered",
  not_concluded "not concluded yet (for example a betrothal or a planned marriage)",
}
  ask "How was the marriage concluded? Answer registered if it was registered officially, even after an earlier religious ceremony."
fact marriage.younger_spouse_age: integer in years from 0 to 150
  ask "How old was the younger spouse on the day the marriage was concluded (for a registered marriage, the day of registration), in full years?"
fact marriage.pregnancy: bool ask "Was the bride pregnant when the marriage was concluded?"
fact marriage.agreement: one of {
  spouses "the spouses agreed to marry each other",
  parents_or_guardians "the parents or legal guardians agreed (the spouses themselves did not, or it is not known that they did)",
  none "no agreement that reduced the age was given",
}
  ask "Was the younger age agreed? Answer spouses if the spouses agreed to marry each other, parents_or_guardians if the only agreement was that of the parents or legal guardians, none if there was none."

provision marriage.minimum_age "Minimum age for marriage: 18, reduced to 16 in the case of pregnancy or mutual agreement" {
  applies when marriage.kind in {registered, religious_only}
  note "“May be reduced to 16” is read as the only reduction the law allows: below 16 a marriage is never lawful, and at 16 or 17 it is lawful only on one of the two grounds the reports give (pregnancy, mutual agreement)."
  note "The 2021 report adds that the mutual agreement may be given “including by parents or legal guardians”; the 2017 report does not say whose agreement counts, and an agreement of the parents or guardians alone is left open under the 2017 law."
    since kz2021
    cite kz2021.child_marriage "it may be reduced to 16 in the case of pregnancy or mutual agreement, including by parents or legal guardians."
  note "Both reports record that many couples first married in mosques and registered officially only when the bride reached the legal age, and that the government took no action: whether the minimum age applies to a marriage concluded only in a religious ceremony the reports do not say."
    cite kz2017.child_marriage "Many couples first married in mosques and then registered officially when the bride reached the legal age. The government did not take any action to address the issue."
    cite kz2021.child_marriage "Many couples first married in mosques and then registered officially when the bride reached the legal age. The government did not take action to address the problem."

  require at_least_18 "the younger spouse was at least 18":
    marriage.younger_spouse_age >= 18
    cite kz2017.child_marriage, kz2021.child_marriage "The legal minimum age for marriage is 18"
    explain "age of the younger spouse: {marriage.younger_spouse_age}; the minimum age is 18"

  exception reduced_to_16 for at_least_18 "the age may be reduced to 16 in the case of pregnancy or mutual agreement"
    when marriage.younger_spouse_age < 18
    require marriage.younger_spouse_age >= 16
      and (marriage.pregnancy or marriage.agreement is spouses)
    cite kz2017.child_marriage "but it may be reduced to 16 in the case of pregnancy or mutual agreement."
    cite kz2021.child_marriage "but it may be reduced to 16 in the case of pregnancy or mutual agreement, including by parents or legal guardians."
    explain "age of the younger spouse: {marriage.younger_spouse_age}; pregnancy: {marriage.pregnancy}; agreement: {marriage.agreement}; the age may be reduced to 16 for pregnancy or mutual agreement"

  exception guardians_2021 for at_least_18 "the 2021 report adds that the mutual agreement may be given by parents or legal guardians"
    since kz2021
    when marriage.younger_spouse_age < 18 and marriage.agreement is parents_or_guardians
    require marriage.younger_spouse_age >= 16
    priority over reduced_to_16
    cite kz2021.child_marriage "but it may be reduced to 16 in the case of pregnancy or mutual agreement, including by parents or legal guardians."
    explain "age of the younger spouse: {marriage.younger_spouse_age}; the parents or legal guardians agreed; the age may be reduced to 16"

  unsettled guardians_2017 for at_least_18 "at 16 or 17, only the parents or legal guardians agreed: the 2017 report says “mutual agreement” and does not say whose"
    until kz2017
    when marriage.younger_spouse_age >= 16
      and marriage.agreement is parents_or_guardians
      and not marriage.pregnancy
    cite kz2017.child_marriage "but it may be reduced to 16 in the case of pregnancy or mutual agreement."
    explain "age of the younger spouse: {marriage.younger_spouse_age}; only the parents or legal guardians agreed; the 2017 report does not say whose agreement counts"

  unsettled religious_only for at_least_18 "the marriage was concluded only in a religious ceremony: the reports do not say whether the legal minimum age applies to it"
    when marriage.kind is religious_only
    cite kz2017.child_marriage, kz2021.child_marriage "Many couples first married in mosques and then registered officially when the bride reached the legal age."
    explain "the marriage was concluded only in a religious ceremony, the younger spouse aged {marriage.younger_spouse_age}; the reports give the legal minimum age for marriage and do not say whether it applies to a religious marriage that is not registered"
}

# ---------------------------------------------------------------- forcing a child into sexual intercourse
# `sentence.kind` and `sentence.prison_term` describe the sentence for one offence (as for kidnapping
# in rules/gbv.hrl): a case with convictions for fraud and for forcing a child into intercourse is
# checked one offence at a time.
constraint child.one_offense_sentence "the sentence facts describe the sentence for one offence; state a conviction for fraud and one for rape or sexual abuse of a minor as two cases":
  not (sexual_offense.convicted_of in {rape, sexual_abuse} and victim.age < 18 and conviction.offense in {fraud, aggravated_fraud})

provision child.forced_intercourse_under_18 "Forcing a boy or girl under 18 to have sexual intercourse: eight to 15 years in prison" {
  applies when sexual_offense.convicted_of in {rape, sexual_abuse} and victim.age < 18
  note "“Forcing boys or girls under age 18 to have sexual intercourse” is read as a conviction for rape of a person under 18. gbv.rape_penalty applies its 2021 minor-victim range to sexual abuse too; whether sexual abuse other than rape is forcing a child into sexual intercourse the reports do not say, and a sentence for it outside eight to 15 years is left open here."
  note "The 2017 report gives three to 15 years for rape in general and eight to 15 years for forcing a person under 18 into sexual intercourse; the second, more specific, range is checked here (gbv.rape_penalty checks the general one)."
    until kz2017
    cite kz2017.domestic_violence "The punishment for rape, including spousal rape, ranges from three to 15 years’ imprisonment."
  note "The 2021 report gives two ranges for a minor victim: eight to 15 years in prison (child abuse) and up to eight years, or life imprisonment if the crime was committed against a minor (rape and domestic violence). The report does not reconcile them; a prison sentence outside eight to 15 years is contested, as in gbv.rape_penalty."
    since kz2021

  require eight_to_15_years "a prison sentence of eight to 15 years":
    sentence.kind is imprisonment
      and not sentence.life
      and sentence.prison_term >= 8 years
      and sentence.prison_term <= 15 years
    cite kz2017.child_sexual_exploitation "it provides for eight to 15 years in prison as punishment for individuals who force boys or girls under age 18 to have sexual intercourse."
    cite kz2021.child_abuse "The law provides for eight to 15 years in prison for individuals convicted of forcing boys or girls younger than age 18 to have sexual intercourse."
    explain "victim aged {victim.age}; punishment: {sentence.kind}; life imprisonment: {sentence.life}; term: {sentence.prison_term}; the range is eight to 15 years in prison"

  contested rape_passage_2021 for eight_to_15_years "the 2021 report also gives up to eight years, or life imprisonment if the crime was committed against a minor, for sexual abuse and rape"
    since kz2021
    when sentence.kind is imprisonment
    cite kz2021.child_abuse "The law provides for eight to 15 years in prison for individuals convicted of forcing boys or girls younger than age 18 to have sexual intercourse."
    cite kz2021.domestic_violence "imposes penalties up to eight years of imprisonment, or life imprisonment if the crime was committed against a minor."
    explain "victim aged {victim.age}; life imprisonment: {sentence.life}; term: {sentence.prison_term}; the 2021 report gives eight to 15 years in prison in one passage and up to life for a crime against a minor in another"

  unsettled sexual_abuse for eight_to_15_years "the conviction was for sexual abuse other than rape: the reports do not say whether it involved forcing the child to have sexual intercourse"
    when sexual_offense.convicted_of is sexual_abuse
    cite kz2017.child_sexual_exploitation "it provides for eight to 15 years in prison as punishment for individuals who force boys or girls under age 18 to have sexual intercourse."
    cite kz2021.child_abuse "The law provides for eight to 15 years in prison for individuals convicted of forcing boys or girls younger than age 18 to have sexual intercourse."
    explain "conviction for sexual abuse other than rape of a victim aged {victim.age}; punishment: {sentence.kind}; term: {sentence.prison_term}; the reports give eight to 15 years in prison for forcing a child to have sexual intercourse and do not say whether other sexual abuse is covered"

  penalty "eight to 15 years in prison"
    cite kz2017.child_sexual_exploitation "it provides for eight to 15 years in prison as punishment for individuals who force boys or girls under age 18 to have sexual intercourse."
    cite kz2021.child_abuse "The law provides for eight to 15 years in prison for individuals convicted of forcing boys or girls younger than age 18 to have sexual intercourse."
}

# ---------------------------------------------------------------- consensual sex: no minimum age
fact sexual_activity.consensual: bool
  ask "Was the sexual activity consensual: agreed to by every participant, with no force, coercion or taking advantage of helplessness?"
fact sexual_activity.youngest_age: integer in years from 0 to 150
  ask "How old was the youngest participant in the sexual activity, in full years?"

unchecked child.no_statutory_age_of_consent "No minimum age for consensual sex" {
  applies when sexual_activity.consensual and sexual_activity.youngest_age < 18
  because "the reports say the law does not specify a minimum age for consensual sex: there is no age against which consensual sexual activity with a person under 18 can be checked; forcing a person under 18 into sexual intercourse is checked by child.forced_intercourse_under_18"
  cite kz2017.child_sexual_exploitation "The law does not specify the minimum age for consensual sex"
  cite kz2021.child_sexual_exploitation "The law does not specify the minimum age for consensual sex."
}

# ---------------------------------------------------------------- pornography
fact child_pornography.involved: bool
  ask "Did the person produce, distribute, sell or otherwise deal in pornographic materials?"
fact child_pornography.acts: set of {
  produce "produced child pornography",
  distribute "distributed child pornography",
  sell_to_minor "sold pornographic materials to a person under 18",
  other_child_pornography "dealt in child pornography in another way (for example possessed it)",
  adult_only "produced, distributed or sold pornography that shows no child, to adults only",
}
  ask "What did the person do with pornographic materials? List every one that applies (an empty list if none)."

provision child.pornography_offences "Child pornography and the sale of pornography to minors" {
  applies when child_pornography.involved
  note "The reports state prohibitions through their penalties: producing or distributing child pornography is a crime, selling pornographic materials to minors an administrative offence. Each is read as conduct the law prohibits. A minor is read as a person under 18, the age the reports use for children forced into sexual intercourse."
  note "The reports say administrative penalties for child pornography are retained (2021: in addition to the criminal penalties) without saying for what conduct: dealing in child pornography other than producing or distributing it (for example possessing it) is left open. Pornography that shows no child, dealt in among adults only, is outside what the reports describe."

  require no_production_or_distribution "the person did not produce or distribute child pornography":
    not (child_pornography.acts includes any of {produce, distribute})
    cite kz2017.child_sexual_exploitation, kz2021.child_sexual_exploitation "The law criminalizes the production and distribution of child pornography"
    explain "what the person did: {child_pornography.acts}"

  require no_sale_to_minors "the person did not sell pornographic materials to a minor":
    not (child_pornography.acts includes any of {sell_to_minor})
    cite kz2017.child_sexual_exploitation, kz2021.child_sexual_exploitation "provides administrative penalties to cover the sale of pornographic materials to minors."
    explain "what the person did: {child_pornography.acts}"

  require other_child_pornography "the person did not deal in child pornography in another way":
    not (child_pornography.acts includes any of {other_child_pornography})
    cite kz2017.child_sexual_exploitation "The country retains administrative penalties for child pornography."
    cite kz2021.child_sexual_exploitation "The country also retains administrative penalties for child pornography in addition to the criminal penalties."
    explain "what the person did: {child_pornography.acts}"

  unsettled conduct_not_stated for other_child_pornography "the reports say administrative penalties for child pornography are retained, without saying for what conduct"
    when child_pornography.acts includes any of {other_child_pornography}
    cite kz2017.child_sexual_exploitation "The country retains administrative penalties for child pornography."
    cite kz2021.child_sexual_exploitation "The country also retains administrative penalties for child pornography in addition to the criminal penalties."
    explain "the person dealt in child pornography other than by producing or distributing it; the reports retain administrative penalties for child pornography without naming the conduct"

  penalty "production and distribution of child pornography: criminal penalties, with administrative penalties for child pornography retained; sale of pornographic materials to minors: administrative penalties"
    cite kz2017.child_sexual_exploitation "The law criminalizes the production and distribution of child pornography and provides administrative penalties to cover the sale of pornographic materials to minors. The country retains administrative penalties for child pornography."
    cite kz2021.child_sexual_exploitation "The law criminalizes the production and distribution of child pornography and provides administrative penalties to cover the sale of pornographic materials to minors. The country also retains administrative penalties for child pornography in addition to the criminal penalties."
}

# ---------------------------------------------------------------- lifetime ban on work with children
fact child.sex_offense_against_minor_convicted: bool
  ask "Was the person convicted of a sexual offence against a minor (a person under 18)?"
fact child.works_with_children: bool
  ask "Since the conviction, has the person worked with children (for example as a teacher, coach, carer or in a children's institution), paid or unpaid?"

provision child.sex_offender_work_ban "A lifetime ban on working with children for those convicted of sexual offences against minors" {
  applies when child.sex_offense_against_minor_convicted
  note "The 2017 report states the ban in the present tense (“receive”), the 2021 report in the past tense (“received”); both are read as the law: every person convicted of a sexual offence against a minor is banned for life from working with children."
  note "The question whether the court imposed the ban reuses the fact of the child labour rules (child_labor.lifetime_ban_imposed), which asks about a lifetime ban on activities and work with children."

  require ban_imposed "the convicted person received a lifetime ban on working with children":
    child_labor.lifetime_ban_imposed
    cite kz2017.child_sexual_exploitation "Perpetrators convicted of sexual offenses against minors receive a lifetime ban on working with children."
    cite kz2021.child_sexual_exploitation "Perpetrators convicted of sexual offenses against minors received a lifetime ban on working with children."
    explain "lifetime ban on working with children imposed: {child_labor.lifetime_ban_imposed}"

  require not_working_with_children "the convicted person has not worked with children since the conviction":
    not child.works_with_children
    cite kz2017.child_sexual_exploitation "Perpetrators convicted of sexual offenses against minors receive a lifetime ban on working with children."
    cite kz2021.child_sexual_exploitation "Perpetrators convicted of sexual offenses against minors received a lifetime ban on working with children."
    explain "worked with children since the conviction: {child.works_with_children}"
}
