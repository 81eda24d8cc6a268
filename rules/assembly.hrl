# Peaceful assembly (catalogue domain G).
#
#   assembly.advance_notice                   2017: a permit applied for at least 10 days ahead and
#                                             granted; 2021: advance notification, and a response
#                                             awaited
#   assembly.designated_areas                 2021: gatherings other than single-person pickets only
#                                             in areas the authorities designate
#   assembly.spontaneous_banned               2021: no spontaneous gatherings
#   assembly.foreigners_stateless_excluded    2021: foreigners and stateless persons have no right
#                                             of peaceful assembly
#   assembly.unsanctioned_admin_penalty_max   fines or administrative arrest of up to 10 days (2017),
#                                             15 days (2021) for an unsanctioned assembly
#   assembly.unsanctioned_as_security_threat  2017: an unsanctioned gathering that upsets social and
#                                             political stability is defined as a national security
#                                             threat
#   assembly.organizational_support_penalty   2017: penalties for organising, taking part in or
#                                             supporting an illegal gathering, if significant
#                                             damage results
#
# The facts describe one gathering (`assembly.held`, its form, date, notification and the
# authorities' answer) and one person's part in it (role, citizenship, penalty). The reports
# describe domestic law as restrictive: the 2021 report records opponents' criticism that the
# assembly laws fall short of international standards. hrlaw checks domestic law as the reports
# state it; a verdict of "compliant" is not a finding that a restriction meets those standards.

# ---------------------------------------------------------------- the gathering
fact assembly.held: bool
  ask "Was a gathering held or begun in a public place: a demonstration, rally, march, public meeting, picket (also by a single person) or other gathering?"
fact assembly.form: one of {
  demonstration "a demonstration, rally or march",
  public_meeting "a public meeting",
  picket "a picket by two or more persons",
  single_person_picket "a single-person picket",
  other "another gathering",
} ask "What kind of gathering was it?"
fact assembly.held_on: date ask "On what date was the gathering held (its first day)?"
fact assembly.notice_submitted: bool
  ask "Before the gathering, did its organizers submit to the local authorities (the local government, akimat) a notification of it or an application for a permit to hold it?"
fact assembly.notice_submitted_on: date
  ask "On what date did the organizers submit the notification or permit application?"
fact assembly.authority_response: one of {
  approved "approved it: the gathering was sanctioned",
  refused "refused it",
  none "had not answered yet",
}
  ask "By the time the gathering was held, what answer had the local authorities given to the notification or permit application?"
fact assembly.in_designated_area: bool
  ask "Was the gathering held in an area the authorities had designated for gatherings?"
fact assembly.spontaneous: bool
  ask "Was the gathering spontaneous: formed on the spot (for example in immediate reaction to an event), without being planned and notified in advance?"
fact assembly.upset_stability: bool
  ask "Did the gathering upset social and political stability? The report does not define the term: answer as a court or the authorities found, and leave it out if nobody has decided it."

define assembly.sanctioned = assembly.notice_submitted and assembly.authority_response is approved
  means "the local authorities had sanctioned (approved) the gathering before it was held"
define assembly.held_after_refusal =
  assembly.notice_submitted and assembly.authority_response is refused
  means "the gathering was held after the local authorities had refused it"
define assembly.notice_lead_time = assembly.held_on - assembly.notice_submitted_on
  means "time from submitting the notification or permit application until the gathering"

constraint assembly.notice_before_gathering "the notification or permit application is dated after the gathering":
  assembly.notice_submitted_on <= assembly.held_on

# ---------------------------------------------------------------- the person
fact assembly.role: set of {
  organizer "organised the gathering",
  participant "took part in the gathering",
  supporter "gave the gathering organizational support",
}
  ask "What part did the person play in the gathering? List every one that applies (an empty list if none, for example a passer-by)."
fact person.citizenship: one of {
  citizen "a citizen of Kazakhstan",
  foreigner "a foreign citizen",
  stateless "a stateless person",
} ask "What is the person's citizenship?"
fact assembly.support_forms: set of {
  property,
  communications "means of communication",
  equipment,
  transport "transportation",
  other "another form",
}
  ask "In what form did the person give organizational support to the gathering? List every form (an empty list if the person gave none)."
fact assembly.penalised: bool
  ask "Was the person punished for the gathering (for organising it, taking part in it or supporting it): fined, given administrative arrest, or convicted?"
