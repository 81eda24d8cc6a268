# Torture, prisons and places of detention (catalogue domain D).
#
#   torture.prohibited             no torture (as domestic law defines it; activists say that
#                                  definition falls short of the UN Convention against Torture)
#   prison.family_access_prompt    prisoners have prompt access to family members
#   prison.placement_near_home     (2017 only) prisoners referred to a penitentiary close to home
#   prison.pmc_monitoring_visits   (2021 only) public monitoring commissions may visit prisons
#   npm.visit_scope                NPM members may visit mental hospitals; (2017) institutions
#                                  holding children are not on the list
#
# The reports give no figure for "prompt" access or a facility "close to their homes", and no
# standard for how soon a monitor must be let in: where a case turns on such a word the verdict is
# left open with the report's words, never decided on a guessed figure.

# ---------------------------------------------------------------- torture
fact torture.alleged: bool
  ask "Is it alleged (by the person, a relative, a lawyer, an NGO or a monitor) that the person was tortured?"
fact torture.committed: bool
  ask "Is it established that the person was tortured, for example by a conviction for torture or a finding you rely on? Answer false when the allegation was examined and found untrue; leave it out while it is only alleged."

# ---------------------------------------------------------------- prisoners
fact prisoner.serving_sentence: bool
  ask "Was the person serving a sentence of imprisonment (a convicted prisoner) at the time in question?"
fact prisoner.family_access: one of {
  granted "the prisoner had access to family members without delay",
  delayed "the prisoner had access to family members, but only after a delay",
  remote_only "in-person meetings with relatives were banned, but the prisoner could reach them by telephone or online",
  distance_prevented "visits were allowed, but the prisoner was held so far from home that relatives unable to travel could not visit",
  refused "the authorities refused or banned all access to family members",
}
  ask "What access to family members did the prisoner have while held? If several apply, answer the one that restricted access most (refused first, then distance or telephone and online only, then a delay)."
fact prisoner.facility_close_to_home: bool
  ask "Was the penitentiary facility the convicted prisoner was sent to close to the prisoner's home? The report gives no distance; it treats a prison 1,240 miles (about 2,000 km) from the prisoners' hometown as contrary to the requirement."

# ---------------------------------------------------------------- places of detention and monitors
fact detention_facility.kind: one of {
  prison "a prison or penal colony (for convicted prisoners)",
  pretrial "a pretrial detention facility",
  police_cell "a police cell or temporary detention center",
  mental_hospital "a mental (psychiatric) hospital",
  orphanage "an orphanage or other residential institution for children",
  other "another institution",
} ask "What kind of institution is it (the one visited, or to be visited)?"
fact detention_facility.holds_children: bool
  ask "Does the institution hold children (persons under 18), for example in a children's ward?"

define detention_facility.children_held =
  detention_facility.kind is orphanage or detention_facility.holds_children
  means "the institution holds children"

fact detention_facility.visit_sought_by: set of {
  pmc "members of a public monitoring commission (PMC)",
  npm "members of the National Preventive Mechanism against Torture (NPM)",
}
  ask "Which monitors sought to make a monitoring visit to the institution? List every one (an empty list if none did)."
fact prison.pmc_access: one of {
  granted "the PMC members were let in without obstruction and could complete their visit",
  obstructed "the PMC members were let in, but only after a delay (for example kept waiting for hours, or held up by paperwork) or for only a short time",
  refused "the PMC members were refused entry",
} ask "How did the institution respond to the PMC's monitoring visit?"

fact npm.access_granted: bool ask "Were the NPM members let in to carry out their monitoring visit?"

# ================================================================= provisions

provision torture.prohibited "Torture prohibited" {
  applies when torture.alleged or torture.committed
  note "The reports do not give the domestic legal definition of torture: hrlaw takes the lawyer's answer to whether the treatment was torture. Human rights activists asserted that the domestic definition does not meet the definition in the UN Convention against Torture, so treatment that is torture under the Convention may fall outside the domestic prohibition checked here; the reports do not say where the definitions part."
    cite kz2017.torture "Human rights activists asserted the domestic legal definition of torture was noncompliant with the definition of torture in the UN Convention against Torture."
    cite kz2021.torture "human rights activists asserted the domestic legal definition of torture does not meet the definition in the UN Convention against Torture."
  note "The reports name no perpetrator in the prohibition itself; they report torture and abuse by police, investigators and prison staff, and (2021) abuse by “voluntary assistants”, prisoners carrying out orders of prison staff. Whether such abuse is torture under the domestic definition is the lawyer's answer."
  note "The reports state a prohibition of torture only, not of other cruel, inhuman or degrading treatment; abuse that is not torture is outside this provision."
  note "The reports state no penalty for torture; the sentences they mention are outcomes of particular cases, not the law's range."

  require no_torture "the person was not tortured":
    not torture.committed
    cite kz2017.torture "The law prohibits torture; nevertheless, police and prison officials allegedly tortured and abused detainees."
    cite kz2021.torture "The law prohibits torture, but human rights activists asserted the domestic legal definition of torture does not meet the definition in the UN Convention against Torture."
    explain "torture established: {torture.committed}; the law prohibits torture"
}

