# The six-rule benchmark workload (issue "Verdicts first"): 13 flat bool/integer facts, the 2017
# law. Not the shipped rule base: a fixed workload the peers implement identically.

source kz2017 "Country Report on Human Rights Practices 2017 - Kazakhstan (U.S. Department of State)" {
  year 2017
  covers 2017-01-01 to 2017-12-31
  section arrest "Section 1.d Arbitrary Arrest or Detention > Arrest Procedures and Treatment of Detainees"
  section child "Section 7.c Prohibition of Child Labor and Minimum Age for Employment"
  section work "Section 7.e Acceptable Conditions of Work"
}

fact custody.held: bool ask "Was the suspect held?"
fact custody.hours: integer in hours ask "How many hours was the suspect held?"
fact custody.approved: bool ask "Did a court approve the arrest in time?"
fact pretrial.months: integer in months ask "How many months of pretrial detention?"
fact pretrial.extended: bool ask "Was the term extended?"
fact worker.employed: bool ask "Is the person employed?"
fact worker.age: integer in years ask "How old is the worker?"
fact worker.permission: bool ask "Do the parents permit the work?"
fact work.light: bool ask "Is it light work?"
fact work.hazardous: bool ask "Is the work hazardous?"
fact work.heavy: bool ask "Is it heavy manual labour?"
fact work.weekly_hours: integer in hours ask "Regular hours a week?"
fact overtime.hours: integer in hours ask "Most overtime hours on one day?"

provision b.detention "Court approval within 72 hours" {
  applies when custody.held
  require in_time "approved, or held at most 72 hours": custody.approved or custody.hours <= 72
    cite kz2017.arrest "If within 72 hours of the arrest the administration of the detention facility has not received a court decision approving the arrest"
}

provision b.pretrial "Pretrial detention two months, extendable to 18" {
  applies when pretrial.months > 0
  require term "at most 2 months, or 18 when extended": pretrial.months <= 2 or (pretrial.extended and pretrial.months <= 18)
    cite kz2017.arrest "Detainees may be held in pretrial detention for up to two months."
}

provision b.minimum_age "Minimum age 16; light work from 14 with permission" {
  applies when worker.employed
  require age "16 or older, or 14-15 in light work with permission": worker.age >= 16 or (worker.age >= 14 and work.light and worker.permission)
    cite kz2017.child "According to the labor code, the general minimum age for employment is 16."
}

provision b.hazardous_minors "No hazardous work under 18" {
  applies when worker.employed and work.hazardous
  require adult "18 or older": worker.age >= 18
    cite kz2017.child "The law prohibits minors from engaging in hazardous work"
}

provision b.overtime "Overtime at most 2 hours a day, 1 for heavy manual labour" {
  applies when overtime.hours > 0
  require cap "within the daily cap": overtime.hours <= 1 or (not work.heavy and overtime.hours <= 2)
    cite kz2017.work "The law limits overtime to two hours per day, or one hour per day for heavy manual labor"
}

provision b.workweek "Workweek at most 40 hours, 36 for heavy or hazardous work" {
  applies when worker.employed
  require cap "within the weekly cap": work.weekly_hours <= 36 or (not work.heavy and not work.hazardous and work.weekly_hours <= 40)
    cite kz2017.work "limits heavy manual labor or hazardous work to no more than 36 hours per week."
}
