# Working time and overtime (catalogue domain T).
#
#   hours.workweek_max                  normal workweek at most 40 hours; heavy manual or hazardous
#                                       work at most 36 hours
#   overtime.daily_cap                  overtime at most 2 hours a day; 1 hour for heavy manual labour
#   overtime.premium_min_50pct          overtime paid at a premium of at least 50 percent
#   overtime.no_compulsory_no_hazardous no compulsory overtime; no overtime at all in hazardous work
#
# work.category and worker.employed are declared in child_labor.hrl.

fact work.weekly_hours: duration in hours
  ask "How many regular (non-overtime) hours a week does the employee work?"

fact overtime.worked: bool ask "Did the employee work overtime?"
fact overtime.max_per_day: duration in hours
  ask "What was the largest amount of overtime the employee worked on any single day?"
fact overtime.voluntary: bool
  ask "Did the employee work all of the overtime voluntarily, without being compelled?"
fact overtime.kind: one of {
  after_hours "after-hours work beyond the working day",
  holiday "work on a public holiday or day off",
} ask "What kind of overtime was it?"
fact overtime.hourly_pay: money at least 0
  ask "How much was the employee paid for one hour of overtime (tenge)?"
fact overtime.regular_hourly_pay: money at least 0.01
  ask "What is the employee's regular pay for one hour of work (tenge)?"

define overtime.pay_ratio = overtime.hourly_pay / overtime.regular_hourly_pay
  means "pay for one hour of overtime as a multiple of the regular hourly pay (give `125%` or `1.25` when the report states the rate, not the amounts)"

# ---------------------------------------------------------------- penalties
penalty excessive_hours_fine "illegal excessive work hours are punishable by a fine of up to 251,600 tenge"
  until kz2017
  cite kz2017.child_labor "illegal excessive work hours, up to 251,600 tenge ($740)"

penalty excessive_hours_fines "excessive work hours are punishable by fines"
  since kz2021
  cite kz2021.child_labor "Untimely or incorrect payment of salaries, failing to provide vacation or time off, excessive work hours, and discrimination in the workplace are also punishable by fines."

# ================================================================= provisions

provision hours.workweek_max "Normal workweek at most 40 hours; heavy manual or hazardous work at most 36 hours" {
  alias fines.excessive_work_hours
  applies when worker.employed
  note "The weekly caps are read as caps on regular (non-overtime) hours; overtime is governed by the overtime provisions."

  require within_weekly_cap "the regular workweek does not exceed 40 hours":
    work.weekly_hours <= 40 hours
    cite kz2017.working_conditions "The law stipulates the normal workweek should not exceed 40 hours"
    cite kz2021.wage_and_hour "The law stipulates the normal workweek should not exceed 40 hours."
    explain "the employee works {value} a week; the normal workweek may not exceed {limit} ({margin})"

  exception heavy_or_hazardous for within_weekly_cap "heavy manual labour or hazardous work: at most 36 hours a week"
    when work.heavy_manual or work.hazardous
    require work.weekly_hours <= 36 hours
    cite kz2017.working_conditions "limits heavy manual labor or hazardous work to no more than 36 hours per week."
    cite kz2021.wage_and_hour "It limits heavy manual labor or hazardous work to 36 hours per week."
    explain "heavy manual labour: {work.heavy_manual}; hazardous: {work.hazardous}; the employee works {value} a week and the limit is {limit} ({margin})"

  penalty excessive_hours_fine, excessive_hours_fines
}

provision overtime.daily_cap "Overtime at most two hours a day, one hour for heavy manual labour" {
  applies when overtime.worked
  note "The daily cap is checked on the worst day: the largest amount of overtime worked on any single day."
  note "Work that is both heavy manual labour and hazardous keeps the one-hour cap; the ban on any overtime in hazardous work is checked by overtime.no_compulsory_no_hazardous."

  require within_daily_cap "overtime did not exceed two hours on any day":
    overtime.max_per_day <= 2 hours
    cite kz2017.working_conditions, kz2021.wage_and_hour "The law limits overtime to two hours per day"
    explain "the employee worked up to {value} of overtime on a single day; the limit is {limit} ({margin})"

  exception heavy_manual for within_daily_cap "heavy manual labour: at most one hour of overtime a day"
    when work.heavy_manual
    require overtime.max_per_day <= 1 hour
    cite kz2017.working_conditions, kz2021.wage_and_hour "The law limits overtime to two hours per day, or one hour per day for heavy manual labor"
    explain "the work is heavy manual labour; the employee worked up to {value} of overtime on a single day and the limit is {limit} ({margin})"

  penalty excessive_hours_fine, excessive_hours_fines
}

