# Trade unions and collective bargaining (catalogue domain Q; the strike rules are in strikes.hrl).
#
#   union.registration_regional_representation  2021: a registered union is represented in at least
#                                                 half of the country's regions; both years: national
#                                                 registration needs more than one-half (section 2.b)
#   union.mandatory_affiliation                   2017: the 2014 law requires independent unions to
#                                                 affiliate with larger unions
#   labor.collective_bargaining_right             workers have the right to bargain collectively
#   union.antiunion_discrimination                no antiunion discrimination; 2021: fines and up to
#                                                 75 days' imprisonment
#   labor.individual_contract_sets_wage           2017: an individual contract sets the wage and the
#                                                 parties' rights and responsibilities
#   labor.tripartite_commission                   a disagreement the union and the employer cannot
#                                                 settle goes to the tripartite commission (2017: may;
#                                                 2021: must)
#   union.foreign_unions_and_funding_banned       foreign workers may join unions; no foreign unions and
#                                                 no foreign financing of unions
#   labor.employee_representatives_unified_body_3d
#                                                 2017: labor-related acts negotiated with the official
#                                                 employee representatives; several of them have three
#                                                 days to form a unified body

# ---------------------------------------------------------------- the union
fact union.registered: bool
  ask "Is the trade union registered, or is its registration at issue (applied for, or reviewed by an authority or a court)?"
fact union.registration_level: one of {
  local "registration at the local level",
  national "national registration",
} ask "At which level is the union registered (or seeking registration): local or national?"
fact union.regions_represented: integer in regions at least 0
  ask "In how many of the country's regions is the union represented?"
fact union.regions_total: integer in regions at least 1
  ask "How many regions does the country count for the registration of unions? (The reports do not give the number.)"
constraint union.represented_within_country "the union is represented in more regions than the country has":
  union.regions_represented <= union.regions_total

define union.regional_share = union.regions_represented / union.regions_total
  means "share of the country's regions in which the union is represented"

fact union.independent: bool
  ask "Is the union an independent labor union: neither a state-affiliated union nor itself a larger union at the industry, sector or regional level?"
fact union.affiliated_with_larger_union: bool
  ask "Is the union affiliated with a larger union at the industry, sector or regional level?"

# ---------------------------------------------------------------- union rights of workers
fact worker.union_activity: bool
  ask "Was the worker a member of a trade union or engaged in union activity?"
fact worker.dismissed_for_union_activity: bool
  ask "Was the worker dismissed (fired) because of union membership or union activity?"
fact worker.other_antiunion_treatment: bool
  ask "Apart from dismissal, was the worker treated less favourably because of union membership or union activity (for example demoted, disciplined, paid less or pressed to leave the union)?"
fact worker.refused_union_membership_as_foreigner: bool
  ask "Was the worker refused membership of a union, or barred from joining one, because he or she is a foreign worker?"
fact union.operates: bool
  ask "Does the case concern a trade union operating in the country (its operation, its financing or who may join it)?"
fact union.foreign: bool
  ask "Is the union a foreign union (a union of another country, or its branch) operating in the country?"
fact union.foreign_funders: set of {
  foreign_citizens "foreign citizens",
  foreign_governments "foreign governments",
  international_organizations "international organizations",
  other_foreign "another foreign entity",
} ask "Which foreign entities financed the union? List every kind (an empty list if none did)."

# ---------------------------------------------------------------- bargaining and the employment contract
fact collective_agreement.bargaining_sought: bool
  ask "Did the workers or their representatives (for example a union) seek to bargain collectively with the employer?"
fact collective_agreement.bargaining_refused: bool
  ask "Did the employer refuse to bargain collectively, or did the employer or the authorities prevent the workers from bargaining? Answer false if bargaining took place, even if no agreement was reached."
fact employment.employee: bool
  ask "Is the person employed by an employer as an employee (not self-employed, not in a family business)?"
fact employment.individual_contract: bool
  ask "Did the employer and the employee conclude an individual contract (an employment contract between the two of them)?"
