# Elections and political institutions (catalogue domain I).
#
#   elections.mazhilis_threshold_7pct              2021: a party that does not surpass 7 percent of
#                                                  the vote receives no proportional Mazhilis seats
#   elections.senate_rotation                      2021: 17 of 49 senators rotate every three years;
#                                                  senators are selected by maslikhat electors
#   elections.opinion_poll_requirements            2021: pre-election opinion surveys need
#                                                  registration, five years' experience and CEC
#                                                  notification; moderate fines
#   elections.publication_blackout_5d              2021: no forecasts, election research or support
#                                                  for candidates or parties published within five
#                                                  days before an election
#   elections.candidate_list_quota_30pct           2021: a combined 30 percent quota for women and
#                                                  youth (14 to 29) on candidate lists
#   elections.no_legal_limit_women_minorities      no law limits women's or minorities' political
#                                                  participation (unchecked: states an absence)
#   elections.president_kazakh_fluency             2017: presidential candidates fluent in Kazakh
#   president.two_term_limit                       2017: two presidential terms; Nazarbayev exempt
#   appointments.parliamentary_confirmation        the Mazhilis confirms the prime minister; the
#                                                  Senate the prosecutor general, KNB chief, Supreme
#                                                  Court judges and National Bank head
#   appointments.first_president_coordination      development initiatives coordinated through
#                                                  Nazarbayev; 2021: most appointments in
#                                                  consultation with the Security Council chair
#   constitution.amendment_requires_president_consent   amending the constitution requires the
#                                                  president's consent
#
# Both reports say the government severely limited citizens' ability to choose their government and
# that observers found the elections they describe fell short of democratic standards. hrlaw checks
# the election rules as the reports state them; a compliant verdict says nothing of whether an
# election was free or fair.

# ---------------------------------------------------------------- the election
fact elections.kind: one of {
  presidential "a presidential election",
  mazhilis "an election to the Mazhilis (lower house of parliament)",
  senate "an election of senators (upper house of parliament)",
  maslikhat "an election to a maslikhat (local representative body)",
  other "another election or vote",
} ask "Which election does the case concern?"
fact elections.held_on: date ask "On what date was the election held (election day)?"

# ---------------------------------------------------------------- Mazhilis: party-list seats
fact elections.party_vote_share: percent from 0 to 100
  ask "What share of the votes did the political party receive in the Mazhilis election, in percent?"
fact elections.party_proportional_seats: integer in seats at least 0
  ask "How many Mazhilis seats did the party receive by proportional representation (from its party list)?"

# ---------------------------------------------------------------- Senate rotation
fact elections.senate_seats_elected: integer in seats at least 0
  ask "How many Senate seats were filled at this election of senators (the senators rotated, incumbents re-elected included)?"
fact elections.senate_years_since_previous: integer in years at least 0
  ask "How many calendar years after the previous election of senators was this one held (for example 3 for August 2020 after June 2017)?"
fact elections.senate_electors: one of {
  maslikhat_members "members of maslikhats (local representative bodies) acting as electors",
  other "other electors or another procedure",
} ask "Who selected the senators at this election?"

# ---------------------------------------------------------------- opinion surveys
fact poll.before_election: bool
  ask "Was a public opinion survey about an election conducted (or published) ahead of the election?"
fact poll.registered: bool
  ask "Was the person or organization conducting the survey registered as the law requires for pre-election surveys? (The report does not say with whom.)"
fact poll.experience: duration in years
  ask "How many years of experience in conducting public opinion surveys does the person or organization conducting the survey have?"
fact poll.cec_notified: bool ask "Was the Central Election Commission (CEC) notified of the survey?"

# ---------------------------------------------------------------- publications before an election
fact elections.publication_content: set of {
  forecast "an election forecast",
  election_research "other research related to the election (for example a survey's results)",
  candidate_support "support for a particular candidate",
  party_support "support for a particular political party",
  other "other material",
}
  ask "What did the publication contain? List every one that applies (an empty list if none of these)."
fact elections.published_on: date ask "On what date was the material published?"
define elections.publication_lead = elections.held_on - elections.published_on
  means "time from the publication until election day"

