# Speech, media and internet (catalogue domain F).
#
#   internet.suspension_without_court_order         powers to suspend communications without a
#                                                   court order: the prosecutor general in listed
#                                                   cases (2017); the cabinet, and listed agencies
#                                                   in emergencies (2021)
#   libel.criminal_liability                        criminal liability for libel removed in 2020
#                                                   (2021 report)
#   speech.insult_president                         no insulting the president (2021: the first or
#                                                   sitting president) or their families; up to 5
#                                                   years (2021)
#   speech.false_information                        intentionally spreading false information: up
#                                                   to 10 years, 12.96 million tenge (2017); 5 years
#                                                   (2021)
#   speech.leader_private_and_economic_info         no releasing the (first) president's health,
#                                                   finances, private life, or certain economic data
#   speech.unreliable_information_national_security no deliberate distortion and spreading of
#                                                   unreliable information against national security
#   speech.extremism_discord_publication            no publishing statements promoting extremism or
#                                                   inciting discord
#   media.content_restriction_security_discord      no media content undermining state security or
#                                                   advocating discord (alias
#                                                   media.internet_resources_are_mass_media)
#   media.liability_unless_official_source          no liability for content from an official source
#   media.veracity_burden                           2017: publishers must prove veracity regardless
#                                                   of source (contested with the above)
#   media.registration_required                     media register with the ministry; websites exempt
#   media.foreign_programming_cap                   foreign programming at most 20% (2017), 50% (2021)
#   media.social_emergency_precensorship_24h        in a social emergency, information provided for
#                                                   approval 24 hours ahead
#   libel.defamation_in_mass_media_penalties        defamation in mass media or networks punished
#   libel.no_limitation_no_cap                      2017: no statute of limitation, no cap on damages
#   telecom.obey_orders_terror_riots                network owners and providers obey orders in
#                                                   terrorist attacks and mass riots
#   internet.no_anonymous_comments                  2021: no anonymous comments on media websites
#   internet.kz_domain_local_servers                .kz sites keep servers (2021: and databases) in
#                                                   the country
#   internet.cafe_requirements                      internet cafes: cameras, visitors' ID, site log
#   unchecked: media.social_emergency_equipment_controls, libel.enhanced_penalties_officials
#
# The facts describe one statement or publication (`speech.*`: what it said, whom it concerned, how
# a court found it, what sentence followed), one media outlet (`media.*`), one libel case
# (`libel.*`) and one internet measure or site (`internet.*`). A violation of a speech provision
# means that the statement breached domestic law as the reports state it; the reports describe
# these laws as limiting freedom of expression, and hrlaw checks domestic law as reported: a
# verdict of "compliant" is not a finding that a restriction meets international standards.

# ---------------------------------------------------------------- the statement
fact speech.about: set of {
  sitting_president "the president in office at the time of the statement",
  first_president "the first president (Nazarbayev) after he left office",
  sitting_president_family "a member of the family of the president in office",
  first_president_family "a member of the first president’s family, after he left office",
  senior_official "another senior government official",
  other_official "another government official",
  other "another person, or no one",
}
  ask "Whom did the statement or publication concern? List every one that applies. Nazarbayev was the president in office until March 2019 and the first president after."
fact speech.published: bool
  ask "Did the person publish the statement: in print, on radio or television, or online (including a social media post or repost)?"
fact speech.insulting: bool
  ask "Did the statement insult the person it concerned (infringe on their dignity and honor)? Answer as a court found; leave it out if nobody has decided it."
fact speech.information_false: bool
  ask "Was the information the person spread false? Answer as a court found; leave it out if nobody has decided it."
fact speech.spread_intentionally: bool
  ask "Did the person spread the information intentionally, knowing it to be false?"
fact speech.conviction: one of {
  none "the person was not convicted for the statement",
  insult_president "insulting the (first) president or their families",
  false_information "intentionally spreading false information",
  other "another offence",
} ask "Of what offence was the person convicted for the statement?"
fact speech.prison_term: duration in years
  ask "How long a prison sentence was the person given for the statement, in one sentence? Answer 0 years if the sentence included no imprisonment."
fact speech.fine: money at least 0
  ask "What fine was the person given for the statement, in tenge? Answer 0 tenge if none."
fact speech.deliberate_distortion: bool
  ask "Did the person deliberately distort information? Answer as a court found."
fact speech.unreliable_information: bool
  ask "Did the person spread unreliable information? Answer as a court found; the report does not define the term."
fact speech.detriment_national_security: bool
  ask "Did the statement influence public or individual consciousness to the detriment of national security? Answer as a court found."
fact speech.promotes_extremism: bool
  ask "Did the published statement promote or glorify “extremism”? Answer as a court found; the reports note the term is not clearly defined."
fact speech.incites_discord: bool
  ask "Did the published statement incite discord (the 2017 report: social discord)? Answer as a court found; the reports note the term is not clearly defined."

fact information.released: set of {
  health "the health of the president or first president",
  finances "the finances of the president or first president",
  private_life "the private life of the president or first president",
  mineral_reserves "data on mineral reserves",
  foreign_debt "data on government debts to foreign creditors",
  other_economic "other economic information",
  none "none of these",
}
  ask "What information did the person release? List every one that applies (none if none of these). For health, finances and private life, say in speech.about whose they were."

define speech.insult_protected_2021 =
  speech.insulting
    and speech.about includes any of {sitting_president, first_president, sitting_president_family, first_president_family}
  means "the statement insulted the first president, the sitting president or their families"
define speech.false_spread_intentionally = speech.information_false and speech.spread_intentionally
  means "the person intentionally spread false information"
define information.leader_personal =
  information.released includes any of {health, finances, private_life}
  means "the released information concerned health, finances or private life"

