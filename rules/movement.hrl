# Freedom of movement, migration, foreign travel and exile (catalogue domain K, first part).
#
#   movement.freedom_of_movement              a restriction of movement needs a basis in law
#   migration.foreigner_registration_5d       2017: foreigners staying more than five days register
#                                             with the migration police (families of legal migrant
#                                             workers exempt for 30 days: alias
#                                             migration.family_registration_exemption_30d)
#   migration.eaeu_stay_90d                   2017: migrants from EAEU countries may stay up to 90 days
#   movement.suspect_undertaking_not_to_leave 2017: criminal suspects sign an undertaking not to
#                                             leave their city of residence
#   movement.foreigner_border_zone_permission 2017: foreigners need prior permission for China border
#                                             areas and towns near military installations; closed areas
#   travel.exit_denial_grounds                2017: no exit visa for citizens' temporary travel; exit
#                                             denied on the grounds the report lists (an open list)
#   travel.state_secrets_exit_permission      2017: persons with access to state secrets need their
#                                             agency's permission for a temporary exit
#   exile.forced_exile_if_authorized          2017: forced exile only if authorised by an agency or court
#
# A person's citizenship is `person.citizenship` (rules/assembly.hrl): citizen, foreigner, stateless.
# Lengths of a stay are derived from the dates of entry and departure (or the date of assessment
# while the stay continues) and may be stated directly when the report gives only the length.

# ---------------------------------------------------------------- a restriction of movement
fact movement.restricted: bool
  ask "Did the authorities restrict the person's movement inside the country or travel abroad (a ban on leaving a city or region, on leaving the country, or on returning)?"
fact movement.restriction_basis: one of {
  court_sentence "a court sentence (for example probation or restricted freedom with limits on movement)",
  restraint_measure "a measure of restraint in a criminal case (house arrest, restricted movement, an undertaking not to leave)",
  exit_denial_ground "a ground for denying exit from the country (pending proceedings, unpaid debts, military duty, false documents, state secrets)",
  foreigner_rules "the rules for foreigners (registration, border areas, areas closed to foreigners)",
  none "no basis in law: no court decision, measure of restraint or rule was relied on",
}
  ask "On what legal basis did the authorities restrict the person's movement? Answer none if they relied on no court decision, measure or rule."

# ---------------------------------------------------------------- a foreigner's stay (2017)
fact migration.entered_on: date
  ask "On what date did the person enter Kazakhstan (the start of this stay)?"
fact migration.still_in_country: bool ask "Is the person still in Kazakhstan (the stay continues)?"
fact migration.left_on: date
  ask "On what date did the person leave Kazakhstan (the end of this stay)?"
fact migration.registered: bool
  ask "Did the person register with the migration police during this stay (including a registration at the border post or airport of entry)?"
fact migration.registered_on: date
  ask "On what date was the person registered with the migration police?"
fact migration.family_of_legal_migrant_worker: bool
  ask "Is the person a family member of a migrant worker who works in Kazakhstan legally?"
fact migration.worker_started_on: date
  ask "On what date did that migrant worker start the employment in Kazakhstan?"
fact migration.eaeu_migrant: bool
  ask "Is the person a migrant from another member country of the Eurasian Economic Union, staying under the entry rules for migrants (not under a residence permit or another status)?"

define migration.stay_ends_on =
  if migration.still_in_country then assessment.on else migration.left_on
  means "the last day of the stay (the date of assessment while it continues)"
define migration.stay_length = migration.stay_ends_on - migration.entered_on
  means "length of the stay in the country"
define migration.time_to_registration = migration.registered_on - migration.entered_on
  means "time from entry until registration with the migration police"
define migration.exemption_used = migration.stay_ends_on - migration.worker_started_on
  means "time from the migrant worker's start of employment until the end of the family member's unregistered stay"

constraint migration.left_after_entry "the stay ends before it began":
  migration.left_on >= migration.entered_on
constraint migration.registered_after_entry "the registration is dated before the entry":
  migration.registered_on >= migration.entered_on

# ---------------------------------------------------------------- a criminal suspect (2017)
fact movement.criminal_suspect: bool
  ask "Was the person a suspect in a criminal investigation (whether or not arrested)?"
fact movement.signed_undertaking: bool
  ask "Did the suspect sign a statement that he or she would not leave the city of residence?"
fact movement.left_city: bool
  ask "After signing the statement, did the suspect leave the city of residence while still a suspect?"

# ---------------------------------------------------------------- a foreigner's travel inside the country (2017)
fact movement.destination: one of {
  china_border_area "a border area adjoining China for which foreigners need prior permission",
  near_military_installation "a city close to a military installation for which foreigners need prior permission",
  closed_area "an area declared closed to foreigners (near military bases or the Baikonur space launch centre)",
  other "another place",
}
  ask "Where in Kazakhstan did the foreigner travel? Choose the most restricted place the trip reached."