fact assembly.penalty_kind: one of {
  administrative "an administrative penalty: a fine or administrative arrest",
  criminal "a criminal penalty",
}
  ask "What kind of penalty was the person given for the gathering? A fine or days of administrative arrest imposed for violating the law on peaceful assemblies is administrative."
fact assembly.admin_arrest_term: duration in days
  ask "How long an administrative arrest was the person sentenced to for the gathering, in one sentence? Answer 0 days if the penalty included no administrative arrest (for example only a fine)."
fact assembly.significant_damage: bool
  ask "Did the person's actions (organising, taking part in or supporting the gathering) cause significant damage to the rights and legal interests of citizens or entities, or to legally protected interests of society or the state?"

# ---------------------------------------------------------------- penalties the reports state
penalty unsanctioned_assembly_up_to_10_days "a minor infraction: fines or up to 10 days’ administrative arrest"
  until kz2017
  cite kz2017.arbitrary_arrest "The government frequently arrested and detained political opponents and critics, sometimes for minor infractions, such as unsanctioned assembly, that led to fines or up to 10 days’ administrative arrest."

penalty unsanctioned_assembly_up_to_15_days "a minor infraction: fines or up to 15 days’ administrative arrest"
  since kz2021
  cite kz2021.arbitrary_arrest "The government frequently arrested and detained political opponents and critics, sometimes for minor infractions such as unsanctioned assembly, that led to fines or up to 15 days’ administrative arrest."

parameter assembly.admin_arrest_max: duration
  means "longest administrative arrest for a minor infraction such as an unsanctioned assembly"
  kz2017 10 days
    cite kz2017.arbitrary_arrest "sometimes for minor infractions, such as unsanctioned assembly, that led to fines or up to 10 days’ administrative arrest."
  kz2021 15 days
    cite kz2021.arbitrary_arrest "sometimes for minor infractions such as unsanctioned assembly, that led to fines or up to 15 days’ administrative arrest."

# ================================================================= provisions