parameter speech.false_information_max_prison: duration
  means "longest imprisonment for intentionally spreading false information"
  kz2017 10 years
    cite kz2017.freedom_of_expression "penalizes “intentionally spreading false information” with fines of up to 12.96 million tenge ($40,000) and imprisonment for up to 10 years."
  kz2021 5 years
    cite kz2021.freedom_of_expression "The law penalizes “intentionally spreading false information” with large fines and imprisonment for up to five years if convicted."

# ---------------------------------------------------------------- media outlets
fact media.outlet_type: one of {
  print "a newspaper, magazine or other print outlet",
  television "a television station",
  radio "a radio station",
  news_agency "a news agency",
  website "a website (including a news site or social media page)",
  other "another mass medium",
} ask "What kind of media outlet is it?"
fact media.registered: bool
  ask "Was the outlet registered with the ministry in charge of information (2017: Information and Communication; 2021: Information and Social Development)?"
fact media.station_locally_based: bool
  ask "Is the broadcasting station locally based (not a foreign-based broadcasting company)?"
fact media.weekly_broadcast_time: duration in hours
  ask "How many hours did the station broadcast in the week in question, in total?"
fact media.weekly_foreign_time: duration in hours
  ask "How many of those hours were foreign-produced programming?"
fact media.content_published: bool
  ask "Did the outlet (including a website or social media account, which the law treats as mass media) publish or broadcast the content in question?"
fact media.content_undermines_state_security: bool
  ask "Did the content undermine state security? Answer as a court or the authorities found."
fact media.content_advocates_discord: set of {class, social, racial, national, religious}
  ask "What kind of discord did the content advocate? List every one (an empty list if none)."
fact media.role: one of {
  owner,
  editor,
  distributor,
  publishing_house "a publishing house",
  journalist,
  other "someone else",
} ask "What was the person’s role in publishing the content?"
fact media.held_liable: bool
  ask "Was the person held civilly or criminally responsible (liable) for the published content?"
fact media.content_official_source: bool
  ask "Did the content come from an official source (a government body or official)?"
fact media.veracity_proven: bool
  ask "Did the person prove the veracity (truth) of the published information?"
fact media.equipment_measure: bool
  ask "Did the government restrict or ban copying equipment, broadcasting equipment or audio and video recording devices, or seize loudspeakers (sound-enhancing equipment)?"
fact media.social_emergency: bool
  ask "Was a “social emergency” in force in the territory when the measure was taken: an emergency caused by contradictions and conflicts in social relations that may cause or have caused loss of life, personal injury, significant property damage or violation of the conditions of the population?"
fact media.precensorship_required: bool
  ask "Did the government require the outlet to provide its print, audio or video information for government approval before publication or broadcasting?"
fact media.submitted_at: datetime
  ask "When did the outlet provide the information to the authorities for approval?"
fact media.released_at: datetime ask "When did the outlet publish or broadcast the information?"

define media.foreign_share = media.weekly_foreign_time / media.weekly_broadcast_time
  means "share of the station’s weekly broadcast time given to foreign-produced programming"
define media.submission_lead_time = media.released_at - media.submitted_at
  means "time from providing the information for approval until publishing or broadcasting it"

constraint media.foreign_within_total "more hours of foreign-produced programming than of all programming":
  media.weekly_foreign_time <= media.weekly_broadcast_time
constraint media.broadcast_some "a station that broadcast no programming at all in the week (no share of it can be foreign)":
  media.weekly_broadcast_time > 0 hours

parameter media.foreign_programming_cap: number
  means "largest share of a locally based station’s weekly broadcast time for foreign-produced programming"
  kz2017 0.2
    cite kz2017.press_freedom "The law limits the simultaneous broadcast of foreign-produced programming to 20 percent of a locally based station’s weekly broadcast time."
  kz2021 0.5
    cite kz2021.press_freedom "The law limits the broadcast of foreign-produced programming to 50 percent of a locally based station’s weekly broadcast time."

# ---------------------------------------------------------------- libel
fact libel.proceeding: one of {
  criminal "criminal proceedings (a criminal libel charge or suit)",
  administrative "administrative proceedings (for example an administrative fine or arrest)",
  civil "a civil suit",
} ask "In what kind of proceedings was the person charged or sued for libel, slander or defamation?"
fact libel.channel: one of {
  mass_media "in mass media",
  network "in an “information-communication network” (online, including social media)",
  other "otherwise (for example orally, in private)",
} ask "Where were the remarks made?"
fact libel.defamatory: bool
  ask "Were the remarks defamatory? Answer as a court found; leave it out if nobody has decided it."
fact libel.dismissed_as_time_barred: bool
  ask "Was the libel claim or charge dismissed as brought too late (time-barred)?"

# ---------------------------------------------------------------- internet
fact internet.suspended: bool
  ask "Was access to the internet, a website or another means of communication (a communication network or service) suspended or blocked by a state body?"
fact internet.court_order: bool ask "Did a court order the suspension?"
fact internet.suspended_by: one of {
  cabinet "the cabinet (the government)",
  prosecutor_general "the Prosecutor General (the Prosecutor General’s Office)",
  knb "the KNB (National Security Committee)",
  defense "the Ministry of Defense",
  internal_affairs "the Ministry of Internal Affairs",
  emergency_situations "the Ministry of Emergency Situations",
  other "another body (for example the Ministry of Information)",
} ask "Which body ordered the suspension?"
fact internet.suspension_grounds: set of {
  emergency "an emergency situation",
  emergency_risk "a risk of an emergency",
  criminal_use "communication networks used for criminal purposes to harm the interests of an individual, society or the state",
  election_law "dissemination of information violating the Election Law",
  extremist_calls "information containing calls for extremist or terrorist activities, riots, or participation in large-scale (public) activities carried out in violation of the established order",
  other "another ground (for example a protest, or content the authorities found objectionable)",
} ask "On what grounds was the suspension ordered? List every ground that applies."
fact internet.order_situation: one of {
  terrorist_attack "a terrorist attack",
  mass_riots "suppressing mass riots",
  other "another situation",
} ask "In what situation did the authorities give the order to the network owner or provider?"
fact internet.order_given: bool
  ask "Did the authorities give an order to the owner of a communication network or another service provider?"
