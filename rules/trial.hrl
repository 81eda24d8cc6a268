# Defence counsel and trial rights (catalogue domain C; the courts themselves are in courts.hrl).
#
#   defense.counsel_from_detention        a defence lawyer's assistance from the moment of detention,
#                                         arrest or accusation
#   defense.state_attorney_pretrial       the government provides an attorney to an indigent, minor or
#                                         disabled suspect, or one facing serious charges (2017: read
#                                         two ways)
#   defense.state_secrets_cleared_counsel only specially cleared lawyers in cases involving state secrets
#   trial.mandatory_defense_counsel       a defendant must have an attorney when a minor, disabled, not
#                                         speaking the language of the court, or facing 10+ years
#   trial.presumption_of_innocence_no_self_incrimination
#                                         presumption of innocence; no compelled self-incrimination
#   trial.public_hearing                  trials public, unless state secrets or private or family life
#   trial.jury_panel_and_jurisdiction     10 jurors and one judge; crimes punishable by death or life
#                                         imprisonment, and grave crimes such as trafficking
#   trial.defendant_participation_rights  present, heard, an interpreter if needed (2021 only),
#                                         confront and call witnesses
#   trial.right_to_appeal                 appeal a decision to a higher court
#
# The potential sentence and the offence category use the facts declared in pretrial.hrl and
# arrest.hrl (offense.max_prison_term, offense.life_imprisonment_possible, offense.severity).

fact defendant.age: integer in years from 0 to 150
  ask "How old was the defendant at the time of the trial, in full years?"
fact defendant.has_disability: bool ask "Does the defendant have a mental or physical disability?"
fact defendant.speaks_court_language: bool
  ask "Does the defendant speak the language in which the court conducts the trial?"
fact defendant.age_at_offense: integer in years
  ask "How old was the defendant when the offence was committed, in full years?"
fact defendant.represented: bool
  ask "Was the defendant represented by a defence attorney at the trial?"

# ---------------------------------------------------------------- counsel before trial
fact counsel.obstruction: set of {
  refused "refused the defence lawyer the person asked for",
  delayed "put off the assistance of the defence lawyer the person wanted",
  dissuaded "talked the person out of seeing a defence lawyer",
}
  ask "From the moment the person was detained, arrested or accused, which of these did the authorities do? List every one that happened (an empty list if none did)."
fact defendant.indigent: bool
  ask "Is the suspect or defendant indigent (without the means to pay for a defence lawyer)?"
fact defendant.age_during_investigation: integer in years
  ask "How old was the suspect during the investigation (before trial), in full years?"
fact defendant.faces_serious_charges: bool
  ask "Does the suspect face serious criminal charges? The reports do not define “serious”: answer as the law you rely on does."
fact counsel.state_provided: bool
  ask "Did the government provide the suspect with an attorney (a state-paid defence lawyer) before trial?"
fact counsel.own_choice: bool
  ask "Did the suspect have a defence lawyer of his or her own choosing (privately retained) before trial?"
fact defendant.case_involves_state_secrets: bool
  ask "Does the criminal case against the suspect or defendant involve state secrets?"
fact counsel.uncleared_lawyer_worked: bool
  ask "Did a defence lawyer without the special clearance for cases involving state secrets work on the case?"

define defendant.minor_disabled_or_serious_charges =
  defendant.age_during_investigation < 18
    or defendant.has_disability
    or defendant.faces_serious_charges
  means "the suspect is a minor, has a physical or mental disability, or faces serious criminal charges"

# ---------------------------------------------------------------- the trial
fact trial.held: bool
  ask "Did the criminal trial of the defendant take place (in whole or in part)?"
fact defendant.compelled_self_incrimination: bool
  ask "Was the person compelled — by torture, beatings, threats, duress or an order of the authorities — to confess or to give evidence against himself or herself?"
fact defendant.presumed_guilty: bool
  ask "Before a court found the defendant guilty, did the court or the authorities treat the defendant as guilty, or require the defendant to prove his or her innocence?"
fact trial.closed_to_public: bool
  ask "Was the trial, or any hearing of it, closed to the public? Count barring journalists or observers from a hearing, an online one too."