# ---------------------------------------------------------------- candidates and candidate lists
fact candidate.office: one of {
  president "the presidency",
  mazhilis "the Mazhilis",
  senate "the Senate",
  maslikhat "a maslikhat",
  other "another office",
} ask "For which office is the person a candidate, or seeking registration as one?"
fact candidate.registered: bool ask "Was the person registered as a candidate?"
fact candidate.fluent_in_kazakh: bool
  ask "Is the person fluent in Kazakh? The report does not say how fluency is tested: answer as the election commission or a court found, and leave it out if nobody has decided it."
fact candidate.list_submitted: bool
  ask "Was a list of candidates (for example a political party's list) put forward for an election?"
fact candidate.list_size: integer in persons at least 1 ask "How many candidates are on the list?"
fact candidate.list_women_or_youth: integer in persons at least 0
  ask "How many candidates on the list are women, or young people aged 14 to 29, or both? Count each person once: a woman aged 29 counts once."
constraint candidate.quota_within_list "more candidates are counted as women or youth than the list holds":
  candidate.list_women_or_youth <= candidate.list_size
define candidate.list_women_youth_share = candidate.list_women_or_youth / candidate.list_size
  means "share of the candidates on the list who are women or young people (aged 14 to 29)"

# ---------------------------------------------------------------- the presidency
fact president.elected: bool
  ask "Was the person elected president (the case concerns a presidential term that begins with this election)?"
fact president.previous_terms: integer in terms at least 0
  ask "How many presidential terms had the person served before this election? Count each term once, also one cut short by an early election."
fact president.previous_terms_consecutive: bool
  ask "Were all the person's previous terms served one after the other, the last one ending with this election (no other president in between)?"
fact president.first_president: bool
  ask "Is the person Nursultan Nazarbayev, the first president of Kazakhstan?"
fact president.development_initiative: bool
  ask "Does the case concern an initiative on the country’s development (a state program, strategy or similar initiative)?"
fact president.initiative_coordinated_with_first_president: bool
  ask "Was the initiative coordinated through the first president, Nursultan Nazarbayev?"

# ---------------------------------------------------------------- appointments
fact appointments.post: one of {
  prime_minister "prime minister",
  prosecutor_general "prosecutor general",
  knb_chief "chief of the Committee for National Security (KNB)",
  supreme_court_judge "a judge of the Supreme Court",
  national_bank_head "head of the National Bank",
  cabinet_member "a member of the cabinet",
  lower_court_judge "a judge of a lower court",
  regional_governor "a regional governor (akim)",
  other "another post",
} ask "To which post did the president appoint the person?"
fact appointments.confirmed_by: set of {
  mazhilis "the Mazhilis (lower house)",
  senate "the Senate (upper house)",
}
  ask "Which chambers of parliament confirmed the appointment? List every one (an empty list if none did)."
fact appointments.security_council_chair_consulted: bool
  ask "Was the appointment made in consultation with the chairman of the Security Council (Nursultan Nazarbayev, for life since 2018)?"

# ---------------------------------------------------------------- the constitution
fact constitution.amended: bool
  ask "Was the constitution changed or amended (an amendment adopted)?"
fact constitution.president_consented: bool
  ask "Did the president consent to the change or amendment?"

# ---------------------------------------------------------------- penalties the reports state
penalty poll_moderate_fines "moderate fines for individuals or organizations"
  since kz2021
  cite kz2021.recent_elections "Violation of the law leads to moderate fines for individuals or organizations."

# ================================================================= provisions