provision assembly.advance_notice "Advance notice of a gathering: 2017, a permit applied for at least 10 days ahead; 2021, notification and a response awaited" {
  applies when assembly.held
  note "The regime changed between the reports, neither of which dates the change: in 2017 organizations had to apply for a permit at least 10 days in advance; in 2021 organizers must notify the local government in advance and await a response, and the report gives no number of days. A 2021 notification is checked for being made before the gathering and answered, not for a lead time: a compliant verdict says the notification meets what the report states, not that it was early enough under a period the report does not give."
  note "The 2017 report names a permit “to hold a demonstration or public meeting”; a march is read as a demonstration. Whether a picket or another gathering needs the permit the report does not say, and a picket or other gathering held without one is left open under the 2017 law."
    until kz2017
    cite kz2017.peaceful_assembly "By law organizations must apply to local authorities at least 10 days in advance for a permit to hold a demonstration or public meeting."
  note "The 2017 report speaks of a permit “to hold” a demonstration: a gathering held without the permit (refused, or not yet answered) is read as breaching the rule, as are the gatherings the report calls unsanctioned, whose organizers were detained and fined. The next sentence, reporting a complaint of opposition figures and monitors, calls the same period a “10-day notification period”; the law as the report states it is a permit."
    until kz2017
    cite kz2017.peaceful_assembly "By law organizations must apply to local authorities at least 10 days in advance for a permit to hold a demonstration or public meeting."
    cite kz2017.peaceful_assembly "Authorities often briefly detained and fined organizers of unsanctioned gatherings."
  note "“Organizations must apply” is read as the duty of whoever organises the gathering; the report’s own case is of a group of activists whose organizers were punished."
    until kz2017
    cite kz2017.peaceful_assembly "an Almaty court sentenced two organizers of the march to three and five days’ administrative arrest for violation of the law on organization of peaceful rallies, gatherings, and demonstrations."
  note "The 2021 report exempts single-person pickets from the designated areas only; the duty to notify is stated for all gatherings and is read as covering them too."
    since kz2021
    cite kz2021.peaceful_assembly "The law states all gatherings except single-person pickets may only be held in areas designated by authorities."
  note "Both reports describe the law itself as restrictive; hrlaw checks domestic law as reported. In 2017 opposition figures and human rights monitors complained that the procedures and the 10-day period made it difficult to organise; in 2021 opponents criticized the assembly laws as falling short of international standards."
    cite kz2017.peaceful_assembly "Opposition figures and human rights monitors complained that complicated and vague procedures and the 10-day notification period made it difficult for groups to organize public meetings and demonstrations"
    cite kz2021.peaceful_assembly "Opponents criticized laws on freedom of peaceful assembly as restrictive and falling short of international standards."

  require permit_10_days_ahead "the organizers applied to the local authorities for a permit at least 10 days before the gathering, and the authorities granted it":
    assembly.notice_submitted and assembly.notice_lead_time >= 10 days and assembly.sanctioned
    until kz2017
    cite kz2017.peaceful_assembly "By law organizations must apply to local authorities at least 10 days in advance for a permit to hold a demonstration or public meeting."
    explain "permit applied for: {assembly.notice_submitted}; answer by the day of the gathering: {assembly.authority_response}; {margins}"

  unsettled not_named_2017 for permit_10_days_ahead "the gathering was a picket or another gathering; the 2017 report names the permit only for a demonstration or public meeting"
    until kz2017
    when assembly.form in {picket, single_person_picket, other}
    cite kz2017.peaceful_assembly "By law organizations must apply to local authorities at least 10 days in advance for a permit to hold a demonstration or public meeting."
    explain "the gathering was {assembly.form}; the 2017 report requires a permit to hold a demonstration or public meeting and does not say whether other gatherings need one"

  require permit_10_working_days "the application was made early enough for 10 working days too (14 calendar days always hold 10 working days)":
    assembly.notice_lead_time >= 14 days
    until kz2017
    cite kz2017.peaceful_assembly "By law organizations must apply to local authorities at least 10 days in advance for a permit to hold a demonstration or public meeting."
    explain "time from the application to the gathering: {assembly.notice_lead_time}; 14 calendar days always hold 10 working days (public holidays are not counted)"

  exception no_application for permit_10_working_days "no permit was applied for: the absence is checked by permit_10_days_ahead"
    until kz2017
    when not assembly.notice_submitted
    waived
    cite kz2017.peaceful_assembly "By law organizations must apply to local authorities at least 10 days in advance for a permit to hold a demonstration or public meeting."

  unsettled days_unstated for permit_10_working_days "the 2017 report does not say whether the 10 days are calendar or working days"
    until kz2017
    when true
    cite kz2017.peaceful_assembly "By law organizations must apply to local authorities at least 10 days in advance for a permit to hold a demonstration or public meeting."

  require notified "the organizers submitted an advance notification of the gathering to the local government":
    assembly.notice_submitted
    since kz2021
    cite kz2021.peaceful_assembly "Organizers must submit advance notification to the local government and await a response."
    explain "advance notification submitted: {assembly.notice_submitted}"

  require response_awaited "the gathering was held only after the local government had responded to the notification":
    assembly.authority_response in {approved, refused}
    since kz2021
    cite kz2021.peaceful_assembly "Organizers must submit advance notification to the local government and await a response."
    explain "answer of the local government by the day of the gathering: {assembly.authority_response}"

  exception not_notified for response_awaited "no notification was submitted: its absence is checked by notified"
    since kz2021
    when not assembly.notice_submitted
    waived
    cite kz2021.peaceful_assembly "Organizers must submit advance notification to the local government and await a response."

  require not_held_against_refusal "the gathering was not held after the local government refused it":
    not assembly.held_after_refusal
    since kz2021
    cite kz2021.peaceful_assembly "Organizers must submit advance notification to the local government and await a response."
    explain "held after a refusal: {assembly.held_after_refusal}"

  unsettled refusal_effect for not_held_against_refusal "the gathering was held after a refusal: the 2021 report says organizers must await a response, not what a refusal does to the gathering, though it calls a protest held without authorization unauthorized"
    since kz2021
    when true
    cite kz2021.peaceful_assembly "Organizers must submit advance notification to the local government and await a response."
    cite kz2021.peaceful_assembly "authorities arrested and fined 10 protesters for holding an unauthorized protest."
    explain "the gathering was held after the local government refused it; the 2021 report requires notification and a response, and does not say whether a refusal forbids the gathering"

  penalty unsanctioned_assembly_up_to_10_days, unsanctioned_assembly_up_to_15_days
}