fact trial.closure_ground: one of {
  state_secrets "a public hearing could compromise state secrets",
  private_life "closing it was necessary to protect the private life or personal family concerns of a citizen",
  other "another reason, or none given",
} ask "On what ground was the trial (or the hearing) closed to the public?"
fact trial.jury: bool ask "Was the case tried by a jury?"
fact trial.jurors: integer in persons ask "How many jurors sat on the panel that tried the case?"
fact trial.judges: integer in persons ask "How many judges sat with the jurors on the panel?"
fact offense.death_penalty_possible: bool ask "Can the offence be punished by death?"
fact offense.trafficking_or_engaging_minors: bool
  ask "Is the offence trafficking, or the engagement of minors in criminal activity?"
fact defendant.could_be_present: bool
  ask "Was the defendant able to be present at his or her trial? (Answer false if the court or the authorities kept the defendant out of it.)"
fact defendant.could_be_heard: bool
  ask "Was the defendant able to be heard in court (to speak in his or her own defence)?"
fact defendant.had_interpreter: bool ask "Did the defendant have an interpreter at the trial?"
fact defendant.could_confront_witnesses: bool
  ask "Was the defendant able to confront (question) the witnesses against him or her?"
fact defendant.could_call_witnesses: bool
  ask "Was the defendant able to call witnesses for the defence? (Answer true if the defendant was not prevented, even if no witness was called.)"
fact defendant.appeal_prevented: bool
  ask "Was the defendant prevented from appealing the court's decision to a higher court (an appeal refused admission, or the defendant kept from filing one)?"

define trial.jury_named_crime =
  offense.death_penalty_possible
    or offense.life_imprisonment_possible
    or offense.trafficking_or_engaging_minors
  means "a crime punishable by death or life imprisonment, trafficking, or the engagement of minors in criminal activity"

define trial.adult_trigger =
  defendant.has_disability
    or not defendant.speaks_court_language
    or offense.max_prison_term >= 10 years
    or offense.life_imprisonment_possible
  means "a ground for mandatory counsel other than minority (disability, language, 10 or more years)"

# ================================================================= provisions

provision defense.counsel_from_detention "A defence lawyer's assistance from the moment of detention, arrest or accusation" {
  applies when arrest.made or defendant.charged
  note "The right is the person's to use: a person who wanted no lawyer is not deprived of it. The authorities refusing the lawyer asked for, putting off the lawyer's assistance, or talking the person out of seeing a lawyer deprive the person of it; the reports list dissuading detainees among the abuses."
    cite kz2017.arrest_procedures "law enforcement officials dissuaded detainees from seeing an attorney"
    cite kz2021.arrest_procedures "authorities dissuaded detainees from seeing an attorney"
  note "Meeting an attorney before interrogation and being told of the right to an attorney are the provisions arrest.attorney_before_interrogation and arrest.inform_of_rights."

  require assisted_from_the_start "the authorities did not refuse, put off or talk the person out of a defence lawyer's assistance from the moment of detention, arrest or accusation":
    not (counsel.obstruction includes any of {refused, delayed, dissuaded})
    cite kz2017.arrest_procedures, kz2021.arrest_procedures "Persons detained, arrested, or accused of committing a crime have the right to the assistance of a defense lawyer from the moment of detention, arrest, or accusation."
    explain "what the authorities did: {counsel.obstruction}; the person has the right to a defence lawyer's assistance from the moment of detention, arrest or accusation"
}