fact movement.prior_permission: bool
  ask "Did the foreigner obtain permission from the authorities before travelling there?"

# ---------------------------------------------------------------- leaving the country (2017)
fact travel.exit_visa_demanded: bool
  ask "Did the authorities require the citizen to obtain an exit visa for a temporary trip abroad?"
fact travel.trip_temporary: bool
  ask "Was the trip abroad temporary (the person meant to return), rather than emigration?"
fact travel.exit_denied: bool
  ask "Did the authorities deny the person's exit from the country (stop the person at the border or refuse the departure)?"
fact travel.exit_denial_grounds: set of {
  pending_criminal_proceedings "criminal proceedings pending against the traveller",
  pending_civil_proceedings "civil proceedings pending against the traveller",
  unserved_prison_sentence "an unfulfilled prison sentence",
  unpaid_taxes "unpaid taxes",
  unpaid_fines "unpaid fines",
  unpaid_alimony "unpaid alimony",
  unpaid_utility_bills "unpaid utility bills",
  compulsory_military_duty "compulsory military duty",
  false_documents "false documentation presented during the exit process",
  active_duty_military "the traveller was active-duty military personnel",
  state_secrets_without_permission "access to state secrets without the employing agency’s permission to leave",
  other "another reason",
}
  ask "On which grounds did the authorities deny the exit? List every ground the authorities relied on that actually applied to the traveller (other for any further reason; an empty list if they gave none)."
fact travel.state_secrets_access: bool
  ask "Did the person have access to state secrets (for example through a post in a government agency)?"
fact travel.left_country: bool ask "Did the person leave the country?"
fact travel.agency_permission: bool
  ask "Before leaving, did the person obtain permission for the exit from the government agency that employed him or her?"

# ---------------------------------------------------------------- exile (2017)
fact exile.forced: bool
  ask "Was the person forced into exile (made to leave the country, or barred from returning to it)?"
fact exile.authorized_by: one of {
  agency "an appropriate government agency",
  court "a court ruling",
  none "neither: no agency decision or court ruling authorised it",
} ask "What authorised the forced exile?"

# ================================================================= provisions

provision movement.freedom_of_movement "Freedom of internal movement, foreign travel, emigration and repatriation: a restriction needs a basis in law" {
  applies when movement.restricted
  note "The reports state the freedom and add that the government generally respected it “despite some regulatory restrictions”; a restriction that rests on no basis in law at all is read as contrary to the freedom. Whether the basis relied on was itself met (a court sentence, a measure of restraint, a ground for denying exit, the rules for foreigners) is checked by the provision for that basis (detention.alternative_restraints, travel.exit_denial_grounds, migration.foreigner_registration_5d, movement.foreigner_border_zone_permission, movement.suspect_undertaking_not_to_leave)."

  require has_legal_basis "the restriction rested on a basis in law":
    movement.restriction_basis is not none
    cite kz2017.movement, kz2021.movement "The law provides for freedom of internal movement, foreign travel, emigration, and repatriation. Despite some regulatory restrictions, the government generally respected these rights."
    explain "basis of the restriction: {movement.restriction_basis}"
}

provision migration.foreigner_registration_5d "Foreigners staying more than five days register with the migration police" {
  until kz2017
  alias migration.family_registration_exemption_30d
  applies when person.citizenship is foreigner and migration.stay_length > 5 days
  note "The report does not say by which day the registration is due: a foreigner who stayed more than five days and never registered is in breach; one who registered only after the fifth day is left open."
  note "Foreigners entering at certain border posts or airports registered there on entry; the report does not name those entry points, so a registration at entry counts as a registration."
    cite kz2017.in_country_movement "Foreigners entering the country had to register at certain border posts or airports where they entered."
  note "The report says the government “has broad authority to deport those who violate the regulations”, but states no penalty for failing to register."
    cite kz2017.in_country_movement "The government has broad authority to deport those who violate the regulations."

  require registered "the foreigner, staying more than five days, registered with the migration police":
    done_within(migration.registered, migration.time_to_registration, migration.stay_length, 5 days)
    cite kz2017.in_country_movement "The government required foreigners who remained in the country for more than five days to register with migration police."
    explain "stayed {migration.stay_length}; registered with the migration police: {migration.registered}; time from entry until registration: {migration.time_to_registration} (due for a stay of more than five days)"

  exception family_exemption for registered "a family member of a legal migrant worker is exempt from registration for 30 days after the worker starts employment"
    when migration.family_of_legal_migrant_worker
    require migration.registered or migration.exemption_used <= 30 days
    cite kz2017.in_country_movement "There is a registration exemption for families of legal migrant workers for a 30-day period after the worker starts employment."
    explain "family member of a legal migrant worker; registered: {migration.registered}; unregistered stay ran to {migration.exemption_used} after the worker started employment, the exemption lasting 30 days"

  unsettled registered_late for registered "the foreigner registered, but only after the fifth day: the report does not say by which day the registration is due"
    when migration.registered
    cite kz2017.in_country_movement "The government required foreigners who remained in the country for more than five days to register with migration police."
    explain "registered {migration.time_to_registration} after entry; the report requires registration of foreigners staying more than five days and gives no deadline"
}