fact internet.order_obeyed: bool ask "Did the owner or provider obey the order?"
fact internet.media_site: bool
  ask "Is the website a media outlet’s website that takes comments from the public?"
fact internet.anonymous_comments_allowed: bool
  ask "Could citizens leave comments on the site anonymously, without registering?"
fact internet.commenters_registered: bool ask "Did the site register all its online commenters?"
fact internet.registration_requested: bool
  ask "Did a law enforcement agency request the commenters’ registration information?"
fact internet.registration_provided: bool
  ask "Did the site make the registration information available to the law enforcement agency?"
fact internet.kz_domain: bool ask "Is the site registered under the country’s .kz internet domain?"
fact internet.servers_abroad: bool ask "Were the site’s servers placed outside the country?"
fact internet.databases_abroad: bool
  ask "Were the site’s computer databases placed outside the country?"
fact internet.cafe: bool ask "Is the place an internet cafe?"
fact internet.cafe_cameras: bool ask "Were surveillance cameras installed in the internet cafe?"
fact internet.cafe_id_checked: bool
  ask "Did the internet cafe require visitors to present identification to use the internet?"
fact internet.cafe_site_log: bool ask "Did the internet cafe keep a log of visited websites?"

# ---------------------------------------------------------------- penalties the reports state
penalty insult_president_up_to_5_years "up to five years’ imprisonment"
  since kz2021
  cite kz2021.freedom_of_expression "The law expressly prohibits insulting the first president, the sitting president, or their families, and imposes penalties of up to five years’ imprisonment for conviction."

penalty false_information_2017 "fines of up to 12.96 million tenge ($40,000) and imprisonment for up to 10 years"
  until kz2017
  cite kz2017.freedom_of_expression "penalizes “intentionally spreading false information” with fines of up to 12.96 million tenge ($40,000) and imprisonment for up to 10 years."

penalty false_information_2021 "large fines and imprisonment for up to five years"
  since kz2021
  cite kz2021.freedom_of_expression "The law penalizes “intentionally spreading false information” with large fines and imprisonment for up to five years if convicted."

penalty defamation_heavy_fines_prison "heavy fines and prison terms"
  cite kz2017.libel "The law includes penalties for defamatory remarks made in mass media or “information-communication networks,” including heavy fines and prison terms."
  cite kz2021.libel "The law includes penalties for conviction of defamatory remarks made in mass media or “information-communication networks,” including heavy fines and prison terms."

# ================================================================= provisions

provision internet.suspension_without_court_order "Who may suspend the internet and other communications without a court order, and on what grounds" {
  applies when internet.suspended and not internet.court_order
  note "Both reports grant powers to suspend without a court order: in 2017 the prosecutor general, in the cases the law lists; in 2021 the cabinet, and the Prosecutor General’s Office, the KNB and the ministries of Defense, Internal Affairs and Emergency Situations in emergency situations or when there is a risk of one. Neither report says that every other suspension needs a court order or is unlawful: a suspension without a court order outside these powers is left open, and a suspension within them is compliant with domestic law as reported. Two readings of a suspension outside them: that the words “without a court order” imply that every other suspension needs one (a violation), or that the reports describe the powers and say nothing of other suspensions."
  note "The 2021 report says the cabinet has the power with no stated ground; its suspension is read as within its power whatever the ground."
    since kz2021
    cite kz2021.internet_freedom "The cabinet has the power to suspend access to the internet and other means of communication without a court order."
  note "Blocking a single website is read as suspending a means of communication; the reports describe blocked websites and internet access blocked during protests without naming the legal basis."
    cite kz2021.internet_freedom "During protests, access to internet was often blocked to eliminate the ability to livestream and share live updates."
    cite kz2017.internet_freedom "Observers reported the government blocked or slowed access to opposition websites."

  require within_power_2017 "the suspension without a court order was made by the prosecutor general, in a case the law lists":
    internet.suspended_by is prosecutor_general
      and internet.suspension_grounds includes any of {criminal_use, election_law, extremist_calls}
    until kz2017
    cite kz2017.censorship "The law allows the prosecutor general to suspend access to the internet and other means of communication without a court order."
    cite kz2017.censorship "The prosecutor general may suspend communication services in cases where communication networks are used “for criminal purposes to harm the interests of an individual, society, or the state, or to disseminate information violating the Election Law… or containing calls for extremist or terrorist activities, riots, or participation in large-scale (public) activities carried out in violation of the established order.”"
    explain "suspended by: {internet.suspended_by}; grounds: {internet.suspension_grounds}; no court order"

  unsettled outside_powers_2017 for within_power_2017 "the suspension without a court order falls outside the power the 2017 report describes, which does not say that every other suspension needs a court order"
    until kz2017
    when true
    cite kz2017.censorship "The law allows the prosecutor general to suspend access to the internet and other means of communication without a court order."
    explain "suspended by {internet.suspended_by} on the grounds {internet.suspension_grounds} without a court order: outside the prosecutor general’s power as the 2017 report describes it, which does not say what becomes of other suspensions"

  require within_power_2021 "the suspension without a court order was made by the cabinet, or by the Prosecutor General’s Office, the KNB or the ministries of Defense, Internal Affairs or Emergency Situations in an emergency situation or when there was a risk of one":
    internet.suspended_by is cabinet
      or (internet.suspended_by in {prosecutor_general, knb, defense, internal_affairs, emergency_situations} and internet.suspension_grounds includes any of {emergency, emergency_risk})
    since kz2021
    cite kz2021.internet_freedom "The cabinet has the power to suspend access to the internet and other means of communication without a court order."
    cite kz2021.internet_freedom "By law and a cabinet decree, the Prosecutor General’s Office, the KNB, and the ministries of Defense, Internal Affairs, and Emergency Situations are authorized to suspend communication networks in emergency situations or when there is a risk of an emergency."
    explain "suspended by: {internet.suspended_by}; grounds: {internet.suspension_grounds}; no court order"

  unsettled outside_powers_2021 for within_power_2021 "the suspension without a court order falls outside the powers the 2021 report describes, which does not say that every other suspension needs a court order"
    since kz2021
    when true
    cite kz2021.internet_freedom "The cabinet has the power to suspend access to the internet and other means of communication without a court order."
    explain "suspended by {internet.suspended_by} on the grounds {internet.suspension_grounds} without a court order: outside the powers the 2021 report describes, which does not say what becomes of other suspensions"
}