provision defense.state_attorney_pretrial "The government provides an attorney to an indigent or minor suspect, one with a disability, or one facing serious charges" {
  applies when defendant.indigent or defendant.minor_disabled_or_serious_charges
  note "“Serious criminal charges” is not defined in the reports (compare the 10 years of trial.mandatory_defense_counsel): whether the suspect faces them is asked as its own question."
  note "A suspect who has a defence lawyer of his or her own choosing is read as not needing one from the government: the reports speak of providing an attorney, not of replacing one."
  note "2017 and 2021 word the grounds differently. 2021 names indigence as a ground of its own. The 2017 sentence (“for an indigent suspect or defendant when the suspect is a minor, …”) may require indigence together with another ground, or list indigence beside the others; a 2017 case with only one of the two kinds of ground is left open."
    until kz2017
    cite kz2017.arrest_procedures "The law states that the government must provide an attorney for an indigent suspect or defendant when the suspect is a minor, has physical or mental disabilities, or faces serious criminal charges"
  note "Representation at the trial itself is trial.mandatory_defense_counsel."

  require attorney_provided "the government provided the suspect with an attorney":
    counsel.state_provided
    cite kz2017.arrest_procedures "The law states that the government must provide an attorney for an indigent suspect or defendant when the suspect is a minor, has physical or mental disabilities, or faces serious criminal charges"
    cite kz2021.arrest_procedures "The law states that the government must provide an attorney when the suspect is indigent, is a minor, has physical or mental disabilities, or faces serious criminal charges."
    explain "an attorney provided by the government: {counsel.state_provided}; indigent: {defendant.indigent}; age during the investigation: {defendant.age_during_investigation}; disability: {defendant.has_disability}; serious criminal charges: {defendant.faces_serious_charges}"

  exception own_lawyer for attorney_provided "the suspect had a defence lawyer of his or her own choosing"
    when counsel.own_choice
    waived
    cite kz2017.arrest_procedures "The law states that the government must provide an attorney for an indigent suspect or defendant"
    cite kz2021.arrest_procedures "The law states that the government must provide an attorney when the suspect is indigent"

  contested one_kind_of_ground for attorney_provided "the suspect is indigent but neither a minor, disabled nor facing serious charges, or is one of these but not indigent: the 2017 sentence may require indigence together with another ground, or list it as a ground of its own (as the 2017 trial section and the 2021 report do)"
    until kz2017
    when not (defendant.indigent and defendant.minor_disabled_or_serious_charges)
    cite kz2017.arrest_procedures "The law states that the government must provide an attorney for an indigent suspect or defendant when the suspect is a minor, has physical or mental disabilities, or faces serious criminal charges"
    cite kz2017.trial_procedures "Indigent defendants in criminal cases have the right to counsel and a government-provided attorney."
    explain "under the 2017 wording the duty is certain only for an indigent suspect who is also a minor, disabled or facing serious charges"
}

provision defense.state_secrets_cleared_counsel "Only specially cleared lawyers in cases involving state secrets" {
  applies when defendant.case_involves_state_secrets
  note "The reports state the bar on freely choosing counsel as the law: refusing a defendant a lawyer without the clearance, in such a case, is not a deviation."

  require only_cleared_lawyers "no defence lawyer without the special clearance worked on the case":
    not counsel.uncleared_lawyer_worked
    cite kz2017.arrest_procedures "Defendants are barred from freely choosing their defense counsel if the cases against them involve state secrets. The law allows only lawyers who have special clearance to work on such cases."
    cite kz2021.arrest_procedures "Defendants are barred from freely choosing their defense counsel if the case against them involves state secrets. The law allows only lawyers who have special clearances to work on such cases."
    explain "a defence lawyer without the special clearance worked on a case involving state secrets: {counsel.uncleared_lawyer_worked}"
}

provision trial.mandatory_defense_counsel "Mandatory defence counsel for minors, disabled defendants, non-speakers of the court language and those facing 10 or more years" {
  applies when defendant.represented
    or defendant.age < 18
    or defendant.age_at_offense < 18
    or trial.adult_trigger
  note "A defendant who was represented is compliant, whatever the grounds; one who meets none of them is outside the provision. “10 or more years” is inclusive, and an offence punishable by life imprisonment meets it."
  note "“When the defendant is a minor” is read as a minor at the time of the trial; a defendant who was a minor at the time of the offence but is an adult at trial is not addressed by the reports, and is left open."

  require represented "the defendant was represented by an attorney":
    defendant.represented
    cite kz2017.trial_procedures "By law a defendant must be represented by an attorney when the defendant is a minor, has mental or physical disabilities, does not speak the language of the court, or faces 10 or more years of imprisonment."
    cite kz2021.trial_procedures "By law a defendant must be represented by an attorney when the defendant is a minor, has mental or physical disabilities, does not speak the language of the court, or faces 10 or more years of imprisonment if convicted."
    explain "represented by an attorney: {defendant.represented}; representation is mandatory for a minor, a defendant with a mental or physical disability, one who does not speak the language of the court, or one facing 10 or more years; here: age: {defendant.age}, at the offence: {defendant.age_at_offense}, disability: {defendant.has_disability}, speaks the court language: {defendant.speaks_court_language}, longest fixed term: {offense.max_prison_term}, life imprisonment possible: {offense.life_imprisonment_possible}"

  unsettled minor_at_offense for represented "the defendant was a minor at the time of the offence but is an adult at trial; the reports speak of a defendant who “is a minor”"
    when defendant.age >= 18 and defendant.age_at_offense < 18 and not trial.adult_trigger
    cite kz2017.trial_procedures "By law a defendant must be represented by an attorney when the defendant is a minor, has mental or physical disabilities, does not speak the language of the court, or faces 10 or more years of imprisonment."
    cite kz2021.trial_procedures "By law a defendant must be represented by an attorney when the defendant is a minor, has mental or physical disabilities, does not speak the language of the court, or faces 10 or more years of imprisonment if convicted."
}