fact employment.contract_sets_wage: bool ask "Does the individual contract set the employee's wage?"
fact employment.contract_sets_rights_and_duties: bool
  ask "Does the individual contract outline the rights and responsibilities of the employee and of the employer?"

# ---------------------------------------------------------------- disagreements between a union and an employer
fact labor_dispute.union_employer_disagreement: bool
  ask "Is there a disagreement between a trade union and an employer?"
fact labor_dispute.settled_bilaterally: bool
  ask "Did the employer and the union settle the disagreement between themselves?"
fact labor_dispute.presented_to_tripartite_commission: bool
  ask "Was the disagreement presented to a tripartite commission (representatives of the government, labor unions and employer associations) for arbitration?"

# ---------------------------------------------------------------- labor-related acts of the employer (2017, Labor Code article 11)
fact labor_act.proposed: bool
  ask "Did the employer propose (or adopt) a labor-related act, such as internal rules on labor matters?"
fact labor_act.proposed_on: date
  ask "On what date did the employer put the proposed act to the official employee representatives?"
fact labor_act.negotiated_with_representatives: bool
  ask "Did the employer negotiate the act with the official employee representatives (including an acceptance by one of them when they could not agree)?"
fact labor_act.representatives: integer in representatives at least 0
  ask "How many official employee representatives (for example unions or elected representatives) were there at the employer?"
fact labor_act.unified_body_formed: bool
  ask "Did the official employee representatives form a unified body to discuss the proposed act?"
fact labor_act.unified_body_formed_on: date
  ask "On what date did the representatives form the unified body?"

define labor_act.time_to_unified_body = labor_act.unified_body_formed_on - labor_act.proposed_on
  means "time from the proposal of the act until the representatives formed a unified body"
define labor_act.time_since_proposal = assessment.on - labor_act.proposed_on
  means "time since the act was proposed, no unified body formed yet"
constraint labor_act.body_after_proposal "the unified body is dated before the act was proposed":
  labor_act.unified_body_formed_on >= labor_act.proposed_on

# ================================================================= provisions

provision union.registration_regional_representation "A registered union is represented in at least half of the country's regions (2021); a nationally registered one in more than one-half (section 2.b)" {
  applies when union.registered
  note "Neither report gives the number of regions: it is asked as a fact, or the share of regions is stated directly (`regional_share: under 50%`)."
  note "Section 7.a of the 2021 report states the union rule (at least half of the regions, for every registered union). Section 2.b of both reports states the rule for membership organisations (branches in more than one-half of the regions, for national registration), and the 2017 report says unions were considered membership organisations: that rule is checked for a union's national registration in both years. The 2017 report's section 7.a states no regional rule for unions."
    cite kz2017.association "The government considered political parties and labor unions to be membership organizations"
  note "The 2021 report also says the requirement often prevented the registration and operation of independent unions."
    since kz2021
    cite kz2021.freedom_of_association "The geographical representation requirement often prevented the registration and operation of independent unions."

  require at_least_half "the union is represented in at least half of the country's regions":
    union.regional_share >= 0.5
    since kz2021
    cite kz2021.freedom_of_association "The law provides for workers’ rights to form and join unions, but it imposes restrictions, such as a requirement that registered unions be represented in at least half of the country’s regions."
    explain "the union is represented in {union.regions_represented} of {union.regions_total} regions ({value}); at least half is required"

  require more_than_half_national "a union registered at the national level has branches in more than one-half of the country's regions (the rule for membership organisations, section 2.b)":
    union.registration_level is not national or union.regional_share > 0.5
    cite kz2017.association "Membership organizations other than religious groups, covered under separate legislation, must have at least 10 members to register at the local level and must have branches in more than one-half the country’s regions for national registration."
    cite kz2017.association "The government considered political parties and labor unions to be membership organizations"
    cite kz2021.association "Membership organizations other than religious groups, which are covered under separate legislation, must have at least 10 members to register at the local level and must have branches in more than one-half the country’s regions for national registration (see sections 3 and 7.a.)."
    explain "registration level: {union.registration_level}; the union is represented in {union.regions_represented} of {union.regions_total} regions ({union.regional_share}); national registration of a membership organisation asks for more than one-half"

  contested exactly_half for more_than_half_national "the union, registered at the national level, is represented in exactly half of the regions: section 7.a asks unions for “at least half”, section 2.b asks membership organisations (referring to section 7.a) for “more than one-half”"
    since kz2021
    when union.registration_level is national and union.regional_share = 0.5
    cite kz2021.freedom_of_association "a requirement that registered unions be represented in at least half of the country’s regions."
    cite kz2021.association "must have branches in more than one-half the country’s regions for national registration (see sections 3 and 7.a.)."
}

