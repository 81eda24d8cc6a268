# Forced labour and trafficking (catalogue domain R).
#
#   forced_labor.prohibited                                 no forced or compulsory labour, except
#                                                           by court sentence, state of emergency or
#                                                           martial law
#   trafficking.recruitment_fraud_and_document_confiscation no deceptive recruitment for forced
#                                                           labour; no confiscating documents to
#                                                           hold workers in involuntary servitude
#   trafficking.kidnapping_for_exploitation_10y             2017: up to 10 years in prison with
#                                                           confiscation of assets
#   inspections.report_suspected_trafficking                2021: inspectors report suspected
#                                                           trafficking or forced labour to police
#
# sentence.kind and sentence.prison_term are declared in criminal_penalties.hrl; a minor victim of
# kidnapping for exploitation is covered by child_labor.worst_forms_trafficking_minors_penalty.

fact forced_labor.involuntary: bool
  ask "Was the person made to work involuntarily (forced or compulsory labour), under threat of a penalty or without consent?"
fact forced_labor.basis: one of {
  court_sentence "a consequence of a court sentence",
  state_of_emergency "a condition of a state of emergency",
  martial_law "a condition of martial law",
  none "none of these",
} ask "On what legal basis was the person made to work?"
fact trafficking.deceptive_recruitment: bool
  ask "Did a labour recruiter hire the worker through a deliberately fraudulent or deceptive offer, intending to subject the worker to forced labour?"
fact trafficking.documents_confiscated: bool
  ask "Did an employer or labour agent confiscate the worker’s passport or travel documents to keep the worker in involuntary servitude?"
fact trafficking.conviction: one of {
  kidnapping_for_exploitation "kidnapping or illegal deprivation of freedom for the purpose of labour or sexual exploitation",
  other "another offence",
} ask "Of which offence was the person convicted?"
fact trafficking.assets_confiscated: bool
  ask "Did the court order the confiscation of the convicted person’s assets?"
fact inspection.trafficking_suspected: bool
  ask "Did the labour inspector suspect trafficking or forced labour?"
fact inspection.reported_to_police: bool
  ask "Did the labour inspector report the suspicion to the Ministry of Internal Affairs or the local police?"

# ================================================================= provisions

provision forced_labor.prohibited "No forced or compulsory labour, except as a consequence of a court sentence or a condition of a state of emergency or martial law" {
  applies when worker.employed or forced_labor.involuntary
  note "Whether work was forced is asked as its own question: the reports do not define forced or compulsory labour."

  require not_forced "the person was not made to do forced or compulsory labour":
    not forced_labor.involuntary
    cite kz2017.forced_labor "The law prohibits all forms of forced or compulsory labor, except when it is a consequence of a court sentencing or a condition of a state of emergency or martial law."
    cite kz2021.forced_labor "The law prohibits all forms of forced or compulsory labor, except when it is a consequence of a court sentence or a condition of a state of emergency or martial law."
    explain "forced or compulsory labour: {forced_labor.involuntary}; legal basis: {forced_labor.basis}"

  exception lawful_basis for not_forced "labour that is a consequence of a court sentence or a condition of a state of emergency or martial law"
    when forced_labor.basis in {court_sentence, state_of_emergency, martial_law}
    waived
    cite kz2017.forced_labor "except when it is a consequence of a court sentencing or a condition of a state of emergency or martial law."
    cite kz2021.forced_labor "except when it is a consequence of a court sentence or a condition of a state of emergency or martial law."

  penalty "criminal punishment under the penal code"
    until kz2017
    cite kz2017.forced_labor "The penal code provides for criminal punishment of traffickers and those who facilitate forced exploitation and trafficking"
  penalty "penalties commensurate with those for analogous crimes, such as kidnapping"
    since kz2021
    cite kz2021.forced_labor "Penalties were commensurate with those for analogous crimes, such as kidnapping."
}