provision trial.presumption_of_innocence_no_self_incrimination "Presumption of innocence; protection from self-incrimination" {
  applies when defendant.charged
  note "The presumption of innocence is read in its ordinary sense: before a court finds the defendant guilty, the defendant is not treated as guilty nor made to prove innocence. The reports give it no further content."
  note "Protection from self-incrimination is read as covering a confession or evidence compelled at any stage, before the charge too: the reports describe confessions extracted in pretrial detention."
    cite kz2017.pretrial_detention "authorities often used this phase of detention to torture, beat, and abuse inmates to extract confessions."
    cite kz2021 "Section 1.c Torture and Other Cruel, Inhuman, or Degrading Treatment or Punishment" "authorities occasionally used pretrial detention to beat and abuse detainees to extract confessions."

  require presumed_innocent "the defendant was not treated as guilty, nor made to prove innocence, before a court found guilt":
    not defendant.presumed_guilty
    cite kz2017.trial_procedures, kz2021.trial_procedures "All defendants enjoy a presumption of innocence"
    explain "treated as guilty (or made to prove innocence) before a court found guilt: {defendant.presumed_guilty}"

  require not_self_incriminated "the person was not compelled to confess or to give evidence against himself or herself":
    not defendant.compelled_self_incrimination
    cite kz2017.trial_procedures "All defendants enjoy a presumption of innocence and are protected from self-incrimination under the law."
    cite kz2021.trial_procedures "All defendants enjoy a presumption of innocence and by law are protected from self-incrimination."
    explain "compelled to confess or to give evidence against himself or herself: {defendant.compelled_self_incrimination}"
}

provision trial.public_hearing "Trials are public, except to protect state secrets or private and family life" {
  applies when trial.held
  note "Barring journalists or observers from a hearing, an online one too, is read as closing it to the public."
  note "The exception needs the ground to hold, not only to be invoked: a hearing that “could compromise state secrets”, or a closure “necessary” to protect a citizen's private life or family concerns."

  require public "the trial was open to the public":
    not trial.closed_to_public
    cite kz2017.trial_procedures, kz2021.trial_procedures "Trials are public except in instances that could compromise state secrets or when necessary to protect the private life or personal family concerns of a citizen."
    explain "the trial (or a hearing of it) was closed to the public: {trial.closed_to_public}; ground: {trial.closure_ground}"

  exception lawful_ground for public "closed because a public hearing could compromise state secrets, or because closing it was necessary to protect a citizen's private life or family concerns"
    when trial.closure_ground in {state_secrets, private_life}
    waived
    cite kz2017.trial_procedures, kz2021.trial_procedures "Trials are public except in instances that could compromise state secrets or when necessary to protect the private life or personal family concerns of a citizen."
}

provision trial.jury_panel_and_jurisdiction "Jury trials: a panel of 10 jurors and one judge, for crimes punishable by death or life imprisonment and grave crimes such as trafficking" {
  applies when trial.jury
  note "Jurisdiction is read as the limit of what a jury may try; the reports do not say that a defendant charged with such a crime must be tried by a jury."
  note "“Grave crimes such as trafficking and engagement of minors in criminal activity” may mean every grave crime (the two named as examples) or only some grave crimes, of which these are two: a jury trial of another grave or especially grave crime is left open."
  note "The reports add that judges could easily dissolve a panel of jurors and that the law has no mechanism for holding judges liable for it: dissolving a panel is not checked."
    cite kz2017.trial_procedures "Judges exerted pressure on jurors and could easily dissolve a panel of jurors for perceived disobedience of their orders. The law has no mechanism for holding judges liable for such actions."
    cite kz2021.trial_procedures "Judges exerted pressure on jurors and could easily dissolve a panel of jurors for perceived disobedience. The law has no mechanism for holding judges liable for such actions."

  require ten_jurors "the panel had 10 jurors":
    trial.jurors = 10
    cite kz2017.trial_procedures "Jury trials are held by a panel of 10 jurors and one judge"
    cite kz2021.trial_procedures "Jury trials have a panel of 10 jurors and one judge."
    explain "jurors on the panel: {trial.jurors}; a jury panel has 10 jurors"

  require one_judge "the panel had one judge":
    trial.judges = 1
    cite kz2017.trial_procedures "Jury trials are held by a panel of 10 jurors and one judge"
    cite kz2021.trial_procedures "Jury trials have a panel of 10 jurors and one judge."
    explain "judges on the panel: {trial.judges}; a jury panel has one judge"

  require within_jurisdiction "the crime is punishable by death or life imprisonment, or is a grave crime of the kind named (trafficking, the engagement of minors in criminal activity)":
    trial.jury_named_crime
    cite kz2017.trial_procedures "have jurisdiction over crimes punishable by death or life imprisonment, as well as grave crimes such as trafficking and engagement of minors in criminal activity."
    cite kz2021.trial_procedures "They have jurisdiction over crimes punishable, if convicted, by death or life imprisonment, as well as grave crimes such as trafficking and engagement of minors in criminal activity."
    explain "death penalty possible: {offense.death_penalty_possible}; life imprisonment possible: {offense.life_imprisonment_possible}; trafficking or engagement of minors in crime: {offense.trafficking_or_engaging_minors}; offence category: {offense.severity}"

  unsettled other_grave_crime for within_jurisdiction "a grave or especially grave crime other than those named: the reports give trafficking and the engagement of minors as examples (“such as”) and do not say whether every grave crime is within the jury's jurisdiction"
    when offense.severity in {grave, especially_grave}
    cite kz2017.trial_procedures, kz2021.trial_procedures "as well as grave crimes such as trafficking and engagement of minors in criminal activity."
    explain "a jury tried a {offense.severity} crime punishable neither by death nor by life imprisonment, and neither trafficking nor the engagement of minors in crime; the reports' “such as” leaves open whether it is within the jury's jurisdiction"
}

