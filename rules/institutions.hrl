# Human rights institutions (catalogue domain M).
#
#   ombudsman.selection_and_term    the ombudsman is selected (2021: elected, on the president's
#                                   recommendation, for five years) by the Senate
#   ombudsman.excluded_complaints   the ombudsman does not investigate complaints concerning decisions
#                                   of the president, agency heads, parliament, cabinet, Constitutional
#                                   Council, Prosecutor General's Office, CEC or courts
#
# The 2017 report says the National Preventive Mechanism is part of the ombudsman's office "and thus
# is not independent of the government". hrlaw checks the ombudsman's selection and mandate as the
# reports state them; a compliant verdict says nothing of the office's independence.

fact ombudsman.selected: bool
  ask "Is the case about the selection (appointment or election) of the commissioner for human rights (ombudsman)?"
fact ombudsman.selected_after_constitutional_change: bool
  ask "Was the ombudsman selected after the constitutional change providing for selection by the Senate (the 2017 report calls it recent and does not date it)?"
fact ombudsman.selected_by: one of {
  senate "elected (selected) by the Senate",
  president "appointed by the president",
  other "selected in another way",
} ask "How was the ombudsman selected?"
fact ombudsman.recommended_by_president: bool
  ask "Was the ombudsman recommended by the president before the Senate's election?"
fact ombudsman.term: duration in years
  ask "For how long a term was the ombudsman selected, in years?"

fact ombudsman.complaint_received: bool ask "Did the ombudsman receive a complaint?"
fact ombudsman.complaint_concerns: one of {
  president "a decision of the president",
  agency_head "a decision of the head of a government agency",
  parliament "a decision of parliament",
  cabinet "a decision of the cabinet",
  constitutional_council "a decision of the Constitutional Council",
  prosecutor_general "a decision of the Prosecutor General’s Office",
  cec "a decision of the Central Election Commission (CEC)",
  court "a decision of a court",
  individual "an individual (for example an official's own conduct)",
  other "something else",
} ask "What does the complaint concern?"
fact ombudsman.investigated: bool ask "Did the ombudsman investigate the complaint?"

provision ombudsman.selection_and_term "The ombudsman is selected by the Senate (2021: elected by the Senate on the president's recommendation, for a five-year term)" {
  applies when ombudsman.selected
  note "The 2017 report says “the current ombudsman was appointed by the president” right after stating selection by the Senate; it does not say whether that appointment came before the change. An appointment made before the change is outside the rule."
    until kz2017
    cite kz2017.human_rights_bodies "however, the current ombudsman was appointed by the president."
  note "The 2017 report states no term and no presidential recommendation: under the 2017 law they are not checked."
    until kz2017

  require selected_by_senate "the ombudsman was selected (elected) by the Senate":
    ombudsman.selected_by is senate
    cite kz2017.human_rights_bodies "A recent constitutional change stipulated that the human rights ombudsman be selected by the Senate"
    cite kz2021.human_rights_bodies "The commissioner on human rights (ombudsman) is recommended by the president and is elected by the Senate for a five-year term."
    explain "the ombudsman was {ombudsman.selected_by}"

  exception before_change for selected_by_senate "the ombudsman was selected before the constitutional change that provides for selection by the Senate"
    until kz2017
    when not ombudsman.selected_after_constitutional_change
    waived
    cite kz2017.human_rights_bodies "A recent constitutional change stipulated that the human rights ombudsman be selected by the Senate, however, the current ombudsman was appointed by the president."

  require recommended_by_president "the ombudsman was recommended by the president":
    ombudsman.recommended_by_president
    since kz2021
    cite kz2021.human_rights_bodies "The commissioner on human rights (ombudsman) is recommended by the president"
    explain "recommended by the president: {ombudsman.recommended_by_president}"

  require five_year_term "the ombudsman was elected for a five-year term":
    ombudsman.term = 5 years
    since kz2021
    cite kz2021.human_rights_bodies "is elected by the Senate for a five-year term."
    explain "term: {value}; the term is {limit}"
}

provision ombudsman.excluded_complaints "The ombudsman does not investigate complaints concerning decisions of the president, agency heads, parliament, cabinet, Constitutional Council, Prosecutor General's Office, CEC or courts" {
  applies when ombudsman.complaint_received
  note "The rule limits the ombudsman's authority: a violation means the ombudsman investigated a complaint outside it. “May investigate complaints against individuals” grants a power: declining such a complaint is not a violation."
    cite kz2017.human_rights_bodies "although he may investigate complaints against individuals."
    cite kz2021.human_rights_bodies "although the ombudsman may investigate complaints against individuals."
  note "The ombudsman may instead appeal to the president, cabinet or parliament to resolve a citizen's complaint."
    cite kz2017.human_rights_bodies "The ombudsman’s office has the authority to appeal to the president, cabinet, or parliament to resolve citizens’ complaints"
    cite kz2021.human_rights_bodies "The Ombudsman’s Office has authority to appeal to the president, cabinet, or parliament to resolve citizens’ complaints."

  require within_authority "the ombudsman did not investigate a complaint concerning a decision of the president, an agency head, parliament, the cabinet, the Constitutional Council, the Prosecutor General’s Office, the CEC or a court":
    not ombudsman.investigated
      or ombudsman.complaint_concerns not in {president, agency_head, parliament, cabinet, constitutional_council, prosecutor_general, cec, court}
    cite kz2017.human_rights_bodies "The ombudsman did not have the authority to investigate complaints concerning decisions of the president, heads of government agencies, parliament, cabinet, Constitutional Council, Prosecutor General’s Office, CEC, or courts"
    cite kz2021.human_rights_bodies "The ombudsman did not have authority to investigate complaints concerning decisions of the president, heads of government agencies, parliament, cabinet, Constitutional Council, Prosecutor General’s Office, CEC, or courts"
    explain "the complaint concerns {ombudsman.complaint_concerns}; investigated: {ombudsman.investigated}"
}