provision trafficking.recruitment_fraud_and_document_confiscation "No deceptive recruitment for forced labour; no confiscation of passports or travel documents to hold workers in involuntary servitude" {
  applies when worker.employed
    or trafficking.deceptive_recruitment
    or trafficking.documents_confiscated
  note "The reports state the prohibitions through their punishment (“provides for the punishment of … labor recruiters who … and employers or labor agents who …”)."
  note "The 2017 report also names among those the penal code punishes “those who violate legislation on employment of labor including foreign labor”; the report does not say which violations, and they are not checked here."
    until kz2017
    cite kz2017.forced_labor "or those who violate legislation on employment of labor including foreign labor."

  require no_deceptive_recruitment "no labour recruiter hired the worker through a deliberately fraudulent or deceptive offer with the intent to subject the worker to forced labour":
    not trafficking.deceptive_recruitment
    cite kz2017.forced_labor "including labor recruiters who hire workers through deliberately fraudulent or deceptive offers with the intent to subject them to forced labor"
    cite kz2021.forced_labor "including labor recruiters who hired workers through deliberately fraudulent or deceptive offers with the intent to subject workers to forced labor"
    explain "deceptive recruitment with the intent of forced labour: {trafficking.deceptive_recruitment}"

  require no_document_confiscation "no employer or labour agent confiscated the worker’s passport or travel documents to keep the worker in involuntary servitude":
    not trafficking.documents_confiscated
    cite kz2017.forced_labor "or employers or labor agents who confiscate passports or travel documents to keep workers in a state of involuntary servitude"
    cite kz2021.forced_labor "and employers or labor agents who confiscated passports or travel documents to keep workers in a state of involuntary servitude."
    explain "passport or travel documents confiscated to keep the worker in involuntary servitude: {trafficking.documents_confiscated}"

  penalty "criminal punishment under the penal code"
    until kz2017
    cite kz2017.forced_labor "The penal code provides for criminal punishment of traffickers and those who facilitate forced exploitation and trafficking"
  penalty "punishment as facilitators of forced exploitation and trafficking"
    since kz2021
    cite kz2021.forced_labor "The law provides for the punishment of convicted traffickers and those who facilitated forced exploitation and trafficking"
}

provision trafficking.kidnapping_for_exploitation_10y "Kidnapping or illegal deprivation of freedom for labour or sexual exploitation: up to 10 years in prison with confiscation of assets (2017)" {
  until kz2017
  applies when trafficking.conviction is kidnapping_for_exploitation
    and sentence.kind is imprisonment
  note "“Punishable by up to 10 years in prison” is read as the maximum term the penal code sets; “with confiscation of assets” as part of the punishment it prescribes, so a prison sentence without confiscation falls short of it."
  note "The 2021 report gives no figure: penalties for forced labour were “commensurate with those for analogous crimes, such as kidnapping”; the maximum is checked under the 2017 law only. When the victim is a minor, the 2017 report gives up to 15 years (child_labor.worst_forms_trafficking_minors_penalty)."

  require within_maximum "the prison term does not exceed 10 years":
    sentence.prison_term <= 10 years
    cite kz2017.forced_labor "Kidnapping, illegal deprivation of freedom with the purpose of labor and sexual exploitation is punishable by up to 10 years in prison with confiscation of assets"
    explain "the court imposed {value} of imprisonment; the maximum is {limit} ({margin})"

  require assets_confiscated "the sentence includes confiscation of assets":
    trafficking.assets_confiscated
    cite kz2017.forced_labor "is punishable by up to 10 years in prison with confiscation of assets"
    explain "confiscation of assets ordered: {trafficking.assets_confiscated}"

  penalty "a criminal offence under the penal code, punishable by up to 10 years in prison with confiscation of assets"
    cite kz2017.forced_labor "Kidnapping, illegal deprivation of freedom with the purpose of labor and sexual exploitation is punishable by up to 10 years in prison with confiscation of assets"
}

provision inspections.report_suspected_trafficking "Labour inspectors report suspected trafficking or forced labour to the Ministry of Internal Affairs or the local police" {
  since kz2021
  applies when inspection.trafficking_suspected
  note "The report states the practice (“report”) and the inspectors’ job descriptions (“the responsibility for reporting potential labor trafficking cases”): both are read as a duty to report."
    cite kz2021.forced_labor "In addition inspectors’ job descriptions include the responsibility for reporting potential labor trafficking cases to law enforcement agencies."

  require reported "the inspector reported the suspicion to the Ministry of Internal Affairs or the local police":
    inspection.reported_to_police
    cite kz2021.forced_labor "Labor inspectors report suspected trafficking or forced labor to the Ministry of Internal Affairs or the local police."
    cite kz2021.forced_labor "In addition inspectors’ job descriptions include the responsibility for reporting potential labor trafficking cases to law enforcement agencies."
    explain "suspected trafficking or forced labour reported to the police: {inspection.reported_to_police}"
}