provision trial.defendant_participation_rights "The defendant's rights to be present, to be heard, to confront and call witnesses, and (2021) to an interpreter if needed" {
  applies when trial.held
  note "“An interpreter if needed” is read as: when the defendant does not speak the language of the court (the fact used by trial.mandatory_defense_counsel)."
    since kz2021
  note "The 2017 report does not list a right to an interpreter, so a 2017 trial is not checked against one; a defendant who does not speak the language of the court must still be represented (trial.mandatory_defense_counsel)."
    until kz2017

  require present "the defendant was able to be present at the trial":
    defendant.could_be_present
    cite kz2017.trial_procedures "The law also provides defendants the rights to be present at their trials"
    cite kz2021.trial_procedures "The law also provides defendants the right to be present at their trials"
    explain "the defendant was able to be present at the trial: {defendant.could_be_present}"

  require heard "the defendant was able to be heard in court":
    defendant.could_be_heard
    cite kz2017.trial_procedures "to be present at their trials, to be heard in court, to confront witnesses against them"
    cite kz2021.trial_procedures "to be present at their trials, to be heard in court, to have an interpreter if needed"
    explain "the defendant was able to be heard in court: {defendant.could_be_heard}"

  require interpreter "a defendant who does not speak the language of the court had an interpreter":
    defendant.speaks_court_language or defendant.had_interpreter
    since kz2021
    cite kz2021.trial_procedures "to be heard in court, to have an interpreter if needed, to confront witnesses against them"
    explain "speaks the language of the court: {defendant.speaks_court_language}; had an interpreter: {defendant.had_interpreter}"

  require confront_witnesses "the defendant was able to confront the witnesses against him or her":
    defendant.could_confront_witnesses
    cite kz2017.trial_procedures, kz2021.trial_procedures "to confront witnesses against them, and to call witnesses for the defense."
    explain "the defendant was able to confront the witnesses against him or her: {defendant.could_confront_witnesses}"

  require call_witnesses "the defendant was able to call witnesses for the defence":
    defendant.could_call_witnesses
    cite kz2017.trial_procedures, kz2021.trial_procedures "to confront witnesses against them, and to call witnesses for the defense."
    explain "the defendant was able to call witnesses for the defence: {defendant.could_call_witnesses}"
}

provision trial.right_to_appeal "The right to appeal a decision to a higher court" {
  applies when trial.held
  note "The reports state the right but no time limit or form for an appeal: an appeal refused for being late or ill-formed is not addressed by them, and the answer to whether the defendant was prevented from appealing is the lawyer's."
  note "The right is to bring the appeal, not to win it: an appeal heard and dismissed, or one the defendant chose not to bring, complies."

  require appeal_open "the defendant was not prevented from appealing the decision to a higher court":
    not defendant.appeal_prevented
    cite kz2017.trial_procedures "They have the right to appeal a decision to a higher court."
    cite kz2021.trial_procedures "Defendants have the right to appeal a decision to a higher court."
    explain "the defendant was prevented from appealing to a higher court: {defendant.appeal_prevented}"
}
