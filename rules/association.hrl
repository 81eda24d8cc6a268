# Association, NGOs and political parties (catalogue domain H).
#
#   association.registration_required           a public organization (also a religious group) is
#                                               registered with the Ministry of Justice and locally in
#                                               every region where it is active
#   association.charter_scope                   associations define their activities; acting outside
#                                               the charter is sanctioned
#   association.unregistered_participation      no participation in unregistered public organizations
#   association.membership_thresholds           membership organizations: 10 members (local), branches
#                                               in more than one-half of the regions (national)
#   association.suspension_obstructing_security_forces
#                                               a party or public association is suspended or closed
#                                               under the social-emergency law only if it obstructed
#                                               security forces
#   ngo.activity_reporting                      NGOs and foreign noncommercial organizations' offices
#                                               report activities, founders, assets, funds and spending
#   ngo.report_violation_penalty                untimely or inaccurate report: fine (2017: up to 53,025
#                                               tenge); three months' suspension only if not rectified
#                                               or repeated within one year
#   ngo.illegal_interference_in_government      illegal interference in government activity: up to 75
#                                               (leaders 90) days in 2017, 40 (50) days in 2021
#   ngo.foreign_funds_reporting_and_labeling    foreign funds reported; foreign-funded publications
#                                               labelled
#   ngo.political_activity_and_funding_bans     no political activity by foreigners, international
#                                               organizations, NGOs or nonprofits; no international
#                                               funding of unregistered entities
#   party.registration_signatures_40000         2017: 40,000 signatures; a challenged application
#                                               continues only if the eligible signatures exceed it
#   party.founding_congress_and_oblast_signatures
#                                               2017: founding congress, 600 signatures per oblast,
#                                               CEC and oblast commission registration
#   party.prohibited_founding_bases             2017: no party on an ethnic, gender or religious basis
#   party.member_personal_data                  2017: parties register members' personal information
#   union_party.membership_bar_security_judges  2017: armed forces, law enforcement, national security
#                                               employees and judges stay out of unions and parties
#
# The reports describe domestic law on association as restrictive ("The law provides for limited
# freedom of association, but there were significant restrictions on this right"). hrlaw checks
# domestic law as the reports state it: "compliant" is not a finding that a restriction meets
# international standards. The membership rule for trade unions is checked by
# union.registration_regional_representation (rules/unions.hrl).

# ---------------------------------------------------------------- the organization
fact association.public_organization: bool
  ask "Is the case about a public organization set up by citizens (a public association or NGO, a religious group, a political party, a trade union or another membership organization)?"
fact association.kind: one of {
  public_association "a public association (including an NGO set up as one)",
  religious_group "a religious group or religious association",
  political_party "a political party",
  trade_union "a trade union",
  other "another public organization",
} ask "What kind of public organization is it?"
fact association.registered: bool
  ask "Is the organization registered with the Ministry of Justice (state registration)?"
fact association.unregistered_region_activity: bool
  ask "Does the organization conduct activities in any region where it is not registered with the local department of justice? Answer false if it is registered locally in every region where it is active."
fact association.activities_defined: bool
  ask "Does the organization's charter define its specific activities?"
fact association.acted_outside_charter: bool
  ask "Did the organization (or its leaders or members acting for it) perform activities outside the scope of its charter?"
fact association.person_participated: bool
  ask "Did the person take part in the organization: as a member, leader or participant in its activities?"
fact association.registration_level: one of {
  local "registration at the local level",
  national "national registration",
}
  ask "At which level is the organization registered, or seeking registration: local or national? Leave it out if its registration is not at issue."
fact association.members: integer in persons at least 0
  ask "How many members does the organization have (when it registered or applied)?"
fact association.regions_with_branches: integer in regions at least 0
  ask "In how many of the country's regions does the organization have branches?"
fact association.regions_total: integer in regions at least 1
  ask "How many regions does the country count for registration? (The reports do not give the number.)"
constraint association.branches_within_country "the organization has branches in more regions than the country has":
  association.regions_with_branches <= association.regions_total
define association.branch_share = association.regions_with_branches / association.regions_total
  means "share of the country's regions in which the organization has branches"

fact association.suspended_or_closed_in_emergency: bool
  ask "Was the organization suspended or closed under the measures of a social emergency (an emergency declared on a territory because of conflicts in social relations)?"
fact association.obstructed_security_forces: bool
  ask "Did the organization obstruct the efforts of security forces? Answer as a court or the authorities found, and leave it out if nobody has decided it."