provision union.mandatory_affiliation "Independent unions must affiliate with larger unions at the industry, sector or regional level (2014 law)" {
  until kz2017
  applies when union.independent
  note "The 2017 report says this requirement violates the country’s obligations under international labor standards on freedom of association; hrlaw checks domestic law as the report describes it, so an unaffiliated independent union fails it."
    cite kz2017.freedom_of_association "The 2014 law requires independent labor unions to affiliate with larger, progovernment ones, violating the country’s obligations under international labor standards on freedom of association."
  note "The 2021 report does not mention the requirement: under the 2021 law the provision is not stated, never lawful or unlawful by silence."

  require affiliated "the independent union is affiliated with a larger union at the industry, sector or regional level":
    union.affiliated_with_larger_union
    cite kz2017.freedom_of_association "A trade union law passed and entered into force in 2014 restricts worker freedom of association by requiring existing independent labor unions to affiliate with larger unions at the industry, sector, or regional level"
    cite kz2017.freedom_of_association "The 2014 law requires independent labor unions to affiliate with larger, progovernment ones"
    explain "the independent union is affiliated with a larger union: {union.affiliated_with_larger_union}"
}

provision labor.collective_bargaining_right "Workers have the right to bargain collectively" {
  applies when collective_agreement.bargaining_sought
  note "The reports state the right and no procedure: an employer's (or the authorities') refusal to bargain at all, or preventing the workers from bargaining, is read as denying it; bargaining that reaches no agreement does not."
  note "In the 2021 report “Penalties for breaking these provisions include fines and imprisonment of up to 75 days” follows both the bargaining right and the ban on antiunion discrimination; it may cover the bargaining right too. The penalty is attached to union.antiunion_discrimination only; a refusal to bargain may carry it as well."
    since kz2021
    cite kz2021.freedom_of_association "The law provides for the right of workers to bargain collectively. The law prohibits antiunion discrimination, and a court may order reinstatement of a worker fired for union activity. Penalties for breaking these provisions include fines and imprisonment of up to 75 days"

  require not_refused "the employer did not refuse to bargain collectively, and neither the employer nor the authorities prevented the workers from bargaining":
    not collective_agreement.bargaining_refused
    cite kz2017.freedom_of_association "The law protects the right of workers to bargain collectively."
    cite kz2021.freedom_of_association "The law provides for the right of workers to bargain collectively."
    explain "the employer refused to bargain, or the workers were prevented from bargaining: {collective_agreement.bargaining_refused}"
}

penalty antiunion_penalties "penalties for antiunion discrimination include fines and imprisonment of up to 75 days"
  since kz2021
  cite kz2021.freedom_of_association "Penalties for breaking these provisions include fines and imprisonment of up to 75 days, commensurate with penalties of other laws involving denials of civil rights."

