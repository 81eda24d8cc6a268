# The courts (catalogue domain C; defence counsel and trial rights are in trial.hrl).
#
#   courts.military_jurisdiction_over_civilians    military courts try civilians only in cases
#                                                  allegedly connected to military personnel, under
#                                                  the same criminal law as civilian courts
#   courts.administrative_courts                   from July 1, 2021, specialized administrative courts
#                                                  consider citizens' lawsuits against authorities
#                                                  (2021 only)
#   judiciary.supreme_court_candidate_requirements Supreme Court candidates meet the mandatory
#                                                  requirements; presidential nominees exempt from
#                                                  March 20, 2021 (2021 only)
#   courts.prosecutor_may_suspend_decisions        not checked: a permission with no condition

# ---------------------------------------------------------------- military courts
fact court.military: bool ask "Was the case tried by a military court?"
fact defendant.civilian: bool
  ask "Is the defendant a civilian (not a serving member of the military or another armed force)?"
fact court.case_connected_to_military: bool
  ask "Is the case allegedly connected to military personnel? (An allegation in the case is enough.)"
fact court.same_criminal_law: bool
  ask "Did the court apply the same criminal law (the criminal code) that civilian courts apply?"

# ---------------------------------------------------------------- administrative courts
fact court.administrative_lawsuit: bool
  ask "Did a citizen file a lawsuit against a government authority or officer for violating administrative processes and procedures?"
fact court.lawsuit_filed_on: date ask "On what date was the lawsuit filed?"
fact court.considered_by_administrative_court: bool
  ask "Did a specialized administrative court take up the lawsuit (consider it, whatever the outcome)? Answer false if no administrative court would hear it (refused, or sent to another court, as outside their remit); leave it out while that is undecided, or if it was refused on another ground (a time limit, the form of the suit), which the report does not address."

# ---------------------------------------------------------------- the Supreme Court
fact judge.supreme_court_candidate: bool
  ask "Was the person a candidate for the Supreme Court whose candidacy went forward (put forward for the Court, or appointed to it)? Answer false for an applicant turned down."
fact judge.presidential_nominee: bool
  ask "Was the candidate nominated to the Supreme Court by the president?"
fact judge.candidacy_date: date
  ask "On what date did the candidacy go forward (the candidate put forward for the Court, or appointed if that is the only date known)?"
fact judge.requirements_met: set of {
  judicial_experience "the requirement of judicial experience",
  internship "the mandatory internship",
  testing "the testing",
  endorsement "endorsement by the Supreme Court",
}
  ask "Which of these requirements for Supreme Court candidates did the candidate meet? List every one met (an empty list if none was)."

# ---------------------------------------------------------------- prosecutors
fact court.decision_suspended_by_prosecutor: bool
  ask "Did a prosecutor suspend a court decision in the case?"

# ================================================================= provisions

provision courts.military_jurisdiction_over_civilians "Military courts try civilians only in cases connected to military personnel, under the ordinary criminal law" {
  applies when court.military
  note "The reports give military courts jurisdiction over civilian defendants in cases allegedly connected to military personnel; a military court trying a civilian in a case with no such alleged connection is read as acting outside it. An allegation suffices: the connection need not be proven."

  require civilian_case_connected "a civilian defendant's case is allegedly connected to military personnel":
    not defendant.civilian or court.case_connected_to_military
    cite kz2017.fair_public_trial, kz2021.fair_public_trial "Military courts have jurisdiction over civilian criminal defendants in cases allegedly connected to military personnel."
    explain "the defendant is a civilian: {defendant.civilian}; the case is allegedly connected to military personnel: {court.case_connected_to_military}"

  require same_criminal_law "the military court applied the same criminal law as civilian courts":
    court.same_criminal_law
    cite kz2017.fair_public_trial "Military courts use the same criminal code as civilian courts."
    cite kz2021.fair_public_trial "Military courts use the same criminal law as civilian courts."
    explain "the military court applied the criminal law of the civilian courts: {court.same_criminal_law}"
}