provision libel.criminal_liability "Criminal liability for libel and slander: private criminal libel suits (2017); removed by a change in 2020 (2021)" {
  since kz2021
  applies when libel.proceeding in {criminal, administrative}
  note "Criminal liability is a question of the punishment of libel: a civil suit for libel, which the reports describe as a separate remedy, is outside the provision."
  note "In 2017 criminal libel existed: private parties could initiate criminal libel suits without independent action by the government, and also file a civil suit on the same allegations. The provision is the 2021 report’s: under the 2017 law it is undetermined, as the 2017 report does not state the removal (it came in 2020)."
    cite kz2017.libel "Private parties may initiate criminal libel suits without independent action by the government, and an individual filing such a suit may also file a civil suit based on the same allegations."
  note "The 2021 report does not date the change within 2020; events of 2018 to 2020 weigh both laws. Libel remains punishable otherwise: human rights activists were concerned that the law continues to impose serious punishment for conviction of libel, and bloggers convicted of libel in 2021 received administrative arrests and fines."
    since kz2021
    cite kz2021.libel "Human rights activists and observers welcomed the decriminalization of libel but remained concerned that the law continues to impose serious punishment for conviction of libel."
    cite kz2021.libel "Two bloggers received 20- day administrative arrests and two received small fines"

  require not_criminal "the libel or slander was not prosecuted in criminal proceedings":
    libel.proceeding is not criminal
    cite kz2021.libel "A change in 2020 removed criminal liability for libel and slander from the law."
    explain "kind of proceedings: {libel.proceeding}"

  contested defamation_prison_terms for not_criminal "the remarks were made in mass media or an information-communication network, for which the 2021 report still lists penalties including prison terms"
    since kz2021
    when libel.channel in {mass_media, network}
    cite kz2021.libel "A change in 2020 removed criminal liability for libel and slander from the law."
    cite kz2021.libel "The law includes penalties for conviction of defamatory remarks made in mass media or “information-communication networks,” including heavy fines and prison terms."
    explain "criminal proceedings for remarks made {libel.channel}: the 2021 report says criminal liability for libel was removed, and also that defamation in mass media or networks is punished with prison terms"
}

provision speech.insult_president "Insulting the president (2021: the first president, the sitting president) or their families is prohibited" {
  applies when speech.about includes any of {sitting_president, first_president, sitting_president_family, first_president_family}
  note "The prohibition also applies to academics: the reports list the prohibition on infringing on the dignity and honor of the (first) president and their families among the general restrictions that apply to them."
    cite kz2017.academic_freedom "the prohibition on infringing on the dignity and honor of the president and his family, also applied to academics."
    cite kz2021.academic_freedom "the prohibition on infringing on the dignity and honor of the first president, president, and their families, also applied to academics."
  note "The 2017 report protects the president and the president’s family and states no penalty; the 2021 report protects the first president and the sitting president and their families, with up to five years’ imprisonment. Whether the statement was insulting is the court’s finding; the 2021 report adds that several articles of the law may also be applied against individuals insulting government officials."
    cite kz2021.libel "Several articles in the law remain that may also be applied against individuals insulting government officials, particularly First President Nazarbayev and the sitting president."

  require no_insult "the statement did not insult a protected person":
    not (speech.insulting and speech.about includes any of {sitting_president, first_president, sitting_president_family, first_president_family})
    until kz2017
    cite kz2017.freedom_of_expression "The law prohibits insulting the president or the president’s family"
    explain "insulting: {speech.insulting}; concerned: {speech.about}"

  unsettled first_president_2017 for no_insult "the statement insulted the first president after he left office, or his family; the 2017 report, written while he was president, protects the president and his family"
    until kz2017
    when speech.insulting
      and not (speech.about includes any of {sitting_president, sitting_president_family})
    cite kz2017.freedom_of_expression "The law prohibits insulting the president or the president’s family"

  require no_insult_2021 "the statement did not insult the first president, the sitting president or their families":
    not speech.insult_protected_2021
    since kz2021
    cite kz2021.freedom_of_expression "The law expressly prohibits insulting the first president, the sitting president, or their families"
    explain "insulting: {speech.insulting}; concerned: {speech.about}"

  require sentence_within_max "a prison sentence for the insult is no longer than five years":
    speech.conviction is not insult_president or speech.prison_term <= 5 years
    since kz2021
    cite kz2021.freedom_of_expression "The law expressly prohibits insulting the first president, the sitting president, or their families, and imposes penalties of up to five years’ imprisonment for conviction."
    explain "convicted of: {speech.conviction}; prison term: {speech.prison_term}; the longest is 5 years"

  penalty insult_president_up_to_5_years
}