# ---------------------------------------------------------------- NGO reports and funds
fact ngo.reporting_body: one of {
  ngo "a nongovernment organization",
  foreign_subsidiary "a subsidiary of a foreign or international noncommercial organization",
  foreign_representative_office "a representative office of a foreign or international noncommercial organization",
  none "none of these",
} ask "Which of these is the organization?"
fact ngo.report_submitted: bool
  ask "Did the organization submit its report (information on its activities) to the authorities?"
fact ngo.report_contents: set of {
  activities "its activities",
  founders "its founders",
  assets "its assets",
  funding_sources "the sources of its funds",
  spending "what its funds were spent on",
} ask "Which of these does the submitted report give information on? List every one."
fact ngo.report_infraction: bool
  ask "Did a verification find untimely or inaccurate information in the organization's report?"
fact ngo.infraction_rectified: bool
  ask "Did the organization rectify the untimely or inaccurate information?"
fact ngo.infraction_repeated_within_year: bool
  ask "Was the infraction repeated within one year (a second untimely or inaccurate report within a year of the first)?"
fact ngo.criminal_case: bool
  ask "Were the untimely or inaccurate report's penalties imposed in a criminal case (rather than as an administrative offense)?"
fact ngo.suspension_term: duration in months
  ask "For how long was the organization suspended for the report? Answer 0 months if it was not suspended."
fact ngo.report_fine: money at least 0
  ask "How large a fine was imposed for the report, in tenge? Answer 0 if none."

fact association.member_role: one of {
  member "a member of the public association",
  leader "the leader of the organization",
}
  ask "Was the person who interfered in the activities of the government a member or the leader of the public association?"
fact ngo.interference_penalised: bool
  ask "Was the person penalised for illegal interference by members of public associations in the activities of the government?"
fact ngo.interference_imprisonment: duration in days
  ask "How long a term of imprisonment (arrest) was imposed for the interference? Answer 0 days if none."
fact ngo.interference_fine: money at least 0
  ask "How large a fine was imposed for the interference, in tenge? Answer 0 if none."

fact ngo.received_foreign_funds: bool ask "Did the organization receive foreign funds or assets?"
fact ngo.foreign_funds_reported: bool
  ask "Did the organization report the receipt and expenditure of the foreign funds or assets?"
fact ngo.foreign_funded_publication: bool
  ask "Did the organization produce a publication with support from foreign funds?"
fact ngo.publication_labelled: bool
  ask "Was every publication produced with support from foreign funds labelled as such?"

fact ngo.actor_kind: one of {
  foreigner "a foreigner (a foreign citizen)",
  international_organization "an international organization",
  ngo "an NGO",
  nonprofit "another nonprofit organization",
  other "none of these (for example a citizen or a political party)",
} ask "Who acted: which of these is the actor?"
fact ngo.political_activity: bool
  ask "Did the actor engage in political activities (for example campaigning, or supporting a party or candidate)?"
fact ngo.funded_unregistered_entity: bool
  ask "Did the actor fund an entity that was not registered?"

# ---------------------------------------------------------------- political parties (2017)
fact party.registration_status: one of {
  applying "applying for registration",
  registered "registered",
} ask "Is the political party applying for registration, or registered?"
fact party.signatures: integer in signatures at least 0
  ask "How many signatures did the party submit for registration?"
fact party.signatures_challenged: bool
  ask "Did the authorities challenge the application by alleging irregular signatures?"
fact party.eligible_signatures: integer in signatures at least 0
  ask "After the challenge, how many of the submitted signatures were eligible?"
fact party.registration_continued: bool
  ask "Did the registration process continue after the challenge?"
constraint party.eligible_within_submitted "more signatures are eligible than were submitted":
  party.eligible_signatures <= party.signatures
fact party.congress_delegates: integer in persons at least 0
  ask "How many delegates attended the party's founding congress?"
fact party.congress_oblasts_represented: integer in oblasts at least 0
  ask "From how many oblasts did representatives attend the founding congress?"
fact party.oblasts_total: integer in oblasts at least 1
  ask "How many oblasts does the country have? (The reports do not give the number.)"
constraint party.oblasts_within_country "representatives came from more oblasts than the country has":
  party.congress_oblasts_represented <= party.oblasts_total
fact party.congress_astana_almaty_represented: bool
  ask "Did representatives of both the cities of Astana and Almaty attend the founding congress?"
