# Speech, media and internet (catalogue domain F).
#
#   internet.suspension_without_court_order   who may suspend the internet and other communications
#                                             without a court order, and on what grounds
#   libel.criminal_liability                  criminal libel (2017); removed by a change in 2020
#                                             (2021)
#   speech.insult_president                   insulting the (first) president or their families;
#                                             up to 5 years (2021)
#   speech.false_information                  intentionally spreading false information: up to 10
#                                             years and 12.96 million tenge (2017), 5 years (2021)
#   ... and the rest of the catalogue's domain F, in its order.
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

parameter media.foreign_programming_cap: percent
  means "largest share of a locally based station’s weekly broadcast time for foreign-produced programming"
  kz2017 20%
    cite kz2017.press_freedom "The law limits the simultaneous broadcast of foreign-produced programming to 20 percent of a locally based station’s weekly broadcast time."
  kz2021 50%
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
  note "Both reports grant powers to suspend without a court order: in 2017 the prosecutor general, in the cases the law lists; in 2021 the cabinet, and the Prosecutor General’s Office, the KNB and the ministries of Defense, Internal Affairs and Emergency Situations in emergency situations or when there is a risk of one. Neither report says that every other suspension needs a court order or is unlawful: a suspension without a court order outside these powers is left open, and a suspension within them is compliant with domestic law as reported."
  note "The 2021 report says the cabinet has the power with no stated ground; its suspension is read as within its power whatever the ground."
    since kz2021
    cite kz2021.internet_freedom "The cabinet has the power to suspend access to the internet and other means of communication without a court order."
  note "Blocking a single website is read as suspending a means of communication; the reports describe blocked websites and internet access blocked during protests without naming the legal basis."
    cite kz2021.internet_freedom "During protests, access to internet was often blocked to eliminate the ability to livestream and share live updates."
    cite kz2017.internet_freedom "Observers reported the government blocked or slowed access to opposition websites."

  require within_power "the suspension without a court order was made by a body the law empowers to make it, on a ground the law gives":
    false
    cite kz2017.censorship "The law allows the prosecutor general to suspend access to the internet and other means of communication without a court order."
    cite kz2021.internet_freedom "The cabinet has the power to suspend access to the internet and other means of communication without a court order."
    explain "suspended by: {internet.suspended_by}; grounds: {internet.suspension_grounds}; no court order"

  exception prosecutor_general_2017 for within_power "the prosecutor general suspended communication services in a case the law lists"
    until kz2017
    when internet.suspended_by is prosecutor_general
      and internet.suspension_grounds includes any of {criminal_use, election_law, extremist_calls}
    waived
    cite kz2017.censorship "The prosecutor general may suspend communication services in cases where communication networks are used “for criminal purposes to harm the interests of an individual, society, or the state, or to disseminate information violating the Election Law… or containing calls for extremist or terrorist activities, riots, or participation in large-scale (public) activities carried out in violation of the established order.”"

  exception cabinet_2021 for within_power "the cabinet suspended access: it has the power to do so without a court order"
    since kz2021
    when internet.suspended_by is cabinet
    waived
    cite kz2021.internet_freedom "The cabinet has the power to suspend access to the internet and other means of communication without a court order."

  exception agencies_in_emergency_2021 for within_power "an authorized agency suspended communication networks in an emergency situation or when there was a risk of one"
    since kz2021
    when internet.suspended_by in {prosecutor_general, knb, defense, internal_affairs, emergency_situations}
      and internet.suspension_grounds includes any of {emergency, emergency_risk}
    waived
    cite kz2021.internet_freedom "By law and a cabinet decree, the Prosecutor General’s Office, the KNB, and the ministries of Defense, Internal Affairs, and Emergency Situations are authorized to suspend communication networks in emergency situations or when there is a risk of an emergency."

  unsettled outside_powers for within_power "the suspension without a court order falls outside the powers the reports describe, but the reports do not say that every other suspension needs a court order"
    when true
    cite kz2017.censorship "The law allows the prosecutor general to suspend access to the internet and other means of communication without a court order."
    cite kz2021.internet_freedom "By law and a cabinet decree, the Prosecutor General’s Office, the KNB, and the ministries of Defense, Internal Affairs, and Emergency Situations are authorized to suspend communication networks in emergency situations or when there is a risk of an emergency."
    explain "suspended by {internet.suspended_by} on the grounds {internet.suspension_grounds} without a court order; the reports describe powers to suspend and do not say what becomes of a suspension outside them"
}

provision libel.criminal_liability "Criminal liability for libel and slander: private criminal libel suits (2017); removed by a change in 2020 (2021)" {
  applies when libel.proceeding in {criminal, administrative, civil}
  note "In 2017 criminal libel existed: private parties could initiate criminal libel suits without independent action by the government, and also file a civil suit on the same allegations. Under the 2017 law no libel proceeding breaches this provision."
    until kz2017
    cite kz2017.libel "Private parties may initiate criminal libel suits without independent action by the government, and an individual filing such a suit may also file a civil suit based on the same allegations."
  note "The 2021 report does not date the change within 2020; events of 2018 to 2020 weigh both laws. Libel remains punishable otherwise: human rights activists were concerned that the law continues to impose serious punishment for conviction of libel, and bloggers convicted of libel in 2021 received administrative arrests and fines."
    since kz2021
    cite kz2021.libel "Human rights activists and observers welcomed the decriminalization of libel but remained concerned that the law continues to impose serious punishment for conviction of libel."
    cite kz2021.libel "Two bloggers received 20- day administrative arrests and two received small fines"

  require private_suit_2017 "a libel proceeding of a kind the 2017 law allows: criminal libel suits, which private parties may initiate, and civil suits":
    libel.proceeding in {criminal, administrative, civil}
    until kz2017
    cite kz2017.libel "Private parties may initiate criminal libel suits without independent action by the government, and an individual filing such a suit may also file a civil suit based on the same allegations."
    cite kz2017.libel "Both the criminal and civil codes contain articles establishing broad liability for libel"
    explain "kind of proceedings: {libel.proceeding}; in 2017 libel was a crime as well as a civil wrong"

  require not_criminal "the libel or slander was not prosecuted in criminal proceedings":
    libel.proceeding is not criminal
    since kz2021
    cite kz2021.libel "A change in 2020 removed criminal liability for libel and slander from the law."
    explain "kind of proceedings: {libel.proceeding}; criminal liability for libel and slander was removed in 2020"

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