provision speech.false_information "Intentionally spreading false information: imprisonment of up to 10 years and fines of up to 12.96 million tenge (2017), up to 5 years and large fines (2021)" {
  applies when speech.information_false or speech.conviction is false_information
  note "The offence is “intentionally spreading false information”: the information must be false and spread intentionally. A conviction for a true statement or an opinion is outside the offence as reported, but the reports do not say what follows; the speaker breaches this provision only when both elements hold."
  note "The 2021 report gives no amount for the “large fines”; only the 2017 cap of 12.96 million tenge is checked. Media activists raised concerns (2021) over the wide use of the provision to pressure or silence journalists and civil society activists."
    since kz2021
    cite kz2021.libel "Media activists raised concerns regarding the wide use of the legal provision imposing liability for dissemination of false information."

  require not_spread "the person did not intentionally spread false information":
    not speech.false_spread_intentionally
    cite kz2017.freedom_of_expression "penalizes “intentionally spreading false information”"
    cite kz2021.freedom_of_expression "The law penalizes “intentionally spreading false information”"
    explain "information false: {speech.information_false}; spread intentionally: {speech.spread_intentionally}"

  require prison_within_max "a prison sentence for spreading false information is no longer than {speech.false_information_max_prison}":
    speech.conviction is not false_information
      or speech.prison_term <= speech.false_information_max_prison
    cite kz2017.freedom_of_expression "penalizes “intentionally spreading false information” with fines of up to 12.96 million tenge ($40,000) and imprisonment for up to 10 years."
    cite kz2021.freedom_of_expression "The law penalizes “intentionally spreading false information” with large fines and imprisonment for up to five years if convicted."
    explain "convicted of: {speech.conviction}; prison term: {speech.prison_term}; the longest is {speech.false_information_max_prison}"

  require fine_within_max "a fine for spreading false information is no more than 12,960,000 tenge":
    speech.conviction is not false_information or speech.fine <= 12960000 tenge
    until kz2017
    cite kz2017.freedom_of_expression "penalizes “intentionally spreading false information” with fines of up to 12.96 million tenge ($40,000)"
    explain "convicted of: {speech.conviction}; fine: {speech.fine}; the largest is 12,960,000 tenge"

  penalty false_information_2017, false_information_2021
}

provision speech.leader_private_and_economic_info "Releasing information on the health, finances or private life of the president (2021: the first president), or certain economic information, is a crime" {
  applies when information.released includes any of {health, finances, private_life, mineral_reserves, foreign_debt, other_economic}
  note "The 2017 report protects the health, finances and private life of the president; the 2021 report those of the first president. Information on the other president of each time (the first president out of office, under the 2017 law; the sitting president, under the 2021 law) is not named and is left open."
  note "The economic information is given by example (“such as data on mineral reserves or government debts to foreign creditors”); other economic information is left open."

  require no_personal_info "no information on the health, finances or private life of the protected president was released":
    not (information.leader_personal and speech.about includes any of {sitting_president, first_president})
    until kz2017
    cite kz2017.national_security "The law criminalizes the release of information regarding the health, finances, or private life of the president"
    explain "released: {information.released}; concerning: {speech.about}"

  unsettled first_president_2017 for no_personal_info "the information concerned the first president after he left office; the 2017 report, written while he was president, names the president"
    until kz2017
    when not (speech.about includes any of {sitting_president})
    cite kz2017.national_security "The law criminalizes the release of information regarding the health, finances, or private life of the president"

  require no_personal_info_2021 "no information on the health, finances or private life of the first president was released":
    not (information.leader_personal and speech.about includes any of {first_president, sitting_president})
    since kz2021
    cite kz2021.national_security "The law criminalizes the release of information regarding the health, finances, or private life of the first president"
    explain "released: {information.released}; concerning: {speech.about}"

  unsettled sitting_president_2021 for no_personal_info_2021 "the information concerned the sitting president, not the first president the 2021 report names"
    since kz2021
    when not (speech.about includes any of {first_president})
    cite kz2021.national_security "The law criminalizes the release of information regarding the health, finances, or private life of the first president"

  require no_economic_info "no protected economic information (such as data on mineral reserves or government debts to foreign creditors) was released":
    not (information.released includes any of {mineral_reserves, foreign_debt, other_economic})
    cite kz2017.national_security "as well as economic information, such as data about mineral reserves or government debts to foreign creditors."
    cite kz2021.national_security "as well as specific economic information such as data on mineral reserves or government debts to foreign creditors."
    explain "released: {information.released}"

  unsettled other_economic for no_economic_info "the information was other economic information: the reports give mineral reserves and foreign debts as examples and do not list the rest"
    when not (information.released includes any of {mineral_reserves, foreign_debt})
    cite kz2017.national_security "as well as economic information, such as data about mineral reserves or government debts to foreign creditors."
    cite kz2021.national_security "as well as specific economic information such as data on mineral reserves or government debts to foreign creditors."
}

provision speech.unreliable_information_national_security "No influencing of public and individual consciousness to the detriment of national security by deliberately distorting and spreading unreliable information" {
  applies when speech.unreliable_information or speech.deliberate_distortion
  note "The three elements are read as cumulative: deliberate distortion, spreading unreliable information, and influence on consciousness to the detriment of national security. Legal experts (as the reports attribute it) noted that the term “unreliable information” is overly broad; the facts are answered as a court found."
    cite kz2017.national_security "Legal experts noted the term “unreliable information” is overly broad."
    cite kz2021.national_security "Legal experts noted the term “unreliable information” was overly broad."

  require not_influencing "the person did not influence consciousness to the detriment of national security through deliberate distortion and spreading of unreliable information":
    not (speech.deliberate_distortion and speech.unreliable_information and speech.detriment_national_security)
    cite kz2017.national_security, kz2021.national_security "The law prohibits “influencing public and individual consciousness to the detriment of national security through deliberate distortion and spreading of unreliable information.”"
    explain "deliberate distortion: {speech.deliberate_distortion}; unreliable information: {speech.unreliable_information}; to the detriment of national security: {speech.detriment_national_security}"
}