provision elections.mazhilis_threshold_7pct "A party that does not surpass 7 percent of the vote receives no proportional seats in the Mazhilis (2021)" {
  since kz2021
  applies when elections.kind is mazhilis
  note "The 2017 report does not state the threshold: under the 2017 law the provision is not stated."
  note "The report states the threshold through the 2021 results: parties with 5 and 3.57 percent “did not surpass” it and received no seats, while parties with 71, 10.95 and 9.1 percent received seats. A party that surpasses the threshold is read as entitled to a share of the proportional seats; the report gives no seat-allocation formula, so the number of seats is not checked."
    cite kz2021.recent_elections "The ruling Nur Otan Party won a reported 71 percent of the vote and received 76 seats in the Mazhilis, the Ak Zhol Party won 10.95 percent and received 12 seats, and the People’s Party won 9.1 percent and received 10 seats."
  note "“Did not surpass the 7-percent threshold” does not say whether a party with exactly 7 percent passes it: that case is left open."

  require seats_by_threshold "a party that does not surpass 7 percent of the vote receives no proportional seats; a party that surpasses it receives a share of them":
    if elections.party_vote_share > 7% then elections.party_proportional_seats >= 1 else elections.party_vote_share < 7% and elections.party_proportional_seats = 0
    cite kz2021.recent_elections "Political parties Auyl, with 5 percent of votes, and Adal, with 3.57 percent, did not surpass the 7-percent threshold for proportional representation in the Mazhilis and so received no seats."
    cite kz2021.recent_elections "the Ak Zhol Party won 10.95 percent and received 12 seats, and the People’s Party won 9.1 percent and received 10 seats."
    explain "share of the vote: {elections.party_vote_share}; proportional seats received: {elections.party_proportional_seats}; only a party that surpasses the 7-percent threshold receives proportional seats"

  unsettled exactly_seven for seats_by_threshold "the party received exactly 7 percent: the report does not say whether reaching the threshold is surpassing it"
    when elections.party_vote_share = 7%
    cite kz2021.recent_elections "did not surpass the 7-percent threshold for proportional representation in the Mazhilis and so received no seats."
}

provision elections.senate_rotation "Senate elections: 17 of 49 senators rotate every three years (2021), selected by maslikhat members acting as electors" {
  applies when elections.kind is senate
  note "The 2017 report states no rotation rule: it reports that on June 28 16 of the 47 senators were selected (its executive summary dates the same election June 26). Under the 2017 law the number and interval are not stated; the electors are."
    until kz2017
    cite kz2017.recent_elections "On June 28, of the 47 members of the Senate, 16 were selected by members of maslikhats--local representative bodies--acting as electors"
    cite kz2017.executive_summary "On June 26, Kazakhstan selected 16 of 47 senators, members of the parliament’s upper house, in an indirect election tightly controlled by local governors working in concurrence with the presidential administration."
  note "Both reports describe the selection by maslikhat members as the way the senators were chosen at the election they report, not as a quoted statute; it is read as the procedure the law provides. The reports say nothing of the senators not elected this way."
  note "“Every three years” is read in calendar years (an election in 2020 is three years after one in 2017), not as an exact span of days: the report presents the August 2020 election as following the requirement, and the previous election the reports record was in June 2017. The report does not say what happens when an election is held early or late."
    since kz2021
    cite kz2021.recent_elections "In August 2020 the country held Senate elections, following the legal requirement that 17 of 49 senators rotate every three years."

  require seventeen_rotated "17 of the 49 senators were elected at the rotation":
    elections.senate_seats_elected = 17
    since kz2021
    cite kz2021.recent_elections "following the legal requirement that 17 of 49 senators rotate every three years."
    explain "senators elected: {value}; the law rotates {limit}"

  require three_years "the rotation came three years after the previous one":
    elections.senate_years_since_previous = 3
    since kz2021
    cite kz2021.recent_elections "following the legal requirement that 17 of 49 senators rotate every three years."
    explain "years since the previous election of senators: {value}; the senators rotate every three years"

  require maslikhat_electors "the senators were selected by members of maslikhats acting as electors":
    elections.senate_electors is maslikhat_members
    cite kz2017.recent_elections "16 were selected by members of maslikhats--local representative bodies--acting as electors to represent each oblast--administrative region--and the cities of Astana and Almaty."
    cite kz2021.recent_elections "Senators were selected by members of maslikhats (local representative bodies) acting as electors to represent each administrative region and the cities of national significance."
    explain "the senators were selected by {elections.senate_electors}"
}