provision assembly.designated_areas "Gatherings other than single-person pickets only in areas designated by the authorities" {
  since kz2021
  applies when assembly.held
  note "The 2017 report does not state this rule; it reports only that local authorities allowed some demonstrations to take place outside the city center."
    cite kz2017.peaceful_assembly "local authorities turned down many applications for demonstrations or only allowed them to take place outside the city center."
  note "The report states no penalty for a gathering outside a designated area; an unsanctioned gathering is checked by assembly.advance_notice. Opponents criticized the assembly laws as falling short of international standards; hrlaw checks domestic law as reported."
    cite kz2021.peaceful_assembly "Opponents criticized laws on freedom of peaceful assembly as restrictive and falling short of international standards."

  require in_designated_area "the gathering was held in an area designated by the authorities":
    assembly.in_designated_area
    cite kz2021.peaceful_assembly "The law states all gatherings except single-person pickets may only be held in areas designated by authorities."
    explain "held in an area designated by the authorities: {assembly.in_designated_area}; kind of gathering: {assembly.form}"

  exception single_person_picket for in_designated_area "a single-person picket may be held outside the designated areas"
    when assembly.form is single_person_picket
    waived
    cite kz2021.peaceful_assembly "The law states all gatherings except single-person pickets may only be held in areas designated by authorities."
}

provision assembly.spontaneous_banned "No spontaneous gatherings" {
  since kz2021
  applies when assembly.held
  note "The report does not define a spontaneous gathering; it is read as one formed on the spot, not planned and notified in advance, and the lawyer answers whether the gathering was one. A single-person picket is a gathering (the report exempts it only from the designated areas), so the ban covers it."
  note "Spontaneous gatherings are banned by domestic law as reported; opponents criticized the assembly laws as falling short of international standards, and hrlaw checks domestic law as reported."
    cite kz2021.peaceful_assembly "Opponents criticized laws on freedom of peaceful assembly as restrictive and falling short of international standards."
  note "A spontaneous gathering is not notified, and so unsanctioned: the penalty shown is the one the report gives for unsanctioned assembly."
    cite kz2021.arbitrary_arrest "sometimes for minor infractions such as unsanctioned assembly, that led to fines or up to 15 days’ administrative arrest."

  require not_spontaneous "the gathering was not spontaneous":
    not assembly.spontaneous
    cite kz2021.peaceful_assembly "Spontaneous gatherings are banned"
    explain "spontaneous: {assembly.spontaneous}; spontaneous gatherings are banned"

  penalty unsanctioned_assembly_up_to_15_days
}

provision assembly.foreigners_stateless_excluded "Foreigners and stateless persons have no right of peaceful assembly" {
  since kz2021
  applies when assembly.role includes any of {organizer, participant}
  note "A violation here means that the person organised or joined a gathering without holding the right of peaceful assembly that domestic law, as reported, gives only to citizens; the report states no penalty for it. Opponents criticized the assembly laws as falling short of international standards, and hrlaw checks domestic law as reported."
    cite kz2021.peaceful_assembly "Opponents criticized laws on freedom of peaceful assembly as restrictive and falling short of international standards."

  require citizen "the person organising or taking part in the gathering is a citizen":
    person.citizenship is citizen
    cite kz2021.peaceful_assembly "foreigners and stateless persons are denied the right to peaceful assembly."
    explain "the person, {person.citizenship}, organised or took part in a gathering; foreigners and stateless persons are denied the right to peaceful assembly"
}

provision assembly.unsanctioned_admin_penalty_max "An unsanctioned assembly is punished by fines or administrative arrest of at most 10 days (2017), 15 days (2021)" {
  applies when assembly.penalised and assembly.penalty_kind is administrative
  note "The reports give the range in a sentence describing arrests of government critics (“minor infractions, such as unsanctioned assembly, that led to fines or up to 10 [2021: 15] days’ administrative arrest”), not as a quoted statute; it is read as the range the law sets for the infraction. The reports give no fine amount, so a fine is not checked."
  note "The reports give the range while describing how the government arrested and detained political opponents and critics (Arbitrary Arrest). A sentence within the range complies with domestic law as reported; it is not a finding that the arrest was not arbitrary, and holding a person before a court decides is checked by detention.arbitrary_prohibited."
  note "Each sentence is checked on its own: a protester arrested repeatedly for successive gatherings has one term per sentence."
  note "An administrative penalty for another infraction (for example an administrative arrest for libel) is outside this provision: the person must have been punished for the gathering."

  require arrest_within_max "the administrative arrest is no longer than {assembly.admin_arrest_max}":
    assembly.admin_arrest_term <= assembly.admin_arrest_max
    cite kz2017.arbitrary_arrest "sometimes for minor infractions, such as unsanctioned assembly, that led to fines or up to 10 days’ administrative arrest."
    cite kz2021.arbitrary_arrest "sometimes for minor infractions such as unsanctioned assembly, that led to fines or up to 15 days’ administrative arrest."
    explain "administrative arrest: {value}; the longest is {limit} ({margin})"
}