provision migration.eaeu_stay_90d "Migrants from Eurasian Economic Union countries may stay up to 90 days" {
  until kz2017
  applies when migration.eaeu_migrant
  note "“May stay up to 90 days” is read as the length of stay the entry rules allow such migrants; the report says nothing of stays under a residence permit or another status, which the question excludes."

  require within_90_days "the migrant stayed no more than 90 days":
    migration.stay_length <= 90 days
    cite kz2017.in_country_movement "In April the government amended the rules for migrants entering the country so that migrants from Eurasian Economic Union countries may stay up to 90 days."
    explain "{margins}"

  unsettled before_amendment for within_90_days "the migrant entered before May 2017: the report dates the amendment only to April 2017 and does not give the earlier limit"
    when migration.entered_on < 2017-05-01
    cite kz2017.in_country_movement "In April the government amended the rules for migrants entering the country so that migrants from Eurasian Economic Union countries may stay up to 90 days."
    explain "entered on {migration.entered_on}; the 90-day rule came in with an amendment of April 2017"
}

provision movement.suspect_undertaking_not_to_leave "Criminal suspects sign a statement that they will not leave their city of residence" {
  until kz2017
  applies when movement.criminal_suspect
  note "A court's choice of a written undertaking not to leave as a measure of restraint is checked by detention.alternative_restraints; this provision checks the requirement the report describes in its section on freedom of movement."
  note "The report states no exception (for example leaving with the investigator's permission) and no penalty for leaving."

  require signed "the suspect signed a statement not to leave the city of residence":
    movement.signed_undertaking
    cite kz2017.in_country_movement "The government required persons who were suspects in criminal investigations to sign statements they would not leave their city of residence."
    explain "signed the statement not to leave: {movement.signed_undertaking}"

  unsettled other_restraint for signed "the suspect was held under another measure of restraint (custody or house arrest): the report does not say whether such a suspect must also sign the statement"
    when detention.restraint in {custody, house_arrest}
    cite kz2017.in_country_movement "The government required persons who were suspects in criminal investigations to sign statements they would not leave their city of residence."
    cite kz2017.arrest_procedures "The court may choose other forms of restraint: house arrest, restriction of movement, or a written requirement not to leave the city/place of residence."
    explain "measure of restraint: {detention.restraint}; the report does not say whether a suspect held so must also sign"

  require stayed_in_city "the suspect did not leave the city of residence after signing the statement":
    not movement.left_city
    cite kz2017.in_country_movement "The government required persons who were suspects in criminal investigations to sign statements they would not leave their city of residence."
    explain "left the city of residence after signing: {movement.left_city}"

  exception not_signed for stayed_in_city "the suspect signed no statement, so there is none to breach"
    when not movement.signed_undertaking
    waived
    cite kz2017.in_country_movement "The government required persons who were suspects in criminal investigations to sign statements they would not leave their city of residence."
}

provision movement.foreigner_border_zone_permission "Foreigners need prior permission for certain China border areas and towns near military installations; some areas are closed to foreigners" {
  until kz2017
  applies when person.citizenship is foreigner and movement.destination is not other
  note "The report names neither the border areas and cities that need permission nor the closed areas; the question asks whether the destination was one of them."
  note "The report speaks of foreigners only; it does not say whether the rule covers stateless persons."

  require permission "the foreigner obtained prior permission to travel to the border area or the city near a military installation":
    movement.prior_permission
    cite kz2017.in_country_movement "Authorities required foreigners to obtain prior permission to travel to certain border areas adjoining China and cities in close proximity to military installations."
    explain "destination: {movement.destination}; prior permission: {movement.prior_permission}"

  exception closed_area for permission "the destination is an area closed to foreigners: checked by not_in_closed_area"
    when movement.destination is closed_area
    waived
    cite kz2017.in_country_movement "The government continued to declare particular areas closed to foreigners due to their proximity to military bases and the space launch center at Baikonur."

  require not_in_closed_area "the foreigner did not travel to an area declared closed to foreigners":
    movement.destination is not closed_area
    cite kz2017.in_country_movement "The government continued to declare particular areas closed to foreigners due to their proximity to military bases and the space launch center at Baikonur."
    explain "destination: {movement.destination}"

  unsettled closed_with_permission for not_in_closed_area "the foreigner had the authorities' permission: the report does not say whether a permission opens an area declared closed to foreigners"
    when movement.prior_permission
    cite kz2017.in_country_movement "The government continued to declare particular areas closed to foreigners due to their proximity to military bases and the space launch center at Baikonur."
    explain "the foreigner travelled to a closed area with the authorities' permission; the report does not say what a closure means for a foreigner given permission"
}