fact party.each_unit_600_signatures: bool
  ask "Did each oblast and each of the cities of Astana and Almaty give the party at least 600 signatures?"
fact party.election_commissions_registered: bool
  ask "Is the party registered with the Central Election Commission (CEC) and with each oblast-level election commission?"
fact party.founding_basis: set of {
  ethnic "an ethnic basis",
  gender "a gender basis",
  religious "a religious basis",
} ask "On which of these bases was the party established? List every one (an empty list if none)."
fact party.member_records: set of {
  birth_date "date of birth",
  birth_place "place of birth",
  address,
  employment "place of employment",
} ask "Which of these personal details does the party register for its members? List every one."

fact person.service: one of {
  armed_forces "a member of the armed forces",
  law_enforcement "an employee of a law enforcement organization",
  national_security "an employee of another national security organization",
  judge "a judge",
  other "none of these",
}
  ask "Is the person a member of the armed forces, a law enforcement or national security employee, or a judge?"
fact person.participates_in: set of {
  trade_union "a trade union",
  political_party "a political party",
}
  ask "In which of these does the person participate (as a member or otherwise)? List every one (an empty list if none)."

# ================================================================= provisions

provision association.registration_required "A public organization, religious groups included, is registered with the Ministry of Justice and with the local department of justice in every region where it is active" {
  applies when association.public_organization
  note "The reports name no separate rule for the region where the organization was set up; every region where it conducts activities is read as needing local registration. Participating in an unregistered organization is checked by association.unregistered_participation."
  note "The reports say the law provides for limited freedom of association with significant restrictions on it. hrlaw checks domestic law as reported: a compliant verdict is not a finding that the requirement meets international standards."
    cite kz2017.association, kz2021.association "The law provides for limited freedom of association, but there were significant restrictions on this right."

  require registered_centrally "the organization is registered with the Ministry of Justice":
    association.registered
    cite kz2017.association "Any public organization set up by citizens, including religious groups, must be registered with the Ministry of Justice, as well as with the local departments of justice in every region in which the organization conducts activities."
    cite kz2021.association "Any public organization set up by citizens, including religious groups, must be registered with the Ministry of Justice as well as with the local departments of justice in every region in which the organization conducts activities."
    explain "registered with the Ministry of Justice: {association.registered}"

  require registered_in_every_region "the organization is registered with the local department of justice in every region where it conducts activities":
    not association.unregistered_region_activity
    cite kz2017.association, kz2021.association "as well as with the local departments of justice in every region in which the organization conducts activities."
    explain "active in a region without local registration: {association.unregistered_region_activity}"
}

provision association.charter_scope "Public and religious associations define their activities; acting outside the charter may be warned, fined, suspended or banned" {
  applies when association.public_organization
  note "Acting outside the charter is read as unlawful: the reports attach sanctions to it. The reports state which sanctions may follow, not which one a given case calls for, so the sanction chosen is not checked."
  note "The 2017 report adds that the law does not clearly separate what a member does in a private capacity from what the member does as part of the organization: whether a member's act counts as the association's is left to the lawyer's answer."
    until kz2017
    cite kz2017.association "The delineation between actions an NGO member takes in his or her private capacity versus as part of an organization is not clear in the law."

  require activities_defined "the association has defined its specific activities":
    association.activities_defined
    cite kz2017.association, kz2021.association "The law requires public or religious associations to define their specific activities"
    explain "specific activities defined in the charter: {association.activities_defined}"

  unsettled party_or_union_activities for activities_defined "the organization is a political party, a trade union or another public organization: the reports name public or religious associations and do not say whether it counts as one"
    when association.kind in {political_party, trade_union, other}
    cite kz2017.association, kz2021.association "The law requires public or religious associations to define their specific activities"

  require within_charter "the association did not act outside the scope of its charter":
    not association.acted_outside_charter
    cite kz2017.association "any association that acts outside the scope of its charter may be warned, fined, suspended, or ultimately banned."
    cite kz2017.association "Under the law a public association, along with its leaders and members, may face fines for performing activities outside its charter."
    cite kz2021.association "any association that acts outside the scope of its charter may be warned, fined, suspended, or banned."
    explain "activities outside the charter: {association.acted_outside_charter}"

  unsettled party_or_union_charter for within_charter "the organization is a political party, a trade union or another public organization: the reports name public or religious associations and do not say whether it counts as one"
    when association.kind in {political_party, trade_union, other}
    cite kz2017.association, kz2021.association "The law requires public or religious associations to define their specific activities"

  penalty "a warning, a fine, suspension or a ban of the association"
    cite kz2017.association "may be warned, fined, suspended, or ultimately banned."
    cite kz2021.association "may be warned, fined, suspended, or banned."
  penalty "fines for the public association, along with its leaders and members"
    until kz2017
    cite kz2017.association "Under the law a public association, along with its leaders and members, may face fines for performing activities outside its charter."
}