provision elections.opinion_poll_requirements "Public opinion surveys ahead of elections require registration, five years of experience and notification to the CEC (2021)" {
  since kz2021
  applies when poll.before_election
  note "The 2017 report does not state these rules: under the 2017 law the provision is not stated."
  note "The report does not say who must be registered, with whom, or whose experience counts; they are read as the person or organization conducting the survey. “Ahead of elections” is not given a period."
  note "The report gives no amount for the “moderate fines”."

  require registered "the person or organization conducting the survey was registered":
    poll.registered
    cite kz2021.recent_elections "Laws restrict public opinion surveys ahead of elections by requiring registration, five years of experience, and notification to the Central Election Commission (CEC)."
    explain "registered: {poll.registered}"

  require five_years_experience "the person or organization conducting the survey had at least five years of experience":
    poll.experience >= 5 years
    cite kz2021.recent_elections "Laws restrict public opinion surveys ahead of elections by requiring registration, five years of experience, and notification to the Central Election Commission (CEC)."
    explain "experience: {value}; at least {limit} is required ({margin})"

  require cec_notified "the Central Election Commission was notified of the survey":
    poll.cec_notified
    cite kz2021.recent_elections "Laws restrict public opinion surveys ahead of elections by requiring registration, five years of experience, and notification to the Central Election Commission (CEC)."
    explain "CEC notified: {poll.cec_notified}"

  penalty poll_moderate_fines
}

provision elections.publication_blackout_5d "No election forecasts, election research or support for candidates or parties published within five days before an election (2021)" {
  since kz2021
  applies when elections.publication_content includes any of {forecast, election_research, candidate_support, party_support}
    and elections.published_on <= elections.held_on
  note "The 2017 report does not state the prohibition: under the 2017 law the provision is not stated."
  note "“Within five days prior to elections” is read as the five days before election day, the fifth day before it included. Whether election day itself is covered the report does not say: a publication on election day is left open. A publication after election day is outside the prohibition (not applicable)."
  note "The report does not say whom the prohibition binds; it is read as binding anyone who publishes."

  require not_in_blackout "the material was not published within the five days before election day":
    elections.publication_lead > 5 days
    cite kz2021.recent_elections "The law prohibits publishing, within five days prior to elections, election forecasts and other research related to elections, or support for particular candidates or political parties."
    explain "time from the publication to election day: {value}; publication is prohibited within {limit} before it"

  unsettled election_day for not_in_blackout "the material was published on election day: the report prohibits publication “within five days prior to elections” and does not say whether election day is included"
    when elections.publication_lead = 0 days
    cite kz2021.recent_elections "The law prohibits publishing, within five days prior to elections, election forecasts and other research related to elections"
}

provision elections.candidate_list_quota_30pct "A combined 30 percent quota for women and youth (aged 14 to 29) on lists of candidates (2021)" {
  since kz2021
  applies when candidate.list_submitted
  note "The 2017 report states no quota, only that there were no legal restrictions on the participation of women or minorities: under the 2017 law the provision is not stated."
    cite kz2017.women_minorities_politics "although there were no legal restrictions on the participation of women or minorities in politics."
  note "“A combined 30 percent quota for women and youth” is read as one quota for the two groups together: at least 30 percent of the candidates are women or young people, each person counted once (a young woman counts once). “Between ages 14 and 29” is read as including both ages."
  note "The report does not say which elections use lists of candidates, nor how a list that misses the quota is treated."

  require quota_met "at least 30 percent of the candidates on the list are women or young people (14 to 29)":
    candidate.list_women_youth_share >= 0.3
    cite kz2021.women_minorities_politics "The law mandates a combined 30 percent quota for women and youth in the lists of candidates running for elections."
    cite kz2021.women_minorities_politics "Youth are defined as persons between ages 14 and 29."
    explain "women or young people on the list: {candidate.list_women_or_youth} of {candidate.list_size}, a share of {value}; at least 30 percent (0.3) is required"
}

unchecked elections.no_legal_limit_women_minorities "No law limits the participation of women or members of minority groups in the political process" {
  applies when candidate.list_submitted or candidate.registered
  because "the reports state that no law limits women's or minorities' participation: an absence of restriction, with no duty or prohibition whose breach facts could show; the practical hindrance the reports describe comes from traditional attitudes, not law"
  cite kz2017.women_minorities_politics "Traditional attitudes sometimes hindered women from holding high office or playing active roles in political life, although there were no legal restrictions on the participation of women or minorities in politics."
  cite kz2021.women_minorities_politics "No law limits participation of women or members of minority groups in the political process, but traditional attitudes sometimes hindered women from holding high office or playing active roles in political life."
}