provision speech.extremism_discord_publication "No publication of statements that promote or glorify extremism or incite discord" {
  applies when speech.published
  note "The 2017 report says “incites social discord”, the 2021 report “incites discord”; the rule is read as the same. International legal experts (as the reports attribute it) noted the terms are not clearly defined: the facts are answered as a court found."
    cite kz2017.national_security "terms that international legal experts noted the government did not clearly define."
    cite kz2021.national_security "International legal experts noted these terms are not clearly defined."

  require no_extremism_or_discord "the published statement did not promote or glorify extremism or incite discord":
    not (speech.promotes_extremism or speech.incites_discord)
    cite kz2017.national_security "The law prohibits publication of any statement that promotes or glorifies “extremism” or “incites social discord,”"
    cite kz2021.national_security "The law prohibits publication of any statement that promotes or glorifies “extremism” or “incites discord.”"
    explain "promotes or glorifies extremism: {speech.promotes_extremism}; incites discord: {speech.incites_discord}"
}

provision media.content_restriction_security_discord "Media content may not undermine state security or advocate class, social, racial, national or religious discord; internet resources are mass media" {
  alias media.internet_resources_are_mass_media
  applies when media.content_published
  note "By law internet resources, including social media, are mass media governed by the same rules: content published on a website or social media account is media content here (websites are, however, exempt from registration: media.registration_required)."
    cite kz2017.censorship "By law internet resources, including social media, are classified as forms of mass media and governed by the same rules and regulations."
    cite kz2021.censorship "By law internet resources, including social media, are classified as forms of mass media and are governed by the same rules and regulations as mass media."
  note "The reports state the law enables the government to restrict such content; a restriction of other content is not checked here, because the reports do not say the power is limited to it."

  require no_prohibited_content "the content neither undermined state security nor advocated class, social, racial, national or religious discord":
    not media.content_undermines_state_security
      and not (media.content_advocates_discord includes any of {class, social, racial, national, religious})
    cite kz2017.censorship "The law enables the government to restrict media content through amendments that prohibit undermining state security or advocating class, social, race, national, or religious discord."
    cite kz2021.censorship "The law enables the government to restrict media content through amendments that prohibit undermining state security or advocating class, social, racial, national, or religious discord."
    explain "undermined state security: {media.content_undermines_state_security}; discord advocated: {media.content_advocates_discord}"
}

provision media.liability_unless_official_source "Owners, editors, distributors and journalists are not liable for content that came from an official source" {
  applies when media.held_liable and media.role in {owner, editor, distributor, journalist}
  note "“May be held civilly and criminally responsible for content unless it came from an official source” is read as a bar: content from an official source gives no liability. The 2017 report also describes a requirement to prove the veracity of published information “regardless of its source”; the two 2017 passages conflict (media.veracity_burden), and the 2021 report keeps only the official-source rule."
  note "The 2017 report adds that the government used this provision to restrict media freedom."
    until kz2017
    cite kz2017.censorship "The government used this provision to restrict media freedom."

  require not_official_source "the content for which the person was held liable did not come from an official source":
    not media.content_official_source
    cite kz2017.censorship, kz2021.censorship "Owners, editors, distributors, and journalists may be held civilly and criminally responsible for content unless it came from an official source."
    explain "role: {media.role}; held liable: {media.held_liable}; content from an official source: {media.content_official_source}"

  contested regardless_of_source for not_official_source "the 2017 report also requires owners, editors, distributors, publishing houses and journalists to prove the veracity of published information regardless of its source, and the person did not prove it"
    until kz2017
    when not media.veracity_proven
    cite kz2017.censorship "Owners, editors, distributors, and journalists may be held civilly and criminally responsible for content unless it came from an official source."
    cite kz2017.libel "The requirement that owners, editors, distributors, publishing houses, and journalists prove the veracity of published information, regardless of its source, encouraged self-censorship at each level."
}

provision media.veracity_burden "Owners, editors, distributors, publishing houses and journalists must prove the veracity of published information, regardless of its source" {
  until kz2017
  applies when media.content_published
    and media.role in {owner, editor, distributor, publishing_house, journalist}
  note "A violation here means the person, who published information, could not prove its veracity when the law required it, and so bore the liability the report describes; the report says the requirement encouraged self-censorship at each level. The 2021 report does not state it."

  require veracity_proven "the person proved the veracity of the published information":
    media.veracity_proven
    cite kz2017.libel "The requirement that owners, editors, distributors, publishing houses, and journalists prove the veracity of published information, regardless of its source, encouraged self-censorship at each level."
    explain "role: {media.role}; veracity proven: {media.veracity_proven}"

  contested official_source for veracity_proven "the information came from an official source, for which the same report says owners, editors, distributors and journalists are not responsible"
    when media.content_official_source
    cite kz2017.libel "The requirement that owners, editors, distributors, publishing houses, and journalists prove the veracity of published information, regardless of its source, encouraged self-censorship at each level."
    cite kz2017.censorship "Owners, editors, distributors, and journalists may be held civilly and criminally responsible for content unless it came from an official source."
}

provision media.registration_required "All media must register with the information ministry; websites are exempt" {
  applies when media.outlet_type in {print, television, radio, news_agency, other}
  note "The ministry is the Ministry of Information and Communication in 2017, of Information and Social Development in 2021; the rule is the same. Internet resources are mass media by law, but websites are exempt from registration: the provision does not apply to them."

  require registered "the outlet was registered with the ministry in charge of information":
    media.registered
    cite kz2017.press_freedom "All media are required to register with the Ministry of Information and Communication, although websites are exempt from this requirement."
    cite kz2021.press_freedom "All media are required to register with the Ministry of Information and Social Development, although websites are exempt from this requirement."
    explain "kind of outlet: {media.outlet_type}; registered: {media.registered}"
}

