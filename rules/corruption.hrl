# Corruption and financial disclosure (catalogue domain L).
#
#   corruption.no_probation                               2017: no probation for corruption crimes
#   corruption.lifetime_civil_service_ban_and_forfeiture  2017: an additional lifetime ban on
#                                                         civil-service employment and mandatory
#                                                         forfeiture of titles, ranks, grades and
#                                                         state awards
#   corruption.no_statute_of_limitations                  2017: no statute of limitation for persons
#                                                         charged with corruption
#   corruption.criminal_penalties_officials               criminal penalties for corruption by
#                                                         officials
#   corruption.knb_investigates_security_officers         since the law of July 4, 2017: the KNB
#                                                         investigates corruption crimes by officers
#                                                         of the security services, the
#                                                         anticorruption bureau and the military
#   officials.annual_asset_declaration                    2017: officials, applicants, recent
#                                                         leavers and their families declare income
#                                                         and assets annually
#
# The 2017 report describes the criminal code's corruption rules; the 2021 report does not repeat
# them. Its silence is not the law's: under the 2021 law those provisions are undetermined.

# ---------------------------------------------------------------- the case
fact corruption.convicted: bool ask "Was the person convicted of a corruption crime?"
fact corruption.probation: bool
  ask "For the corruption crime, did the court place the person on probation (a suspended or conditional sentence instead of serving the punishment)?"
fact corruption.civil_service_ban: one of {
  lifetime "a lifetime ban on employment in the civil service",
  limited "a ban on civil-service employment for a limited period",
  none "no ban on civil-service employment",
} ask "Which ban on employment in the civil service did the court impose for the corruption crime?"
fact corruption.titles_forfeited: bool
  ask "Was the person deprived of every title, rank, grade and state award they held? Answer true if they held none."
fact corruption.charged: bool ask "Was the person charged with a corruption crime?"
fact corruption.time_barred: bool
  ask "Was the corruption case closed, or the person released from criminal liability, because the statute of limitation had run?"

fact official.is_official: bool
  ask "Was the person a government official (a civil servant or other state official) when the act was committed?"
fact corruption.act_established: bool
  ask "Did a court or an investigating body establish that the official committed a corrupt act (such as taking or giving a bribe, fraud, embezzlement or abuse of power)?"
fact corruption.act: one of {
  bribe_taking "taking a bribe",
  bribe_giving "giving a bribe",
  intermediary "serving as an intermediary in bribery",
  fraud "fraud",
  embezzlement "embezzlement",
  abuse_of_power "abuse of power",
  other "another corrupt act",
}
  ask "Which corrupt act did the official commit (as established by a court or an investigating body)?"
fact corruption.liability: one of {
  criminal "criminal liability: a criminal case and a criminal penalty",
  noncriminal "only an administrative or disciplinary sanction",
  none "no liability at all",
} ask "Once the corrupt act was established, what liability did the official face?"

fact corruption.suspect_service: one of {
  security_services "an officer of the security (special) services",
  anticorruption_bureau "an officer of the anticorruption bureau",
  military "a member of the military",
  other "someone else",
} ask "Who was suspected of the corruption crime?"
fact corruption.investigation_began_on: date
  ask "On what date did the investigation of the corruption crime begin?"
fact corruption.investigated_by: one of {
  knb "the Committee for National Security (KNB)",
  other "another body (the police, the anticorruption agency or another)",
} ask "Which body investigated the corruption crime?"

fact disclosure.role: one of {
  official "a government official",
  applicant "an applicant for a government position",
  recently_released "a person recently released from government service",
  spouse "the spouse of one of these",
  dependent "a dependent of one of these",
  adult_child "an adult child of one of these",
  mp_or_judge "a member of parliament or a judge",
  other "none of these",
}
  ask "Which of these was the person in the year the declaration concerns? Answer the first that fits."
fact disclosure.declared: bool
  ask "Did the person file a declaration of income and assets with the tax authorities for the year in question?"