provision overtime.premium_min_50pct "Overtime paid at a premium of at least 50 percent" {
  alias overtime.holiday_after_hours_rate_1_25
  applies when overtime.worked
  note "All overtime is after-hours work or work on a holiday or day off, so the 2017 report's 1.25-times statement is weighed whatever the kind of overtime."
  note "The 2017 report does not date the new labour code: for events before its period, the previous rates it names (two times for holiday work, 1.5 times for after-hours work) are weighed too."
    until 2016-12-31

  require premium_paid "each overtime hour was paid at least 150 percent of the regular hourly pay":
    overtime.pay_ratio >= 1.5
    cite kz2017.working_conditions "requires overtime to be paid at least at a 50-percent premium."
    cite kz2021.wage_and_hour "requires overtime to be paid at least at a 50 percent premium."
    explain "overtime was paid {value} times the regular hourly pay; with a 50 percent premium at least {limit} times was due ({margin})"

  contested reduced_rate for premium_paid "the same 2017 section says the new labour code reduced holiday and after-hours overtime pay to 1.25 times regular salary"
    until kz2017
    when overtime.pay_ratio >= 1.25
    cite kz2017.working_conditions "The new labor code reduced overtime pay for holiday and after-hours work to 1.25 times regular salary, compared with previous rates of two and 1.5 times, respectively."
    explain "the overtime was paid {overtime.pay_ratio} times the regular hourly pay: at least 1.25 times but below 1.5 times; the 2017 report gives both a 50 percent premium and a 1.25-times rate for holiday and after-hours work, and does not say which prevails"

  require previous_code_rate "holiday overtime was paid at least twice, and after-hours overtime at least 1.5 times, the regular pay (the rates before the new labour code)":
    (overtime.kind is holiday and overtime.pay_ratio >= 2)
      or (overtime.kind is after_hours and overtime.pay_ratio >= 1.5)
    until 2016-12-31
    cite kz2017.working_conditions "The new labor code reduced overtime pay for holiday and after-hours work to 1.25 times regular salary, compared with previous rates of two and 1.5 times, respectively."
    explain "the overtime ({overtime.kind}) was paid {overtime.pay_ratio} times the regular hourly pay; before the new labour code holiday work was paid two times and after-hours work 1.5 times the regular pay"

  unsettled undated_code for previous_code_rate "the 2017 report does not date the new labour code: events before its period may fall under the previous rates or the new ones"
    until 2016-12-31
    when true
    cite kz2017.working_conditions "The new labor code reduced overtime pay for holiday and after-hours work to 1.25 times regular salary, compared with previous rates of two and 1.5 times, respectively."

  penalty "violations of wage or overtime payment provisions result in fines (administrative offences)"
    since kz2021
    cite kz2021.safety_and_health "while violations of wage or overtime payment provisions result in fines."
}

provision overtime.no_compulsory_no_hazardous "No compulsory overtime; no overtime at all in hazardous work" {
  applies when overtime.worked

  require voluntary "the overtime was voluntary":
    overtime.voluntary
    cite kz2017.working_conditions, kz2021.wage_and_hour "The law prohibits compulsory overtime"
    explain "the overtime was voluntary: {overtime.voluntary}; compulsory overtime is prohibited"

  require not_hazardous "the overtime was not work in hazardous conditions":
    not work.hazardous
    cite kz2017.working_conditions "The law prohibits compulsory overtime and overtime for work in hazardous conditions."
    cite kz2021.wage_and_hour "The law prohibits compulsory overtime and any overtime for work in hazardous conditions."
    explain "the work is hazardous: {work.hazardous}; overtime in hazardous conditions is prohibited"
}
