# Other criminal-law penalties (catalogue domain V).
#
#   penalty.fraud_minimal   2021: the minimal punishment for fraud is a substantial fine or
#                           imprisonment for up to two years
#
# The 2021 report gives the fraud penalty only as a comparison (§7.e): wage and overtime violations
# are administrative offences punished by fines, not commensurate with crimes such as fraud. The
# provision checks a sentence for fraud in its basic form against that range.

fact conviction.offense: one of {
  fraud "fraud, in its basic form (no aggravating circumstance)",
  aggravated_fraud "fraud with an aggravating circumstance",
  other "another offence",
} ask "Of which offence was the person convicted?"
fact sentence.kind: one of {fine "a fine", imprisonment "imprisonment", other "another punishment"}
  ask "Which main punishment did the court impose?"
fact sentence.prison_term: duration in years
  ask "For how long did the court sentence the person to imprisonment?"

# ================================================================= provisions

provision penalty.fraud_minimal "Fraud in its basic form: a substantial fine or imprisonment for up to two years" {
  since kz2021
  applies when conviction.offense is fraud
  note "“A minimal punishment for conviction of fraud” reads two ways: as the punishment for fraud in its basic form (a fine, or imprisonment of at most two years: a longer term is too long), or as the lightest punishment fraud carries (no upper limit at all). A fine or a term of at most two years complies under both; a longer term is left open (`longer_term`), so no sentence is a violation on the report's words alone. The report does not describe graver forms of fraud, which are outside the provision."
    cite kz2021.safety_and_health "For example a minimal punishment for conviction of fraud is a substantial fine or imprisonment for up to two years, while violations of wage or overtime payment provisions result in fines."
  note "“Substantial” is not quantified: any fine meets the fine branch. “Up to two years” includes two years."
  note "The report states the range to compare it with the fines for wage and overtime violations, which are administrative offences."
    cite kz2021.safety_and_health "Violations of law are considered administrative offenses, not criminal ones, and penalties for violations of minimum wage and overtime law were not commensurate with crimes such as fraud."

  require within_range "the punishment was a fine, or imprisonment for at most two years":
    sentence.kind is fine or (sentence.kind is imprisonment and sentence.prison_term <= 2 years)
    cite kz2021.safety_and_health "a minimal punishment for conviction of fraud is a substantial fine or imprisonment for up to two years"
    explain "punishment: {sentence.kind}; term of imprisonment: {sentence.prison_term}; fraud in its basic form is punished by a substantial fine or imprisonment for up to two years"

  unsettled longer_term for within_range "imprisonment for more than two years: too long if the two years are the range for fraud in its basic form, lawful if they are only the lightest punishment fraud carries; the report's “a minimal punishment” does not settle which"
    when sentence.kind is imprisonment and sentence.prison_term > 2 years
    cite kz2021.safety_and_health "a minimal punishment for conviction of fraud is a substantial fine or imprisonment for up to two years"
    explain "the court imposed imprisonment for {sentence.prison_term}; the report gives “a minimal punishment” of a substantial fine or imprisonment for up to two years, which may be a ceiling for basic fraud or only the lightest punishment"

  unsettled other_punishment for within_range "the court imposed a punishment other than a fine or imprisonment; the report names only these two and does not say whether others are available for fraud"
    when sentence.kind is other
    cite kz2021.safety_and_health "a minimal punishment for conviction of fraud is a substantial fine or imprisonment for up to two years"
    explain "the court imposed {sentence.kind}; the report names only a substantial fine or imprisonment for up to two years"
}