provision media.foreign_programming_cap "Foreign-produced programming limited to 20 percent (2017), 50 percent (2021) of a locally based station’s weekly broadcast time" {
  applies when media.station_locally_based
  note "Foreign-based broadcasting companies need not meet the limit: the provision does not apply to them."
    cite kz2017.press_freedom "Foreign media broadcasting does not have to meet this requirement."
    cite kz2021.press_freedom "Foreign-based media broadcasting companies did not have to meet this requirement."
  note "The 2017 report limits the “simultaneous broadcast” of foreign-produced programming; the word is not explained, and all foreign-produced programming in the week is counted under both laws. Both reports say the government did not sanction any media outlet under the provision."
    cite kz2017.press_freedom, kz2021.press_freedom "although the government did not sanction any media outlet under this provision."

  require within_cap "foreign-produced programming took at most {media.foreign_programming_cap} of the station’s weekly broadcast time":
    media.foreign_share <= media.foreign_programming_cap
    cite kz2017.press_freedom "The law limits the simultaneous broadcast of foreign-produced programming to 20 percent of a locally based station’s weekly broadcast time."
    cite kz2021.press_freedom "The law limits the broadcast of foreign-produced programming to 50 percent of a locally based station’s weekly broadcast time."
    explain "share of foreign-produced programming: {value}; the limit is {limit} ({margin})"
}

provision media.social_emergency_precensorship_24h "In a social emergency the government may require media to provide their information for approval 24 hours before publication or broadcasting" {
  applies when media.precensorship_required
  note "The law provides for additional measures during “social emergencies” (the quoted definition is in media.social_emergency’s question). The sentence reads two ways for a demand made outside a social emergency: as a power given only in these situations (the demand has no basis), or as a power described for them without saying it is unavailable otherwise. Such a demand is left open."
  note "The report does not say what approval the government must give or how quickly; a publication without approval is not checked."

  require in_social_emergency "the demand was made in a social emergency":
    media.social_emergency
    cite kz2017.expression "In these situations the government may censor media sources by requiring them to provide their print, audio, and video information to authorities 24 hours before issuance or broadcasting for approval."
    cite kz2021.censorship "In these situations, the government may censor media sources by requiring media to provide, for government approval, its print, audio, and video information 24 hours before publication or broadcasting."
    explain "social emergency in force: {media.social_emergency}"

  unsettled power_outside_emergency for in_social_emergency "the demand was made outside a social emergency: the reports describe the power for social emergencies without saying it is unavailable otherwise"
    when true
    cite kz2017.expression, kz2021.censorship "The law provides for additional measures and restrictions during “social emergencies,”"

  require submitted_24h_ahead "the outlet provided its information for approval at least 24 hours before publishing or broadcasting it":
    media.submission_lead_time >= 24 hours
    cite kz2017.expression "In these situations the government may censor media sources by requiring them to provide their print, audio, and video information to authorities 24 hours before issuance or broadcasting for approval."
    cite kz2021.censorship "In these situations, the government may censor media sources by requiring media to provide, for government approval, its print, audio, and video information 24 hours before publication or broadcasting."
    explain "time from providing the information until release: {value}; at least {limit} ({margin})"

  unsettled outside_emergency for submitted_24h_ahead "the demand was made outside a social emergency, where the reports give it no stated basis"
    when not media.social_emergency
    cite kz2021.censorship, kz2017.expression "The law provides for additional measures and restrictions during “social emergencies,”"
}

unchecked media.social_emergency_equipment_controls "Regulations allow the government to restrict or ban copying, broadcasting and recording equipment and to seize loudspeakers" {
  applies when media.equipment_measure
  because "the reports grant the government a power and state no condition or limit a case could breach: in 2017 the sentence follows the social-emergency measures; in 2021 it stands after the rule on suspending parties, and its tie to social emergencies is only by position (2017: seize “temporarily” sound-enhancing equipment; 2021: seize loudspeakers)"
  cite kz2017.expression "Regulations also allow the government to restrict or ban copying equipment, broadcasting equipment, and audio and video recording devices and to seize temporarily sound-enhancing equipment."
  cite kz2021.censorship "Regulations also allow the government to restrict or ban copying equipment, broadcasting equipment, and audio and video recording devices and to seize loudspeakers."
}

provision libel.defamation_in_mass_media_penalties "Defamatory remarks in mass media or information-communication networks are punished, including by heavy fines and prison terms" {
  applies when libel.channel in {mass_media, network}
  note "The reports give no amounts or terms. In 2021 the same section says a change in 2020 removed criminal liability for libel and slander, yet lists prison terms for defamation in mass media or networks; the report does not reconcile the two (see libel.criminal_liability)."
    since kz2021
    cite kz2021.libel "A change in 2020 removed criminal liability for libel and slander from the law."
  note "Journalists and human rights activists feared (2017) and believed (2021) these provisions strengthen the government’s ability to restrict investigative journalism."
    cite kz2017.libel "Journalists and human rights activists feared these provisions would strengthen the government’s ability to restrict investigative journalism."
    cite kz2021.libel "Journalists and human rights activists believed these provisions strengthened the government’s ability to restrict investigative journalism."

  require not_defamatory "the remarks made in mass media or an information-communication network were not defamatory":
    not libel.defamatory
    cite kz2017.libel "The law includes penalties for defamatory remarks made in mass media or “information-communication networks,” including heavy fines and prison terms."
    cite kz2021.libel "The law includes penalties for conviction of defamatory remarks made in mass media or “information-communication networks,” including heavy fines and prison terms."
    explain "made {libel.channel}; defamatory: {libel.defamatory}"

  penalty defamation_heavy_fines_prison
}