provision assembly.unsanctioned_as_security_threat "An unsanctioned gathering that upsets social and political stability is defined by law as a national security threat" {
  until kz2017
  applies when assembly.held
  note "A violation here means that domestic law, as the 2017 report states it, defines the gathering as a national security threat: it was not sanctioned and it upset social and political stability. The report defines neither “upset social and political stability” nor the consequences of the definition; it calls the freedom of assembly the law provides limited, with significant restrictions."
    cite kz2017.peaceful_assembly "The law provides for limited freedom of assembly, but there were significant restrictions on this right."
  note "The definition covers gatherings, public meetings, demonstrations, marches and picketing (every form of gathering here), and strikes. A strike is not a gathering in these facts: this provision does not check strikes, and the strike rules check only a strike's procedure and who may strike."

  require not_security_threat "the gathering was not an unsanctioned gathering that upset social and political stability, which the law defines as a national security threat":
    assembly.sanctioned or not assembly.upset_stability
    cite kz2017.peaceful_assembly "The law defines unsanctioned gatherings, public meetings, demonstrations, marches, picketing, and strikes that upset social and political stability as national security threats."
    explain "sanctioned: {assembly.sanctioned}; upset social and political stability: {assembly.upset_stability}"
}

provision assembly.organizational_support_penalty "Penalties for organising, taking part in or supporting an illegal gathering only if significant damage results" {
  until kz2017
  applies when assembly.penalised
    and assembly.role includes any of {organizer, participant, supporter}
    and not assembly.sanctioned
  note "“If the enumerated actions cause significant damage” reads two ways: as the condition of all three penalties (organising, taking part, giving organizational support), or of the organizational support only. The same report also describes fines and administrative arrest for unsanctioned assembly with no damage condition. A person penalised as organizer or participant without significant damage is therefore left open; a person penalised only for support needs the damage under either reading."
    cite kz2017.peaceful_assembly "The law includes penalties for organizing or participating in illegal gatherings and for providing organizational support in the form of property, means of communication, equipment, and transportation, if the enumerated actions cause significant damage to the rights and legal interests of citizens, entities, or legally protected interests of the society or the government."
    cite kz2017.arbitrary_arrest "sometimes for minor infractions, such as unsanctioned assembly, that led to fines or up to 10 days’ administrative arrest."
  note "The penalties are for illegal gatherings, read as gatherings not sanctioned by the authorities, the word the report uses for the gatherings whose organizers were detained and fined. A penalty concerning a sanctioned gathering is outside this sentence: the report does not say what else may make a sanctioned gathering illegal."
    cite kz2017.peaceful_assembly "Authorities often briefly detained and fined organizers of unsanctioned gatherings."

  require significant_damage "the person's actions caused significant damage to the rights and legal interests of citizens, entities, or legally protected interests of society or the state":
    assembly.significant_damage
    cite kz2017.peaceful_assembly "if the enumerated actions cause significant damage to the rights and legal interests of citizens, entities, or legally protected interests of the society or the government."
    explain "part played: {assembly.role}; significant damage: {assembly.significant_damage}"

  unsettled organizer_or_participant for significant_damage "the person organised or took part in the gathering: the report may condition only the penalty for organizational support on significant damage, and it also describes fines and administrative arrest for unsanctioned assembly with no damage condition"
    when assembly.role includes any of {organizer, participant}
    cite kz2017.peaceful_assembly "The law includes penalties for organizing or participating in illegal gatherings and for providing organizational support in the form of property, means of communication, equipment, and transportation, if the enumerated actions cause significant damage"
    cite kz2017.arbitrary_arrest "sometimes for minor infractions, such as unsanctioned assembly, that led to fines or up to 10 days’ administrative arrest."
    explain "kind of penalty: {assembly.penalty_kind}; the report leaves open whether the damage condition covers organisers and participants"

  require listed_support "support given in one of the listed forms: property, means of communication, equipment or transportation":
    assembly.role includes any of {organizer, participant}
      or assembly.support_forms includes any of {property, communications, equipment, transport}
    cite kz2017.peaceful_assembly "providing organizational support in the form of property, means of communication, equipment, and transportation"
    explain "part played: {assembly.role}; forms of support: {assembly.support_forms}; the law penalises support in the form of property, means of communication, equipment and transportation"
}
