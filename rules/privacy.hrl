# Privacy and surveillance (catalogue domain E).
#
#   privacy.protected                       no violation of privacy: every intrusion with the
#                                           legal basis the reports describe
#   surveillance.prosecutor_concurrence     intrusions into communications, financial records or
#                                           the home only with the Prosecutor General's Office
#   surveillance.wiretap_case_categories    wiretapping only in medium, urgent and grave cases
#   surveillance.appeal_without_injunction  courts hear appeals of prosecutors' surveillance
#                                           decisions but cannot order an immediate stop
#
# The case category of a wiretap is the statutory category of the offence under investigation
# (offense.severity, declared in arrest.hrl): "medium" is the moderate category.

fact privacy.intrusions: set of {
  wiretap "wiretapping: listening to or recording the person's telephone conversations",
  communications "other interception or reading of the person's messages or correspondence",
  financial_records "access to the person's financial records",
  home "entry into or search of the person's home",
  movements "tracking or monitoring the person's movements",
  other "another intrusion into private life (for example filming a private meeting)",
}
  ask "Into which of these did a state body (the KNB, the police or another agency) intrude, without the person's consent? List every one (an empty list if none)."
fact surveillance.prosecutor_concurred: bool
  ask "Did the Prosecutor General’s Office (a prosecutor) concur in the intrusion, for example by sanctioning it? With several intrusions, answer true only if it concurred in every one."
fact surveillance.in_criminal_case: bool
  ask "Was the wiretap made in a criminal case, the investigation of an offence?"
fact surveillance.case_urgent: bool
  ask "Was the case in which the wiretap was made treated as urgent? The reports allow wiretapping in “medium, urgent, and grave cases” without saying what an urgent case is."
fact surveillance.appeal_filed: bool
  ask "Was an appeal brought to a court against a prosecutor’s decision for a wiretap or other surveillance?"
fact surveillance.appeal_heard: bool ask "Did the court hear the appeal?"
fact surveillance.immediate_injunction_issued: bool
  ask "Did the court issue an immediate injunction ordering the wiretap or surveillance (the infringement) to cease?"

define surveillance.concurrence_needed =
  privacy.intrusions includes any of {wiretap, communications, financial_records, home}
  means "a state body intruded into the person's communications, financial records or home"
define privacy.unbased_intrusion = privacy.intrusions includes any of {movements, other}
  means "a state body tracked the person's movements or intruded into private life in another way the reports give no legal basis for"
define surveillance.wiretapped = privacy.intrusions includes any of {wiretap}
  means "the person was wiretapped"
define surveillance.wiretap_case_allowed =
  surveillance.in_criminal_case and offense.severity in {moderate, grave, especially_grave}
  means "the wiretap was made in a criminal case of moderate (medium) gravity or graver"

# ================================================================= provisions

provision privacy.protected "Constitution and law prohibit violations of privacy" {
  applies when surveillance.concurrence_needed or privacy.unbased_intrusion
  note "An umbrella rule: the reports describe the lawful basis of an intrusion only for communications, financial records and the home (the concurrence of the Prosecutor General’s Office) and for wiretapping (medium, urgent and grave cases); those intrusions are checked here as in surveillance.prosecutor_concurrence and surveillance.wiretap_case_categories. For other intrusions (tracking movements, filming private meetings) the reports give no basis and no test, and the verdict is left open."
  note "The 2021 report calls the government's monitoring of activists' movements “contrary to international norms”; it does not say whether domestic law allows it."
    since kz2021
    cite kz2021.privacy "Human rights defenders, activists, and their family members continued to report the government occasionally monitored their movements, contrary to international norms."

  require concurrence "every intrusion into communications, financial records or the home had the concurrence of the Prosecutor General’s Office":
    not surveillance.concurrence_needed or surveillance.prosecutor_concurred
    cite kz2017.privacy, kz2021.privacy "The constitution and law prohibit violations of privacy, but the government at times infringed on these rights."
    cite kz2017.privacy "The KNB, the Ministry of Internal Affairs, and other agencies, with the concurrence of the Prosecutor General’s Office, may infringe on the secrecy of private communications and financial records, as well as on the inviolability of the home."
    cite kz2021.privacy "The National Security Committee (KNB), the Ministry of Internal Affairs, and other agencies, with the concurrence of the Prosecutor General’s Office, may infringe on the privacy of communications and financial records, as well as on the inviolability of the home."
    explain "intrusions: {privacy.intrusions}; concurrence of the Prosecutor General’s Office: {surveillance.prosecutor_concurred}"

  require wiretap_case "any wiretap was made in a medium, urgent or grave case":
    not surveillance.wiretapped or surveillance.wiretap_case_allowed
    cite kz2017.privacy, kz2021.privacy "The law allows wiretapping in medium, urgent, and grave cases."
    explain "wiretapped: {surveillance.wiretapped}; in a criminal case: {surveillance.in_criminal_case}; offence category: {offense.severity}; case treated as urgent: {surveillance.case_urgent}"

  unsettled urgent_case for wiretap_case "the wiretap was made in a case treated as urgent but not of medium or grave severity: the reports list “urgent” cases without saying what makes a case urgent"
    when surveillance.wiretapped and surveillance.case_urgent
    cite kz2017.privacy, kz2021.privacy "The law allows wiretapping in medium, urgent, and grave cases."
    explain "the reports allow wiretapping in “urgent” cases without defining them"

  require no_other_intrusion "no intrusion for which the reports give no legal basis (tracking movements, another intrusion into private life)":
    not privacy.unbased_intrusion
    cite kz2017.privacy, kz2021.privacy "The constitution and law prohibit violations of privacy, but the government at times infringed on these rights."
    explain "tracking movements or another intrusion into private life: {privacy.unbased_intrusion}"

  unsettled basis_not_reported for no_other_intrusion "the reports prohibit violations of privacy but give no legal basis or test for tracking movements or other intrusions into private life, so whether this one was lawful is not stated"
    when privacy.unbased_intrusion
    cite kz2017.privacy, kz2021.privacy "The constitution and law prohibit violations of privacy, but the government at times infringed on these rights."
    explain "the reports give no legal basis or test for tracking movements or other intrusions into private life"
}