unchecked libel.enhanced_penalties_officials "Enhanced penalties for libel against senior government officials (2017); articles that may be applied against those insulting officials (2021)" {
  applies when speech.about includes any of {senior_official, other_official}
  because "the reports give no penalty, amount or term to compare: 2017 says penalties are “enhanced” for libel against senior officials, 2021 only that several articles remain that may be applied against individuals insulting government officials (insulting the first president or the sitting president is checked by speech.insult_president)"
  cite kz2017.libel "The law provides enhanced penalties for libel against senior government officials."
  cite kz2021.libel "Several articles in the law remain that may also be applied against individuals insulting government officials, particularly First President Nazarbayev and the sitting president."
}

provision libel.no_limitation_no_cap "Libel: no statute of limitation and no maximum amount of compensation" {
  until kz2017
  applies when libel.proceeding in {criminal, civil}
  note "A claim dismissed as time-barred breaches the law as the 2017 report states it. “No maximum amount of compensation” means no award breaches a cap: any amount is compliant and is not asked (in 2017 a court awarded 50.2 million tenge against Forbes Kazakhstan and Ratel.kz). The 2021 report does not state the rule."
    cite kz2017.libel "assigning 50.2 million tenge ($155,000) in damages as compensation for a story “harming Kakimzhanov’s honor and dignity.”"

  require not_time_barred "the libel claim was not dismissed as time-barred":
    not libel.dismissed_as_time_barred
    cite kz2017.libel "Both the criminal and civil codes contain articles establishing broad liability for libel, with no statute of limitation or maximum amount of compensation."
    explain "dismissed as time-barred: {libel.dismissed_as_time_barred}; the law sets no statute of limitation for libel"
}

provision telecom.obey_orders_terror_riots "Owners of communication networks and service providers must obey the authorities’ orders in case of terrorist attacks or to suppress mass riots" {
  applies when internet.order_given and internet.order_situation in {terrorist_attack, mass_riots}

  require obeyed "the owner or provider obeyed the order":
    internet.order_obeyed
    cite kz2017.national_security "The law also requires owners of communication networks and service providers to obey the orders of authorities in case of terrorist attacks or to suppress mass riots."
    cite kz2021.national_security "The law requires owners of communication networks and other service providers to obey the orders of authorities in case of terrorist attacks or to suppress mass riots."
    explain "situation: {internet.order_situation}; order obeyed: {internet.order_obeyed}"
}

provision internet.no_anonymous_comments "No anonymous comments on media outlet websites; commenters registered and their data given to law enforcement on request" {
  since kz2021
  applies when internet.media_site
  note "The report adds that as a result most online media outlets chose to shut down public comment platforms; a site with no comments is outside the provision (answer internet.media_site false)."
    cite kz2021.internet_freedom "As a result, most online media outlets chose to shut down public comment platforms."

  require no_anonymous "citizens could not leave anonymous comments on the site":
    not internet.anonymous_comments_allowed
    cite kz2021.internet_freedom "Media law prohibits citizens from leaving anonymous comments on media outlet websites."
    explain "anonymous comments possible: {internet.anonymous_comments_allowed}"

  require commenters_registered "the site registered all online commenters":
    internet.commenters_registered
    cite kz2021.internet_freedom "Websites must register all online commenters"
    explain "all commenters registered: {internet.commenters_registered}"

  require provided_on_request "the site made the registration information available to law enforcement on request":
    not internet.registration_requested or internet.registration_provided
    cite kz2021.internet_freedom "Websites must register all online commenters and make the registration information available to law enforcement agencies on request."
    explain "requested by law enforcement: {internet.registration_requested}; provided: {internet.registration_provided}"
}

provision internet.kz_domain_local_servers "A .kz domain’s registration may be suspended or revoked for placing its servers (2021: or computer databases) outside the country" {
  applies when internet.kz_domain
  note "A violation here means the site placed what the reports name outside the country, for which the authorities may suspend or revoke its .kz registration as punishment. The 2017 report names servers only; databases abroad are checked under the 2021 law only. Observers criticized the registration process as unduly restrictive and vulnerable to abuse."
    cite kz2017.internet_freedom, kz2021.internet_freedom "Observers criticized the registration process as unduly restrictive and vulnerable to abuse."

  require servers_in_country "the site’s servers were located in the country":
    not internet.servers_abroad
    cite kz2017.internet_freedom "Authorities may suspend or revoke registration for locating servers outside the country."
    cite kz2021.internet_freedom "Authorities may suspend or revoke registration as punishment for placing computer databases or servers outside the country."
    explain "servers abroad: {internet.servers_abroad}"

  require databases_in_country "the site’s computer databases were located in the country":
    not internet.databases_abroad
    since kz2021
    cite kz2021.internet_freedom "Authorities may suspend or revoke registration as punishment for placing computer databases or servers outside the country."
    explain "databases abroad: {internet.databases_abroad}"
}

provision internet.cafe_requirements "Internet cafes: surveillance cameras, visitors’ identification, a log of visited websites" {
  applies when internet.cafe
  note "The regulations also authorize law enforcement officials to access the names and internet histories of users; that power is not checked."

  require cameras "surveillance cameras were installed in the internet cafe":
    internet.cafe_cameras
    cite kz2017.internet_freedom "mandated surveillance cameras in all internet cafes"
    cite kz2021.internet_freedom "mandate surveillance cameras in all internet cafes"
    explain "surveillance cameras: {internet.cafe_cameras}"

  require id_checked "visitors had to present identification to use the internet":
    internet.cafe_id_checked
    cite kz2017.internet_freedom "required visitors to present identification to use the internet"
    cite kz2021.internet_freedom "require visitors to present identification to use the internet"
    explain "identification required: {internet.cafe_id_checked}"

  require site_log "the internet cafe kept a log of visited websites":
    internet.cafe_site_log
    cite kz2017.internet_freedom "demanded internet cafes keep a log of visited websites"
    cite kz2021.internet_freedom "demand internet cafes keep a log of visited websites"
    explain "log of visited websites kept: {internet.cafe_site_log}"
}