fact disclosure.covers_abroad: bool
  ask "Did the declaration cover income and assets abroad as well as in the country? Answer true if the person had none abroad."

# ================================================================= provisions

provision corruption.no_probation "No probation for corruption crimes" {
  until kz2017
  applies when corruption.convicted
  note "The 2021 report does not repeat the rule; under the 2021 law the provision is undetermined, not lapsed."
  note "The 2017 report records that Nikolay Galikhin, a deputy in the presidential administration, received four years’ probation, but for divulging state secrets, not a corruption crime: outside this provision."
    cite kz2017.corruption "Galikhin was sentenced to four years’ probation with a three-year ban on any government service."

  require no_probation "the court did not place the person on probation for the corruption crime":
    not corruption.probation
    cite kz2017.corruption "The new criminal code toughened criminal liability and punishment for crimes related to corruption. It does not allow probation for corruption crimes."
    explain "placed on probation for the corruption crime: {corruption.probation}; the criminal code does not allow probation for corruption crimes"
}

provision corruption.lifetime_civil_service_ban_and_forfeiture "Corruption: an additional lifetime ban on civil-service employment and mandatory forfeiture of titles, ranks, grades and state awards" {
  until kz2017
  applies when corruption.convicted
  note "The report calls the ban “an additional penalty” and the forfeiture “mandatory”; both are read as attaching to every corruption conviction, since the sentence states no condition."
  note "The 2021 report does not repeat the rule; under the 2021 law the provision is undetermined, not lapsed."

  require lifetime_ban "the court imposed a lifetime ban on employment in the civil service":
    corruption.civil_service_ban is lifetime
    cite kz2017.corruption "There is also an additional penalty of a lifetime ban on employment in the civil service"
    explain "ban on civil-service employment: {corruption.civil_service_ban}; the law adds a lifetime ban for corruption crimes"

  require forfeiture "the person forfeited their titles, ranks, grades and state awards":
    corruption.titles_forfeited
    cite kz2017.corruption "as well as mandatory forfeiture of titles, ranks, grades, and state awards."
    explain "titles, ranks, grades and state awards forfeited: {corruption.titles_forfeited}; the forfeiture is mandatory for corruption crimes"
}

provision corruption.no_statute_of_limitations "No statute of limitation for persons charged with corruption" {
  until kz2017
  applies when corruption.charged
  note "The 2021 report does not repeat the rule; under the 2021 law the provision is undetermined, not lapsed."

  require not_time_barred "the case was not closed, nor the person released from liability, because of the statute of limitation":
    not corruption.time_barred
    cite kz2017.corruption "The statute of limitation does not apply to persons charged with corruption."
    explain "closed as time-barred: {corruption.time_barred}; the statute of limitation does not apply to persons charged with corruption"
}

provision corruption.criminal_penalties_officials "Criminal penalties for corruption by officials" {
  applies when official.is_official and corruption.act_established
  note "The reports state that the law provides criminal penalties for corruption by officials and that the government did not implement it effectively; an official whose corrupt act was established and who faced no liability at all is read as a failure to apply that law."
    cite kz2017.corruption_law "The government did not implement the law effectively, and officials frequently engaged in corrupt practices with impunity."
    cite kz2021.corruption_law "but the government did not implement the law effectively."
  note "The list of acts follows the 2021 statistics of the Agency on Combatting Corruption (taking or giving bribes, intermediaries, fraud, embezzlement, abuse of power); the reports do not define corruption."
    since kz2021
    cite kz2021.corruption "Of those convicted, 138 were convicted for taking bribes, 237 for giving bribes, 12 for serving as intermediaries, 78 for fraud, 42 for embezzlement, and 44 for abuse of power."

  require held_liable "the official faced criminal liability for the corrupt act":
    corruption.liability is criminal
    cite kz2017.corruption_law "The law provides criminal penalties for corruption by officials."
    cite kz2021.corruption_law "The law provides criminal penalties for corruption by officials"
    explain "corrupt act: {corruption.act}; liability faced: {corruption.liability}; the law provides criminal penalties for corruption by officials"

  unsettled noncriminal for held_liable "the official faced only an administrative or disciplinary sanction; the reports do not say that every corrupt act is a crime, nor describe noncriminal corruption offences"
    when corruption.liability is noncriminal
    cite kz2017.corruption_law "The law provides criminal penalties for corruption by officials."
    cite kz2021.corruption_law "The law provides criminal penalties for corruption by officials"

  penalty "criminal penalties (the reports give no ranges for corruption offences in general)"
    cite kz2017.corruption_law "The law provides criminal penalties for corruption by officials."
    cite kz2021.corruption_law "The law provides criminal penalties for corruption by officials"
}

