# Religion (catalogue domain J): religious activity in prisons.
#
#   religion.prison_unapproved_services_banned  no unapproved religious services, rites, ceremonies,
#                                               meetings or missionary activities in prisons
#   religion.prison_rituals_by_registered_org   a prisoner (2017: or the prisoner's relatives) may ask
#                                               to invite a representative of a registered religious
#                                               organization for religious rituals that do not
#                                               obstruct prison activity or others' rights
#
# Registration of religious groups as public organizations is checked by
# association.registration_required (rules/association.hrl).

fact religion.prison_activities: set of {
  service "a religious service",
  rite "a religious rite",
  ceremony "a religious ceremony",
  meeting "a religious meeting",
  missionary "missionary activity",
}
  ask "Which of these religious activities took place in the prison (by prisoners or by visitors)? List every one (an empty list if none). Individual prayer and fasting are not in the list."
fact religion.prison_activities_approved: bool
  ask "Had the prison authorities approved the religious activities that took place?"
fact religion.ritual_requested: bool
  ask "Did a prisoner in need of religious rituals (or, in 2017, the prisoner's relatives) ask to invite a representative of a religious organization to carry them out?"
fact religion.ritual_org_registered: bool
  ask "Is the religious organization whose representative was to be invited registered?"
fact religion.ritual_obstructs: bool
  ask "Would (or did) the rituals obstruct prison activity or violate the rights and legal interests of other individuals?"
fact religion.ritual_refused: bool
  ask "Did the prison authorities refuse the request or prevent the representative from carrying out the rituals?"
fact religion.ritual_held: bool ask "Did the representative carry out the rituals in the prison?"

provision religion.prison_unapproved_services_banned "No unapproved religious services, rites, ceremonies, meetings or missionary activities in prisons" {
  applies when religion.prison_activities includes any of {service, rite, ceremony, meeting, missionary}
  note "Individual prayer and fasting are not in the list. The reports describe practice, not law, on them: in 2017 Radio Azattyk reported Muslim prisoners were not allowed to fast during Ramadan; in 2021 PMC members reported some prisons prohibited fasting during Ramadan, and the NPM said prayer was permitted so long as it did not interfere with internal rules. hrlaw checks no rule on prayer or fasting."
    cite kz2017.prison_administration "Radio Azattyk reported that Muslim prisoners were not allowed to fast during Ramadan"
    cite kz2021.prison_administration "According to the NPM, prayer was permitted so long as it did not interfere with internal rules."
  note "The reports do not say who approves; the prison authorities' approval is asked. A violation here is an unapproved activity, by whoever held it."

  require approved "the religious activities in the prison were approved":
    religion.prison_activities_approved
    cite kz2017.prison_administration "The law does not allow unapproved religious services, rites, ceremonies, meetings, or missionary activity in prisons."
    cite kz2021.prison_administration "The law does not allow unapproved religious services, rites, ceremonies, meetings, or missionary activities in prisons."
    explain "activities: {religion.prison_activities}; approved: {religion.prison_activities_approved}"
}

provision religion.prison_rituals_by_registered_org "A prisoner in need of religious rituals may ask to invite a representative of a registered religious organization, if the rituals neither obstruct prison activity nor violate others' rights" {
  applies when religion.ritual_requested
  note "2017: the prisoner “or his relatives” may ask to invite the representative; 2021: the prisoner may ask his relatives to invite one. Either way the request is read as made for the prisoner."
  note "The reports give the prisoner a right to ask, on conditions; they do not say the authorities must grant a request that meets them. A refusal of such a request is left open; rituals by a representative of an unregistered organization, or rituals that obstruct prison activity or others' rights, fall outside the permission."

  require registered_org "rituals carried out in the prison were carried out by a representative of a registered religious organization":
    not religion.ritual_held or religion.ritual_org_registered
    cite kz2017.prison_administration "By law a prisoner in need of “religious rituals” or his relatives may ask to invite a representative of a registered religious organization to carry out religious rites, ceremonies, or meetings"
    cite kz2021.prison_administration "By law a prisoner in need of “religious rituals” may ask his relatives to invite a representative of a registered religious organization to carry them out"
    explain "rituals held: {religion.ritual_held}; organization registered: {religion.ritual_org_registered}"

  require no_obstruction "rituals carried out did not obstruct prison activity or violate the rights and legal interests of other individuals":
    not religion.ritual_held or not religion.ritual_obstructs
    cite kz2017.prison_administration "provided they do not obstruct prison activity or violate the rights and legal interests of other individuals."
    cite kz2021.prison_administration "provided the ceremonies do not obstruct prison activity or violate the rights and legal interests of other individuals."
    explain "rituals held: {religion.ritual_held}; obstruct prison activity or others' rights: {religion.ritual_obstructs}"

  require not_refused_when_allowed "a request meeting the conditions (a registered organization, no obstruction, no harm to others' rights) was not refused":
    (not religion.ritual_refused or not religion.ritual_org_registered) or religion.ritual_obstructs
    cite kz2017.prison_administration "may ask to invite a representative of a registered religious organization to carry out religious rites, ceremonies, or meetings, provided they do not obstruct prison activity or violate the rights and legal interests of other individuals."
    cite kz2021.prison_administration "may ask his relatives to invite a representative of a registered religious organization to carry them out, provided the ceremonies do not obstruct prison activity or violate the rights and legal interests of other individuals."
    explain "request refused: {religion.ritual_refused}; organization registered: {religion.ritual_org_registered}; obstructs: {religion.ritual_obstructs}"

  unsettled right_to_ask for not_refused_when_allowed "the request met the conditions and was refused: the reports give the prisoner a right to ask, not a duty of the prison to grant the request"
    when religion.ritual_refused
    cite kz2017.prison_administration "By law a prisoner in need of “religious rituals” or his relatives may ask to invite a representative of a registered religious organization"
    cite kz2021.prison_administration "By law a prisoner in need of “religious rituals” may ask his relatives to invite a representative of a registered religious organization"
}