provision union.antiunion_discrimination "No antiunion discrimination; a court may reinstate a worker fired for union activity" {
  applies when worker.union_activity
    or worker.dismissed_for_union_activity
    or worker.other_antiunion_treatment
  note "A court “may” order the reinstatement of a worker fired for union activity: a power of the court, not checked; a court that does not reinstate is not a failure of this rule."
    cite kz2017.freedom_of_association, kz2021.freedom_of_association "a court may order reinstatement of a worker fired for union activity."
  note "The penalties (fines, imprisonment of up to 75 days) are stated by the 2021 report only; the 2017 report states none."

  require not_dismissed "the worker was not dismissed for union membership or union activity":
    not worker.dismissed_for_union_activity
    cite kz2017.freedom_of_association "The law protects workers against antiunion discrimination, and a court may order reinstatement of a worker fired for union activity."
    cite kz2021.freedom_of_association "The law prohibits antiunion discrimination, and a court may order reinstatement of a worker fired for union activity."
    explain "the worker was dismissed because of union membership or activity: {worker.dismissed_for_union_activity}"

  require no_other_discrimination "the worker was not otherwise treated less favourably for union membership or union activity":
    not worker.other_antiunion_treatment
    cite kz2017.freedom_of_association "The law protects workers against antiunion discrimination"
    cite kz2021.freedom_of_association "The law prohibits antiunion discrimination"
    explain "the worker was otherwise treated less favourably because of union membership or activity: {worker.other_antiunion_treatment}"

  penalty antiunion_penalties
}

provision labor.individual_contract_sets_wage "An individual contract between employer and employee sets the wage and the parties' rights and responsibilities (2017)" {
  until kz2017
  applies when employment.employee
  note "The report says the law “provides that” an individual contract sets the wage and outlines the parties’ rights and responsibilities; it says nothing of the contract's form (written or not), which is not checked."
  note "The 2021 report does not mention the rule: under the 2021 law the provision is not stated."

  require contract_sets_wage "an individual contract between the employer and the employee sets the employee's wage":
    employment.individual_contract and employment.contract_sets_wage
    cite kz2017.freedom_of_association "It provides that an individual contract between an employer and an employee sets the employee’s wage"
    explain "individual contract concluded: {employment.individual_contract}; it sets the wage: {employment.contract_sets_wage}"

  require contract_sets_rights "the individual contract outlines the rights and responsibilities of the employee and the employer":
    employment.individual_contract and employment.contract_sets_rights_and_duties
    cite kz2017.freedom_of_association "and outlines the rights and responsibilities of the employee and the employer."
    explain "individual contract concluded: {employment.individual_contract}; it outlines both parties' rights and responsibilities: {employment.contract_sets_rights_and_duties}"
}

provision labor.tripartite_commission "A disagreement the union and the employer cannot settle goes to the tripartite commission (2017: may; 2021: must)" {
  applies when labor_dispute.union_employer_disagreement and not labor_dispute.settled_bilaterally
  note "2017: a disagreement “may” be presented to the tripartite commission, a choice of the parties, so not presenting it complies; 2021: it “must” be presented for arbitration if the employer and the union cannot settle it."
  note "The 2021 report sets no time for presenting the disagreement: one not presented yet is left open, unless the workers have already called or begun a strike over it without presenting it: then it was not presented before the dispute moved on to a strike (workers may not strike unless compulsory arbitration fails; see strike.arbitration_exhausted)."
    since kz2021

  require presented "the disagreement was presented to the tripartite commission for arbitration":
    labor_dispute.presented_to_tripartite_commission
    cite kz2017.freedom_of_association "Disagreements between unions and their employers may be presented to a tripartite commission composed of representatives of the government, labor unions, and employer associations."
    cite kz2021.freedom_of_association "Disagreements between unions and their employers must be presented to a tripartite commission for arbitration if the disagreement cannot be settled between the employer and the union."
    explain "the disagreement the employer and the union could not settle was presented to the tripartite commission: {labor_dispute.presented_to_tripartite_commission}"

  exception optional_2017 for presented "the 2017 report says the disagreement “may” be presented: not presenting it is the parties' choice"
    until kz2017
    when true
    waived
    cite kz2017.freedom_of_association "Disagreements between unions and their employers may be presented to a tripartite commission"

  unsettled no_deadline for presented "the disagreement has not been presented yet and no strike has been called or begun over it: the report sets no time by which it must be presented"
    since kz2021
    when not labor_dispute.presented_to_tripartite_commission and not (strike.called or strike.held)
    cite kz2021.freedom_of_association "Disagreements between unions and their employers must be presented to a tripartite commission for arbitration if the disagreement cannot be settled between the employer and the union."
}