provision corruption.knb_investigates_security_officers "The KNB investigates corruption crimes by officers of the security services, the anticorruption bureau and the military" {
  applies when corruption.suspect_service in {security_services, anticorruption_bureau, military}
    and corruption.investigation_began_on >= 2017-07-04
  note "The law was signed on July 4, 2017: an investigation begun before that date is outside the provision."
    cite kz2017.corruption "On July 4, the president signed a law empowering the KNB to investigate corruption crimes committed by officers of the special agencies, anticorruption bureau, and military."
  note "The 2017 report says the law empowers the KNB; the 2021 report says the KNB investigated these crimes. Neither says the KNB alone may: an investigation by another body is left open, not a violation."
  note "The 2017 report speaks of officers of “the special agencies” (and in its Section 1.d of “the secret services”), the 2021 report of “the security services”: read as the same officers."
    cite kz2017.arbitrary_detention "including one giving power to the KNB to investigate corruption by officers of the secret services, anticorruption bureau, and military."

  require knb_investigates "the KNB investigated the corruption crime":
    corruption.investigated_by is knb
    cite kz2017.corruption "empowering the KNB to investigate corruption crimes committed by officers of the special agencies, anticorruption bureau, and military."
    cite kz2021.corruption "The KNB investigated corruption crimes committed by officers of the security services, the anticorruption bureau, and the military."
    explain "suspect: {corruption.suspect_service}; investigated by: {corruption.investigated_by}"

  unsettled other_body for knb_investigates "another body investigated; the reports say the KNB is empowered to investigate these crimes, not that no other body may"
    when corruption.investigated_by is other
    cite kz2017.corruption "empowering the KNB to investigate corruption crimes committed by officers of the special agencies, anticorruption bureau, and military."
    cite kz2021.corruption "The KNB investigated corruption crimes committed by officers of the security services, the anticorruption bureau, and the military."
}

provision officials.annual_asset_declaration "Officials, applicants, recent leavers and their families declare their income and assets annually" {
  until kz2017
  applies when disclosure.role is not other
  note "“Recently released” is not quantified by the report: answer as the tax authorities treated the person."
  note "Tax declarations are not available to the public: the provision does not check publication."
    cite kz2017.financial_disclosure "Tax declarations are not available to the public."
  note "The 2021 report has no financial-disclosure subsection; under the 2021 law the provision is undetermined, not lapsed."

  require declared "the person declared income and assets, in the country and abroad, to the tax authorities for the year":
    disclosure.declared and disclosure.covers_abroad
    cite kz2017.financial_disclosure "The law requires government officials, applicants for government positions, and those recently released from government service to declare their income and assets in the country and abroad to tax authorities annually. The same requirement applies to their spouses, dependents, and adult children."
    explain "declaration filed: {disclosure.declared}; covering income and assets abroad: {disclosure.covers_abroad}"

  unsettled mp_or_judge for declared "members of parliament and judges: the report says only that similar regulations exist, without their content"
    when disclosure.role is mp_or_judge
    cite kz2017.financial_disclosure "Similar regulations exist for members of parliament and judges."

  penalty "administrative penalties for noncompliance (the report gives no amounts)"
    cite kz2017.financial_disclosure "The law imposes administrative penalties for noncompliance with the requirements."
}