provision surveillance.prosecutor_concurrence "Intrusions into communications, financial records or the home only with the concurrence of the Prosecutor General’s Office" {
  applies when surveillance.concurrence_needed
  note "“May infringe … with the concurrence of the Prosecutor General’s Office” is read as allowing the intrusion only with that concurrence. “The KNB, the Ministry of Internal Affairs, and other agencies” is read as any state body: the agency does not change the rule."
  note "The 2021 report says the law gives prosecutors this authority “in violation of internationally accepted norms”: an intrusion with the prosecutor's concurrence complies with domestic law as reported, which itself falls short of those norms."
    since kz2021
    cite kz2021.privacy "The law provides prosecutors with extensive authority to limit citizens’ constitutional rights, in violation of internationally accepted norms."
  note "The 2017 report also says prosecutors have the power to authorize investigative actions such as search and seizure."
    until kz2017
    cite kz2017.arrest_procedures "Prosecutors continued to have the power to authorize investigative actions, such as search and seizure."

  require concurred "the Prosecutor General’s Office concurred in the intrusion":
    surveillance.prosecutor_concurred
    cite kz2017.privacy "The KNB, the Ministry of Internal Affairs, and other agencies, with the concurrence of the Prosecutor General’s Office, may infringe on the secrecy of private communications and financial records, as well as on the inviolability of the home."
    cite kz2021.privacy "The National Security Committee (KNB), the Ministry of Internal Affairs, and other agencies, with the concurrence of the Prosecutor General’s Office, may infringe on the privacy of communications and financial records, as well as on the inviolability of the home."
    explain "intrusions: {privacy.intrusions}; concurrence of the Prosecutor General’s Office: {surveillance.prosecutor_concurred}"
}

provision surveillance.wiretap_case_categories "Wiretapping only in medium, urgent and grave cases" {
  applies when surveillance.wiretapped
  note "“Allows wiretapping in medium, urgent, and grave cases” is read as allowing it only in those cases; “medium” and “grave” are categories of criminal offences, so a wiretap outside any criminal case is in neither of them. The report does not say that an “urgent” case is a criminal one: a wiretap in a case treated as urgent is left open whether or not there was a criminal case."
  note "“Medium” is read as the moderate (medium gravity) category and “grave” as including especially grave crimes. “Urgent” is not a category of offence in the reports: it may be a rendering of a severity class or mean an urgent case of any severity. A wiretap in a minor case treated as urgent is therefore left open."
  note "Wiretapping is read as listening to or recording telephone conversations; other interception of messages is checked under surveillance.prosecutor_concurrence only."

  require allowed_case "the wiretap was made in a medium, urgent or grave case":
    surveillance.wiretap_case_allowed
    cite kz2017.privacy, kz2021.privacy "The law allows wiretapping in medium, urgent, and grave cases."
    explain "wiretap in a criminal case: {surveillance.in_criminal_case}; offence category: {offense.severity}; case treated as urgent: {surveillance.case_urgent}"

  unsettled urgent_case for allowed_case "the wiretap was made in a case treated as urgent but not of medium or grave severity: the reports list “urgent” cases without saying what makes a case urgent"
    when surveillance.case_urgent
    cite kz2017.privacy, kz2021.privacy "The law allows wiretapping in medium, urgent, and grave cases."
    explain "the reports allow wiretapping in “urgent” cases without defining them"
}

provision surveillance.appeal_without_injunction "Courts hear appeals of prosecutors’ surveillance decisions but cannot order an immediate stop" {
  applies when surveillance.appeal_filed
  note "The rule also answers a lawyer's question: a court hearing the appeal cannot halt the wiretap or surveillance at once, so a court's refusal to order an immediate stop complies with domestic law as reported."
  note "The 2021 report says courts “hear” appeals, read as a duty to hear one; the 2017 report says courts “may hear” an appeal, which may be a power rather than a duty, so an appeal not heard under the 2017 law is left open (`may_hear`). The 2017 sentence covers any prosecutor’s decision; the provision checks appeals against decisions for a wiretap or other surveillance, the scope both reports share."

  require appeal_heard "the court heard the appeal against the prosecutor’s decision":
    surveillance.appeal_heard
    cite kz2017.privacy "Courts may hear an appeal of a prosecutor’s decision"
    cite kz2021.privacy "Courts hear appeals of prosecutors’ decisions for a wiretap or surveillance"
    explain "the court heard the appeal: {surveillance.appeal_heard}"

  unsettled may_hear for appeal_heard "the court did not hear the appeal: the 2017 report says courts “may hear” such an appeal, which may give them a choice"
    until kz2017
    when not surveillance.appeal_heard
    cite kz2017.privacy "Courts may hear an appeal of a prosecutor’s decision"

  require no_immediate_injunction "the court did not issue an immediate injunction to cease the infringement, which courts cannot do":
    not surveillance.immediate_injunction_issued
    cite kz2017.privacy "Courts may hear an appeal of a prosecutor’s decision but may not issue an immediate injunction to cease an infringement."
    cite kz2021.privacy "Courts hear appeals of prosecutors’ decisions for a wiretap or surveillance but cannot issue an immediate injunction to cease an infringement."
    explain "the court issued an immediate injunction to cease the infringement: {surveillance.immediate_injunction_issued}; courts cannot issue one"
}