provision union.foreign_unions_and_funding_banned "Foreign workers may join unions; no foreign unions and no foreign financing of unions" {
  applies when union.operates
  note "The union rules reach irregular migrants and self-employed persons residing in the country too: they are not exempt."
    cite kz2017.freedom_of_association "Irregular migrants and self-employed individuals resided in the country were not per se exempt from the law."
    cite kz2021.freedom_of_association "were not exempt from the laws regulating union participation."

  require not_foreign_union "the union is not a foreign union":
    not union.foreign
    cite kz2017.freedom_of_association "but the law prohibits the operation of foreign unions and the financing of unions by foreign entities, such as foreign citizens, governments, and international organizations."
    cite kz2021.freedom_of_association "but the law prohibits the operation of foreign unions and the financing of unions by foreign entities such as foreign citizens, governments, and international organizations."
    explain "the union is a foreign union operating in the country: {union.foreign}"

  require no_foreign_financing "the union was not financed by foreign entities (foreign citizens, governments, international organizations or others)":
    not (union.foreign_funders includes any of {foreign_citizens, foreign_governments, international_organizations, other_foreign})
    cite kz2017.freedom_of_association "the law prohibits the operation of foreign unions and the financing of unions by foreign entities, such as foreign citizens, governments, and international organizations."
    cite kz2021.freedom_of_association "the law prohibits the operation of foreign unions and the financing of unions by foreign entities such as foreign citizens, governments, and international organizations."
    explain "the union was financed by: {union.foreign_funders}"

  require foreign_workers_may_join "no foreign worker was refused membership of the union for being foreign":
    not worker.refused_union_membership_as_foreigner
    cite kz2017.freedom_of_association, kz2021.freedom_of_association "Foreign workers have the right to join unions"
    explain "a foreign worker was refused membership for being foreign: {worker.refused_union_membership_as_foreigner}"
}

provision labor.employee_representatives_unified_body_3d "Labor-related acts negotiated with the official employee representatives; several representatives have three days to form a unified body (2017, Labor Code article 11)" {
  until kz2017
  applies when labor_act.proposed
  note "The report presents article 11 as limiting workers’ rights to make claims on their employers. If the representatives cannot come to consensus, any one of them may accept the act without the consent of the others: such an acceptance counts as negotiation with the representatives."
    cite kz2017.freedom_of_association "If the group cannot come to consensus, any one representative may accept the act without the consent of the others."
  note "The report does not say from when the three days run; they are read from the day the employer put the proposed act to the representatives. Neither does it say whether they are calendar or working days: a unified body formed on the fourth or fifth calendar day is left open."
  note "The 2021 report does not mention article 11: under the 2021 law the provision is not stated."

  require negotiated "the employer negotiated the labor-related act with the official employee representatives":
    labor_act.negotiated_with_representatives
    cite kz2017.freedom_of_association "For example, its Article 11 requires employers to negotiate any labor-related act with official employee representatives."
    explain "the act was negotiated with the official employee representatives: {labor_act.negotiated_with_representatives}"

  require unified_body_in_time "several official representatives formed a unified body within three days":
    done_within(labor_act.unified_body_formed, labor_act.time_to_unified_body, labor_act.time_since_proposal, 3 days)
    cite kz2017.freedom_of_association "If there are multiple official representatives, they have three days in which to form a unified body to discuss the proposed act."
    explain "official representatives: {labor_act.representatives}; unified body formed: {labor_act.unified_body_formed}; {margins}"

  exception single_representative for unified_body_in_time "there is only one official representative (or none): no unified body is needed"
    when labor_act.representatives <= 1
    waived
    cite kz2017.freedom_of_association "If there are multiple official representatives, they have three days in which to form a unified body to discuss the proposed act."

  unsettled working_days for unified_body_in_time "the unified body was formed (or the time ran) on the fourth or fifth calendar day: within three working days, but not within three calendar days, and the report does not say which are meant"
    when done_within(labor_act.unified_body_formed, labor_act.time_to_unified_body, labor_act.time_since_proposal, 5 days)
    cite kz2017.freedom_of_association "they have three days in which to form a unified body to discuss the proposed act."
}