provision prison.family_access_prompt "Prisoners have prompt access to family members" {
  applies when prisoner.serving_sentence or pretrial.detained
  note "“Prisoners” is read as covering persons held in pretrial detention as well as convicted prisoners: in both reports the sentence stands in the paragraph on pretrial detention. A person held by the police before charges are brought is not covered by this reading."
  note "The reports do not say how soon access must come to be “prompt”, nor what form it takes: only an outright refusal or ban is decided as a violation; a delay, a ban on in-person meetings with telephone or online contact, and a placement too far away for relatives to visit are left open with the report's words."

  require prompt_access "the prisoner had prompt access to family members":
    prisoner.family_access is granted
    cite kz2017.pretrial_detention, kz2021.pretrial_detention "The law grants prisoners prompt access to family members"
    explain "access to family members: {prisoner.family_access}; the law grants prisoners prompt access to family members"

  unsettled delay_not_quantified for prompt_access "access came only after a delay: the reports do not say how soon access must come to be prompt"
    when prisoner.family_access is delayed
    cite kz2017.pretrial_detention, kz2021.pretrial_detention "The law grants prisoners prompt access to family members"
    explain "the reports give no time within which access to family members is prompt"

  unsettled remote_contact for prompt_access "in-person meetings were banned but the prisoner could reach relatives by telephone or online: the reports do not say whether such contact is the access the law grants"
    when prisoner.family_access is remote_only
    cite kz2017.pretrial_detention, kz2021.pretrial_detention "The law grants prisoners prompt access to family members"
    cite kz2021.prison_physical_conditions "Following an order from the Ministry of Internal Affairs, prison administrators banned in-person meetings between prisoners and relatives. To compensate for the lack of visits, however, administrators of some prisons increased the number of prisoners’ telephone calls and allowed prisoners to have online meetings with relatives."
    explain "the reports do not say whether telephone or online contact is the access to family members the law grants"

  unsettled far_from_home for prompt_access "the prisoner was held so far from home that relatives unable to travel could not visit: the reports say this prevented access despite the law, not that it breaches it"
    when prisoner.family_access is distance_prevented
    cite kz2017.pretrial_detention "The law grants prisoners prompt access to family members, although authorities occasionally sent prisoners to facilities located far from their homes and relatives, thus preventing access for those unable to travel."
    cite kz2021.pretrial_detention "The law grants prisoners prompt access to family members, although authorities occasionally sent prisoners to facilities located far from their homes and relatives, thus preventing access for relatives unable to travel."
    explain "the reports describe a placement too far away for relatives to visit as preventing access, without saying that it breaches the law"
}

provision prison.placement_near_home "Prisoners referred to a penitentiary facility close to their homes" {
  until kz2017
  applies when prisoner.serving_sentence
  note "The report gives no distance. Its one example, two activists sent to a prison 1,240 miles from their hometown “despite the requirement of the law”, is a placement it treats as not close to home; for any other placement hrlaw takes the lawyer's answer."
    cite kz2017.political_prisoners "the two activists were sent to a northern prison 1,240 miles from their hometown"
  note "The 2021 report does not state this requirement (it says only that authorities occasionally sent prisoners to facilities far from their homes and relatives): for events under the 2021 law the provision is undetermined, the report's silence not being the law's."

  require close_to_home "the convicted prisoner was referred to a penitentiary facility close to home":
    prisoner.facility_close_to_home
    cite kz2017.political_prisoners "Despite the requirement of the law that prisoners should be referred to a penitentiary facility close to their homes"
    explain "the facility was close to the prisoner's home: {prisoner.facility_close_to_home}; the law requires prisoners to be referred to a penitentiary facility close to their homes"
}