provision association.unregistered_participation "No participation in unregistered public organizations: administrative or criminal penalties" {
  applies when association.public_organization and association.person_participated
  note "Participation is read as prohibited: the reports attach administrative or criminal penalties to it. The reports do not say which participation (membership, leadership, attending an event) is meant; any taking part is read as participation."
  note "The reports say the law provides for limited freedom of association with significant restrictions on it. A violation here means the person's conduct falls under the prohibition of domestic law as reported; it is not a finding that penalising it meets international standards."
    cite kz2017.association, kz2021.association "The law provides for limited freedom of association, but there were significant restrictions on this right."

  require organization_registered "the organization the person took part in is registered":
    association.registered
    cite kz2017.association, kz2021.association "Participation in unregistered public organizations may result in administrative or criminal penalties"
    explain "the organization is registered with the Ministry of Justice: {association.registered}"

  require not_active_unregistered_region "the organization is not active in a region where it is not registered":
    not association.unregistered_region_activity
    cite kz2017.association, kz2021.association "Participation in unregistered public organizations may result in administrative or criminal penalties"
    explain "active in a region without local registration: {association.unregistered_region_activity}"

  unsettled regional_participation for not_active_unregistered_region "the organization is registered with the Ministry of Justice but active in a region without local registration: the reports do not say whether taking part in it there is taking part in an unregistered organization"
    when association.registered
    cite kz2017.association, kz2021.association "as well as with the local departments of justice in every region in which the organization conducts activities."

  penalty "administrative or criminal penalties, such as fines, imprisonment, the closure of an organization, or suspension of its activities"
    cite kz2017.association, kz2021.association "Participation in unregistered public organizations may result in administrative or criminal penalties, such as fines, imprisonment, the closure of an organization, or suspension of its activities."
}

provision association.membership_thresholds "Membership organizations other than religious groups: at least 10 members to register locally; branches in more than one-half of the regions for national registration" {
  applies when association.public_organization
    and association.kind is not religious_group
    and association.registration_level in {local, national}
  note "Religious groups are covered by separate legislation, which the reports do not describe here."
    cite kz2017.association "Membership organizations other than religious groups, covered under separate legislation"
  note "Neither report gives the number of regions: it is asked as a fact, or the share is stated directly (`branch_share: under 50%`). The reports state no membership number for national registration, only the branches."
  note "The 2017 report says political parties and labor unions count as membership organizations; the same regional rule for a union is checked by union.registration_regional_representation. A political party had further requirements in 2017 (party.registration_signatures_40000, party.founding_congress_and_oblast_signatures)."
    cite kz2017.association "The government considered political parties and labor unions to be membership organizations"

  require ten_members_local "an organization registering at the local level has at least 10 members":
    association.registration_level is not local or association.members >= 10
    cite kz2017.association "Membership organizations other than religious groups, covered under separate legislation, must have at least 10 members to register at the local level"
    cite kz2021.association "Membership organizations other than religious groups, which are covered under separate legislation, must have at least 10 members to register at the local level"
    explain "registration level: {association.registration_level}; members: {association.members}; at least 10 are required locally"

  require branches_national "an organization registering nationally has branches in more than one-half of the country's regions":
    association.registration_level is not national or association.branch_share > 0.5
    cite kz2017.association, kz2021.association "must have branches in more than one-half the country’s regions for national registration"
    explain "registration level: {association.registration_level}; branches in {association.regions_with_branches} of {association.regions_total} regions ({association.branch_share}); more than one-half is required"

  contested union_exactly_half for branches_national "a trade union registering nationally has branches in exactly half of the regions: section 7.a asks registered unions for “at least half”, section 2.b asks membership organizations (referring to section 7.a) for “more than one-half”"
    since kz2021
    when association.kind is trade_union and association.branch_share = 0.5
    cite kz2021.freedom_of_association "a requirement that registered unions be represented in at least half of the country’s regions."
    cite kz2021.association "must have branches in more than one-half the country’s regions for national registration (see sections 3 and 7.a.)."
}