provision travel.exit_denial_grounds "No exit visa for citizens' temporary travel; exit may be denied on the grounds the report lists" {
  until kz2017
  applies when travel.exit_denied or travel.exit_visa_demanded
  note "“The government did not require exit visas for temporary travel of citizens” is read as the rule for citizens' temporary travel under the freedom of foreign travel the law provides: demanding an exit visa for such a trip is contrary to it. The report says nothing of exit visas for emigration or for non-citizens."
  note "The list of grounds is open (“including”): a denial on a ground the report does not name is left open, not a violation."
  note "Denying exit to a person with access to state secrets who has no permission from the employing agency is read as resting on the permission the law requires (travel.state_secrets_exit_permission)."
  note "Whether the ground relied on was real (the proceedings pending, the debt unpaid) is part of the question: list only grounds that applied to the traveller."

  require no_exit_visa "the citizen was not required to obtain an exit visa for a temporary trip":
    not (person.citizenship is citizen and travel.trip_temporary and travel.exit_visa_demanded)
    cite kz2017.foreign_travel "The government did not require exit visas for temporary travel of citizens"
    cite kz2017.movement "The law provides for freedom of internal movement, foreign travel, emigration, and repatriation."
    explain "citizenship: {person.citizenship}; temporary trip: {travel.trip_temporary}; exit visa demanded: {travel.exit_visa_demanded}"

  require listed_ground "the exit was denied on a ground the report lists":
    not travel.exit_denied
      or travel.exit_denial_grounds includes any of {pending_criminal_proceedings, pending_civil_proceedings, unserved_prison_sentence, unpaid_taxes, unpaid_fines, unpaid_alimony, unpaid_utility_bills, compulsory_military_duty, false_documents, active_duty_military, state_secrets_without_permission}
    cite kz2017.foreign_travel "there were certain instances in which the government could deny exit from the country, including in the case of travelers subject to pending criminal or civil proceedings or having unfulfilled prison sentences, unpaid taxes, fines, alimony or utility bills, or compulsory military duty."
    cite kz2017.foreign_travel "Travelers who present false documentation during the exit process could be denied the right to exit, and authorities controlled travel by active-duty military personnel."
    cite kz2017.foreign_travel "The law requires persons who had access to state secrets to obtain permission from their employing government agency for temporary exit from the country."
    explain "exit denied on the grounds: {travel.exit_denial_grounds}"

  unsettled unlisted_ground for listed_ground "the exit was denied on no ground the report names: its list of grounds is open (“including”)"
    when travel.exit_denied
    cite kz2017.foreign_travel "there were certain instances in which the government could deny exit from the country, including in the case of travelers subject to pending criminal or civil proceedings"
    explain "exit denied on the grounds: {travel.exit_denial_grounds}; the report's list of grounds is not closed"
}

provision travel.state_secrets_exit_permission "Persons with access to state secrets need permission from their employing agency for a temporary exit" {
  until kz2017
  applies when travel.state_secrets_access and travel.left_country

  require agency_permission "the person obtained permission for the exit from the employing government agency":
    travel.agency_permission
    cite kz2017.foreign_travel "The law requires persons who had access to state secrets to obtain permission from their employing government agency for temporary exit from the country."
    explain "permission from the employing agency: {travel.agency_permission}"

  unsettled permanent_exit for agency_permission "the person left for good: the report states the permission for a temporary exit only"
    when not travel.trip_temporary
    cite kz2017.foreign_travel "The law requires persons who had access to state secrets to obtain permission from their employing government agency for temporary exit from the country."
    explain "the person emigrated; the report requires the agency's permission for a temporary exit and says nothing of emigration"
}

provision exile.forced_exile_if_authorized "Forced exile is not prohibited if authorised by an appropriate government agency or a court" {
  until kz2017
  applies when exile.forced
  note "“Does not prohibit forced exile if authorized” is read with the freedom of emigration and repatriation the law provides: a forced exile that neither an agency nor a court authorised is contrary to the law. International standards on exile are not discussed in the report; the domestic law is checked as reported."

  require authorized "an appropriate government agency or a court ruling authorised the forced exile":
    exile.authorized_by in {agency, court}
    cite kz2017.exile "The law does not prohibit forced exile if authorized by an appropriate government agency or through a court ruling."
    cite kz2017.movement "The law provides for freedom of internal movement, foreign travel, emigration, and repatriation."
    explain "authorised by: {exile.authorized_by}"
}
