# The two reports the rule base cites. `covers` is the period of events each report describes;
# a scenario dated outside every period still gets the nearest earlier version, with a warning.

source kz2017 "Country Report on Human Rights Practices 2017 - Kazakhstan (U.S. Department of State)" {
  year 2017
  covers 2017-01-01 to 2017-12-31
}

source kz2021 "Kazakhstan 2021 Human Rights Report (U.S. Department of State)" {
  year 2021
  covers 2021-01-01 to 2021-12-31
}