provision association.suspension_obstructing_security_forces "Under the social-emergency law, a party or public association is suspended or closed only if it obstructed security forces" {
  applies when association.public_organization
    and association.kind in {political_party, public_association}
    and association.suspended_or_closed_in_emergency
  note "The sentence stands among the measures and restrictions the law provides for during social emergencies (in 2017 in the same paragraph, in 2021 in the next). A suspension or closure under those measures is read as allowed only on the stated ground; a suspension on another ground (outside the charter, an NGO report, an unregistered organization) is checked by the provision for that ground."
    cite kz2017.expression, kz2021.censorship "The law provides for additional measures and restrictions during “social emergencies,”"
  note "“May be suspended or closed” grants a power: obstruction does not require a suspension, so an organization that obstructed and was not suspended is not a violation."

  require obstructed "the organization obstructed the efforts of security forces":
    association.obstructed_security_forces
    cite kz2017.expression "Political parties and public associations may be suspended or closed should they obstruct the efforts of security forces."
    cite kz2021.censorship "Political parties and public associations may be suspended or closed if they obstruct the efforts of security forces."
    explain "the organization obstructed the efforts of security forces: {association.obstructed_security_forces}"
}

provision ngo.activity_reporting "NGOs and the subsidiaries and representative offices of foreign and international noncommercial organizations report their activities, founders, assets, sources of funds and spending" {
  applies when ngo.reporting_body in {ngo, foreign_subsidiary, foreign_representative_office}
  note "The reports give no deadline for the report; lateness is an offense under ngo.report_violation_penalty. An “authorized body” may start a verification on mass media reports, complaints or “other subjective sources”: a verification is never itself a violation."
    cite kz2017.association "An “authorized body” may initiate a “verification” of the information submitted based on information received in mass media reports, complaints from individuals and entities, or other subjective sources."
    cite kz2021.association "An “authorized body” may initiate a “verification” of the submitted information based on information received in mass media reports, complaints from individuals and entities, or other subjective sources."
  note "The 2017 report names the source as the 2015 NGO financing law."
    until kz2017
    cite kz2017.association "Under the 2015 NGO financing law"

  require report_submitted "the organization submitted its report":
    ngo.report_submitted
    cite kz2017.association, kz2021.association "representative offices of foreign and international noncommercial organizations” are required to provide information on “their activities"
    explain "report submitted: {ngo.report_submitted}"

  require report_complete "the report gives information on the activities, founders, assets, sources of funds and what they are spent on":
    ngo.report_contents includes all of {activities, founders, assets, funding_sources, spending}
    cite kz2017.association "their activities, including information about the founders, assets, sources of their funds and what they are spent on"
    cite kz2021.association "their activities, including information regarding the founders, assets, sources of their funds and what they are spent on"
    explain "the report covers: {ngo.report_contents}"
}

parameter ngo.report_fine_max: money
  means "largest fine for untimely or inaccurate information in an NGO report"
  kz2017 53025 tenge
    cite kz2017.association "may carry fines up to 53,025 tenge ($159)"

provision ngo.report_violation_penalty "Untimely or inaccurate NGO report: a fine (2017: up to 53,025 tenge); three months' suspension only if not rectified or repeated within one year" {
  applies when ngo.report_infraction
  note "The condition “if the infraction is not rectified or is repeated within one year” is read, as the catalogue does, as the condition of the suspension; a reading that also conditions the fine on it is possible, and the fine is then not checked against it."
  note "“Suspension for three months” is read as a suspension of at most three months."
  note "The 2021 report gives “moderate fines” and no amount: under the 2021 law the fine is not checked."
    since kz2021
    cite kz2021.association "may carry moderate fines or suspension for three months"

  require suspension_grounds "the organization was suspended only if the infraction was not rectified or was repeated within one year":
    ngo.suspension_term = 0 months
      or not ngo.infraction_rectified
      or ngo.infraction_repeated_within_year
    cite kz2017.association "or suspension for three months in case the violation is not rectified or is repeated within one year."
    cite kz2021.association "or suspension for three months if the infraction is not rectified or is repeated within one year."
    explain "suspension: {ngo.suspension_term}; rectified: {ngo.infraction_rectified}; repeated within one year: {ngo.infraction_repeated_within_year}"

  require suspension_max "the suspension is no longer than three months":
    ngo.suspension_term <= 3 months
    cite kz2017.association "or suspension for three months in case the violation is not rectified or is repeated within one year."
    cite kz2021.association "or suspension for three months if the infraction is not rectified or is repeated within one year."
    explain "suspension: {value}; the longest is {limit} ({margin})"

  require fine_max "the fine is no more than {ngo.report_fine_max}":
    ngo.report_fine <= ngo.report_fine_max
    until kz2017
    cite kz2017.association "may carry fines up to 53,025 tenge ($159)"
    explain "fine: {value}; the largest is {limit} ({margin})"

  exception criminal for suspension_grounds, suspension_max, fine_max "criminal penalties were imposed: in extreme cases a large fine and suspension or closure are possible"
    when ngo.criminal_case
    waived
    cite kz2017.association "In extreme cases criminal penalties are possible, which may lead to a large fine, suspension, or closure of the organization."
    cite kz2021.association "In extreme cases criminal penalties are possible, which may lead to a large fine and suspension or closure of the organization."

  penalty "an administrative offense: fines or suspension for three months; in extreme cases criminal penalties (a large fine, suspension or closure)"
    cite kz2017.association, kz2021.association "Untimely or inaccurate information contained in the report, discovered during verification, is an administrative offense"
}