provision elections.president_kazakh_fluency "Presidential candidates must be fluent in Kazakh (2017)" {
  until kz2017
  applies when candidate.office is president
  note "The 2021 report does not state the requirement: under the 2021 law the provision is not stated."
  note "The report does not say how fluency is established. A candidate is read as a registered candidate: refusing to register an applicant who is not fluent complies."
  note "The 2017 report gives the requirement in its section on national, racial and ethnic minorities, next to the law's prohibition of discrimination based on language and its statement that there were no legal restrictions on the participation of minorities in politics."
    cite kz2017.ethnic_minorities "The law does not require the ability to speak Kazakh for entry into the civil service and prohibits discrimination based on language."
    cite kz2017.women_minorities_politics "although there were no legal restrictions on the participation of women or minorities in politics."

  require fluent "a registered presidential candidate is fluent in Kazakh":
    not candidate.registered or candidate.fluent_in_kazakh
    cite kz2017.ethnic_minorities "The law requires presidential candidates to be fluent in Kazakh."
    explain "registered as a presidential candidate: {candidate.registered}; fluent in Kazakh: {candidate.fluent_in_kazakh}"
}

provision president.two_term_limit "A president serves at most two terms; constitutional amendments exempt President Nazarbayev (2017)" {
  until kz2017
  applies when president.elected
  note "The 2021 report does not state the term limit: under the 2021 law the provision is not stated."
  note "The report names the limit only through the amendments that exempt President Nazarbayev from it; it does not say whether the two terms must be consecutive. A third term after a break is left open."
  note "The same amendments protect Nazarbayev from prosecution; that protection is not checked here."
    cite kz2017.political_process "Constitutional amendments exempt President Nazarbayev from the two-term presidential term limit and protect him from prosecution."

  require at_most_two_terms "the person had served at most one presidential term before this election":
    president.previous_terms <= 1
    cite kz2017.political_process "Constitutional amendments exempt President Nazarbayev from the two-term presidential term limit"
    explain "previous presidential terms: {value}; the limit is two terms in all"

  exception first_president for at_most_two_terms "the person is Nursultan Nazarbayev, whom constitutional amendments exempt from the two-term limit"
    when president.first_president
    waived
    cite kz2017.political_process "Constitutional amendments exempt President Nazarbayev from the two-term presidential term limit and protect him from prosecution."

  unsettled not_consecutive for at_most_two_terms "the previous terms were not all served immediately before this one: the report does not say whether the limit counts only consecutive terms"
    when not president.previous_terms_consecutive
    cite kz2017.political_process "Constitutional amendments exempt President Nazarbayev from the two-term presidential term limit"
}

provision appointments.parliamentary_confirmation "The Mazhilis confirms the president's choice of prime minister; the Senate confirms the prosecutor general, KNB chief, Supreme Court judges and National Bank head" {
  applies when appointments.post in {prime_minister, prosecutor_general, knb_chief, supreme_court_judge, national_bank_head}
  note "The president appoints the other high-level officials the reports list (cabinet, lower-level judges, regional governors) without a confirmation the reports state."
    cite kz2017.political_process, kz2021.political_process "The president appoints and dismisses most high-level government officials, including the prime minister, cabinet, prosecutor general, KNB chief, Supreme Court and lower-level judges, and regional governors."
  note "Both reports add that parliament has always confirmed the president's nominations."
    cite kz2017.political_process "Parliament has never failed to confirm a presidential nomination."
    cite kz2021.political_process "The Mazhilis and the Senate always confirmed presidential nominations."

  require mazhilis_confirms_pm "a prime minister was confirmed by the Mazhilis":
    appointments.post is not prime_minister or appointments.confirmed_by includes any of {mazhilis}
    cite kz2017.political_process, kz2021.political_process "The Mazhilis must confirm the president’s choice of prime minister"
    explain "post: {appointments.post}; confirmed by: {appointments.confirmed_by}"

  require senate_confirms "a prosecutor general, KNB chief, Supreme Court judge or National Bank head was confirmed by the Senate":
    appointments.post is prime_minister or appointments.confirmed_by includes any of {senate}
    cite kz2017.political_process, kz2021.political_process "the Senate must confirm the president’s choices of prosecutor general, KNB chief, Supreme Court judges, and National Bank head."
    explain "post: {appointments.post}; confirmed by: {appointments.confirmed_by}"
}

