# The two reports the rule base cites, and the sections it quotes. `covers` is the period of events
# each report describes; `cite kz2021.arrest_procedures "…"` cites a quote from a named section.

source kz2017 "Country Report on Human Rights Practices 2017 - Kazakhstan (U.S. Department of State)" {
  year 2017
  covers 2017-01-01 to 2017-12-31
  address "https://www.state.gov/reports/2017-country-reports-on-human-rights-practices/kazakhstan/"
  section arbitrary_detention "Section 1.d Arbitrary Arrest or Detention"
  section arrest_procedures "Section 1.d Arbitrary Arrest or Detention > Arrest Procedures and Treatment of Detainees"
  section arbitrary_arrest "Section 1.d Arbitrary Arrest or Detention > Arrest Procedures and Treatment of Detainees > Arbitrary Arrest"
  section pretrial_detention "Section 1.d Arbitrary Arrest or Detention > Arrest Procedures and Treatment of Detainees > Pretrial Detention"
  section challenge_detention "Section 1.d Arbitrary Arrest or Detention > Arrest Procedures and Treatment of Detainees > Detainee’s Ability to Challenge Lawfulness of Detention before a Court"
  section fair_public_trial "Section 1.e Denial of Fair Public Trial"
  section trial_procedures "Section 1.e Denial of Fair Public Trial > Trial Procedures"
  section domestic_violence "Section 6 Discrimination, Societal Abuses, and Trafficking in Persons > Women > Rape and Domestic Violence"
  section torture "Section 1.c Torture and Other Cruel, Inhuman, or Degrading Treatment or Punishment"
  section prison_monitoring "Section 1.c Torture and Other Cruel, Inhuman, or Degrading Treatment or Punishment > Prison and Detention Center Conditions > Independent Monitoring"
  section political_prisoners "Section 1.e Denial of Fair Public Trial > Political Prisoners and Detainees"
  section privacy "Section 1.f Arbitrary or Unlawful Interference with Privacy, Family, Home, or Correspondence"
  section persons_with_disabilities "Section 6 Discrimination, Societal Abuses, and Trafficking in Persons > Persons with Disabilities"
  section freedom_of_association "Section 7.a Freedom of Association and the Right to Collective Bargaining"
  section peaceful_assembly "Section 2.b Freedoms of Peaceful Assembly and Association > Freedom of Peaceful Assembly"
  section association "Section 2.b Freedoms of Peaceful Assembly and Association > Freedom of Association"
  section child_labor "Section 7.c Prohibition of Child Labor and Minimum Age for Employment"
  section working_conditions "Section 7.e Acceptable Conditions of Work"
  section corruption_law "Section 4 Corruption and Lack of Transparency in Government"
  section corruption "Section 4 Corruption and Lack of Transparency in Government > Corruption"
  section financial_disclosure "Section 4 Corruption and Lack of Transparency in Government > Financial Disclosure"
  section harmful_practices "Section 6 Discrimination, Societal Abuses, and Trafficking in Persons > Women > Other Harmful Traditional Practices"
  section sexual_harassment "Section 6 Discrimination, Societal Abuses, and Trafficking in Persons > Women > Sexual Harassment"
  section women_discrimination "Section 6 Discrimination, Societal Abuses, and Trafficking in Persons > Women > Discrimination"
}

source kz2021 "Kazakhstan 2021 Human Rights Report (U.S. Department of State)" {
  year 2021
  covers 2021-01-01 to 2021-12-31
  address "https://www.state.gov/reports/2021-country-reports-on-human-rights-practices/kazakhstan/"
  section arbitrary_detention "Section 1.d Arbitrary Arrest or Detention"
  section arrest_procedures "Section 1.d Arbitrary Arrest or Detention > Arrest Procedures and Treatment of Detainees"
  section arbitrary_arrest "Section 1.d Arbitrary Arrest or Detention > Arrest Procedures and Treatment of Detainees > Arbitrary Arrest"
  section pretrial_detention "Section 1.d Arbitrary Arrest or Detention > Arrest Procedures and Treatment of Detainees > Pretrial Detention"
  section fair_public_trial "Section 1.e Denial of Fair Public Trial"
  section trial_procedures "Section 1.e Denial of Fair Public Trial > Trial Procedures"
  section domestic_violence "Section 6 Discrimination and Societal Abuses > Women > Rape and Domestic Violence"
  section torture "Section 1.c Torture and Other Cruel, Inhuman, or Degrading Treatment or Punishment"
  section prison_physical_conditions "Section 1.c Torture and Other Cruel, Inhuman, or Degrading Treatment or Punishment > Prison and Detention Center Conditions > Physical Conditions"
  section prison_monitoring "Section 1.c Torture and Other Cruel, Inhuman, or Degrading Treatment or Punishment > Prison and Detention Center Conditions > Independent Monitoring"
  section privacy "Section 1.f Arbitrary or Unlawful Interference with Privacy, Family, Home, or Correspondence"
  section persons_with_disabilities "Section 6 Discrimination and Societal Abuses > Persons with Disabilities"
  section freedom_of_association "Section 7.a Freedom of Association and the Right to Collective Bargaining"
  section peaceful_assembly "Section 2.b Freedoms of Peaceful Assembly and Association > Freedom of Peaceful Assembly"
  section association "Section 2.b Freedoms of Peaceful Assembly and Association > Freedom of Association"
  section child_labor "Section 7.c Prohibition of Child Labor and Minimum Age for Employment"
  section wage_and_hour "Section 7.e Acceptable Conditions of Work > Wage and Hour Laws"
  section safety_and_health "Section 7.e Acceptable Conditions of Work > Occupational Safety and Health"
  section corruption_law "Section 4 Corruption and Lack of Transparency in Government"
  section corruption "Section 4 Corruption and Lack of Transparency in Government > Corruption"
  section harmful_practices "Section 6 Discrimination and Societal Abuses > Women > Other Harmful Traditional Practices"
  section sexual_harassment "Section 6 Discrimination and Societal Abuses > Women > Sexual Harassment"
  section women_discrimination "Section 6 Discrimination and Societal Abuses > Women > Discrimination"
  section child_abuse "Section 6 Discrimination and Societal Abuses > Children > Child Abuse"
}