parameter ngo.interference_member_max_imprisonment: duration
  means "longest imprisonment of a member of a public association for illegal interference in the activities of the government"
  kz2017 75 days
    cite kz2017.association "with a fine of up to 636,300 tenge ($1,910) or imprisonment for up to 75 days."
  kz2021 40 days
    cite kz2021.association "with a moderate fine or imprisonment for up to 40 days if convicted."
parameter ngo.interference_leader_max_imprisonment: duration
  means "longest imprisonment of the leader of the organization for illegal interference in the activities of the government"
  kz2017 90 days
    cite kz2017.association "or imprisonment for no more than 90 days."
  kz2021 50 days
    cite kz2021.association "or the imprisonment may be for up to 50 days."
parameter ngo.interference_member_max_fine: money
  means "largest fine of a member of a public association for illegal interference in the activities of the government"
  kz2017 636300 tenge
    cite kz2017.association "with a fine of up to 636,300 tenge ($1,910)"
parameter ngo.interference_leader_max_fine: money
  means "largest fine of the leader of the organization for illegal interference in the activities of the government"
  kz2017 1060000 tenge
    cite kz2017.association "the fine may be up to 1.06 million tenge ($3,180)"

provision ngo.illegal_interference_in_government "Illegal interference by members of public associations in the activities of the government: a fine or imprisonment of up to 75 days (leaders 90) in 2017, 40 days (leaders 50) in 2021" {
  applies when ngo.interference_penalised
  note "The law does not clearly define “illegal interference”: whether the conduct was interference is not checked, only the sanction."
    cite kz2017.association, kz2021.association "The law does not clearly define “illegal interference.”"
  note "The 2021 report gives no fine amounts (“a moderate fine”, for a leader “slightly increased”): under the 2021 law the fine is not checked."
    since kz2021
    cite kz2021.association "If the interference is committed by the leader of the organization, the fine may be slightly increased"

  require imprisonment_max "the imprisonment is no longer than the maximum for the person's role ({ngo.interference_member_max_imprisonment} for a member, {ngo.interference_leader_max_imprisonment} for the leader)":
    ngo.interference_imprisonment <= (if association.member_role is leader then ngo.interference_leader_max_imprisonment else ngo.interference_member_max_imprisonment)
    cite kz2017.association "The law prohibits illegal interference by members of public associations in the activities of the government, with a fine of up to 636,300 tenge ($1,910) or imprisonment for up to 75 days. If committed by the leader of the organization, the fine may be up to 1.06 million tenge ($3,180) or imprisonment for no more than 90 days."
    cite kz2021.association "The law prohibits illegal interference by members of public associations in the activities of the government, with a moderate fine or imprisonment for up to 40 days if convicted. If the interference is committed by the leader of the organization, the fine may be slightly increased or the imprisonment may be for up to 50 days."
    explain "role: {association.member_role}; imprisonment: {value}; the longest is {limit} ({margin})"

  require fine_max "the fine is no more than the maximum for the person's role ({ngo.interference_member_max_fine} for a member, {ngo.interference_leader_max_fine} for the leader)":
    ngo.interference_fine <= (if association.member_role is leader then ngo.interference_leader_max_fine else ngo.interference_member_max_fine)
    until kz2017
    cite kz2017.association "with a fine of up to 636,300 tenge ($1,910) or imprisonment for up to 75 days. If committed by the leader of the organization, the fine may be up to 1.06 million tenge ($3,180)"
    explain "role: {association.member_role}; fine: {value}; the largest is {limit} ({margin})"
}