provision appointments.first_president_coordination "Initiatives on the country's development are coordinated through the first president; 2021: most high-level appointments are made in consultation with the Security Council chair" {
  applies when president.development_initiative
    or appointments.post in {prime_minister, prosecutor_general, knb_chief, supreme_court_judge, national_bank_head, cabinet_member, lower_court_judge, regional_governor}
  note "The 2017 report gives the coordination of initiatives in the two “Leader-of-the-Nation laws”; the 2021 report in “the law”. Neither defines an initiative on the country’s development."
  note "The consultation with the chairman of the Security Council (a position granted to Nazarbayev for life in 2018) appears only in the 2021 report, for “most of these appointments”: the report does not say which. An appointment without the consultation is left open; under the 2017 law the consultation is not stated."
    since kz2021
    cite kz2021.political_process "The law requires most of these appointments to be made in consultation with the chairman of the Security Council, a position that was granted in 2018 to then president Nazarbayev for his lifetime."
  note "The same laws give Nazarbayev lifetime membership on the Constitutional Council (2017: and the Security Council, and the chair of the Kazakhstan People’s Assembly) and allow him to address the people at any time; these are not checked."
    cite kz2017.political_process "Two laws, termed “Leader-of-the-Nation laws,” establish President Nazarbayev as chair of the Kazakhstan People’s Assembly, grant him lifetime membership on the Constitutional and Security Councils, allow him “to address the people of Kazakhstan at any time,”"
    cite kz2021.political_process "The law also grants Nazarbayev lifetime membership on the Constitutional Council, allows him “to address the people of Kazakhstan at any time,”"

  require initiatives_coordinated "an initiative on the country’s development was coordinated through the first president":
    not president.development_initiative or president.initiative_coordinated_with_first_president
    cite kz2017.political_process, kz2021.political_process "that all “initiatives on the country’s development” must be coordinated through him."
    explain "initiative on the country’s development: {president.development_initiative}; coordinated through the first president: {president.initiative_coordinated_with_first_president}"

  require security_council_consulted "the appointment was made in consultation with the chairman of the Security Council":
    appointments.post not in {prime_minister, prosecutor_general, knb_chief, supreme_court_judge, national_bank_head, cabinet_member, lower_court_judge, regional_governor}
      or appointments.security_council_chair_consulted
    since kz2021
    cite kz2021.political_process "The law requires most of these appointments to be made in consultation with the chairman of the Security Council"
    explain "post: {appointments.post}; Security Council chairman consulted: {appointments.security_council_chair_consulted}"

  unsettled which_appointments for security_council_consulted "the report requires the consultation for “most” of the appointments it lists and does not say which"
    since kz2021
    when true
    cite kz2021.political_process "The law requires most of these appointments to be made in consultation with the chairman of the Security Council"
}

provision constitution.amendment_requires_president_consent "Changing or amending the constitution requires the president's consent" {
  applies when constitution.amended
  note "The executive summaries say amendments “require” presidential consent; section 3 of both reports says modifying the constitution “effectively requires” it, which may describe the president's power in practice rather than a formal rule. Both passages make consent necessary, and an amendment without it is checked as breaching the rule."
    cite kz2017.political_process, kz2021.political_process "Modifying or amending the constitution effectively requires the president’s consent."

  require consented "the president consented to the change or amendment":
    constitution.president_consented
    cite kz2017.executive_summary, kz2021.executive_summary "Changes or amendments to the constitution require presidential consent."
    cite kz2017.political_process, kz2021.political_process "Modifying or amending the constitution effectively requires the president’s consent."
    explain "president consented: {constitution.president_consented}"
}