provision prison.pmc_monitoring_visits "Public monitoring commissions may undertake monitoring visits to prisons" {
  since kz2021
  applies when detention_facility.visit_sought_by includes any of {pmc}
    and detention_facility.kind in {prison, pretrial, police_cell}
  note "The 2017 report states no such permission; its only word on PMC visits is a figure (“approximately 340,340 facilities during the first six months of 2016”), probably a typing error, with no rule in it. For events under the 2017 law the provision is undetermined."
  note "The report speaks of visits “to prisons”; a pretrial detention facility or police cell is within the provision but its refusal is left open. Mental hospitals, orphanages and other institutions are outside it."

  require visit_allowed "the PMC members were let in to carry out their monitoring visit":
    prison.pmc_access is granted
    cite kz2021.prison_monitoring "The PMCs, which include members of civil society, may undertake monitoring visits to prisons."
    explain "response to the PMC's visit: {prison.pmc_access}; PMCs may undertake monitoring visits to prisons"

  unsettled obstructed for visit_allowed "the PMC was let in only after a delay or for a short time: human rights advocates reported such barriers as keeping PMCs from their mandate, and the report gives no standard for how soon a PMC must be let in or how long it may stay"
    when prison.pmc_access is obstructed
    cite kz2021.prison_monitoring "some prisons created administrative barriers to prevent the PMCs from successfully carrying out their mandate, including creating bureaucratic delays, forcing the PMCs to wait for hours to gain access to the facilities, or allowing the PMCs to visit for only a short time."
    explain "the report gives no standard for how soon a PMC must be let in or how long it may stay"

  unsettled not_a_prison for visit_allowed "the institution is a pretrial detention facility or police cell: the report speaks of monitoring visits “to prisons”"
    when detention_facility.kind in {pretrial, police_cell}
    cite kz2021.prison_monitoring "The PMCs, which include members of civil society, may undertake monitoring visits to prisons."
    explain "the institution is {detention_facility.kind}; the report speaks of PMC visits to prisons and does not say whether other places of detention are included"
}

provision npm.visit_scope "NPM members may visit mental hospitals; (2017) institutions holding children are not on the list" {
  applies when detention_facility.visit_sought_by includes any of {npm}
    and (detention_facility.kind is mental_hospital or detention_facility.children_held)
  note "The reports name mental hospitals as institutions NPM members may visit and (2017) exclude institutions holding children; they do not give the rest of the list, so a visit to another institution (a prison, a pretrial facility, a police cell) is outside this provision."

  require access_granted "the NPM members were let in to monitor the institution":
    npm.access_granted
    cite kz2017.persons_with_disabilities "Members of the NPM may visit mental hospitals to monitor conditions and signs of possible torture of patients"
    cite kz2021.persons_with_disabilities "Members of the NPM may visit mental hospitals to monitor conditions."
    explain "the NPM members were let in: {npm.access_granted}; NPM members may visit mental hospitals to monitor conditions"

  exception children_not_listed for access_granted "the institution holds children and is not a mental hospital: institutions holding children, including orphanages, were not on the list of institutions NPM members may visit"
    until kz2017
    when detention_facility.children_held and detention_facility.kind is not mental_hospital
    waived
    cite kz2017.persons_with_disabilities "but any institutions holding children, including orphanages, were not on the list of institutions NPM members may visit."

  contested children_in_mental_hospital for access_granted "a mental hospital that holds children: the 2017 report lets NPM members visit mental hospitals but says institutions holding children were not on the list"
    until kz2017
    when detention_facility.kind is mental_hospital and detention_facility.holds_children
    cite kz2017.persons_with_disabilities "Members of the NPM may visit mental hospitals to monitor conditions and signs of possible torture of patients, but any institutions holding children, including orphanages, were not on the list of institutions NPM members may visit."
    explain "the mental hospital holds children; the 2017 report both lets NPM members visit mental hospitals and leaves institutions holding children off their list"

  unsettled children_2021 for access_granted "the institution holds children and is not a mental hospital: the 2021 report names only mental hospitals and does not say whether institutions holding children are on the list (the 2017 report said they were not)"
    since kz2021
    when detention_facility.children_held and detention_facility.kind is not mental_hospital
    cite kz2021.persons_with_disabilities "Members of the NPM may visit mental hospitals to monitor conditions."
    explain "the institution holds children and is {detention_facility.kind}; the 2021 report names only mental hospitals among the institutions NPM members may visit"
}