provision ngo.foreign_funds_reporting_and_labeling "The receipt and expenditure of foreign funds is reported; publications produced with foreign funds are labelled" {
  applies when ngo.received_foreign_funds or ngo.foreign_funded_publication
  note "The reports call the reporting requirements “broad” and name no recipients, deadlines or contents; any recipient of foreign funds or assets is read as bound to report them."

  require funds_reported "the receipt and expenditure of the foreign funds or assets was reported":
    not ngo.received_foreign_funds or ngo.foreign_funds_reported
    cite kz2017.association "The law establishes broad reporting requirements concerning the receipt and expenditure of foreign funds or assets"
    cite kz2021.association "The law establishes broad reporting requirements concerning the receipt and expenditure of foreign funds or assets."
    explain "foreign funds received: {ngo.received_foreign_funds}; reported: {ngo.foreign_funds_reported}"

  require publications_labelled "every publication produced with support from foreign funds is labelled":
    not ngo.foreign_funded_publication or ngo.publication_labelled
    cite kz2017.association "it also requires labeling all publications produced with support from foreign funds."
    cite kz2021.association "It requires labeling all publications produced with support from foreign funds."
    explain "publication produced with foreign funds: {ngo.foreign_funded_publication}; labelled: {ngo.publication_labelled}"

  penalty "administrative and criminal penalties, and potential restrictions on the conduct of meetings, protests and similar activities organized with foreign funds"
    cite kz2017.association "The law also sets out administrative and criminal penalties for noncompliance with these requirements and potential restrictions on the conduct of meetings, protests, and similar activities organized with foreign funds."
    cite kz2021.association "The law sets out administrative and criminal penalties for noncompliance with these requirements, including potential restrictions on the conduct of meetings, protests, and similar activities organized with foreign funds."
}

provision ngo.political_activity_and_funding_bans "No political activities by foreigners, international organizations, NGOs or other nonprofits; no funding of unregistered entities by international organizations" {
  applies when ngo.actor_kind in {foreigner, international_organization, ngo, nonprofit}
  note "The reports do not define “political activities”: whether the conduct was political is left to the lawyer's answer."

  require no_political_activity "the foreigner or organization did not engage in political activities":
    not ngo.political_activity
    cite kz2017.international_bodies, kz2021.investigation_of_abuses "National security laws prohibit foreigners, international organizations, NGOs, and other nonprofit organizations from engaging in political activities."
    explain "engaged in political activities: {ngo.political_activity}"

  require no_funding_unregistered "an international organization did not fund an unregistered entity":
    ngo.actor_kind is not international_organization or not ngo.funded_unregistered_entity
    cite kz2017.international_bodies, kz2021.investigation_of_abuses "The government prohibited international organizations from funding unregistered entities."
    explain "actor: {ngo.actor_kind}; funded an unregistered entity: {ngo.funded_unregistered_entity}"
}

provision party.registration_signatures_40000 "A political party needs 40,000 signatures to register; a challenged application continues only if the eligible signatures exceed the minimum (2017)" {
  until kz2017
  applies when association.kind is political_party
    and party.registration_status in {applying, registered}
  note "The UN special rapporteur quoted in the 2017 report said the law allows perpetual extensions of time for the government to review a party’s application: no deadline for the decision is checked."
    cite kz2017.association "the law allows for perpetual extensions of time for the government to review a party’s application."
  note "The 2021 report states no registration requirements for parties (it reports repeated refusals): under the 2021 law the provision is not stated."

  require forty_thousand "the party submitted at least 40,000 signatures":
    party.signatures >= 40000
    cite kz2017.association "but required political parties to have 40,000 signatures for registration."
    explain "signatures submitted: {value}; at least {limit} are required ({margin})"

  require challenged_continues_only_above_minimum "after a challenge alleging irregular signatures, the registration continued only with more eligible signatures than the minimum":
    not (party.signatures_challenged and party.registration_continued)
      or party.eligible_signatures > 40000
    cite kz2017.association "If authorities challenge the application by alleging irregular signatures, the registration process may continue only if the total number of eligible signatures exceeds the minimum number required."
    explain "challenged: {party.signatures_challenged}; registration continued: {party.registration_continued}; eligible signatures: {party.eligible_signatures}; more than 40,000 are required"

  unsettled exactly_minimum for challenged_continues_only_above_minimum "exactly 40,000 signatures are eligible: that is the minimum required, but the report says the eligible signatures must “exceed” it"
    when party.eligible_signatures = 40000
    cite kz2017.association "the registration process may continue only if the total number of eligible signatures exceeds the minimum number required."
}