# The dates of July 1, 2021 (administrative courts) and March 20, 2021 (Supreme Court nominees)
# are checked against facts (the filing date, the date of the candidacy) rather than written as
# `since 2021-07-01` on the provision or clause: a provision dated by the law itself is reported
# "not applicable" in every case whose events precede the date, whatever its facts (engine.py,
# `outside`), and a dated clause splits every scenario dated `2021` into two laws, with a notice.
# The cost: a lawsuit of 2017 is `undetermined` under the 2017 report's law (that report is silent
# on these courts), not "not applicable", although the 2021 report dates the courts to July 1, 2021.
provision courts.administrative_courts "From July 1, 2021, specialized administrative courts consider citizens' lawsuits against authorities for violating administrative procedures" {
  since kz2021
  applies when court.administrative_lawsuit and court.lawsuit_filed_on >= 2021-07-01
  note "The Code of Administrative Procedure entered into force on July 1, 2021: a lawsuit filed before that date is outside this provision."
    cite kz2021.trial_procedures "Beginning July 1, the Code of Administrative Procedure entered into force"
  note "The report says the code provides for these courts to consider such lawsuits; it gives no ground for refusing to consider one (a time limit, a form), and a refusal on such a ground is not addressed by it."

  require considered "a specialized administrative court took up the lawsuit":
    court.considered_by_administrative_court
    cite kz2021.trial_procedures "Beginning July 1, the Code of Administrative Procedure entered into force and specialized administrative courts opened in all 14 regions and cities of national significance"
    cite kz2021.trial_procedures "The code provides for these courts to consider lawsuits submitted by citizens against government authorities or officers for violating administrative processes and procedures."
    explain "a specialized administrative court took up the lawsuit: {court.considered_by_administrative_court}"
}

provision judiciary.supreme_court_candidate_requirements "Supreme Court candidates meet the mandatory requirements; presidential nominees exempt from March 20, 2021" {
  since kz2021
  applies when judge.supreme_court_candidate
  note "The report names the requirements “such as” judicial experience, mandatory internships, testing and endorsement by the Supreme Court: only these four are checked."
  note "The amendment of March 20, 2021 is read as creating the exemption, in force from that day: a presidential nominee whose candidacy went forward before it had to meet the requirements like any other candidate."

  require requirements_met "the candidate met the requirements mandatory for candidates: judicial experience, a mandatory internship, testing and endorsement by the Supreme Court":
    judge.requirements_met includes all of {judicial_experience, internship, testing, endorsement}
    cite kz2021.fair_public_trial "several requirements mandatory for other candidates, such as requirements covering judicial experience, mandatory internships, testing, and endorsement by the Supreme Court."
    explain "requirements the candidate met: {judge.requirements_met}; a candidate must meet the requirements of judicial experience, a mandatory internship, testing and endorsement by the Supreme Court"

  exception presidential_nominee for requirements_met "a presidential nominee, exempt from these requirements since March 20, 2021"
    when judge.presidential_nominee and judge.candidacy_date >= 2021-03-20
    waived
    cite kz2021.fair_public_trial "On March 20, the law on the court system was amended to exempt presidential nominees to the Supreme Court from several requirements mandatory for other candidates"
}

unchecked courts.prosecutor_may_suspend_decisions "Prosecutors may suspend court decisions" {
  applies when court.decision_suspended_by_prosecutor
  because "a permission with no condition or limit: the reports give prosecutors the authority to suspend court decisions and say nothing of when it may be used, so no facts can show it exceeded; the reports place it among the limits on judicial independence (“The law does not provide for an independent judiciary.”)"
  cite kz2017.fair_public_trial "Prosecutors enjoyed a quasi-judicial role and have the authority to suspend court decisions."
  cite kz2021.fair_public_trial "Prosecutors enjoyed a quasi-judicial role and had the authority to suspend court decisions."
}