provision party.founding_congress_and_oblast_signatures "A party registers after a founding congress of 1,000 delegates from two-thirds of the oblasts and Astana and Almaty, 600 signatures from each, and CEC and oblast commission registration (2017)" {
  until kz2017
  applies when association.kind is political_party
    and party.registration_status in {applying, registered}
  note "Registration from the CEC and each oblast-level election commission is part of registering: it is required of a registered party, not of one still applying."
  note "The 2021 report does not state these requirements: under the 2021 law the provision is not stated."

  require congress_delegates "the founding congress was attended by at least 1,000 delegates":
    party.congress_delegates >= 1000
    cite kz2017.political_parties "To register, a political party must hold a founding congress with a minimum attendance of 1,000 delegates"
    explain "delegates: {value}; at least {limit} are required ({margin})"

  require two_thirds_of_oblasts "representatives of at least two-thirds of the oblasts attended the congress":
    party.congress_oblasts_represented * 3 >= party.oblasts_total * 2
    cite kz2017.political_parties "including representatives from two-thirds of the oblasts and the cities of Astana and Almaty."
    explain "oblasts represented: {party.congress_oblasts_represented} of {party.oblasts_total}; two-thirds are required"

  require astana_almaty "representatives of the cities of Astana and Almaty attended the congress":
    party.congress_astana_almaty_represented
    cite kz2017.political_parties "including representatives from two-thirds of the oblasts and the cities of Astana and Almaty."
    explain "Astana and Almaty represented: {party.congress_astana_almaty_represented}"

  require six_hundred_signatures_each "each oblast and the cities of Astana and Almaty gave at least 600 signatures":
    party.each_unit_600_signatures
    cite kz2017.political_parties "Parties must obtain at least 600 signatures from each oblast and the cities of Astana and Almaty"
    explain "at least 600 signatures from each oblast and from Astana and Almaty: {party.each_unit_600_signatures}"

  require commission_registration "a registered party is registered with the CEC and with each oblast-level election commission":
    party.registration_status is not registered or party.election_commissions_registered
    cite kz2017.political_parties "registration from the Central Election Commission (CEC), and registration from each oblast-level election commission."
    explain "registered with the CEC and each oblast-level election commission: {party.election_commissions_registered}"
}

provision party.prohibited_founding_bases "No political party established on an ethnic, gender or religious basis (2017)" {
  until kz2017
  applies when association.kind is political_party
  note "The 2021 report does not state the prohibition: under the 2021 law the provision is not stated."

  require no_prohibited_basis "the party was not established on an ethnic, gender or religious basis":
    not (party.founding_basis includes any of {ethnic, gender, religious})
    cite kz2017.association "The law prohibits parties established on an ethnic, gender, or religious basis."
    explain "bases of the party: {party.founding_basis}"
}

provision party.member_personal_data "Political parties register members' date and place of birth, address and place of employment (2017)" {
  until kz2017
  applies when association.kind is political_party
  note "The report adds that the requirement discouraged many citizens from joining political parties. The 2021 report does not state it: under the 2021 law the provision is not stated."
    cite kz2017.political_parties "This requirement discouraged many citizens from joining political parties."

  require records_complete "the party registers its members' date and place of birth, address and place of employment":
    party.member_records includes all of {birth_date, birth_place, address, employment}
    cite kz2017.political_parties "Political parties must register members’ personal information, including date and place of birth, address, and place of employment."
    explain "personal details registered: {party.member_records}"
}

provision union_party.membership_bar_security_judges "Members of the armed forces, law enforcement and national security employees and judges do not participate in trade unions or political parties (2017)" {
  until kz2017
  applies when person.service in {armed_forces, law_enforcement, national_security, judge}
  note "The 2021 report does not state the prohibition: under the 2021 law the provision is not stated."

  require no_participation "the person does not participate in a trade union or a political party":
    not (person.participates_in includes any of {trade_union, political_party})
    cite kz2017.association "The law also prohibits members of the armed forces, employees of law enforcement and other national security organizations, and judges from participating in trade unions or political parties."
    explain "the person is {person.service}; participates in: {person.participates_in}"
}
